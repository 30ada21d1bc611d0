package turnlabel_test

import (
	"fmt"

	"github.com/newsclaims/newsclaims/internal/turnlabel"
)

// A running head before a colon is a kicker, not a speaker's label.
func ExampleKicker() {
	for _, label := range []string{"UPDATE", "Update 2", "The Latest", "TOVE LINDQVIST"} {
		fmt.Println(label, turnlabel.Kicker(label))
	}
	// Output:
	// UPDATE true
	// Update 2 true
	// The Latest true
	// TOVE LINDQVIST false
}

// A label in capitals that names no one found is written as a name.
func ExampleTitleCase() {
	fmt.Println(turnlabel.TitleCase("TOVE LINDQVIST"))
	fmt.Println(turnlabel.TitleCase("O'BRIEN-HALL"))
	// Output:
	// Tove Lindqvist
	// O'Brien-Hall
}
