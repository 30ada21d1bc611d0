package interop

import (
	"database/sql"
	"os"
	"strings"
	"testing"
)

// TestReadmeQueries runs every SQL statement of the README's DuckDB example
// against the seed dataset, so that the README and the tables stay in step.
func TestReadmeQueries(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var statements []string
	for _, block := range strings.Split(string(readme), "```sql")[1:] {
		block = block[:strings.Index(block, "```")]
		for _, stmt := range strings.Split(block, ";") {
			if strings.TrimSpace(stripComments(stmt)) != "" {
				statements = append(statements, stmt)
			}
		}
	}
	if len(statements) < 3 {
		t.Fatalf("found %d SQL statements in README.md", len(statements))
	}
	out, _ := buildSeeds(t)
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, stmt := range statements {
		q := strings.ReplaceAll(stmt, "'out/", "'"+out+"/")
		rows, err := db.Query(q)
		if err != nil {
			t.Errorf("README query fails: %v\n%s", err, stmt)
			continue
		}
		n := 0
		for rows.Next() {
			n++
		}
		rows.Close()
		if n == 0 {
			t.Errorf("README query returns no rows on the seeds:\n%s", stmt)
		}
	}
}

func stripComments(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		if i := strings.Index(line, "--"); i >= 0 {
			line = line[:i]
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}
