package claims

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/newsclaims/newsclaims/pipeline"
)

// The claim index is what the Linker keeps of every claim it was given
// (see Linker: keys, interned ids, a short excerpt for the reasons of later
// links; never the claims' texts), written so that a run that appends
// documents to a dataset links them with every earlier claim without
// reading the earlier partitions. It is the Linker's own tables, in this
// order, little-endian, each slice preceded by its length:
//
//	magic, version
//	strings (length-prefixed), documents (id, day, dated)
//	kept briefs, full signatures, id runs, quantities, excerpt bytes
//	postings, then the wording and key posting lists sorted by key
//
// Maps are written in key order, so the same claims added in the same
// order give the same bytes. The version changes whenever the Linker's
// tables or the meaning of a key do: an index of another version is an
// error that says to rebuild the dataset, never a silent mismatch.
const (
	indexMagic   = "newsclaims claim index\n"
	indexVersion = 2
)

var _ pipeline.LinkerIndex = (*Linker)(nil)

// SaveIndex writes the Linker's keys of every claim added so far.
func (l *Linker) SaveIndex(w io.Writer) error {
	var e indexEncoder
	e.b = append(e.b, indexMagic...)
	e.u32(indexVersion)
	e.u32(uint32(len(l.strs.strs)))
	for _, s := range l.strs.strs {
		e.str(s)
	}
	e.u32(uint32(len(l.docs)))
	for _, d := range l.docs {
		e.str(d.id)
		e.u32(uint32(d.day))
		e.flag(d.dated)
	}
	e.u32(uint32(len(l.kept)))
	for _, k := range l.kept {
		e.u32(k.doc, k.order, k.claimant, k.time, k.full)
	}
	e.u32(uint32(len(l.full)))
	for _, f := range l.full {
		e.u32(f.ids, f.quantities, f.excerpt, f.predicate, f.mainClass, f.force, f.subject, f.object, f.deniedVerb, f.objectWord)
		e.u16(f.excerptLen, f.nWords, f.nEvents, f.nActors, f.nPlaces, f.nEntities, f.nCompass, f.nQuantities, f.nVerbs, f.nAgents)
		e.b = append(e.b, f.stance, byte(f.flags), byte(f.extent))
	}
	e.u32(uint32(len(l.ids)))
	e.u32(l.ids...)
	e.u32(uint32(len(l.quantities)))
	for _, q := range l.quantities {
		e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(q.value))
		e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(q.valueMax))
		e.u32(q.unit, q.per, q.kind, q.qualifier)
		e.flag(q.hasMax)
	}
	e.u32(uint32(len(l.excerpts)))
	e.b = append(e.b, l.excerpts...)
	e.u32(uint32(len(l.postings)))
	for _, p := range l.postings {
		e.u32(p.claim, p.next)
	}
	words := sortedKeys(l.byWording, cmp.Compare[uint64])
	e.u32(uint32(len(words)))
	for _, k := range words {
		e.b = binary.LittleEndian.AppendUint64(e.b, k)
		e.u32(l.byWording[k].head, l.byWording[k].n)
	}
	keys := sortedKeys(l.byKey, func(a, b blockKey) int {
		return cmp.Or(cmp.Compare(a.kind, b.kind), cmp.Compare(a.id, b.id), cmp.Compare(a.week, b.week))
	})
	e.u32(uint32(len(keys)))
	for _, k := range keys {
		e.b = append(e.b, k.kind)
		e.u32(k.id, uint32(k.week), l.byKey[k].head, l.byKey[k].n)
	}
	_, err := w.Write(e.b)
	return err
}

func sortedKeys[K comparable, V any](m map[K]V, compare func(a, b K) int) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, compare)
	return keys
}

// LoadIndex makes an empty Linker what it was when it saved the index: the
// claims of later documents are linked with those it describes. The links
// found before are not in it (they are in the dataset already).
func (l *Linker) LoadIndex(r io.Reader) error {
	if len(l.docs) > 0 {
		return errors.New("claim index: the Linker already has documents")
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("claim index: %w", err)
	}
	d := indexDecoder{b: b}
	if string(d.bytes(len(indexMagic))) != indexMagic {
		return errors.New("claim index: not a claim index")
	}
	if v := d.u32(); v != indexVersion {
		return fmt.Errorf("claim index: version %d, this newsclaims reads version %d; build the dataset again", v, indexVersion)
	}
	strs := make([]string, d.count(4))
	for i := range strs {
		strs[i] = d.str()
	}
	docs := make([]docInfo, d.count(5))
	for i := range docs {
		docs[i] = docInfo{id: d.str(), day: int32(d.u32()), dated: d.flag()}
	}
	kept := make([]keptClaim, d.count(20))
	for i := range kept {
		kept[i] = keptClaim{doc: d.u32(), order: d.u32(), claimant: d.u32(), time: d.u32(), full: d.u32()}
	}
	full := make([]fullSig, d.count(63))
	for i := range full {
		f := &full[i]
		f.ids, f.quantities, f.excerpt, f.predicate, f.mainClass, f.force = d.u32(), d.u32(), d.u32(), d.u32(), d.u32(), d.u32()
		f.subject, f.object, f.deniedVerb, f.objectWord = d.u32(), d.u32(), d.u32(), d.u32()
		f.excerptLen, f.nWords, f.nEvents, f.nActors = d.u16(), d.u16(), d.u16(), d.u16()
		f.nPlaces, f.nEntities, f.nCompass, f.nQuantities = d.u16(), d.u16(), d.u16(), d.u16()
		f.nVerbs, f.nAgents = d.u16(), d.u16()
		f.stance, f.flags, f.extent = d.u8(), sigFlags(d.u8()), int8(d.u8())
	}
	ids := make([]uint32, d.count(4))
	for i := range ids {
		ids[i] = d.u32()
	}
	quantities := make([]quantitySig, d.count(33))
	for i := range quantities {
		q := &quantities[i]
		q.value, q.valueMax = math.Float64frombits(d.u64()), math.Float64frombits(d.u64())
		q.unit, q.per, q.kind, q.qualifier = d.u32(), d.u32(), d.u32(), d.u32()
		q.hasMax = d.flag()
	}
	excerpts := slices.Clone(d.bytes(d.count(1)))
	postings := make([]posting, d.count(8))
	for i := range postings {
		postings[i] = posting{claim: d.u32(), next: d.u32()}
	}
	n := d.count(16)
	byWording := make(map[uint64]postingList, n)
	for range n {
		byWording[d.u64()] = postingList{head: d.u32(), n: d.u32()}
	}
	n = d.count(17)
	byKey := make(map[blockKey]postingList, n)
	for range n {
		k := blockKey{kind: d.u8(), id: d.u32(), week: int32(d.u32())}
		byKey[k] = postingList{head: d.u32(), n: d.u32()}
	}
	if d.err == nil && len(d.b) > 0 {
		d.err = fmt.Errorf("%d bytes after the end", len(d.b))
	}
	if d.err != nil {
		return fmt.Errorf("claim index: %w", d.err)
	}
	if err := checkIndex(len(strs), len(docs), kept, full, ids, quantities, len(excerpts), postings, byWording, byKey); err != nil {
		return fmt.Errorf("claim index: %w", err)
	}
	l.strs = newStrtab()
	l.strs.strs = strs
	for i, s := range strs {
		l.strs.ids[s] = uint32(i)
	}
	l.docs, l.kept, l.full, l.ids, l.quantities, l.excerpts = docs, kept, full, ids, quantities, excerpts
	l.postings, l.byWording, l.byKey = postings, byWording, byKey
	return nil
}

// checkIndex makes sure every index into the Linker's tables is in range,
// so that a damaged file is an error here and not a panic while linking.
func checkIndex(nStrs, nDocs int, kept []keptClaim, full []fullSig, ids []uint32, quantities []quantitySig,
	nExcerpts int, postings []posting, byWording map[uint64]postingList, byKey map[blockKey]postingList) error {
	str := func(id uint32) bool { return int(id) < nStrs }
	if nStrs == 0 {
		return errors.New("no string table")
	}
	for _, k := range kept {
		if int(k.doc) >= nDocs || !str(k.claimant) || !str(k.time) || k.full != noFull && int(k.full) >= len(full) {
			return errors.New("a kept claim is out of range")
		}
	}
	for _, f := range full {
		nIDs := int(f.nWords) + int(f.nEvents) + 2*int(f.nActors) + int(f.nPlaces) + int(f.nEntities) + int(f.nCompass) + int(f.nVerbs) + int(f.nAgents)
		if int(f.ids)+nIDs > len(ids) || int(f.quantities)+int(f.nQuantities) > len(quantities) ||
			int(f.excerpt)+int(f.excerptLen) > nExcerpts || !str(f.predicate) || !str(f.mainClass) || !str(f.force) ||
			!str(f.subject) || !str(f.object) || !str(f.deniedVerb) || !str(f.objectWord) ||
			int(f.stance) >= len(stances) {
			return errors.New("a claim signature is out of range")
		}
		for i, id := range ids[f.ids : int(f.ids)+nIDs] {
			if i >= int(f.nWords) && i < int(f.nWords)+int(f.nEvents) {
				id >>= 2
			}
			if !str(id) {
				return errors.New("a claim signature names an unknown string")
			}
		}
	}
	for _, q := range quantities {
		if !str(q.unit) || !str(q.per) || !str(q.kind) || !str(q.qualifier) {
			return errors.New("a quantity names an unknown string")
		}
	}
	// A posting is added with the list's previous head as its next, so
	// every next is an earlier posting: checking that rules out a cycle,
	// which would never end a walk of the list.
	for i, p := range postings {
		if int(p.claim) >= len(kept) || p.next != endOfList && int(p.next) >= i {
			return errors.New("a posting is out of range")
		}
	}
	list := func(pl postingList) bool { return pl.n == 0 || int(pl.head) < len(postings) }
	for _, pl := range byWording {
		if !list(pl) {
			return errors.New("a wording list is out of range")
		}
	}
	for k, pl := range byKey {
		// event, unit, entity and denied-verb keys name strings;
		// proposition and entity-pair keys are hashes.
		named := k.kind == 'e' || k.kind == 'u' || k.kind == 'n' || k.kind == deniedVerbKey
		if !list(pl) || named && !str(k.id) {
			return errors.New("a key list is out of range")
		}
	}
	return nil
}

// indexEncoder appends little-endian values to b.
type indexEncoder struct{ b []byte }

func (e *indexEncoder) u32(vs ...uint32) {
	for _, v := range vs {
		e.b = binary.LittleEndian.AppendUint32(e.b, v)
	}
}

func (e *indexEncoder) u16(vs ...uint16) {
	for _, v := range vs {
		e.b = binary.LittleEndian.AppendUint16(e.b, v)
	}
}

func (e *indexEncoder) flag(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}

func (e *indexEncoder) str(s string) {
	e.u32(uint32(len(s)))
	e.b = append(e.b, s...)
}

// indexDecoder reads what indexEncoder wrote. Past the end of b, or after
// a length that b cannot hold, it returns zeros and keeps the error.
type indexDecoder struct {
	b   []byte
	err error
}

func (d *indexDecoder) bytes(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n > len(d.b) {
		d.err = io.ErrUnexpectedEOF
		d.b = nil
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *indexDecoder) u8() uint8 {
	if b := d.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (d *indexDecoder) u16() uint16 {
	if b := d.bytes(2); b != nil {
		return binary.LittleEndian.Uint16(b)
	}
	return 0
}

func (d *indexDecoder) u32() uint32 {
	if b := d.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (d *indexDecoder) u64() uint64 {
	if b := d.bytes(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

func (d *indexDecoder) flag() bool { return d.u8() != 0 }

// count reads a length of items of at least size bytes each, and checks
// that what is left can hold them, so that a damaged length never asks for
// more memory than the file has bytes.
func (d *indexDecoder) count(size int) int {
	n := int(d.u32())
	if d.err == nil && n > len(d.b)/size {
		d.err = fmt.Errorf("length %d out of range", n)
	}
	if d.err != nil {
		return 0
	}
	return n
}

func (d *indexDecoder) str() string { return string(d.bytes(d.count(1))) }
