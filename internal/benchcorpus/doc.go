// Package benchcorpus finds the texts the benchmarks time, by one rule for
// every package: the .txt files under $CORPUS when it is set, else the
// Brown news corpus of the shared data beside the checkout
// (shared/bench/brown, see internal/gold.SharedDir), else the repository's
// seed articles. The three measure different things (6 MB of edited prose
// against five web pages), so Read logs which one a benchmark read: a
// figure always says what it measured. (The command cmd/benchcorpus
// times the whole binary; this package serves the go test benchmarks.)
//
//	$CORPUS set ──► its .txt files (none there: the benchmark fails)
//	      │ unset
//	      ▼
//	shared/bench/brown ──► its .txt files
//	      │ absent
//	      ▼
//	seeds/ ──► the sample articles
package benchcorpus
