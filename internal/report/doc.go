// Package report writes the HTML report of a newsclaims dataset: what is in
// it, and a way to check that it is right, for a reader with a browser and
// no query engine.
//
//	DATASET/<table>.parquet, or DATASET/<table>/**/*.parquet (Hive layout);
//	   a file's Arrow copy, DATASET/arrow/<the same path>.arrow, when it is
//	   small (--format both): it needs no decoding
//	   │  footers ─────────────► rows per table
//	   │  entities, claim_links, errors (one pass each, on their own
//	   │     goroutine, which then draws the entity charts) ─► rankings, conflicts, errors
//	   │  documents ⋈ zones, mentions, quantities, quotes, claims
//	   │     (opened at once, then merged by doc_id, one record batch per
//	   │      file in memory, on one goroutine that also fills the
//	   │      overview and index)
//	   │  files of documents drawn and written by --workers goroutines;
//	   │  the other charts and the overview once every document is read
//	   ▼
//	DATASET/report/index.html   the overview: counts, charts and the figures beside them
//	               pages/N.html the document index, DefaultPageSize documents a page
//	               doc/N.html   documents in doc_id order, up to DefaultDocFileBytes of
//	                            text a file; a document is doc/N.html#DOC_ID (or #x<hash>
//	                            of a doc_id that is not a plain name), shown alone
//	               style.css viewer.js
//
// Documents share files because creating a file is slow on a busy disk
// (ext4 skipping recently deleted inodes), and a report of many short
// documents spent most of its time there.
//
// The pages are self-contained: no network, no fonts or scripts from
// elsewhere; charts are SVG drawn by gonum.org/v1/plot when the report is
// written. Every string from the articles goes through html/template or
// an escaping function (html.EscapeString, escapeText, appendJSONString),
// so a headline with <script> in it stays text. What a report has once a
// document (the text with its spans, the rows, the table of quotes, the
// header, the index rows) is drawn in Go rather than by templates, whose
// every action is a reflective call, and so are the rows of the
// overview's tables; the templates hold the rest. The report is written
// into a temporary directory and moved into place when complete, as the
// dataset is.
package report
