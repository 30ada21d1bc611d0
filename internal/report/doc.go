// Package report writes the HTML report of a newsclaims dataset: what is in
// it, and a way to check that it is right, for a reader with a browser and
// no query engine.
//
//	DATASET/<table>.parquet, or DATASET/<table>/**/*.parquet (Hive layout)
//	   │  footers ─────────────► rows per table
//	   │  entities, claim_links, errors (one pass each) ─► rankings, conflicts, errors
//	   │  documents ⋈ zones, mentions, quantities, quotes, claims
//	   │     (merged by doc_id, one record batch per file in memory,
//	   │      on one goroutine that also fills the overview and index)
//	   │  document pages drawn and written by --workers goroutines
//	   ▼
//	DATASET/report/index.html      the overview: counts, charts and the figures beside them
//	               pages/N.html    the document index, DefaultPageSize documents a page
//	               doc/DOC_ID.html one page per document: the text with every layer drawn
//	               style.css viewer.js
//
// The pages are self-contained: no network, no fonts or scripts from
// elsewhere; charts are SVG drawn by gonum.org/v1/plot when the report is
// written. Every string from the articles goes through html/template or
// an escaping function (html.EscapeString, escapeText, appendJSONString),
// so a headline with <script> in it stays text. What a report has once a
// document (the text with its spans, the rows, the table of quotes, the
// header, the index rows) is drawn in Go rather than by templates, whose
// every action is a reflective call; the templates hold the rest. The
// report is written into a temporary directory and moved into place when
// complete, as the dataset is.
package report
