package entities

import (
	"slices"
	"strings"
	"testing"
)

// TestSpacedCommaSurname covers a person's name with a comma standing
// alone before a suffix ("Ann Holt , Jr.", as text joined from tokens
// writes it): the surname is the word before the comma, and the document
// pass finds the surname's other occurrences instead of failing on an
// empty name.
func TestSpacedCommaSurname(t *testing.T) {
	for _, tc := range []struct {
		words   []string
		surname string
	}{
		{[]string{"Ann", "Holt", ",", "Jr."}, "Holt"},
		{[]string{"Ann", "Holt,", "Jr."}, "Holt"},
		{[]string{"Ann", "K.", "Holt", "Jr."}, "Holt"},
		{[]string{"Ann", "Holt"}, "Holt"},
	} {
		if _, got, _ := nameParts(tc.words); got != tc.surname {
			t.Errorf("nameParts(%q): surname %q, want %q", tc.words, got, tc.surname)
		}
	}
	d := bodyDoc(t, "Ann Holt , Jr. spoke in Dunmore. Later Holt left the town.")
	s := stage(t)
	ms := givenMentions(t, d, []mentionCase{{"Ann Holt , Jr", 0, "PERSON", "", false}})
	ms = s.otherOccurrences(d, new(scratch), ms)
	got := describeMentions(d, ms)
	if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, "Holt@1 PERSON") }) {
		t.Errorf("the surname's other occurrence is not found: %q", got)
	}
}
