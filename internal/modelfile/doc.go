// Package modelfile compresses and decompresses the model files embedded in
// the binary (the POS weights, the entity model and its gazetteer).
//
//	make model / go test -update ──► Compress (CompressLight for the entity
//	                                   weights) ──► stages/*/model/*.zst ──► go:embed
//	                                                                        │
//	                                     stage constructor ◄── Decompress ◄──┘
//
// The files are zstd frames. zstd replaced gzip here because decompressing
// the embedded models is a fixed cost of every run, paid before the first
// document: zstd decodes them about twice as fast, and the files are a
// tenth smaller. Once decompressed, the compressed bytes are not read
// again: on Linux their pages are given back (release_linux.go).
package modelfile
