package pipeline

import (
	"errors"
	"fmt"
	"io"
	"runtime"
)

// Config says what Run reads, how it processes, and where it writes. The zero
// value of every field but Inputs and Stages (or LoadStages) works.
type Config struct {
	// Inputs are directories (walked recursively in sorted order for .txt,
	// .jsonl and .jsonl.gz files) or single files.
	Inputs []string
	// Out is the dataset directory; default "out". It is replaced as a
	// whole (by its next version, with Append), and only when the new
	// dataset is complete.
	Out string
	// Format is FormatParquet, FormatArrow or FormatBoth (the default).
	Format string
	// Workers is how many documents are processed at once; 0 means
	// runtime.NumCPU(), and a negative value is an error. The output does
	// not depend on it.
	Workers int
	// Tokens also writes the tokens table.
	Tokens bool
	// MaxDocBytes is the size of the largest document read; a larger one
	// is a row of the errors table. 0 means DefaultMaxDocBytes.
	MaxDocBytes int64
	// Append adds the inputs to the dataset at Out as one new partition
	// instead of replacing it: documents it already holds are skipped, the
	// entities table is rewritten for the whole dataset, and new claims are
	// linked with the earlier ones. With no dataset at Out yet, it builds
	// one. Format and Tokens must be those the dataset was written with.
	Append bool

	// Stages are applied to every document in order. The first must be the
	// ingest stage (it turns Doc.Raw into Doc.Text).
	Stages []Stage
	// LoadStages, when Stages is empty, builds the stages (loading their
	// models). Run calls it while it lists and hashes the inputs, so that
	// neither waits for the other.
	LoadStages func() ([]Stage, error)
	// Linker, when set, links claims across the dataset into claim_links.
	Linker Linker

	// Progress receives progress reports; nil means none.
	Progress io.Writer
	// Version is the tool version recorded in the manifest.
	Version string
}

var errNoStages = errors.New("no stages configured")

// DefaultMaxDocBytes is the default Config.MaxDocBytes: some forty times a
// long news article, and small enough that one document of that size keeps
// the process under 300 MB (docs/BENCHMARKS.md).
const DefaultMaxDocBytes = 2 << 20

// withDefaults returns c with its defaults filled in, or an error for a
// value that cannot work.
func (c Config) withDefaults() (Config, error) {
	if c.Out == "" {
		c.Out = "out"
	}
	if c.Format == "" {
		c.Format = FormatBoth
	}
	switch c.Format {
	case FormatParquet, FormatArrow, FormatBoth:
	default:
		return c, fmt.Errorf("unknown format %q: want parquet, arrow or both", c.Format)
	}
	if c.Workers < 0 {
		return c, fmt.Errorf("workers = %d: want at least 1 (or 0 for one per CPU)", c.Workers)
	}
	if c.Workers == 0 {
		c.Workers = runtime.NumCPU()
	}
	if c.MaxDocBytes < 0 {
		return c, fmt.Errorf("max document size = %d bytes: want a positive size (or 0 for the default)", c.MaxDocBytes)
	}
	if c.MaxDocBytes == 0 {
		c.MaxDocBytes = DefaultMaxDocBytes
	}
	if len(c.Inputs) == 0 {
		return c, ErrNoInputs
	}
	if len(c.Stages) == 0 && c.LoadStages == nil {
		return c, errNoStages
	}
	if c.Version == "" {
		c.Version = "devel"
	}
	return c, nil
}
