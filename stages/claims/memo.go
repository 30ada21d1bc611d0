package claims

import "github.com/newsclaims/newsclaims/pipeline"

// The stage and the linker both read each claim with analyze: the stage for
// its predicate, roles and stance, Linker.Prepare for the claim's
// signature. The stage keeps what it read in Doc.ClaimAnalyses, and Prepare
// reuses it instead of reading every claim a second time (analyze was
// about a twentieth of the pipeline's CPU, half of it spent twice).

// analysisKey is what analyze reads of a claim besides the document.
type analysisKey struct {
	span       pipeline.Span
	quote      int
	claimantID string
}

// analysisMemo maps each claim the stage built to its analysis.
type analysisMemo map[analysisKey]analysis

func (m analysisMemo) put(cl pipeline.Span, quote int, claimantID string, a analysis) {
	m[analysisKey{cl, quote, claimantID}] = a
}

// analysisOf returns the analysis of claim c: the stage's, when the stage
// built c from the same inputs, else a fresh one. The slices of a reused
// analysis are shared and must not be changed.
func analysisOf(d *pipeline.Doc, c pipeline.Claim) analysis {
	if st, ok := d.ClaimAnalyses.(*docState); ok {
		if a, ok := st.memo[analysisKey{c.Span, c.Quote, c.ClaimantEntityID}]; ok {
			return a
		}
	}
	return analyze(d, c.Span, c.Quote, c.ClaimantEntityID)
}
