package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) into Doc.Text.
//
// Inside the pipeline every offset is a byte offset, so that Text[s.Start:s.End]
// is the span's text in Go. The tables convert byte offsets to Unicode
// code-point offsets when rows are written (see RuneOffsets), so that Python's
// text[start:end] gives the same text.
type Span struct {
	Start, End int
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// IsEmpty reports whether the span covers no text. Optional spans (a quote's
// source, cue or addressee) are empty when absent.
func (s Span) IsEmpty() bool { return s.End <= s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// ZoneKind says what part of a page a zone is.
type ZoneKind string

// The zone kinds. Later stages read every zone except ZoneBoilerplate.
const (
	ZoneHeadline    ZoneKind = "headline"    // title line and dek/subtitle
	ZoneDateline    ZoneKind = "dateline"    // a line with the publication date, or a wire dateline ("BEIRUT (AP) —")
	ZoneByline      ZoneKind = "byline"      // "By Jane Doe"
	ZoneBody        ZoneKind = "body"        // article text
	ZoneCaption     ZoneKind = "caption"     // photo or video caption
	ZoneComment     ZoneKind = "comment"     // a reader comment, with its author
	ZoneBoilerplate ZoneKind = "boilerplate" // site chrome: menus, ads, licences, bios
)

// Zone is a run of lines of one kind.
type Zone struct {
	Span
	Kind ZoneKind
	// Author is the comment's author for ZoneComment; empty when unknown or
	// for other kinds.
	Author string
}

// TurnRole says whose words a turn label opens.
type TurnRole uint8

// The turn roles.
const (
	TurnNamed    TurnRole = iota + 1 // "MARTINEZ:", "Ann Lee:": the speaker named
	TurnQuestion                     // "Q:", "Q.": the interviewer asks
	TurnAnswer                       // "A:", "A.": the interviewee answers
)

// Turn is a line that opens with a speaker's label, as interview
// transcripts and exchanges are laid out ("Q: Where were you?",
// "MARTINEZ: At home."). The label is read from the layout alone (a
// kicker such as "UPDATE:" is none, internal/turnlabel.Kicker): whether
// the labels of a page make a transcript, and whom a label names, is for
// the stages that read the layer to say.
type Turn struct {
	// Label is the label without its colon or dot: "MARTINEZ", "Ann Lee",
	// "Q".
	Label Span
	Role  TurnRole
	// Capitals is set for a named label written in capital letters
	// ("MARTINEZ", "ANA MARTINEZ"), as transcripts write their speakers.
	Capitals bool
	// Words are the turn's words on the label's line: from the first word
	// after the label to the end of the line. A turn may run on over the
	// lines after it; where it ends is for its reader to say.
	Words Span
}

// Sentence is one sentence. Sentences never cross a zone or a blank line.
type Sentence struct {
	Span
	Zone int // index into Doc.Zones
	// Tokens are the sentence's tokens: Doc.Tokens[FirstToken:EndToken].
	FirstToken, EndToken int
}

// Token is one word or punctuation mark.
type Token struct {
	Span
	Sentence int    // index into Doc.Sentences
	Text     string // the original characters, Doc.Text[Start:End]
	POS      string // Penn Treebank tag
}

// Entity labels.
const (
	LabelPerson = "PERSON"
	LabelOrg    = "ORG"
	LabelGPE    = "GPE"
	LabelLoc    = "LOC"
	LabelNORP   = "NORP"
	LabelFac    = "FAC"
	LabelEvent  = "EVENT"
)

// Mention is one occurrence of a named entity in the text.
type Mention struct {
	Span
	Sentence int    // index into Doc.Sentences
	Text     string // Doc.Text[Start:End]
	Label    string // one of the Label constants
	// Canonical is the name of the real-world thing the mention refers to
	// ("Islamic State" for "ISIS", "Andrew Parasiliti" for "Parasiliti").
	Canonical string
	// EntityID identifies the entity across the whole dataset; it is
	// EntityID(Label, Canonical).
	EntityID string
	// KBID is the entity's id in a public knowledge base when the gazetteer
	// knows one for (Label, Canonical): "geonames:163808", "iso3166:SY";
	// else "".
	KBID string
}

// EntityID returns the dataset-wide identifier of the entity with this label
// and canonical name. It depends on nothing else, so every worker and every
// run gives the same entity the same id.
func EntityID(label, canonical string) string {
	sum := sha256.Sum256([]byte(label + "\x00" + canonical))
	return "E" + hex.EncodeToString(sum[:6])
}

// Qualifier values of a Quantity.
const (
	QualExact    = "exact"
	QualAtLeast  = "at_least"
	QualAtMost   = "at_most"
	QualMoreThan = "more_than"
	QualLessThan = "less_than"
	QualAbout    = "about"
	QualUpTo     = "up_to"
	QualRange    = "range"
	QualOrdinal  = "ordinal"
	QualVague    = "vague" // an order of magnitude ("hundreds of"): Value..ValueMax is its honest range
)

// Kind values of a Quantity.
const (
	KindCount    = "count"
	KindMoney    = "money"
	KindPercent  = "percent"
	KindFraction = "fraction" // a share written as a fraction or ratio: "half", "two-thirds", "six in 10"
	KindOrdinal  = "ordinal"
	KindDuration = "duration"
	KindDate     = "date"
	KindYear     = "year"
	KindRate     = "rate"
	KindOther    = "other"
)

// Quantity is a number stated in the text, with what it counts.
type Quantity struct {
	Span
	Sentence int    // index into Doc.Sentences
	Text     string // Doc.Text[Start:End]
	// Value is the number; nil for dates (see Normalized).
	Value *float64
	// ValueMax is the upper bound of a range; nil unless a range.
	ValueMax  *float64
	Qualifier string // one of the Qual constants
	// Unit is the counted noun or unit, singular ("civilian", "ground troop",
	// "USD", "century"); empty when there is none.
	Unit string
	Kind string // one of the Kind constants
	// Per is the denominator of a rate ("day" in "25 sorties a day"); empty
	// for other kinds.
	Per string
	// Normalized is the ISO form of a date ("2017-03-02", or "XXXX-09-30"
	// when the year is unknown); empty for other kinds.
	Normalized string
	// Resolved is the calendar date a date refers to: Normalized when it
	// states its year, else the year taken from Doc.Published
	// ("2015-09-30"); empty when it cannot be resolved or for other kinds.
	Resolved string
}

// Quote types.
const (
	QuoteDirect   = "direct"
	QuoteIndirect = "indirect"
	QuoteMixed    = "mixed"
)

// Content forms of an indirect Quote (Quote.ContentForm).
const (
	// ContentClause: the verb reports a clause, finite or infinitive
	// ("said the bridge was closed", "pledged to cancel the toll").
	ContentClause = "clause"
	// ContentPhrase: the verb reports a noun phrase, a gerund or an "X as
	// Y" characterisation, not a proposition of its own ("slammed the
	// ruling", "noted the drop in sales", "described the plan as reckless").
	ContentPhrase = "phrase"
)

// Quote is an attribution: a source said some content, through a cue.
type Quote struct {
	Type    string // one of the Quote constants
	Content Span   // what was said, without the quote marks
	// Source is the speaker as written ("he", "Andrew Parasiliti, director of
	// ..."); empty when the sentence names none.
	Source Span
	// Speaker is the resolved name of the source; empty when unknown.
	Speaker string
	// SpeakerEntityID is the EntityID of the speaker; empty when the speaker
	// is not a recognised entity.
	SpeakerEntityID string
	// Affiliation is the organisation or place the source says the speaker
	// belongs to, cut from the source ("the State Department" in "John
	// Kirby, a spokesman for the State Department"); empty when none.
	Affiliation Span
	// AffiliationEntityID is the EntityID of the affiliation when it is a
	// recognised entity; else empty.
	AffiliationEntityID string
	Cue                 Span // "said", "according to"; empty when there is none
	Addressee           Span // "VICE News" in "told VICE News"; empty when none
	// RelayedBy is the outlet, document or person through whom the
	// speaker's words reach the article: "CNN" in "“…,” Lee said,
	// according to CNN", "The Gazette" in "The Gazette reported that Lee
	// said …" (the outermost such source); empty when the article hears
	// the speaker directly.
	RelayedBy Span
	// RelayedByEntityID is the EntityID of the relay when it names a
	// recognised entity; else empty.
	RelayedByEntityID string
	// EmbeddedIn is the index in Doc.Quotes of the enclosing quote, or -1.
	EmbeddedIn int
	// QuotedFragments are the spans inside each pair of quote marks of a
	// mixed quote, without the marks; nil for other types.
	QuotedFragments []Span
	// ContentForm is ContentClause or ContentPhrase for an indirect quote,
	// empty for direct and mixed quotes.
	ContentForm string
	// Unmarked is set for a direct quote that carries no quote marks: a
	// paragraph of a block excerpt introduced by "X reports:" or "X: ...",
	// or a reader comment.
	Unmarked bool
}

// Stance values of a Claim.
const (
	StanceAsserts  = "asserts"
	StanceDenies   = "denies"
	StanceDisputes = "disputes"
)

// Claim is a checkable assertion and who makes it.
type Claim struct {
	Span
	Text     string // Doc.Text[Start:End]
	Claimant string // the quote's resolved speaker, else the outlet or byline
	// ClaimantEntityID is the EntityID of the claimant; empty when unknown.
	ClaimantEntityID string
	// Quote is the index in Doc.Quotes of the attribution the claim comes
	// from, or -1 for the article's own voice.
	Quote      int
	Quantities []int    // indexes into Doc.Quantities inside the claim
	EntityIDs  []string // EntityIDs of the mentions inside the claim, in text order, without repeats
	Hedged     bool
	Stance     string // one of the Stance constants
	// Predicate is the lemma of the claim's main verb ("kill", "retake",
	// "deny"); for a verbless claim, the lemma of its head noun's verb
	// ("withdraw" for "withdrawal"); empty when none is found.
	Predicate string
	// SubjectEntityID and ObjectEntityID are the EntityIDs of the mentions
	// acting as the predicate's subject and object; empty when not found.
	SubjectEntityID string
	ObjectEntityID  string
	// Time is the ISO date the claim is about ("2016-03-12"), resolved
	// against Doc.Published when the text says only "on Saturday"; empty
	// when not stated.
	Time string
	// PlaceEntityID is the EntityID of the place the claim happens in (a
	// GPE, LOC or FAC mention after "in", "near", "at" ...); empty when none.
	PlaceEntityID string
}

// Severity of a Problem.
const (
	SeverityWarning = "warning" // the document was still processed
	SeverityError   = "error"   // the document was dropped
)

// Problem is something that went wrong with one document. Problems are data:
// they become rows of the errors table.
type Problem struct {
	Stage    string
	Severity string
	Message  string
}

// Doc is one article and every annotation layer over it.
//
// The original Text never changes after ingest; every layer is a slice of
// spans into it. Each field names the one stage that writes it; later stages
// only read it.
type Doc struct {
	// Source says where the document came from: a path relative to the input
	// root, or "path:line" for a JSONL line. Set by the reader.
	Source string
	// Raw is the document's bytes as read. Set by the reader; ingest turns it
	// into Text and drops it.
	Raw []byte

	ID   string // first 32 hex chars of the sha256 of Raw; set by the reader
	Text string // valid UTF-8 with \n line ends; set by ingest

	// Metadata. JSONL inputs may set them; zones fills those still empty
	// from the text. Empty means unknown.
	Title     string
	Outlet    string
	Published string // ISO date, YYYY-MM-DD
	Byline    string
	// URL and ExternalID (the input's own id) come from JSONL inputs only.
	URL        string
	ExternalID string

	Zones     []Zone     // zones
	Sentences []Sentence // segment
	Tokens    []Token    // segment
	// Markup is written by segment: the byte spans of the markup tags left
	// in the text (<a href="...">, <br>, an embedded post's tags), in
	// reading order; empty when the text has none. No token spans one. It
	// is never written out: stages read it to tell a tag's characters (an
	// attribute's quote marks) from the prose's.
	Markup []Span
	// Turns is written by zones: the lines of the content zones (save
	// datelines) that open with a speaker's label, in text order. It is
	// never written out: claims and quotes read it instead of reading the
	// labels themselves.
	Turns      []Turn
	Mentions   []Mention  // entities; in text order, none overlapping
	Quantities []Quantity // quantities; in text order
	Quotes     []Quote    // quotes
	Claims     []Claim    // claims
	// ClaimAnalyses is the claims stage's own reading of the claims it
	// built, which its linker reuses instead of reading each claim again,
	// and the lower-case form of each token its rules read.
	// It is never written out. Set by claims; whoever changes a layer after
	// the claims stage must set it to nil.
	ClaimAnalyses any

	// Problems collects warnings and errors from every stage.
	Problems []Problem
	// Failed is set when a stage failed; later stages are skipped and the
	// document goes to the errors table only.
	Failed bool
}

// Warn records a warning about the document from a stage.
func (d *Doc) Warn(stage, msg string) {
	d.Problems = append(d.Problems, Problem{Stage: stage, Severity: SeverityWarning, Message: msg})
}

// Slice returns the text of a span.
func (d *Doc) Slice(s Span) string { return d.Text[s.Start:s.End] }

// ContentZones returns the indexes of the zones that later stages read:
// every zone except boilerplate.
func (d *Doc) ContentZones() []int {
	var out []int
	for i, z := range d.Zones {
		if z.Kind != ZoneBoilerplate {
			out = append(out, i)
		}
	}
	return out
}

// ZoneAt returns the index of the zone containing byte offset off, or -1.
// Zones are in text order and do not overlap, so it is a binary search.
func (d *Doc) ZoneAt(off int) int {
	i := sort.Search(len(d.Zones), func(i int) bool { return d.Zones[i].End > off })
	if i < len(d.Zones) && d.Zones[i].Start <= off {
		return i
	}
	return -1
}

// MentionsStartingIn returns the range [lo, hi) of the indexes of the
// mentions that start inside s, found by binary search (Mentions are in
// text order). Every mention inside s is in the range.
func (d *Doc) MentionsStartingIn(s Span) (lo, hi int) {
	lo = sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].Start >= s.Start })
	hi = lo + sort.Search(len(d.Mentions)-lo, func(i int) bool { return d.Mentions[lo+i].Start >= s.End })
	return lo, hi
}

// QuantitiesStartingIn returns the range [lo, hi) of the indexes of the
// quantities that start inside s, found by binary search (Quantities are
// in text order).
func (d *Doc) QuantitiesStartingIn(s Span) (lo, hi int) {
	lo = sort.Search(len(d.Quantities), func(i int) bool { return d.Quantities[i].Start >= s.Start })
	hi = lo + sort.Search(len(d.Quantities)-lo, func(i int) bool { return d.Quantities[lo+i].Start >= s.End })
	return lo, hi
}

// TokenAt returns the index of the token starting at byte offset off, or -1.
func (d *Doc) TokenAt(off int) int {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= off })
	if i < len(d.Tokens) && d.Tokens[i].Start == off {
		return i
	}
	return -1
}

// SentenceAt returns the index of the sentence containing byte offset off, or -1.
func (d *Doc) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch s := d.Sentences[m]; {
		case off < s.Start:
			hi = m
		case off >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// DocID returns the document id of raw bytes: the first 32 hex characters
// of their sha256.
func DocID(raw []byte) string {
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:16])
}

// RuneOffsets converts byte offsets into a text to code-point offsets in
// constant time, whatever the order of the queries: it holds the code-point
// offset of every runeBlock-th byte, and counts the few code points between
// that checkpoint and the offset asked for. A text of ASCII alone needs no
// table at all.
type RuneOffsets struct {
	text   string
	before []int32 // before[i] is the code-point offset of byte i*runeBlock; nil for ASCII text
}

// runeBlock is the distance in bytes between two checkpoints: a larger block
// makes the table smaller and each query slower.
const runeBlock = 64

// NewRuneOffsets returns a converter for text, which must be valid UTF-8
// (as Doc.Text is); it reads the text once.
func NewRuneOffsets(text string) *RuneOffsets {
	r := &RuneOffsets{text: text}
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return r
	}
	r.before = make([]int32, len(text)/runeBlock+1)
	n := int32(0)
	for i := 0; i < len(text); i++ {
		if i%runeBlock == 0 {
			r.before[i/runeBlock] = n
		}
		if utf8.RuneStart(text[i]) {
			n++
		}
	}
	if len(text)%runeBlock == 0 {
		r.before[len(text)/runeBlock] = n
	}
	return r
}

// Of returns the code-point offset of byte offset b, which lies on a
// character boundary in [0, len(text)].
func (r *RuneOffsets) Of(b int) int {
	if r.before == nil {
		return b
	}
	block := b / runeBlock
	n := int(r.before[block])
	for i := block * runeBlock; i < b; i++ {
		if utf8.RuneStart(r.text[i]) {
			n++
		}
	}
	return n
}
