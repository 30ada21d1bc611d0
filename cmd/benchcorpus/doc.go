// Command benchcorpus times the whole newsclaims pipeline on a corpus of
// articles, the way `make bench` runs it.
//
//	corpus ──► newsclaims build --workers 1 ─┐
//	       ──► newsclaims build --workers 2 ─┼─► documents/s, tokens/s, tokens per
//	                                         │   CPU-second, peak RSS, scaling
//	       ──► stages in-process, timed ─────┼─► share of time per stage
//	       ──► prose v2 default pipeline ────┼─► prose tokens/s and our ratio to it
//	corpus as history + 1% new documents ────┼─► build --append of the 1% against a
//	                                         │   rebuild of everything: wall, CPU, RSS
//	one -long MB article, as many of 1 MB ───┴─► CPU of the one against the many, peak RSS
//
// The corpus is -corpus DIR (every .txt file is an article, every .jsonl or
// .jsonl.gz line too) or, without it, the seed articles repeated until they
// reach -size bytes. Each repeated copy gets a trailing line with its copy
// number, because identical documents are kept once by doc_id. -repeat N
// multiplies a -corpus the same way (a corpus N times larger, for memory).
//
// The binary runs as a child process so that its peak RSS and CPU time come
// from the kernel (rusage of the child). CPU time is user plus system time of
// the whole process, garbage collection included; tokens per CPU-second is
// the per-core figure that does not depend on how busy a shared machine is.
package main
