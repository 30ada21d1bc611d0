package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestReadmeUsage checks README.md's usage block against the commands: it
// names every command, and every flag each command's -h prints, and no
// flag a command does not take.
func TestReadmeUsage(t *testing.T) {
	raw, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(raw), "## Usage")
	if !ok {
		t.Fatal("README.md has no Usage section")
	}
	block := rest[strings.Index(rest, "```sh")+5:]
	block = block[:strings.Index(block, "```")]
	usage := map[string]string{} // command → its usage line(s)
	for _, line := range strings.Split(block, "\n") {
		if f := strings.Fields(line); len(f) > 1 && f[0] == "newsclaims" {
			usage[f[1]] += line + "\n"
		}
	}
	flagName := regexp.MustCompile(`(?m)^  -([a-z-]+)`)
	readmeFlag := regexp.MustCompile(`--([a-z-]+)`)
	for _, cmd := range []string{"build", "compact", "report", "schema", "version"} {
		line, ok := usage[cmd]
		if !ok {
			t.Errorf("README.md usage has no line for %q", cmd)
			continue
		}
		if cmd == "schema" || cmd == "version" {
			continue // they take no flags
		}
		_, _, help := runCLI(cmd, "-h")
		var flags []string
		for _, m := range flagName.FindAllStringSubmatch(help, -1) {
			flags = append(flags, m[1])
			if !strings.Contains(line, "--"+m[1]) {
				t.Errorf("README.md usage of %s lacks --%s", cmd, m[1])
			}
		}
		if len(flags) == 0 {
			t.Fatalf("%s -h printed no flags:\n%s", cmd, help)
		}
		for _, m := range readmeFlag.FindAllStringSubmatch(line, -1) {
			if !strings.Contains(help, "  -"+m[1]+" ") && !strings.Contains(help, "  -"+m[1]+"\n") {
				t.Errorf("README.md usage of %s names --%s, which %s does not take", cmd, m[1], cmd)
			}
		}
	}
}
