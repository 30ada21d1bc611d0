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

// A nightly run appends to the dataset: documents it holds are skipped, the
// others become a new partition of every table.
func ExampleRun_append() {
	chain, err := stages.Default()
	if err != nil {
		panic(err)
	}
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	out := filepath.Join(dir, "out")
	for _, night := range []string{"../seeds/000_bb11a3c3858c11d8.txt", "../seeds"} {
		res, err := pipeline.Run(context.Background(), pipeline.Config{
			Inputs: []string{night}, Out: out, Append: true,
			Format: pipeline.FormatParquet, Stages: chain, Linker: stages.NewLinker(),
		})
		if err != nil {
			panic(err)
		}
		fmt.Printf("batch %d: %d documents, %d skipped\n", res.Batch, res.Documents, res.Skipped)
	}
	m, _ := pipeline.ReadManifest(out)
	fmt.Println(m.Tables[2].Name, m.Tables[2].Rows, "rows in", m.Tables[2].Files[0].Path, "and", m.Tables[2].Files[1].Path)
	// Output:
	// batch 1: 1 documents, 0 skipped
	// batch 2: 4 documents, 1 skipped
	// documents 5 rows in documents/batch=00001/part-0.parquet and documents/batch=00002/part-0.parquet
}
