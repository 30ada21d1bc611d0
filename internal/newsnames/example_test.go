package newsnames_test

import (
	"fmt"

	"github.com/newsclaims/newsclaims/internal/newsnames"
)

// A word in capitals is a dateline's place, an acronym or a heading; one
// letter is not enough.
func ExampleAllCaps() {
	for _, s := range []string{"OSLO", "U.N.", "Oslo", "A"} {
		fmt.Println(s, newsnames.AllCaps(s))
	}
	// Output:
	// OSLO true
	// U.N. true
	// Oslo false
	// A false
}

// Wire copy follows a legislator's name with the party and the state.
func ExamplePartyDesignation() {
	for _, s := range []string{"D-Ore.", "R-Utah", "D-", "Dems"} {
		fmt.Println(s, newsnames.PartyDesignation(s))
	}
	// Output:
	// D-Ore. true
	// R-Utah true
	// D- false
	// Dems false
}
