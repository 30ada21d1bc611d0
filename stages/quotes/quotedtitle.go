package quotes

// A subject whose appositive ends on a short quotation ("Ann Lee, the
// author of “Harbor Days,” said …", "Tom Ward, a grower wearing “Vote
// Lee” buttons, said …") lost its whole report: the closing mark right
// before the cue ended the source, which was then empty. The quotation
// there is a title, a nickname or a slogan inside the noun phrase, not
// words the subject speaks.

// maxTitleWords bounds the quotation read as part of an appositive: a
// title or a label, not a sentence.
const maxTitleWords = 8

// quotedTitleAppositive returns the source [s, e) of a cue whose subject
// is a name, a comma and an appositive that holds one short quotation
// and ends on a comma before the cue (inside or outside a closing mark),
// with j the last token before the cue. The quotation must open after a
// word (it sits inside the noun phrase) and hold no sentence end; the name
// must stand right before the appositive's comma.
func (x *extraction) quotedTitleAppositive(p *para, lo, j int) (int, int, bool) {
	k, inQuote := 0, false
	switch {
	case j-1 > lo && p.toks[j].kind == 'q' && p.toks[j-1].text == ",":
		k, inQuote = j-2, true // “Harbor Days,” said
	case j-1 > lo && p.toks[j].text == ",":
		k = j - 1 // wearing “Vote Lee” buttons, said
	default:
		return 0, 0, false
	}
	quotations, words := 0, 0
	for ; k > lo && j-k <= 24; k-- {
		t := p.toks[k]
		switch {
		case isSentenceEnd(t):
			return 0, 0, false
		case t.kind == 'q' && !inQuote:
			inQuote, words = true, 0
		case t.kind == 'q':
			if words == 0 || words > maxTitleWords || p.toks[k-1].kind != 'w' {
				return 0, 0, false
			}
			inQuote = false
			quotations++
		case inQuote:
			if t.kind == 'w' {
				words++
			}
		case t.text == ",":
			if quotations != 1 {
				return 0, 0, false
			}
			ps := segmentLeft(p, lo, k)
			if ps >= k || !isNamePhrase(p, ps, k) {
				return 0, 0, false
			}
			// "Ann Lee, citing “…,” said": a participle phrase is an
			// aside left out of the source, as without a quotation
			if x.participialAside(p, k+1, j) {
				return nameBefore(p, lo, ps), k, true
			}
			return nameBefore(p, lo, ps), j + 1, true
		}
	}
	return 0, 0, false
}
