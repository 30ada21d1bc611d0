package pipeline

import (
	"bufio"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTablesMatchRowStructs(t *testing.T) {
	for _, table := range Tables() {
		t.Run(table.Name, func(t *testing.T) {
			if err := checkRowStruct(table); err != nil {
				t.Error(err)
			}
			for _, col := range table.Categorical {
				if len(table.Schema.FieldIndices(col)) != 1 {
					t.Errorf("Categorical names %s, not a column", col)
				}
			}
		})
	}
}

func TestSnakeCase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"DocID", "doc_id"}, {"NSentences", "n_sentences"}, {"QuantityIDs", "quantity_ids"},
		{"DocIDA", "doc_id_a"}, {"ClaimB", "claim_b"}, {"POS", "pos"}, {"URL", "url"},
		{"SpeakerEntityID", "speaker_entity_id"}, {"ContentStart", "content_start"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := snakeCase(tt.in); got != tt.want {
				t.Errorf("snakeCase(%s) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestRuneOffsets(t *testing.T) {
	text := "“Palmyra,” said Miko\u0301 — ok"
	ro := NewRuneOffsets(text)
	tests := []struct{ byteOff, want int }{
		{0, 0}, {3, 1}, {10, 8}, {len("“Palmyra,”"), 10}, {len(text), len([]rune(text))}, {3, 1},
	}
	for _, tt := range tests {
		if got := ro.Of(tt.byteOff); got != tt.want {
			t.Errorf("Of(%d) = %d, want %d", tt.byteOff, got, tt.want)
		}
	}
}

// TestRuneOffsetsAnyOrder checks the checkpoint table against counting
// from the start, at every boundary of a text longer than many blocks, in
// decreasing order and for an ASCII-only text.
func TestRuneOffsetsAnyOrder(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("“Palmyra,” said Miko\u0301 — ok. ", 40),
		strings.Repeat("plain ASCII text. ", 40),
		"",
	} {
		ro := NewRuneOffsets(text)
		for b := len(text); b >= 0; b-- {
			if b < len(text) && !utf8.RuneStart(text[b]) {
				continue
			}
			if got, want := ro.Of(b), utf8.RuneCountInString(text[:b]); got != want {
				t.Fatalf("Of(%d) = %d, want %d", b, got, want)
			}
		}
	}
}

// TestSchemaDoc checks that docs/SCHEMA.md documents every table and column,
// in order, with the type and nullability the code writes.
func TestSchemaDoc(t *testing.T) {
	f, err := os.Open("../docs/SCHEMA.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type col struct{ name, typ, null string }
	documented := map[string][]col{}
	table := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "## ") {
			table = strings.Trim(strings.TrimPrefix(line, "## "), "` ")
			continue
		}
		if table == "" || !strings.HasPrefix(line, "| `") {
			continue
		}
		cells := strings.Split(line, "|")
		if len(cells) < 6 {
			t.Errorf("%s: malformed row %q", table, line)
			continue
		}
		documented[table] = append(documented[table], col{
			name: strings.Trim(cells[1], "` "), typ: strings.Trim(cells[2], "` "), null: strings.TrimSpace(cells[3])})
		if meaning := strings.TrimSpace(cells[4]); len(meaning) < 3 {
			t.Errorf("%s: column %s has no meaning in docs/SCHEMA.md", table, strings.Trim(cells[1], "` "))
		}
	}
	for _, tb := range Tables() {
		cols := documented[tb.Name]
		if len(cols) != tb.Schema.NumFields() {
			t.Errorf("docs/SCHEMA.md documents %d columns of %s, the code writes %d", len(cols), tb.Name, tb.Schema.NumFields())
		}
		for i := 0; i < tb.Schema.NumFields() && i < len(cols); i++ {
			f := tb.Schema.Field(i)
			wantNull := "no"
			if f.Nullable {
				wantNull = "yes"
			}
			if cols[i].name != f.Name || cols[i].typ != TypeName(tb.Schema.Field(i).Type) || cols[i].null != wantNull {
				t.Errorf("%s column %d: docs/SCHEMA.md says %s %s null=%s, code writes %s %s null=%s",
					tb.Name, i, cols[i].name, cols[i].typ, cols[i].null, f.Name, TypeName(tb.Schema.Field(i).Type), wantNull)
			}
		}
		delete(documented, tb.Name)
	}
	for name := range documented {
		t.Errorf("docs/SCHEMA.md documents a table %s that the code does not write", name)
	}
}

// schemaSection returns the lines of docs/SCHEMA.md from the one that
// opens with prefix to the next heading.
func schemaSection(t *testing.T, prefix string) string {
	t.Helper()
	raw, err := os.ReadFile("../docs/SCHEMA.md")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	in := false
	for _, line := range strings.Split(string(raw), "\n") {
		switch {
		case strings.HasPrefix(line, prefix):
			in = true
		case in && (strings.HasPrefix(line, "#") || strings.HasPrefix(line, "* **") && prefix != line):
			return b.String()
		}
		if in {
			b.WriteString(line + "\n")
		}
	}
	if !in {
		t.Fatalf("docs/SCHEMA.md has no %q", prefix)
	}
	return b.String()
}

// TestSchemaDocDictionaries checks that docs/SCHEMA.md lists exactly the
// columns the writer dictionary-encodes (Table.Categorical).
func TestSchemaDocDictionaries(t *testing.T) {
	var want []string
	for _, tb := range Tables() {
		for _, c := range tb.Categorical {
			want = append(want, tb.Name+"."+c)
		}
	}
	var got []string
	for _, m := range regexp.MustCompile("`([a-z_]+\\.[a-z_]+)`").FindAllStringSubmatch(schemaSection(t, "* **Dictionary-encoded**"), -1) {
		got = append(got, m[1])
	}
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("docs/SCHEMA.md lists the dictionary-encoded columns %v, the code encodes %v", got, want)
	}
}

// TestSchemaDocManifest checks that every field of manifest.json, at any
// depth, is named in the manifest section of docs/SCHEMA.md.
func TestSchemaDocManifest(t *testing.T) {
	doc := schemaSection(t, "## manifest.json")
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(ty reflect.Type) {
		for ty.Kind() == reflect.Slice || ty.Kind() == reflect.Pointer {
			ty = ty.Elem()
		}
		if ty.Kind() != reflect.Struct || seen[ty] {
			return
		}
		seen[ty] = true
		for i := 0; i < ty.NumField(); i++ {
			f := ty.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" || name == "-" {
				continue
			}
			if !strings.Contains(doc, "`"+name+"`") {
				t.Errorf("manifest.json field %s (%s.%s) is not in docs/SCHEMA.md", name, ty.Name(), f.Name)
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeOf(Manifest{}))
}

// TestReadmeTables checks that README.md's "The tables" names every table
// the code writes.
func TestReadmeTables(t *testing.T) {
	raw, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, _ := strings.Cut(string(raw), "## The tables")
	section, _, _ = strings.Cut(section, "\n## ")
	for _, tb := range Tables() {
		if !strings.Contains(section, "`"+tb.Name+"`") {
			t.Errorf("README.md's tables do not name %s", tb.Name)
		}
	}
}

func FuzzScanJSONL(f *testing.F) {
	for _, s := range []string{`{"text":"a"}` + "\n" + `{"id":1}`, "not json\n\n", `{"text":null}`, `{"text":"x","published":"2016-03-18T00:00"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s := &scan{files: []InputFile{{}}, jsonl: []bool{true}, readable: []string{""}}
		if err := s.scanJSONL(0, "f.jsonl", strings.NewReader(string(data))); err != nil {
			t.Fatal(err)
		}
		var end int64
		for _, d := range s.docs {
			if d.offset < end || d.offset+d.length > int64(len(data)) {
				t.Fatalf("line %+v outside the input or out of order", d)
			}
			end = d.offset + d.length
			if _, err := parseJSONL(data[d.offset : d.offset+d.length]); err != nil {
				t.Fatalf("document line does not parse again: %v", err)
			}
		}
		if len(s.docs)+len(s.problems) > strings.Count(string(data), "\n")+1 {
			t.Fatalf("more documents and problems than lines")
		}
	})
}

func TestIsoDate(t *testing.T) {
	for in, want := range map[string]string{
		"2016-03-18": "2016-03-18", "2016-03-18T10:00:00Z": "2016-03-18", " 2017-03-02 ": "2017-03-02",
		"18/03/2016": "", "": "", "2016-3-18": "", "abcd-ef-gh": "", "2016-13-45": "",
		"Fri, 18 Mar 2016 10:00:00 GMT": "2016-03-18", "Fri, 18 Mar 2016 23:30:00 -0500": "2016-03-18",
		"March 18, 2016": "2016-03-18", "Mar 18, 2016": "2016-03-18", "18 March 2016": "2016-03-18",
		"2016/03/18": "2016-03-18", "Friday, March 18, 2016": "2016-03-18", "someday": "",
	} {
		if got := isoDate(in); got != want {
			t.Errorf("isoDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseJSONLCoerces(t *testing.T) {
	tests := []struct {
		name, line, published, id string
		warnings                  int
		err                       string
	}{
		{name: "unix seconds", line: `{"text":"x","published":1458345600}`, published: "2016-03-19"},
		{name: "unix milliseconds", line: `{"text":"x","published":1458345600000}`, published: "2016-03-19"},
		{name: "numeric id", line: `{"text":"x","id":42}`, id: "42", warnings: 1},
		{name: "numeric url", line: `{"text":"x","url":7}`, warnings: 1},
		{name: "numeric title", line: `{"text":"x","title":2016}`, warnings: 1},
		{name: "boolean outlet", line: `{"text":"x","outlet":true}`, warnings: 1},
		{name: "object title", line: `{"text":"x","title":{"en":"t"}}`, warnings: 1},
		{name: "null fields", line: `{"text":"x","id":null,"published":null}`},
		{name: "field case", line: `{"Text":"x","ID":"a"}`, id: "a"},
		{name: "text null", line: `{"text":null}`, err: `"text" is null`},
		{name: "text number", line: `{"text":5}`, err: `"text" is a number`},
		{name: "not an object", line: `[1,2]`, err: "invalid JSON"},
		{name: "missing text", line: `{"id":"a"}`, err: `missing required field "text"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parseJSONL([]byte(tt.line))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if doc.Published != tt.published || doc.ID != tt.id || len(doc.Warnings) != tt.warnings {
				t.Errorf("published %q id %q warnings %q; want %q %q %d", doc.Published, doc.ID, doc.Warnings, tt.published, tt.id, tt.warnings)
			}
		})
	}
}
