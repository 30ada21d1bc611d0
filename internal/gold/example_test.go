package gold_test

import (
	"fmt"

	"github.com/newsclaims/newsclaims/internal/gold"
)

// An annotation names a span by its text and which occurrence of it is
// meant; a second hit may overlap the first.
func ExampleFind() {
	text := "Lee said Lee Lee would win."
	sp, ok := gold.Find(text, "Lee", 2)
	fmt.Println(sp.Start, sp.End, ok)
	sp, ok = gold.Find(text, "Lee Lee", 1)
	fmt.Println(sp.Start, sp.End, ok)
	_, ok = gold.Find(text, "Ward", 1)
	fmt.Println(ok)
	// Output:
	// 9 12 true
	// 9 16 true
	// false
}
