package gold

// Annotation is one seed's gold annotation file, the fields seeds/README.md
// describes. Every span is a text with its occurrence, which Find locates
// in the raw article; an occurrence of 0 means the text is unique.
type Annotation struct {
	File        string     `json:"file"` // the seed's file name
	Metadata    Metadata   `json:"metadata"`
	Boilerplate []string   `json:"boilerplate"` // exact whole lines that are not content
	Comments    []Comment  `json:"comments"`
	Entities    []Entity   `json:"entities"`
	Quantities  []Quantity `json:"quantities"`
	Quotes      []Quote    `json:"quotes"`
	Claims      []Claim    `json:"claims"`
}

// Metadata is what the documents table should say of the article.
type Metadata struct {
	Title        string  `json:"title"` // the title line, exactly
	Outlet       *string `json:"outlet"`
	OutletInText bool    `json:"outlet_in_text"` // the outlet can be read from the text
	Published    *string `json:"published"`      // YYYY-MM-DD
	Byline       *string `json:"byline"`
}

// Comment is a reader comment, by its 1-based lines in the raw file.
type Comment struct {
	Author    string `json:"author"`
	Header    string `json:"header"` // the "X said..." line
	LineStart int    `json:"line_start"`
	LineEnd   int    `json:"line_end"`
}

// Entity is a named-entity mention.
type Entity struct {
	Text       string `json:"text"`
	Label      string `json:"label"`
	Canonical  string `json:"canonical"`
	Occurrence int    `json:"occurrence"`
	Zone       string `json:"zone"`
}

// Quantity is a number, amount or date with its reading.
type Quantity struct {
	Text       string   `json:"text"`
	Value      any      `json:"value"` // float64 for a number, string for a date ("2016-03-XX")
	ValueMax   *float64 `json:"value_max"`
	Qualifier  string   `json:"qualifier"`
	Unit       *string  `json:"unit"`
	Kind       string   `json:"kind"`
	Per        *string  `json:"per"`
	Resolved   *string  `json:"resolved"`
	Occurrence int      `json:"occurrence"`
	Zone       string   `json:"zone"`
}

// Quote is a direct or indirect quote with its source, cue and addressee.
type Quote struct {
	ID                  string  `json:"id"`
	Type                string  `json:"type"`
	Content             string  `json:"content"`
	ContentOccurrence   int     `json:"content_occurrence"`
	Source              *string `json:"source"`
	SourceOccurrence    int     `json:"source_occurrence"`
	SourceCanonical     *string `json:"source_canonical"`
	Cue                 *string `json:"cue"`
	CueOccurrence       int     `json:"cue_occurrence"`
	Addressee           *string `json:"addressee"`
	AddresseeOccurrence int     `json:"addressee_occurrence"`
	EmbeddedIn          string  `json:"embedded_in"`
	Zone                string  `json:"zone"`
}

// Claim is a checkable statement with its claimant.
type Claim struct {
	Claimant    string  `json:"claimant"`
	Text        string  `json:"text"`
	Occurrence  int     `json:"occurrence"`
	Hedged      bool    `json:"hedged"`
	Stance      string  `json:"stance"`
	OwnVoice    bool    `json:"own_voice"`
	Zone        string  `json:"zone"`
	Quote       string  `json:"quote"` // the id of the quote the claim stands in
	Contradicts *string `json:"contradicts"`
}
