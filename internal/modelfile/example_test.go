package modelfile_test

import (
	"fmt"
	"strings"

	"github.com/newsclaims/newsclaims/internal/modelfile"
)

// A model file is written once by Compress and read back by Decompress
// when a stage is built.
func ExampleDecompress() {
	weights := []byte(strings.Repeat("NN 0.25 VB 0.75\n", 100))
	file := modelfile.Compress(weights)
	back, err := modelfile.Decompress("pos.model", file)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(weights), len(file) < len(weights), string(back) == string(weights))
	_, err = modelfile.Decompress("pos.model", []byte("not zstd"))
	fmt.Println(err != nil)
	// Output:
	// 1600 true true
	// true
}
