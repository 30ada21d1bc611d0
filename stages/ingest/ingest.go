package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Name is the stage name used in the errors table.
const Name = "ingest"

// Errors a document can be rejected with.
var (
	ErrEmpty  = errors.New("empty document: no text after decoding")
	ErrBinary = errors.New("binary content (NUL bytes or mostly control characters), not a text article")
)

// Stage decodes Doc.Raw into Doc.Text.
type Stage struct{}

// New returns the ingest stage.
func New() *Stage { return &Stage{} }

// Name returns "ingest".
func (*Stage) Name() string { return Name }

// Process sets d.Text from d.Raw and drops d.Raw.
func (s *Stage) Process(_ context.Context, d *pipeline.Doc) error {
	text, warnings, err := Decode(d.Raw)
	d.Raw = nil
	if err != nil {
		return err
	}
	for _, w := range warnings {
		d.Warn(Name, w)
	}
	d.Text = text
	return nil
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Decode returns the text of raw article bytes: UTF-8 (a leading byte-order
// mark dropped) or UTF-16 with a byte-order mark; invalid UTF-8 sequences
// replaced by U+FFFD; \r\n and lone \r turned into \n. It returns warnings for
// what it repaired, and an error for input that is not text.
func Decode(raw []byte) (text string, warnings []string, err error) {
	switch {
	case bytes.HasPrefix(raw, bomUTF16LE), bytes.HasPrefix(raw, bomUTF16BE):
		// x/text decodes UTF-16 and honours the byte-order mark.
		dec := xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder()
		utf8Bytes, _, terr := transform.Bytes(dec, raw)
		if terr != nil {
			return "", nil, fmt.Errorf("decoding UTF-16: %w", terr)
		}
		raw = utf8Bytes
		warnings = append(warnings, "decoded from UTF-16")
	case bytes.HasPrefix(raw, bomUTF8):
		raw = raw[len(bomUTF8):]
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return "", warnings, ErrBinary
	}
	if !utf8.Valid(raw) {
		n := countInvalid(raw)
		raw = bytes.ToValidUTF8(raw, []byte("\uFFFD"))
		warnings = append(warnings, fmt.Sprintf("invalid UTF-8: %d byte sequence(s) replaced by U+FFFD", n))
	}
	s := string(raw)
	if strings.IndexByte(s, '\r') >= 0 {
		s = lineEnds.Replace(s)
	}
	if strings.TrimSpace(s) == "" {
		return "", warnings, ErrEmpty
	}
	if looksBinary(s) {
		return "", warnings, ErrBinary
	}
	return s, warnings, nil
}

var lineEnds = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// countInvalid counts the runs of invalid UTF-8 that bytes.ToValidUTF8 replaces.
func countInvalid(b []byte) int {
	n, inRun := 0, false
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		bad := r == utf8.RuneError && size == 1
		if bad && !inRun {
			n++
		}
		inRun = bad
		b = b[size:]
	}
	return n
}

// looksBinary reports whether more than a tenth of the characters are control
// characters other than tab and newline: such a file is not an article.
func looksBinary(s string) bool {
	control, total := 0, 0
	for _, r := range s {
		total++
		if r != '\n' && r != '\t' && unicode.IsControl(r) {
			control++
		}
	}
	return control*10 > total
}
