package stages_test

import (
	"fmt"

	"github.com/newsclaims/newsclaims/stages"
)

// Default is the chain every document goes through, in order.
func ExampleDefault() {
	chain, err := stages.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range chain {
		fmt.Print(s.Name(), " ")
	}
	fmt.Println()
	// Output: ingest zones segment entities quantities quotes claims
}
