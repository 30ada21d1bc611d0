package ingest_test

import (
	"fmt"

	"github.com/newsclaims/newsclaims/stages/ingest"
)

func ExampleDecode() {
	text, warnings, err := ingest.Decode([]byte("Palmyra\r\nretaken \xff"))
	fmt.Printf("%+q %q %v\n", text, warnings, err)
	// Output: "Palmyra\nretaken \ufffd" ["invalid UTF-8: 1 byte sequence(s) replaced by U+FFFD"] <nil>
}
