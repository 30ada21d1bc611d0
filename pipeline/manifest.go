package pipeline

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// manifestName is the manifest's file name in the dataset directory.
const manifestName = "manifest.json"

// layoutVersion is the dataset layout a manifest describes: 2 is one
// directory per table with a Hive partition per run (see partition.go).
// The single-file layout (out/<table>.parquet) had no layout field.
const layoutVersion = 2

// Manifest describes a dataset: what made it, from which inputs, and what
// each table and partition holds. It is written as manifest.json and has no
// timestamps, so that the same inputs, appended in the same sequence, give
// the same bytes.
type Manifest struct {
	Tool string `json:"tool"`
	// Layout is the dataset layout (2: Hive partitions).
	Layout int `json:"layout"`
	// Version is the version of the run that wrote the manifest last; each
	// append records its own in Partitions.
	Version string          `json:"version"`
	Options ManifestOptions `json:"options"`
	// Partitions are the dataset's partitions in batch order.
	Partitions []Partition `json:"partitions"`
	// Tables are every table's total rows and all its files, in batch order.
	Tables []ManifestTable `json:"tables"`
	// Index lists the files an append reads instead of the tables: every
	// doc_id of the dataset, and the claim linker's keys.
	Index []FileInfo `json:"index"`
}

// ManifestOptions are the options that shape the output. --workers and
// --quiet are left out: they do not change a byte of it. Every append to a
// dataset must use the same options.
type ManifestOptions struct {
	Format string `json:"format"`
	Tokens bool   `json:"tokens"`
}

// Partition is one Hive partition (batch=00001) of every partitioned table.
type Partition struct {
	// Batch is the number in the partition's directory name.
	Batch int `json:"batch"`
	// Path is the directory name, batch=00001.
	Path string `json:"path"`
	// Runs are the builds and appends whose rows the partition holds: one,
	// or several after newsclaims compact.
	Runs   []RunInfo       `json:"runs"`
	Tables []ManifestTable `json:"tables"`
}

// RunInfo is one build or append: its batch number, the version that ran
// it, what it read and what it did with it.
type RunInfo struct {
	Batch   int         `json:"batch"`
	Version string      `json:"version"`
	Inputs  []InputFile `json:"inputs"`
	// Documents were written; Failed went to the errors table only;
	// Skipped were already in the dataset (the same doc_id) and not read
	// again.
	Documents int `json:"documents"`
	Failed    int `json:"failed"`
	Skipped   int `json:"skipped"`
}

// ManifestTable is one table's row count and files.
type ManifestTable struct {
	Name  string     `json:"name"`
	Rows  int64      `json:"rows"`
	Files []FileInfo `json:"files"`
}

// nextBatch is the batch number of the next append.
func (m *Manifest) nextBatch() int {
	next := 1
	for _, p := range m.Partitions {
		for _, r := range p.Runs {
			next = max(next, r.Batch+1)
		}
	}
	return next
}

// table returns the manifest's entry for a table, or nil.
func (m *Manifest) table(name string) *ManifestTable {
	for i := range m.Tables {
		if m.Tables[i].Name == name {
			return &m.Tables[i]
		}
	}
	return nil
}

// summarize fills m.Tables from the partitions and the entities table.
func (m *Manifest) summarize(entities ManifestTable) {
	m.Tables = nil
	index := map[string]int{}
	add := func(t ManifestTable) {
		i, ok := index[t.Name]
		if !ok {
			i = len(m.Tables)
			index[t.Name] = i
			m.Tables = append(m.Tables, ManifestTable{Name: t.Name})
		}
		m.Tables[i].Rows += t.Rows
		m.Tables[i].Files = append(m.Tables[i].Files, t.Files...)
	}
	for _, p := range m.Partitions {
		for _, t := range p.Tables {
			add(t)
		}
	}
	add(entities)
	sort.SliceStable(m.Tables, func(i, j int) bool { return m.Tables[i].Name < m.Tables[j].Name })
}

func writeManifest(dir string, m Manifest) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	b = append(b, '\n')
	f, err := os.Create(filepath.Join(dir, manifestName))
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// ReadManifest reads the manifest of the dataset in dir.
func ReadManifest(dir string) (Manifest, error) {
	var m Manifest
	b, err := os.ReadFile(filepath.Join(dir, manifestName))
	if err != nil {
		return m, err
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("%s: %w", filepath.Join(dir, manifestName), err)
	}
	if m.Layout != layoutVersion {
		return m, fmt.Errorf("dataset %s has the single-file layout of an older newsclaims (<table>.parquet); "+
			"build it again with `newsclaims build` to get the partitioned layout", dir)
	}
	return m, nil
}
