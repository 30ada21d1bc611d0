package entities

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
)

// acronyms is the document pass over acronyms, in three steps:
//
//   - an acronym the text defines for lower-case words ("sea surface
//     salinity (SSS)") names a term, and its mentions go (termAcronyms);
//   - an acronym the text defines for a name ("the Harbour Pilots Guild
//     (HPG)") is a mention of that name's entity wherever it stands, tagged
//     by the model or not (definition, tagAcronym);
//   - an acronym the model or the gazetteer found that no text defines is
//     the organisation of the document whose initials it is ("FBI" after
//     "Federal Bureau of Investigation"; initialsOfOrgs).
//
// The model alone misses a new organisation's acronym as often as not: it
// has never seen the letters.
func acronyms(d *pipeline.Doc, ms []mention) []mention {
	ms, terms := termAcronyms(d, ms)
	n0 := len(ms)
	for i := 0; i < n0; i++ {
		a, ok := definition(d.Text, &ms[i], terms)
		if !ok {
			continue
		}
		canon := ms[i].canonical
		if canon == "" {
			canon = plainName(d.Text[ms[i].Start:ms[i].End], ms[i].heading)
		}
		ms = tagAcronym(d, ms, n0, a, ms[i].label, canon)
	}
	if len(ms) > n0 {
		sortMentions(ms)
	}
	initialsOfOrgs(d, ms)
	return ms
}

// definition returns the acronym the text defines for the name m, where
// it stands: after the name in brackets, "(HPG)", or introduced by "or" or
// "known as" (", or HPG", ", known as the HPG"), or before the name that
// brackets hold ("HPG (Harbour Pilots Guild)"). Its letters must spell the
// name (spellsName) or, for a name that is not a person's, be made of the
// beginnings of its words (spellsByBeginnings: "NAVCENT", "Ofcom"); or the
// name is an organisation's of more than one word and the acronym is in
// capitals in brackets right after it, whatever its letters ("Kurdistan
// Workers' Party (PKK)", "Revolutionary Armed Forces of Colombia (FARC)":
// acronyms of the name in its own language; on the training corpora such a
// bracket is tagged as the name's type as often as a spelt acronym is,
// TestDefinitionsOnTrainingCorpora). An acronym the text also defines for
// lower-case words (terms) is none.
func definition(text string, m *mention, terms map[string]bool) (pipeline.Span, bool) {
	name := text[m.Start:m.End]
	a, inBrackets, ok := acronymAfter(text, m.End)
	if !ok {
		a, ok = acronymBefore(text, m.Span)
	}
	if !ok {
		return pipeline.Span{}, false
	}
	acr := text[a.Start:a.End]
	switch {
	case terms[acr]:
		return pipeline.Span{}, false
	case spellsName(name, acr), m.label != pipeline.LabelPerson && spellsByBeginnings(name, acr):
		return a, true
	case inBrackets && m.label == pipeline.LabelOrg && strings.Contains(name, " ") && isDefinedAcronym(acr):
		return a, true
	}
	return pipeline.Span{}, false
}

// bracketed returns the text inside the brackets opened at text[open]
// when a ")" closes them after 2 to 10 bytes, an acronym's length.
func bracketed(text string, open int) (pipeline.Span, bool) {
	if open >= len(text) || text[open] != '(' {
		return pipeline.Span{}, false
	}
	close := strings.IndexByte(text[open+1:min(len(text), open+12)], ')')
	if close < 2 {
		return pipeline.Span{}, false
	}
	return pipeline.Span{Start: open + 1, End: open + 1 + close}, true
}

// acronymAfter finds "(ACRONYM)" right after a name ending at end, one
// space allowed between them (inBrackets), or the acronym introduced by
// "or" or "known as" (", or NFL", ", known as the PKK"), as the training
// corpora's news often writes it.
func acronymAfter(text string, end int) (a pipeline.Span, inBrackets, ok bool) {
	i := end
	if i < len(text) && text[i] == ' ' {
		i++
	}
	if b, ok := bracketed(text, i); ok {
		inside := text[b.Start:b.End]
		return b, true, isDefinedAcronym(inside) || isCapitalisedAcronym(inside)
	}
	rest := text[end:min(len(text), end+16)]
	for _, intro := range [...]string{", or ", " or ", ", known as the ", ", known as ", " known as the ", " known as "} {
		if !strings.HasPrefix(rest, intro) {
			continue
		}
		b := end + len(intro)
		e := b
		for e < len(text) && e < b+9 && (text[e] >= 'A' && text[e] <= 'Z' || text[e] == '&') {
			e++
		}
		if e < len(text) && !isAfterWord(text[e]) || !isDefinedAcronym(text[b:e]) {
			return pipeline.Span{}, false, false
		}
		return pipeline.Span{Start: b, End: e}, false, true
	}
	return pipeline.Span{}, false, false
}

// isAfterWord reports whether c may follow a whole word.
func isAfterWord(c byte) bool {
	return c == ' ' || c == '\n' || c == ',' || c == '.' || c == ')' || c == ';' || c == ':' || c == '\'' || c == '"' || c >= 0x80
}

// acronymBefore finds "ACRONYM (" right before a name that ")" closes, the
// reverse order of a definition ("HPG (Harbour Pilots Guild)").
func acronymBefore(text string, name pipeline.Span) (pipeline.Span, bool) {
	i := name.Start - 1
	if i < 2 || text[i] != '(' || name.End >= len(text) || text[name.End] != ')' {
		return pipeline.Span{}, false
	}
	if text[i-1] == ' ' {
		i--
	}
	end := i
	b := end
	for b > 0 && b > end-9 && (text[b-1] >= 'A' && text[b-1] <= 'Z' || text[b-1] == '&') {
		b--
	}
	if b > 0 && !isBoundary(text[b-1]) || !isDefinedAcronym(text[b:end]) {
		return pipeline.Span{}, false
	}
	return pipeline.Span{Start: b, End: end}, true
}

func isBoundary(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '"' || c == '('
}

// isDefinedAcronym reports whether s is 2 to 8 capital letters, with "&"
// allowed between them ("G&FB" for "Grain & Feed Board").
func isDefinedAcronym(s string) bool {
	letters := 0
	for i, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '&' && i > 0 && i < len(s)-1:
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 8
}

// isAcronym reports whether s is 2 to 8 capital letters: a defined
// acronym (isDefinedAcronym) without an "&".
func isAcronym(s string) bool {
	return !strings.Contains(s, "&") && isDefinedAcronym(s)
}

// isCapitalisedAcronym reports whether s is a capital and 2 to 8
// lower-case letters, an acronym written as a word ("Ofcom", "Interpol").
// Only spellsByBeginnings can accept it, being read without case.
func isCapitalisedAcronym(s string) bool {
	if len(s) < 3 || len(s) > 9 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// spellsName reports whether the acronym spells name: every capitalised
// word gives its initial (or, hyphenated, the initials of its capitalised
// parts: "Anglo-Irish Bank" -> "AIB"), and "of", "and", "the", "for" and
// "&" may give theirs or be skipped ("Organisation for Security and
// Co-operation in Europe" takes no lower-case word other than those, so it
// spells nothing).
func spellsName(name, acronym string) bool {
	words := strings.Fields(name)
	if len(words) < 2 && !strings.Contains(name, "-") {
		return false
	}
	return spells(words, acronym)
}

func spells(words []string, acronym string) bool {
	if len(words) == 0 {
		return acronym == ""
	}
	w, rest := words[0], words[1:]
	switch strings.ToLower(w) {
	case "of", "and", "the", "for", "&":
		if spells(rest, acronym) {
			return true
		}
		first, size := utf8.DecodeRuneInString(w)
		if first == '&' {
			return strings.HasPrefix(acronym, "&") && spells(rest, acronym[1:])
		}
		a, asize := utf8.DecodeRuneInString(acronym)
		return asize > 0 && size > 0 && unicode.ToUpper(first) == a && spells(rest, acronym[asize:])
	}
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) {
		return false
	}
	// The word's initial, or the initials of its capitalised hyphen parts.
	var ini strings.Builder
	for p := range strings.SplitSeq(w, "-") {
		if r, _ := utf8.DecodeRuneInString(p); unicode.IsUpper(r) {
			ini.WriteRune(r)
		}
	}
	if whole := ini.String(); len(whole) > utf8.RuneLen(first) && strings.HasPrefix(acronym, whole) && spells(rest, acronym[len(whole):]) {
		return true
	}
	a, asize := utf8.DecodeRuneInString(acronym)
	return asize > 0 && a == first && spells(rest, acronym[asize:])
}

// spellsByBeginnings reports whether the acronym is made of the beginnings
// of the name's words, read without case: "NAVCENT" for "Naval Forces
// Central Command" (NAV + CENT), "Interpol" for "International Criminal
// Police Organization" (INTER + POL), "Ofcom" for "Office of
// Communications". Each piece is a prefix of one capitalised word (its
// initial at least), the pieces in the name's order; capitalised words may
// be skipped, but the first piece comes from one of the first two
// capitalised words. There are at least two pieces and one of them has
// at least two letters. Lower-case words other than "of", "and", "the",
// "for" and "&" rule the name out, as in spellsName; those are skipped.
func spellsByBeginnings(name, acronym string) bool {
	var words []string
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "of", "and", "the", "for", "&":
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		words = append(words, strings.ToUpper(w))
	}
	if len(words) < 2 {
		return false
	}
	acronym = strings.ToUpper(acronym)
	for start := range min(2, len(words)) {
		if beginnings(words[start:], acronym, 0, false) {
			return true
		}
	}
	return false
}

// beginnings reports whether acronym is made of prefixes of words, one
// piece at most from each word, in order, the first from words[0] when no
// piece has been taken yet (pieces counts those taken; long tells whether
// one had two letters or more).
func beginnings(words []string, acronym string, pieces int, long bool) bool {
	if acronym == "" {
		return pieces >= 2 && long
	}
	if len(words) == 0 {
		return false
	}
	w := words[0]
	for k := 1; k <= min(len(w), len(acronym)) && w[k-1] == acronym[k-1]; k++ {
		if beginnings(words[1:], acronym[k:], pieces+1, long || k >= 2) {
			return true
		}
	}
	return pieces > 0 && beginnings(words[1:], acronym, pieces, long)
}

// tagAcronym gives the acronym at def, and its other whole-word
// occurrences, the label and canonical of the name it is defined for:
// from the definition on every occurrence, a mention or not; before it,
// the mentions the model or the gazetteer found (a headline's "HPG" before
// the article defines it). Mentions already there take them unless the
// model or the gazetteer gave them another entity; where the defining
// occurrence has another entity, nothing is taken. n0 is the number of
// mentions before this pass (those after it were added by it, and are not
// overlapped by any other).
func tagAcronym(d *pipeline.Doc, ms []mention, n0 int, def pipeline.Span, label, canon string) []mention {
	acr := d.Text[def.Start:def.End]
	first := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= def.Start })
	if first == len(d.Tokens) || d.Tokens[first].Span != def {
		return ms // the tokenizer did not cut the acronym out
	}
	retag := func(m *mention) bool {
		if m.canonical != "" && !m.ambiguous && m.canonical != acr && m.canonical != canon {
			return false // the model or the gazetteer reads it as another entity
		}
		m.label, m.canonical, m.ambiguous = label, canon, false
		return true
	}
	at, clash := mentionAt(ms, n0, def)
	switch si := d.Tokens[first].Sentence; {
	case clash, at >= 0 && !retag(&ms[at]):
		return ms
	case at < 0 && si >= 0 && si < len(d.Sentences) && searched(d, si):
		ms = append(ms, mention{Span: def, sent: si, label: label, canonical: canon})
	}
	for i := range ms[:n0] {
		if m := &ms[i]; m.End <= def.Start && d.Text[m.Start:m.End] == acr {
			retag(m)
		}
	}
	for ti := first + 1; ti < len(d.Tokens); ti++ {
		tok := d.Tokens[ti]
		end := tok.End
		if tok.Text != acr {
			if !strings.HasPrefix(tok.Text, acr) || possessiveLen(tok.Text) != len(tok.Text)-len(acr) {
				continue
			}
			end = tok.Start + len(acr)
		}
		if tok.Sentence < 0 || tok.Sentence >= len(d.Sentences) || !searched(d, tok.Sentence) {
			continue
		}
		sp := pipeline.Span{Start: tok.Start, End: end}
		switch at, clash := mentionAt(ms, n0, sp); {
		case at >= 0:
			retag(&ms[at])
		case !clash:
			ms = append(ms, mention{Span: sp, sent: tok.Sentence, label: label, canonical: canon})
		}
	}
	return ms
}

// mentionAt returns the index of the mention with span sp, or -1 and
// whether another mention overlaps sp. The first n0 mentions are sorted by
// start.
func mentionAt(ms []mention, n0 int, sp pipeline.Span) (int, bool) {
	if i := sort.Search(n0, func(i int) bool { return ms[i].End > sp.Start }); i < n0 && ms[i].Start < sp.End {
		if ms[i].Span == sp {
			return i, false
		}
		return -1, true
	}
	for i := n0; i < len(ms); i++ {
		if ms[i].Span == sp {
			return i, false
		}
	}
	return -1, false
}

// termAcronyms drops the mentions of an acronym that the document defines
// as short for lower-case words: "sea surface salinity (SSS)", "compact
// fluorescent lamps (CFLs)", "other-initiated repair (OIR)" name a term,
// not an organisation, however often the acronym recurs. It returns the
// mentions kept and the terms' acronyms.
func termAcronyms(d *pipeline.Doc, ms []mention) ([]mention, map[string]bool) {
	var terms map[string]bool
	text := d.Text
	for at := 0; ; {
		open := strings.IndexByte(text[at:], '(')
		if open < 0 {
			break
		}
		open += at
		at = open + 1
		b, ok := bracketed(text, open)
		if !ok {
			continue
		}
		letters := strings.TrimSuffix(strings.TrimSpace(text[b.Start:b.End]), "s")
		if !isAcronym(letters) || !lowerWordsSpell(text[:open], letters) {
			continue
		}
		if terms == nil {
			terms = map[string]bool{}
		}
		terms[letters], terms[letters+"s"] = true, true
	}
	if terms == nil {
		return ms, nil
	}
	kept := ms[:0]
	for _, m := range ms {
		if !terms[d.Text[m.Start:m.End]] {
			kept = append(kept, m)
		}
	}
	return kept, terms
}

// lowerWordsSpell reports whether the last words of before (split at
// spaces and hyphens), one per letter of the acronym, are lower-case words
// whose first letters spell it.
func lowerWordsSpell(before, acronym string) bool {
	words := strings.FieldsFunc(strings.TrimRight(before, " "), func(r rune) bool { return r == ' ' || r == '-' || r == '\n' })
	n := utf8.RuneCountInString(acronym)
	if len(words) < n {
		return false
	}
	words = words[len(words)-n:]
	i := 0
	for _, r := range acronym {
		w, _ := utf8.DecodeRuneInString(words[i])
		if !unicode.IsLower(w) || unicode.ToLower(r) != w {
			return false
		}
		i++
	}
	return true
}

// initialsOfOrgs resolves an acronym the model or the gazetteer found, and
// that neither they nor a definition resolved, to the organisation of the
// document whose capitalised initials it is ("FBI" after "Federal Bureau
// of Investigation", "SOHR" after "Syrian Observatory for Human Rights");
// where two organisations have the same initials, the first named wins.
func initialsOfOrgs(d *pipeline.Doc, ms []mention) {
	var orgs map[string]string // initials -> canonical
	for _, m := range ms {
		name := d.Text[m.Start:m.End]
		if m.label != pipeline.LabelOrg || !strings.Contains(name, " ") {
			continue
		}
		canon := m.canonical
		if canon == "" {
			canon = plainName(name, m.heading)
		}
		if a := initials(canon); len(a) >= 2 {
			if orgs == nil {
				orgs = map[string]string{}
			}
			if _, taken := orgs[a]; !taken {
				orgs[a] = canon
			}
		}
	}
	if orgs == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		text := d.Text[m.Start:m.End]
		if !isAcronym(text) || (m.canonical != "" && !m.ambiguous && m.canonical != text) {
			continue
		}
		if canon, ok := orgs[text]; ok {
			m.label, m.canonical, m.ambiguous = pipeline.LabelOrg, canon, false
		}
	}
}

// initials returns the capital initials of the content words of a name:
// "Syrian Observatory for Human Rights" -> "SOHR".
func initials(name string) string {
	var b strings.Builder
	for w := range strings.FieldsSeq(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
