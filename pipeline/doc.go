// Package pipeline turns folders of news articles into the newsclaims
// dataset: it reads the inputs, runs every document through the stages on a
// bounded pool of workers, and streams the rows into Parquet and Arrow
// tables, one Hive partition per run, that replace the output directory
// only when complete. An append adds a partition to the dataset.
//
//	INPUT dirs/files ──► scan: hash every file, compute every doc_id, sort by doc_id
//	                          │  (.jsonl.gz decompressed once, so lines can be re-read)
//	                          │  Config.LoadStages loads the models meanwhile
//	                          │  Append: drop the doc_ids out/_index/doc_ids holds; hard-link
//	                          │  out's partitions into .out.tmp-*; load the entities table
//	                          │  and the Linker's claim index (LinkerIndex)
//	                          ▼
//	                     reader ──jobs──► worker 1..N: Stage.Process × every stage (one Doc each),
//	                          │                 │      then its rows (tables.go), Linker.Prepare
//	                          └─ordered─────────┴──► writer (one goroutine, doc_id order)
//	                                                    │  rows → record batches,
//	                                                    │  entity catalog, Linker.AddContext
//	                                                    ▼
//	                                              finish: entities and claim_links built
//	                                              while the other tables close
//	                                                    ▼
//	       .out.tmp-*/<table>/batch=0000N/part-0.parquet  documents zones sentences tokens
//	                      arrow/<table>/batch=0000N/...   mentions quantities quotes claims
//	                                                      claim_links errors
//	                      entities/part-0.parquet         (the whole dataset's)
//	                      _index/doc_ids, _index/claims, manifest.json
//	                                                    │ exchanged with out/ when complete
//	                                                    ▼  (renameat2; elsewhere two renames)
//	                                                  out/
//
// run.go holds Run and the versions of the dataset; workers.go the reader,
// workers and writer of the diagram; rows.go the table writers and one
// document's rows; replace.go the exchange with out/. partition.go
// describes the layout; append.go what an append reads of the previous
// dataset; compact.go merges partitions.
//
// A Doc is standoff: its Text never changes and every layer holds byte
// spans into it; the tables convert them to code-point offsets. Each layer
// is written by one stage and only read after it:
//
//	ingest ──► Text
//	zones ──► Zones (+ Title, Outlet, Published, Byline), Turns* (lines
//	   │       opening with a speaker's label: "Q:", "MARTINEZ:", "Ann Lee:")
//	segment ──► Sentences, Tokens, Markup*
//	entities ──► Mentions
//	quantities ──► Quantities
//	quotes ──► Quotes              (reads Turns: a label speaks its line)
//	claims ──► Claims, ClaimAnalyses* (reads Turns: a transcript's turns)
//
// The layers marked * are never written out. Concurrency lives
// in Run alone; stages are synchronous. One document's failure is a row of
// the errors table; only a cancelled context or a failed write stops a run,
// and then the previous dataset is left as it was.
package pipeline
