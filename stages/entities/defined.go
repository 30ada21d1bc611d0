package entities

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
)

// definedAcronyms makes an acronym the document defines for a name a
// mention of that name's entity, whether or not the model tagged it: "the
// Harbour Pilots Guild (HPG) ... HPG said" tags both "HPG" with the
// guild's label and canonical, as does "HPG (Harbour Pilots Guild)". The
// letters must spell the capitalised words of the name the model found
// (spellsName) or, for a name that is not a person's, be made of their
// beginnings (spellsByBeginnings: "NAVCENT", "Ofcom"); the parenthesised acronym and every later whole-word
// occurrence of it are taken, except an acronym the document defines as a
// lower-case term's (terms) and occurrences the model or the gazetteer gave
// another entity. The model alone misses a new organisation's acronym as
// often as not: it has never seen the letters.
func definedAcronyms(d *pipeline.Doc, ms []mention, terms map[string]bool) []mention {
	n0 := len(ms)
	for i := 0; i < n0; i++ {
		name := d.Text[ms[i].Start:ms[i].End]
		a, ok := acronymAfter(d.Text, ms[i].End)
		if !ok {
			a, ok = acronymBefore(d.Text, ms[i].Span)
		}
		if !ok || terms[d.Text[a.Start:a.End]] {
			continue
		}
		if acr := d.Text[a.Start:a.End]; !spellsName(name, acr) &&
			(ms[i].label == pipeline.LabelPerson || !spellsByBeginnings(name, acr)) {
			continue
		}
		canon := ms[i].canonical
		if canon == "" {
			canon = plainName(name, ms[i].heading)
		}
		ms = tagAcronym(d, ms, n0, a, ms[i].label, canon)
	}
	if len(ms) > n0 {
		sortMentions(ms)
	}
	return ms
}

// acronymAfter finds "(ACRONYM)" right after a name ending at end, one
// space allowed between them, or the acronym introduced by "or" or "known
// as" (", or NFL", ", known as the PKK"), as the training corpora's news
// often writes it.
func acronymAfter(text string, end int) (pipeline.Span, bool) {
	i := end
	if i < len(text) && text[i] == ' ' {
		i++
	}
	if i < len(text) && text[i] == '(' {
		close := strings.IndexByte(text[i+1:min(len(text), i+12)], ')')
		if close < 2 || !isDefinedAcronym(text[i+1:i+1+close]) && !isCapitalisedAcronym(text[i+1:i+1+close]) {
			return pipeline.Span{}, false
		}
		return pipeline.Span{Start: i + 1, End: i + 1 + close}, true
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
			return pipeline.Span{}, false
		}
		return pipeline.Span{Start: b, End: e}, true
	}
	return pipeline.Span{}, false
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

// tagAcronym gives the acronym at def, and its later whole-word
// occurrences, the label and canonical of the name it is defined for.
// Mentions already there take them unless the model or the gazetteer gave
// them another entity; where the defining occurrence has another entity,
// nothing is taken. n0 is the number of mentions before this pass (those
// after it were added by it, and are not overlapped by any other).
func tagAcronym(d *pipeline.Doc, ms []mention, n0 int, def pipeline.Span, label, canon string) []mention {
	acr := d.Text[def.Start:def.End]
	first := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= def.Start })
	if first == len(d.Tokens) || d.Tokens[first].Span != def {
		return ms // the tokenizer did not cut the acronym out
	}
	for ti := first; ti < len(d.Tokens); ti++ {
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
		at, clash := mentionAt(ms, n0, sp)
		switch {
		case at >= 0:
			m := &ms[at]
			if m.canonical != "" && !m.ambiguous && m.canonical != acr && m.canonical != canon {
				if ti == first {
					return ms // the model or the gazetteer reads it as another entity
				}
				continue
			}
			m.label, m.canonical, m.ambiguous = label, canon, false
		case clash:
			if ti == first {
				return ms
			}
		default:
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
