package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/memory"
)

// Index files of a dataset (see partition.go).
var (
	docIDsIndex = path.Join(indexDir, "doc_ids")
	claimsIndex = path.Join(indexDir, "claims")
)

// previous is the dataset an append adds a partition to. An append never
// changes a file of it: the new version of the dataset is staged beside
// it, sharing its partitions through hard links, and replaces it whole.
type previous struct {
	dir      string
	manifest Manifest
}

// openPrevious reads the dataset at out for an append; it returns nil when
// there is none yet (the first append builds it).
func openPrevious(out string, cfg Config) (*previous, error) {
	if _, err := os.Stat(filepath.Join(out, manifestName)); errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	m, err := ReadManifest(out)
	if err != nil {
		return nil, err
	}
	if want := (ManifestOptions{Format: cfg.Format, Tokens: cfg.Tokens}); m.Options != want {
		return nil, fmt.Errorf("dataset %s was written with --format %s --tokens=%v; append with the same options",
			out, m.Options.Format, m.Options.Tokens)
	}
	// The index stands in for the tables: it must be the one the manifest
	// describes, not a file from another version of the dataset.
	for _, f := range m.Index {
		if err := checkSHA256(filepath.Join(out, f.Path), f.SHA256); err != nil {
			return nil, fmt.Errorf("dataset %s: %w; build the dataset again", out, err)
		}
	}
	return &previous{dir: out, manifest: m}, nil
}

func checkSHA256(path, want string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return err
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != want {
		return fmt.Errorf("%s does not match its manifest (sha256 %s, manifest says %s)", path, got, want)
	}
	return nil
}

// linkInto puts every partition file of the previous dataset into staging
// as a hard link (a copy where the file system has none). The entities
// table, the index and the manifest are rewritten, not linked: writing a
// linked file would change the previous dataset's.
func (p *previous) linkInto(staging string) error {
	for _, part := range p.manifest.Partitions {
		for _, t := range part.Tables {
			for _, f := range t.Files {
				if err := linkFile(filepath.Join(p.dir, f.Path), filepath.Join(staging, f.Path)); err != nil {
					return fmt.Errorf("dataset %s: %w", p.dir, err)
				}
			}
		}
	}
	return nil
}

func linkFile(src, dst string) error {
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	if err := os.Link(src, dst); err == nil {
		return nil
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// docKey is a doc_id as the 16 bytes its 32 hex digits encode.
type docKey [16]byte

func docKeyOf(id string) (k docKey, ok bool) {
	if len(id) != 2*len(k) {
		return k, false
	}
	_, err := hex.Decode(k[:], []byte(id))
	return k, err == nil
}

// dropKnown removes from sc the documents the dataset already holds (kept
// or failed) and returns how many it removed. It reads the dataset's
// doc_ids once, holding only the ids of sc.
func (p *previous) dropKnown(sc *scan) (int, error) {
	scanned := map[docKey]bool{}
	for _, ref := range sc.docs {
		if k, ok := docKeyOf(ref.id); ok {
			scanned[k] = false
		}
	}
	err := p.eachDocID(func(k docKey) {
		if _, ok := scanned[k]; ok {
			scanned[k] = true
		}
	})
	if err != nil {
		return 0, err
	}
	kept := sc.docs[:0]
	for _, ref := range sc.docs {
		if k, ok := docKeyOf(ref.id); !ok || !scanned[k] {
			kept = append(kept, ref)
		}
	}
	skipped := len(sc.docs) - len(kept)
	sc.docs = kept
	return skipped, nil
}

// eachDocID calls fn with every doc_id of the dataset, in sorted order.
func (p *previous) eachDocID(fn func(docKey)) error {
	if p == nil {
		return nil
	}
	f, err := os.Open(filepath.Join(p.dir, docIDsIndex))
	if err != nil {
		return fmt.Errorf("dataset %s: %w", p.dir, err)
	}
	defer f.Close()
	r := bufio.NewReader(f)
	var k docKey
	for {
		if _, err := io.ReadFull(r, k[:]); err == io.EOF {
			return nil
		} else if err != nil {
			return fmt.Errorf("dataset %s: reading %s: %w", p.dir, docIDsIndex, err)
		}
		fn(k)
	}
}

// writeDocIDs writes the doc_ids index of the new version into staging:
// the previous dataset's ids and added, merged in sorted order. The file
// is synced by syncs.
func writeDocIDs(staging string, p *previous, added []docKey, syncs *syncGroup) (FileInfo, error) {
	slices.SortFunc(added, func(a, b docKey) int { return bytes.Compare(a[:], b[:]) })
	o, err := createOut(filepath.Join(staging, docIDsIndex))
	if err != nil {
		return FileInfo{}, err
	}
	o.syncs = syncs
	var werr error
	put := func(k docKey) {
		if werr == nil {
			_, werr = o.buf.Write(k[:])
		}
	}
	i := 0
	err = p.eachDocID(func(k docKey) {
		for ; i < len(added) && bytes.Compare(added[i][:], k[:]) < 0; i++ {
			put(added[i])
		}
		put(k)
		for ; i < len(added) && added[i] == k; i++ { // already in the dataset
		}
	})
	for ; i < len(added); i++ {
		put(added[i])
	}
	err = errors.Join(err, werr, o.close())
	if err != nil {
		return FileInfo{}, err
	}
	return o.info(staging), nil
}

// loadCatalog fills cat with the previous dataset's entities.
func (p *previous) loadCatalog(ctx context.Context, cat *catalog, mem memory.Allocator) error {
	t := p.manifest.table(entitiesTable.Name)
	if t == nil || len(t.Files) == 0 {
		return fmt.Errorf("dataset %s: no entities table in the manifest", p.dir)
	}
	// Sized once for the rows it will hold: growing the map as they come
	// would rehash it a dozen times.
	if len(cat.entities) == 0 && t.Rows > 0 {
		cat.entities = make(map[string]*catalogEntry, t.Rows+t.Rows/8)
	}
	// Both files hold the same rows; the Arrow one, when the dataset has
	// it, is read with no decoding (the Parquet one takes twice the time).
	f := t.Files[0].Path
	for _, tf := range t.Files {
		if strings.HasSuffix(tf.Path, "."+FormatArrow) {
			f = tf.Path
		}
	}
	return readRecords(ctx, filepath.Join(p.dir, f), mem, func(rec arrow.RecordBatch) error {
		rows, err := entityRows(rec)
		if err != nil {
			return fmt.Errorf("dataset %s: %w", p.dir, err)
		}
		for _, r := range rows {
			cat.addRow(r)
		}
		return nil
	})
}

// loadLinker starts the linker from the previous dataset's claim index,
// when it has one: the new claims are then linked with those of every
// earlier partition.
func (p *previous) loadLinker(l LinkerIndex) error {
	f, err := os.Open(filepath.Join(p.dir, claimsIndex))
	if errors.Is(err, os.ErrNotExist) {
		return nil // built without a linker
	}
	if err != nil {
		return fmt.Errorf("dataset %s: %w", p.dir, err)
	}
	defer f.Close()
	if err := l.LoadIndex(bufio.NewReaderSize(f, fileBuffer)); err != nil {
		return fmt.Errorf("dataset %s: %s: %w", p.dir, claimsIndex, err)
	}
	return nil
}

// writeClaimIndex saves the linker's keys into staging; the file is
// synced by syncs.
func writeClaimIndex(staging string, l LinkerIndex, syncs *syncGroup) (FileInfo, error) {
	o, err := createOut(filepath.Join(staging, claimsIndex))
	if err != nil {
		return FileInfo{}, err
	}
	o.syncs = syncs
	err = l.SaveIndex(o.buf)
	if err = errors.Join(err, o.close()); err != nil {
		return FileInfo{}, err
	}
	return o.info(staging), nil
}
