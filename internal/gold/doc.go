// Package gold gives tests the gold annotations of the seed articles: one
// copy of them, and the rule that locates their spans.
//
//	seeds/*.gold.json (embedded) ──► Seeds() ──► Seed.Gold, an Annotation (annotation.go)
//	../../seeds/*.txt (the repo's)  ──┘            Find(text, s, k) → the k-th occurrence
//
// The annotation conventions are in seeds/README.md; Annotation declares
// the file's fields once for every stage's gold test. Must and Annotate
// build and run the stages before the one a test scores.
package gold
