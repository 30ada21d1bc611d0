package pipeline_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages"
)

func ExampleRun() {
	chain, err := stages.Default()
	if err != nil {
		panic(err)
	}
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	res, err := pipeline.Run(context.Background(), pipeline.Config{
		Inputs: []string{"../seeds"},
		Out:    filepath.Join(dir, "out"),
		Format: pipeline.FormatParquet,
		Stages: chain,
		Linker: stages.NewLinker(),
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Documents, "documents,", res.Failed, "failed")
	for _, t := range res.Manifest.Tables[:3] {
		fmt.Println(t.Name, t.Files[0].Path)
	}
	// Output:
	// 5 documents, 0 failed
	// claim_links claim_links/batch=00001/part-0.parquet
	// claims claims/batch=00001/part-0.parquet
	// documents documents/batch=00001/part-0.parquet
}
