package claims

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// The rules read a token's lower-case form many times over (a connective
// test, then its lemma, then a neighbour's test of it), and
// strings.ToLower copied every capitalised word each time: a fifth of the
// stage's CPU. Process lowers each token once, keeps the layer with the
// claims' analyses in Doc.ClaimAnalyses, and the rules read it.

// docState is what the stage keeps of a document in Doc.ClaimAnalyses.
type docState struct {
	memo  analysisMemo
	lower []string // strings.ToLower of each token's text, by token index
}

// newDocState lowers every token of d once.
func newDocState(d *pipeline.Doc) *docState {
	lower := make([]string, len(d.Tokens))
	for i := range d.Tokens {
		lower[i] = strings.ToLower(d.Tokens[i].Text)
	}
	return &docState{memo: analysisMemo{}, lower: lower}
}

// lowerTok returns strings.ToLower of token ti's text: from the layer
// Process built, or computed when d did not go through Process (or its
// tokens changed since).
func lowerTok(d *pipeline.Doc, ti int) string {
	if st, ok := d.ClaimAnalyses.(*docState); ok && len(st.lower) == len(d.Tokens) {
		return st.lower[ti]
	}
	return strings.ToLower(d.Tokens[ti].Text)
}
