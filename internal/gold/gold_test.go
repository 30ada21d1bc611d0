package gold

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	tests := []struct {
		name, text, s string
		k, start      int
		ok            bool
	}{
		{"first", "ISIS anti-ISIS", "ISIS", 1, 0, true},
		{"inside a word", "ISIS anti-ISIS", "ISIS", 2, 10, true},
		{"zero means first", "a b a", "a", 0, 0, true},
		{"overlapping", "aaa", "aa", 2, 1, true},
		{"too few", "a b a", "a", 3, 0, false},
		{"empty", "abc", "", 1, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			span, ok := Find(tt.text, tt.s, tt.k)
			if ok != tt.ok || (ok && span.Start != tt.start) {
				t.Errorf("Find = %v %v, want %d %v", span, ok, tt.start, tt.ok)
			}
		})
	}
}

// TestSeedsLocate checks that every seed has gold annotations and that every
// span of the gold (entities, quantities, quote contents, claims) is found
// in its text.
func TestSeedsLocate(t *testing.T) {
	seeds, err := Seeds()
	if err != nil {
		t.Fatal(err)
	}
	if len(seeds) != 5 {
		t.Fatalf("%d seeds, want 5", len(seeds))
	}
	for _, s := range seeds {
		g := s.Gold
		type span struct {
			kind, text string
			k          int
		}
		var spans []span
		for _, e := range g.Entities {
			spans = append(spans, span{"entity", e.Text, e.Occurrence})
		}
		for _, q := range g.Quantities {
			spans = append(spans, span{"quantity", q.Text, q.Occurrence})
		}
		for _, q := range g.Quotes {
			spans = append(spans, span{"quote content", q.Content, q.ContentOccurrence})
		}
		for _, c := range g.Claims {
			spans = append(spans, span{"claim", c.Text, c.Occurrence})
		}
		for _, sp := range spans {
			if _, ok := Find(string(s.Raw), sp.text, sp.k); !ok {
				t.Errorf("%s: %s %q #%d not found", s.Name, sp.kind, sp.text, sp.k)
			}
		}
	}
}

// TestAnnotationFields checks that every field Annotation declares is a
// key of the seeds' gold files (at the same place), so that a misspelt
// tag cannot leave a field always empty.
func TestAnnotationFields(t *testing.T) {
	seeds, err := Seeds()
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{} // "quotes.source_occurrence"
	var collect func(prefix string, v any)
	collect = func(prefix string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				keys[prefix+k] = true
				collect(prefix+k+".", x)
			}
		case []any:
			for _, x := range v {
				collect(prefix, x)
			}
		}
	}
	for _, s := range seeds {
		var v any
		if err := json.Unmarshal(s.JSON, &v); err != nil {
			t.Fatalf("%s: %v", s.Name, err)
		}
		collect("", v)
	}
	var check func(prefix string, typ reflect.Type)
	check = func(prefix string, typ reflect.Type) {
		for f := range typ.Fields() {
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !keys[prefix+name] {
				t.Errorf("Annotation field %s (json %q) is in no seed's gold file", f.Name, prefix+name)
			}
			elem := f.Type
			if elem.Kind() == reflect.Slice {
				elem = elem.Elem()
			}
			if elem.Kind() == reflect.Struct {
				check(prefix+name+".", elem)
			}
		}
	}
	check("", reflect.TypeFor[Annotation]())
}
