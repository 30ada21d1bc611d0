// Package zones tells the article from the page around it. It labels every
// non-blank line of Doc.Text with a zone kind and fills the metadata the text
// states (title, outlet, publication date, byline).
//
//	Doc.Text ──► lines (trimmed; blank lines split paragraphs)
//	         ──► line rules: chrome phrases, copyright/licence lines, player
//	             clocks, HTML leftovers, asks ("Support X - Go Ad-Free!")
//	         ──► block rule: a paragraph of short lines, half of them chrome,
//	             is a menu
//	         ──► page head, read back from the lede (the first sentence
//	             that is not a dek): the topmost of up to three adjacent
//	             headline-shaped lines is the headline; above it only
//	             date, byline and caption lines keep their kind, the rest
//	             (masthead, menus, banners, section label) is chrome
//	         ──► walk in text order:
//	               page head: [chrome] [date header] headline [dek ...]
//	                          [byline] [caption]
//	                          (no head: the first line, if it reads as a
//	                          headline, even in sentence case; release
//	                          labels and contact lines over it are chrome)
//	               body:      body, caption, byline lines
//	               comments:  "X said..." header ─► comment zone (Author = X)
//	         ──► furniture in the body, from layout: section labels in
//	             capitals and notices about the story (editor's notes,
//	             corrections, print and update notices) are chrome; a
//	             closing sign-off is a byline; a line ending in a bracketed
//	             photo credit is a caption
//	         ──► link lists under "Related Topics"/"More on this story";
//	             captions beside a photo credit ("Name/Reuters")
//	         ──► footer: lines after a closing copyright line, author bios;
//	             in the last lines, reporters' credits naming a contributor
//	             are a byline, contact lines ("Follow X on Twitter @x",
//	             "Email: ...") boilerplate (tail.go)
//	         ──► wire datelines: a body paragraph opening with "BEIRUT,
//	             Lebanon (Reuters) -" is cut in two zones, the dateline
//	             (ZoneDateline) and the story (ZoneBody); so is a line
//	             inside a body paragraph opening with one that names its
//	             agency, state or date; see wire.go
//	         ──► Doc.Zones + Title, Outlet, Published, Byline (only if empty;
//	             Published may come from a date in the file name)
//	         ──► turns: a line of a content zone (not a dateline) opening
//	             with a speaker's label, "Q:", "A:", "MARTINEZ:", "Ann
//	             Lee:", a "Q" run into a question where answers are
//	             labelled, not a kicker ("UPDATE:", turnlabel.Kicker)
//	             ─► Doc.Turns, read by quotes and claims; see turns.go
//
// A zone is a maximal run of consecutive lines of one kind, save that a wire
// dateline and the story after it are two zones of one line. A blank line ends
// a zone, except that one reader comment, however many paragraphs it has, is
// one ZoneComment zone with its Author. Zones never include a line's leading
// or trailing space or the newline, and blank lines belong to no zone.
//
// A comment header line ("Sean Austin said...") is not part of its comment:
// it is a boilerplate zone of its own, written by the blog software, and its
// name is carried by the comment zone's Author instead. So later stages, which
// skip boilerplate, neither tag the commenter as an entity mentioned in the
// text nor read "X said..." as a quotation.
//
// testdata/heldout holds pages in the styles of other outlets (wire
// services, broadcasters, newspapers, blogs, local sites), annotated line
// by line; TestHeldout scores them. TestNewsLayouts holds invented pages in
// the layouts of archives and releases (headlines in sentence case, deks,
// release labels, notices, section labels, sign-offs, captions).
// TestPolnearTitles measures titles on the PolNeAR corpus beside the
// repository (../shared/data/attribution/polnear, first line = headline),
// and TestBrownNoTitle that the untitled Brown news texts get none; both
// skip when the corpus is absent.
//
// The rules are general: lexicons of chrome phrases, and line shape (length,
// final punctuation, title case, position in the page). Nothing is deleted;
// later stages read every zone except boilerplate (Doc.ContentZones).
//
// The files follow the flow:
//
//	zones.go      the stage: lines ─► rules ─► walk ─► zones, metadata
//	chrome.go     line rules and blocks of chrome; HTML captions
//	head.go       the page head, read back from the lede; link lists,
//	              photo credits
//	untitled.go   a headline in sentence case on a page without a head
//	walk.go       the walk in text order and the line shapes it reads
//	comments.go   comment headers and time stamps
//	dates.go      calendar dates, date headers, dates in file names
//	bylines.go    byline lines and names
//	furniture.go  section labels, notices, sign-offs and credits in the body
//	footer.go     the footer and author bios
//	tail.go       reporters' credits and contact lines closing an article
//	outlet.go     the outlet a page names
//	wire.go       wire datelines
//	turns.go      the turn labels of transcripts (Doc.Turns)
//	lines.go      the layers of a bare text, every line body (LineZones,
//	              BareText): for tests and benchmarks with no page around
//	lexicon.go    chrome phrases and word lists
package zones
