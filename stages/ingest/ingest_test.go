package ingest

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		raw      string
		want     string
		warnings int
		err      error
	}{
		{name: "plain", raw: "Hello.\n", want: "Hello.\n"},
		{name: "crlf", raw: "a\r\nb\r\n", want: "a\nb\n"},
		{name: "lone cr", raw: "a\rb", want: "a\nb"},
		{name: "utf8 bom dropped", raw: "\xEF\xBB\xBFTitle", want: "Title"},
		{name: "invalid utf8", raw: "caf\xe9 au lait", want: "caf\uFFFD au lait", warnings: 1},
		{name: "utf16le", raw: "\xFF\xFEH\x00i\x00", want: "Hi", warnings: 1},
		{name: "utf16be", raw: "\xFE\xFF\x00H\x00i", want: "Hi", warnings: 1},
		{name: "empty", raw: "", err: ErrEmpty},
		{name: "whitespace only", raw: " \n\t\r\n", err: ErrEmpty},
		{name: "nul bytes", raw: "PK\x03\x04\x00\x00", err: ErrBinary},
		{name: "control characters", raw: "\x01\x02\x03\x04ab", err: ErrBinary},
		{name: "curly quotes kept", raw: "“Yes,” he said.", want: "“Yes,” he said."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warnings, err := Decode([]byte(tt.raw))
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
			if len(warnings) != tt.warnings {
				t.Errorf("warnings = %q, want %d", warnings, tt.warnings)
			}
		})
	}
}

func TestProcessDropsRaw(t *testing.T) {
	d := &pipeline.Doc{Raw: []byte("a\r\nb\xff")}
	if err := New().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if d.Raw != nil || d.Text != "a\nb\uFFFD" {
		t.Errorf("Raw = %q, Text = %q", d.Raw, d.Text)
	}
	if len(d.Problems) != 1 || d.Problems[0].Stage != Name || !strings.Contains(d.Problems[0].Message, "U+FFFD") {
		t.Errorf("problems = %+v", d.Problems)
	}
}
