package newsnames

import (
	"fmt"
	"testing"
)

func TestPartyDesignation(t *testing.T) {
	for s, want := range map[string]bool{
		"R-Ky.": true, "D-N.Y.": true, "I-Vt.": true, "R-Texas": true, "D-Calif.": true,
		"R-ky.": false, "X-Ky.": false, "R-": false, "R": false, "RKy.": false, "R-K2": false,
		"D-North-Carolina": false, "U.S.-led": false, "": false,
	} {
		if got := PartyDesignation(s); got != want {
			t.Errorf("PartyDesignation(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestAllCaps(t *testing.T) {
	for s, want := range map[string]bool{"WASHINGTON": true, "U.S.": true, "A": false, "Ab": false, "NATO's": false, "123": false, "": false} {
		if got := AllCaps(s); got != want {
			t.Errorf("AllCaps(%q) = %v, want %v", s, got, want)
		}
	}
}

func ExamplePartyDesignation() {
	fmt.Println(PartyDesignation("R-Ky."), PartyDesignation("Kentucky"))
	// Output: true false
}
