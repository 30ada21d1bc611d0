package pipeline

import (
	"slices"

	"github.com/apache/arrow-go/v18/arrow"
)

// This file declares every output table once: the Go row struct, its Arrow
// schema beside it, and the function that turns a Doc into rows. Field i of
// a row struct is column i of its schema (TestTablesMatchRowStructs checks
// names and types). A nullable string column writes "" as null: unknown is
// null, never an empty string. Offsets in rows are Unicode code points.
// Each builder grows its rows once to the length of the layer: growing them
// by appending kept up to twice the rows of a long document in memory.

// Table describes one output table.
type Table struct {
	Name   string
	Schema *arrow.Schema
	// Row is a zero value of the table's row struct.
	Row any
	// Doc says what one row is, for `newsclaims schema` and docs/SCHEMA.md.
	Doc string
	// Categorical names the string columns of a few distinct values
	// (labels, kinds, stances), which Parquet stores dictionary-encoded.
	// The other columns are written plain: on names, texts and ids a
	// dictionary cost the single writer goroutine time and, after zstd,
	// made the files larger, not smaller.
	Categorical []string
	// WholeTexts names the columns holding whole articles, written without
	// min/max statistics: Parquet builds them by copying a row group's
	// smallest and largest values, several times, and drops them above
	// 4 KB; for one long article that was some 24 MB of the peak heap,
	// and no reader filters articles by the range of their text.
	WholeTexts []string
}

func field(name string, typ arrow.DataType, nullable bool) arrow.Field {
	return arrow.Field{Name: name, Type: typ, Nullable: nullable}
}

var (
	str     = arrow.BinaryTypes.String
	i32     = arrow.PrimitiveTypes.Int32
	f64     = arrow.PrimitiveTypes.Float64
	boolean = arrow.FixedWidthTypes.Boolean
	date    = arrow.FixedWidthTypes.Date32
	strList = arrow.ListOf(arrow.BinaryTypes.String)
	i32List = arrow.ListOf(arrow.PrimitiveTypes.Int32)
)

// DocumentRow is a row of the documents table.
type DocumentRow struct {
	DocID      string
	Source     string
	ExternalID string
	URL        string
	Title      string
	Outlet     string
	Published  string // ISO date; written as date32
	Byline     string
	Text       string
	NSentences int32
	NTokens    int32
}

var documentsTable = Table{Name: "documents", Row: DocumentRow{}, Doc: "one row per article kept",
	WholeTexts: []string{"text"},
	Schema: arrow.NewSchema([]arrow.Field{
		field("doc_id", str, false),
		field("source", str, false),
		field("external_id", str, true),
		field("url", str, true),
		field("title", str, true),
		field("outlet", str, true),
		field("published", date, true),
		field("byline", str, true),
		field("text", str, false),
		field("n_sentences", i32, false),
		field("n_tokens", i32, false),
	}, nil)}

func documentRows(d *Doc, _ *RuneOffsets, rows []DocumentRow) []DocumentRow {
	return append(rows, DocumentRow{
		DocID: d.ID, Source: d.Source, ExternalID: d.ExternalID, URL: d.URL,
		Title: d.Title, Outlet: d.Outlet, Published: d.Published, Byline: d.Byline,
		Text: d.Text, NSentences: int32(len(d.Sentences)), NTokens: int32(len(d.Tokens)),
	})
}

// ZoneRow is a row of the zones table.
type ZoneRow struct {
	DocID  string
	ZoneID int32
	Kind   string
	Start  int32
	End    int32
	Author string
}

var zonesTable = Table{Name: "zones", Row: ZoneRow{}, Doc: "one row per run of lines of one kind",
	Categorical: []string{"kind"},
	Schema: arrow.NewSchema([]arrow.Field{
		field("doc_id", str, false),
		field("zone_id", i32, false),
		field("kind", str, false),
		field("start", i32, false),
		field("end", i32, false),
		field("author", str, true),
	}, nil)}

func zoneRows(d *Doc, ro *RuneOffsets, rows []ZoneRow) []ZoneRow {
	rows = slices.Grow(rows, len(d.Zones))
	for i, z := range d.Zones {
		rows = append(rows, ZoneRow{DocID: d.ID, ZoneID: int32(i), Kind: string(z.Kind),
			Start: int32(ro.Of(z.Start)), End: int32(ro.Of(z.End)), Author: z.Author})
	}
	return rows
}

// SentenceRow is a row of the sentences table.
type SentenceRow struct {
	DocID      string
	SentenceID int32
	ZoneID     int32
	Start      int32
	End        int32
}

var sentencesTable = Table{Name: "sentences", Row: SentenceRow{}, Doc: "one row per sentence of a content zone",
	Schema: arrow.NewSchema([]arrow.Field{
		field("doc_id", str, false),
		field("sentence_id", i32, false),
		field("zone_id", i32, false),
		field("start", i32, false),
		field("end", i32, false),
	}, nil)}

func sentenceRows(d *Doc, ro *RuneOffsets, rows []SentenceRow) []SentenceRow {
	rows = slices.Grow(rows, len(d.Sentences))
	for i, s := range d.Sentences {
		rows = append(rows, SentenceRow{DocID: d.ID, SentenceID: int32(i), ZoneID: int32(s.Zone),
			Start: int32(ro.Of(s.Start)), End: int32(ro.Of(s.End))})
	}
	return rows
}

// TokenRow is a row of the tokens table (written with --tokens).
type TokenRow struct {
	DocID      string
	SentenceID int32
	TokenID    int32
	Start      int32
	End        int32
	Text       string
	POS        string
}

var tokensTable = Table{Name: "tokens", Row: TokenRow{}, Doc: "one row per token (only with --tokens)",
	Categorical: []string{"pos"},
	Schema: arrow.NewSchema([]arrow.Field{
		field("doc_id", str, false),
		field("sentence_id", i32, false),
		field("token_id", i32, false),
		field("start", i32, false),
		field("end", i32, false),
		field("text", str, false),
		field("pos", str, false),
	}, nil)}

func tokenRows(d *Doc, ro *RuneOffsets, rows []TokenRow) []TokenRow {
	rows = slices.Grow(rows, len(d.Tokens))
	for i, t := range d.Tokens {
		rows = append(rows, TokenRow{DocID: d.ID, SentenceID: int32(t.Sentence), TokenID: int32(i),
			Start: int32(ro.Of(t.Start)), End: int32(ro.Of(t.End)), Text: t.Text, POS: t.POS})
	}
	return rows
}

// MentionRow is a row of the mentions table.
type MentionRow struct {
	DocID      string
	MentionID  int32
	SentenceID int32
	Start      int32
	End        int32
	Text       string
	Label      string
	EntityID   string
}

var mentionsTable = Table{Name: "mentions", Row: MentionRow{}, Doc: "one row per occurrence of a named entity",
	Categorical: []string{"label"},
	Schema: arrow.NewSchema([]arrow.Field{
		field("doc_id", str, false),
		field("mention_id", i32, false),
		field("sentence_id", i32, false),
		field("start", i32, false),
		field("end", i32, false),
		field("text", str, false),
		field("label", str, false),
		field("entity_id", str, false),
	}, nil)}

func mentionRows(d *Doc, ro *RuneOffsets, rows []MentionRow) []MentionRow {
	rows = slices.Grow(rows, len(d.Mentions))
	for i, m := range d.Mentions {
		rows = append(rows, MentionRow{DocID: d.ID, MentionID: int32(i), SentenceID: int32(m.Sentence),
			Start: int32(ro.Of(m.Start)), End: int32(ro.Of(m.End)), Text: m.Text, Label: m.Label, EntityID: m.EntityID})
	}
	return rows
}

// EntityRow is a row of the entities table.
type EntityRow struct {
	EntityID  string
	Name      string
	Label     string
	Aliases   []string
	NMentions int32
	NDocs     int32
	KBID      string // "" is written as null
	FirstSeen string // ISO date; written as date32
	LastSeen  string // ISO date; written as date32
}

var entitiesTable = Table{Name: "entities", Row: EntityRow{}, Doc: "one row per real-world entity in the dataset",
	Categorical: []string{"label"},
	Schema: arrow.NewSchema([]arrow.Field{
		field("entity_id", str, false),
		field("name", str, false),
		field("label", str, false),
		field("aliases", strList, false),
		field("n_mentions", i32, false),
		field("n_docs", i32, false),
		field("kb_id", str, true),
		field("first_seen", date, true),
		field("last_seen", date, true),
	}, nil)}

// QuantityRow is a row of the quantities table.
type QuantityRow struct {
	DocID      string
	QuantityID int32
	SentenceID int32
	Start      int32
	End        int32
	Text       string
	Value      *float64
	ValueMax   *float64
	Qualifier  string
	Unit       string
	Kind       string
	Per        string
	Normalized string
	Resolved   string // ISO date; written as date32
}

var quantitiesTable = Table{Name: "quantities", Row: QuantityRow{}, Doc: "one row per number stated in the text",
	Categorical: []string{"qualifier", "unit", "kind", "per"},
	Schema: arrow.NewSchema([]arrow.Field{
		field("doc_id", str, false),
		field("quantity_id", i32, false),
		field("sentence_id", i32, false),
		field("start", i32, false),
		field("end", i32, false),
		field("text", str, false),
		field("value", f64, true),
		field("value_max", f64, true),
		field("qualifier", str, false),
		field("unit", str, true),
		field("kind", str, false),
		field("per", str, true),
		field("normalized", str, true),
		field("resolved", date, true),
	}, nil)}

func quantityRows(d *Doc, ro *RuneOffsets, rows []QuantityRow) []QuantityRow {
	rows = slices.Grow(rows, len(d.Quantities))
	for i, q := range d.Quantities {
		rows = append(rows, QuantityRow{DocID: d.ID, QuantityID: int32(i), SentenceID: int32(q.Sentence),
			Start: int32(ro.Of(q.Start)), End: int32(ro.Of(q.End)), Text: q.Text,
			Value: q.Value, ValueMax: q.ValueMax, Qualifier: q.Qualifier, Unit: q.Unit, Kind: q.Kind,
			Per: q.Per, Normalized: q.Normalized, Resolved: q.Resolved})
	}
	return rows
}

// QuoteRow is a row of the quotes table.
type QuoteRow struct {
	DocID           string
	QuoteID         int32
	Type            string
	ContentStart    int32
	ContentEnd      int32
	Content         string
	SourceStart     *int32
	SourceEnd       *int32
	SourceText      string
	Speaker         string
	SpeakerEntityID string
	// Affiliation and AffiliationEntityID: the speaker's organisation or
	// place as the source gives it, and its entity.
	Affiliation         string
	AffiliationEntityID string
	CueStart            *int32
	CueEnd              *int32
	Cue                 string
	Addressee           string
	// RelayedBy and RelayedByEntityID: the outlet, document or person
	// through whom the speaker's words reach the article, and its entity.
	RelayedBy         string
	RelayedByEntityID string
	EmbeddedIn        *int32
	QuotedFragments   []string
	Unmarked          bool
	ContentForm       string
}

var quotesTable = Table{Name: "quotes", Row: QuoteRow{}, Doc: "one row per attribution: who said what, through which cue",
	Categorical: []string{"type", "cue", "content_form"},
	Schema: arrow.NewSchema([]arrow.Field{
		field("doc_id", str, false),
		field("quote_id", i32, false),
		field("type", str, false),
		field("content_start", i32, false),
		field("content_end", i32, false),
		field("content", str, false),
		field("source_start", i32, true),
		field("source_end", i32, true),
		field("source_text", str, true),
		field("speaker", str, true),
		field("speaker_entity_id", str, true),
		field("affiliation", str, true),
		field("affiliation_entity_id", str, true),
		field("cue_start", i32, true),
		field("cue_end", i32, true),
		field("cue", str, true),
		field("addressee", str, true),
		field("relayed_by", str, true),
		field("relayed_by_entity_id", str, true),
		field("embedded_in", i32, true),
		field("quoted_fragments", strList, true),
		field("unmarked", boolean, false),
		field("content_form", str, true),
	}, nil)}

// optSpan returns the code-point offsets and text of an optional span.
func optSpan(d *Doc, ro *RuneOffsets, s Span) (start, end *int32, text string) {
	if s.IsEmpty() {
		return nil, nil, ""
	}
	a, b := int32(ro.Of(s.Start)), int32(ro.Of(s.End))
	return &a, &b, d.Slice(s)
}

func optIndex(i int) *int32 {
	if i < 0 {
		return nil
	}
	v := int32(i)
	return &v
}

func quoteRows(d *Doc, ro *RuneOffsets, rows []QuoteRow) []QuoteRow {
	rows = slices.Grow(rows, len(d.Quotes))
	for i, q := range d.Quotes {
		r := QuoteRow{DocID: d.ID, QuoteID: int32(i), Type: q.Type,
			ContentStart: int32(ro.Of(q.Content.Start)), ContentEnd: int32(ro.Of(q.Content.End)),
			Content: d.Slice(q.Content), Speaker: q.Speaker, SpeakerEntityID: q.SpeakerEntityID,
			EmbeddedIn: optIndex(q.EmbeddedIn), Unmarked: q.Unmarked, ContentForm: q.ContentForm}
		for _, f := range q.QuotedFragments {
			r.QuotedFragments = append(r.QuotedFragments, d.Slice(f))
		}
		r.SourceStart, r.SourceEnd, r.SourceText = optSpan(d, ro, q.Source)
		r.CueStart, r.CueEnd, r.Cue = optSpan(d, ro, q.Cue)
		_, _, r.Addressee = optSpan(d, ro, q.Addressee)
		_, _, r.Affiliation = optSpan(d, ro, q.Affiliation)
		r.AffiliationEntityID = q.AffiliationEntityID
		_, _, r.RelayedBy = optSpan(d, ro, q.RelayedBy)
		r.RelayedByEntityID = q.RelayedByEntityID
		rows = append(rows, r)
	}
	return rows
}

// ClaimRow is a row of the claims table.
type ClaimRow struct {
	DocID            string
	ClaimID          int32
	Start            int32
	End              int32
	Text             string
	Claimant         string
	ClaimantEntityID string
	QuoteID          *int32
	QuantityIDs      []int32
	EntityIDs        []string
	Hedged           bool
	Stance           string
	Predicate        string
	SubjectEntityID  string
	ObjectEntityID   string
	Time             string // ISO date; written as date32
	PlaceEntityID    string
}

var claimsTable = Table{Name: "claims", Row: ClaimRow{}, Doc: "one row per checkable assertion and who makes it",
	Categorical: []string{"stance", "predicate"},
	Schema: arrow.NewSchema([]arrow.Field{
		field("doc_id", str, false),
		field("claim_id", i32, false),
		field("start", i32, false),
		field("end", i32, false),
		field("text", str, false),
		field("claimant", str, true),
		field("claimant_entity_id", str, true),
		field("quote_id", i32, true),
		field("quantity_ids", i32List, false),
		field("entity_ids", strList, false),
		field("hedged", boolean, false),
		field("stance", str, false),
		field("predicate", str, true),
		field("subject_entity_id", str, true),
		field("object_entity_id", str, true),
		field("time", date, true),
		field("place_entity_id", str, true),
	}, nil)}

func claimRows(d *Doc, ro *RuneOffsets, rows []ClaimRow) []ClaimRow {
	rows = slices.Grow(rows, len(d.Claims))
	for i, c := range d.Claims {
		q := make([]int32, len(c.Quantities))
		for j, v := range c.Quantities {
			q[j] = int32(v)
		}
		rows = append(rows, ClaimRow{DocID: d.ID, ClaimID: int32(i),
			Start: int32(ro.Of(c.Start)), End: int32(ro.Of(c.End)), Text: c.Text,
			Claimant: c.Claimant, ClaimantEntityID: c.ClaimantEntityID, QuoteID: optIndex(c.Quote),
			QuantityIDs: q, EntityIDs: c.EntityIDs, Hedged: c.Hedged, Stance: c.Stance,
			Predicate: c.Predicate, SubjectEntityID: c.SubjectEntityID, ObjectEntityID: c.ObjectEntityID,
			Time: c.Time, PlaceEntityID: c.PlaceEntityID})
	}
	return rows
}

// ClaimLinkRow is a row of the claim_links table.
type ClaimLinkRow struct {
	DocIDA   string
	ClaimA   int32
	DocIDB   string
	ClaimB   int32
	Relation string
	Reason   string
}

var claimLinksTable = Table{Name: "claim_links", Row: ClaimLinkRow{}, Doc: "one row per pair of claims about the same thing",
	Categorical: []string{"relation"},
	Schema: arrow.NewSchema([]arrow.Field{
		field("doc_id_a", str, false),
		field("claim_a", i32, false),
		field("doc_id_b", str, false),
		field("claim_b", i32, false),
		field("relation", str, false),
		field("reason", str, false),
	}, nil)}

func claimLinkRow(l ClaimLink) ClaimLinkRow {
	return ClaimLinkRow{DocIDA: l.A.DocID, ClaimA: int32(l.A.ClaimID), DocIDB: l.B.DocID, ClaimB: int32(l.B.ClaimID),
		Relation: l.Relation, Reason: l.Reason}
}

// ErrorRow is a row of the errors table.
type ErrorRow struct {
	Source   string
	DocID    string
	Stage    string
	Severity string
	Message  string
}

var errorsTable = Table{Name: "errors", Row: ErrorRow{}, Doc: "one row per problem with an input; error rows are documents that were dropped",
	Categorical: []string{"stage", "severity"},
	Schema: arrow.NewSchema([]arrow.Field{
		field("source", str, false),
		field("doc_id", str, true),
		field("stage", str, false),
		field("severity", str, false),
		field("message", str, false),
	}, nil)}

func errorRows(d *Doc, rows []ErrorRow) []ErrorRow {
	for _, p := range d.Problems {
		rows = append(rows, ErrorRow{Source: d.Source, DocID: d.ID, Stage: p.Stage, Severity: p.Severity, Message: p.Message})
	}
	return rows
}

// Tables lists every table in the order `newsclaims schema` prints them.
func Tables() []Table {
	return []Table{documentsTable, zonesTable, sentencesTable, tokensTable, mentionsTable, entitiesTable,
		quantitiesTable, quotesTable, claimsTable, claimLinksTable, errorsTable}
}
