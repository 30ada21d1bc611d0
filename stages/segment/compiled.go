package segment

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/newsclaims/newsclaims/internal/modelfile"
)

// The tagger's model in compiled form: prose's perceptron weights laid out
// as the inference reads them (feature hash → sparse row of class weights),
// so that loading is a straight read rather than gob-decoding prose's nested
// maps (about 0.5 s, most of the tool's start-up). model/pos.bin.zst is made
// from prose's model data by `go test ./stages/segment -run
// TestCompiledTagger -update`, and that test fails whenever the two differ.
//
// Format, after zstd (internal/modelfile): the magic line, then uvarint-prefixed lists of the
// classes, of the tag dictionary (word, tag; sorted by word), and of the rows
// in layout order (8-byte little-endian feature hash; entries of one class
// byte and an 8-byte float64).

//go:embed model/pos.bin.zst
var compiledPOS []byte

const posMagic = "newsclaims-pos-1\n"

// loadTagger reads the compiled model.
func loadTagger() (*tagger, error) {
	raw, err := modelfile.Decompress("POS model", compiledPOS)
	if err != nil {
		return nil, err
	}
	t, err := decodeTagger(raw)
	if err != nil {
		return nil, fmt.Errorf("POS model: %w", err)
	}
	return t, nil
}

// encodeTagger writes t in the compiled format (uncompressed).
func encodeTagger(w io.Writer, t *tagger) error {
	bw := bufio.NewWriter(w)
	var buf [binary.MaxVarintLen64]byte
	uvarint := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	str := func(s string) { uvarint(uint64(len(s))); bw.WriteString(s) }
	bw.WriteString(posMagic)
	uvarint(uint64(len(t.classes)))
	for _, c := range t.classes {
		str(c)
	}
	words := make([]string, 0, len(t.tagdict))
	for w := range t.tagdict {
		words = append(words, w)
	}
	slices.Sort(words)
	uvarint(uint64(len(words)))
	for _, w := range words {
		str(w)
		str(t.tagdict[w])
	}
	hashes := t.rowHashes()
	uvarint(uint64(len(hashes)))
	for r, h := range hashes {
		binary.LittleEndian.PutUint64(buf[:8], h)
		bw.Write(buf[:8])
		lo, hi := t.rowStart[r], t.rowStart[r+1]
		uvarint(uint64(hi - lo))
		for i := lo; i < hi; i++ {
			bw.WriteByte(t.rowClass[i])
			binary.LittleEndian.PutUint64(buf[:8], math.Float64bits(t.rowWeight[i]))
			bw.Write(buf[:8])
		}
	}
	return bw.Flush()
}

// rowHashes returns the feature hash of each row, in row order.
func (t *tagger) rowHashes() []uint64 {
	hashes := make([]uint64, len(t.rowStart)-1)
	for _, s := range t.rows.slots {
		if s.key != 0 {
			hashes[s.row] = s.key
		}
	}
	return hashes
}

// decodeTagger reads the compiled format from raw. The tag dictionary's
// strings are substrings of one copy of raw, and the weight arrays are
// sized from its length: loading is a fixed cost of every run.
func decodeTagger(raw []byte) (*tagger, error) {
	r := bytes.NewReader(raw)
	whole := string(raw)
	magic := make([]byte, len(posMagic))
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != posMagic {
		return nil, errors.New("not a compiled POS model")
	}
	var fail error
	uvarint := func() uint64 {
		v, err := binary.ReadUvarint(r)
		if err != nil && fail == nil {
			fail = err
		}
		return v
	}
	str := func() string {
		n := uvarint()
		if fail != nil || n > 1<<20 {
			fail = errors.Join(fail, errors.New("bad string length"))
			return ""
		}
		at := len(whole) - r.Len()
		if int(n) > r.Len() {
			fail = errors.Join(fail, io.ErrUnexpectedEOF)
			return ""
		}
		r.Seek(int64(n), io.SeekCurrent)
		return whole[at : at+int(n)]
	}
	t := &tagger{}
	for n := uvarint(); n > 0 && fail == nil; n-- {
		t.classes = append(t.classes, str())
	}
	n := uvarint()
	t.tagdict = make(map[string]string, n)
	for ; n > 0 && fail == nil; n-- {
		w := str()
		t.tagdict[w] = str()
	}
	rows := uvarint()
	if fail != nil {
		return nil, fail
	}
	t.rows = newFeatureTable(int(rows))
	// The rows are most of the file; they are read straight from the bytes
	// rather than through the reader and the closures above, which cost a
	// call or more per byte of every run's start-up.
	b := raw[len(raw)-r.Len():]
	t.rowStart = make([]uint32, 1, rows+1)
	// a row entry takes nine bytes: its class and its weight
	t.rowClass = make([]uint8, 0, len(b)/9)
	t.rowWeight = make([]float64, 0, len(b)/9)
	i := 0
	for row := uint64(0); row < rows; row++ {
		if i+8 > len(b) {
			return nil, io.ErrUnexpectedEOF
		}
		h := binary.LittleEndian.Uint64(b[i:])
		i += 8
		entries, n := binary.Uvarint(b[i:])
		if n <= 0 || entries > uint64(len(b)-i-n)/9 {
			return nil, io.ErrUnexpectedEOF
		}
		i += n
		for end := i + 9*int(entries); i < end; i += 9 {
			t.rowClass = append(t.rowClass, b[i])
			t.rowWeight = append(t.rowWeight, math.Float64frombits(binary.LittleEndian.Uint64(b[i+1:])))
		}
		r := uint32(len(t.rowStart) - 1)
		if err := t.rows.put(h, r, t.rowStart[r], uint32(len(t.rowClass))); err != nil {
			return nil, err
		}
		t.rowStart = append(t.rowStart, uint32(len(t.rowClass)))
	}
	if fail != nil {
		return nil, fail
	}
	return t, nil
}
