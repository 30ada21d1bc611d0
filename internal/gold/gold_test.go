package gold

import (
	"encoding/json"
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
// entity span of the gold is found in its text.
func TestSeedsLocate(t *testing.T) {
	seeds, err := Seeds()
	if err != nil {
		t.Fatal(err)
	}
	if len(seeds) != 5 {
		t.Fatalf("%d seeds, want 5", len(seeds))
	}
	for _, s := range seeds {
		var g struct {
			Entities []struct {
				Text       string
				Occurrence int
			}
		}
		if err := json.Unmarshal(s.JSON, &g); err != nil {
			t.Fatal(err)
		}
		for _, e := range g.Entities {
			if _, ok := Find(string(s.Raw), e.Text, e.Occurrence); !ok {
				t.Errorf("%s: entity %q #%d not found", s.Name, e.Text, e.Occurrence)
			}
		}
	}
}
