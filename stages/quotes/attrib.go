package quotes

import (
	"strings"
	"unicode"

	"github.com/newsclaims/newsclaims/pipeline"
)

// passiveAux before a past participle makes "is reported", "was told":
// no source is named, so there is no attribution.
var passiveAux = set("is", "are", "was", "were", "be", "been", "being", "'s", "get", "got")

// progressiveAux before a gerund makes "are now reporting": a finite cue.
var progressiveAux = set("is", "are", "was", "were", "be", "been", "'s", "’s", "now", "still")

// contractedHas are words whose 's is "is" or "has", not a possessive.
var contractedHas = set("he", "she", "it", "that", "there", "what", "who", "here", "where", "this")

// verbCue returns the reporting-verb form of token i of p, if it is one used
// as a cue here (not an infinitive, not a passive).
func (x *extraction) verbCue(p *para, i int) (cueForm, bool) {
	t := p.toks[i]
	if t.kind != 'w' {
		return cueForm{}, false
	}
	f, ok := cueForms[t.lower]
	if !ok {
		return f, false
	}
	if part := particleVerbs[f.lemma]; part != nil && (i+1 >= len(p.toks) || !part[p.toks[i+1].lower]) {
		return f, false
	}
	// an infinitive is no cue, except after "went on": "She went on to
	// say, “…”" reports as "She added" does
	if i > 0 && p.toks[i-1].lower == "to" && !(i > 2 && p.toks[i-2].lower == "on" && goesOn[p.toks[i-3].lower]) {
		return f, false
	}
	// after an article the word is a noun: "denied the report"
	if i > 0 && (p.toks[i-1].lower == "the" || p.toks[i-1].lower == "a" || p.toks[i-1].lower == "an") {
		return f, false
	}
	// after a possessor the word is a noun: "Syria's state news agency",
	// "the minister's report" (but "he's said": a contracted "has")
	if !f.gerund && i > 0 && !strings.HasSuffix(t.lower, "ed") && t.lower != "said" && t.lower != "told" {
		if prev := p.toks[i-1].lower; (strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s")) && !contractedHas[trimPossessive(prev)] {
			return f, false
		}
	}
	if x.posTag(t.start) != "" {
		tag := x.posTag(t.start)
		if strings.HasPrefix(tag, "NN") && !isCapitalized(t.text) && !nominalCues[t.lower] {
			return f, false
		}
		// a capitalised word the tagger reads as a name after another
		// capitalised word ends that name: "the United States", "The
		// Washington Post", not "states" and "post" (a title-case title
		// keeps its capitalised verb: "Stone Vows To …")
		if !p.headline && strings.HasPrefix(tag, "NNP") && isCapitalized(t.text) && i > 0 && p.toks[i-1].kind == 'w' && isCapitalized(p.toks[i-1].text) {
			return f, false
		}
	}
	if !f.gerund && i > 0 {
		prev := p.toks[i-1].lower
		if (passiveAux[prev] || (i > 1 && passiveAux[p.toks[i-2].lower] && auxiliaries[prev])) && (strings.HasSuffix(t.lower, "ed") || t.lower == "said" || t.lower == "told" || t.lower == "written") {
			return f, false
		}
	}
	return f, true
}

// goesOn are the forms of "go" in "went on to say".
var goesOn = set("go", "goes", "went", "going", "gone")

// posTag returns the part-of-speech tag of the token starting at off, or "".
func (x *extraction) posTag(off int) string {
	toks := x.d.Tokens
	lo, hi := 0, len(toks)
	for lo < hi {
		m := (lo + hi) / 2
		if toks[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(toks) && toks[lo].Start == off {
		return x.nameTag(toks[lo])
	}
	return ""
}

// addresseeStops end the addressee of "told".
var addresseeStops = set("that", "about", "of", "on", "in", "earlier", "later", "yesterday", "today",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last",
	"this", "after", "before", "during", "at", "by", "from", "when", "while", "as", "on", "how", "why", "what")

func (x *extraction) span(p *para, s, e int) pipeline.Span {
	if s >= e {
		return pipeline.Span{}
	}
	return pipeline.Span{Start: p.toks[s].start, End: p.toks[e-1].end}
}

// attribution is a parsed source, cue and addressee, in token indexes.
type attribution struct {
	srcS, srcE int
	cueS, cueE int
	addS, addE int
	after      int // first token after the attribution
}

func (a attribution) spans(x *extraction, p *para) (src, cue, add pipeline.Span) {
	return x.span(p, a.srcS, a.srcE), x.span(p, a.cueS, a.cueE), x.span(p, a.addS, a.addE)
}

// addressee parses the addressee after a "tell"-like cue at token i.
func addresseeAfter(p *para, i, hi int, lemma string) (int, int) {
	if i >= hi {
		return i, i
	}
	switch lemma {
	case "tell", "inform", "assure", "brief", "remind":
		s, e := npRight(p, i, hi, addresseeStops)
		// "told the Harbor Gazette and WKRB that": names joined by "and"
		for e+1 < hi && p.toks[e].lower == "and" && isNameTok(p.toks[e+1]) && isNameTok(p.toks[e-1]) {
			_, e2 := npRight(p, e+1, hi, addresseeStops)
			if e2 <= e+1 {
				break
			}
			e = e2
		}
		return s, addresseeEnd(p, s, e)
	case "ask":
		// "asked Stone if he would …": the person asked, before the question
		s, e := npRight(p, i, hi, set("if", "whether"))
		if e > s && e < hi && (p.toks[e].lower == "if" || p.toks[e].lower == "whether") && e-s <= 6 {
			return s, e
		}
	case "report", "say", "announce", "explain", "write", "confirm", "declare", "complain", "repeat", "reiterate", "admit", "suggest", "state", "mention":
		if p.toks[i].lower == "to" {
			s, e := npRight(p, i+1, hi, addresseeStops)
			// "reported to the commander-in-chief, President Vladimir Putin, that"
			for e < hi && p.toks[e].text == "," && e+1 < hi && isNamePhrase(p, e+1, segEnd(p, e+1, hi)) {
				e = segEnd(p, e+1, hi)
			}
			return s, e
		}
	}
	return i, i
}

// subjectOpeners start the reported clause right after an addressee with no
// "that": "told the committee the measure ...", "told VOA they ...".
var subjectOpeners = set("the", "a", "an", "this", "these", "those", "he", "she", "it", "they",
	"we", "i", "his", "their", "its", "our", "there", "no", "some", "many", "all", "most")

// addresseeEnd shortens the noun phrase [s,e) after "told" to the addressee
// when the reported clause follows without "that": it ends before a second
// determiner or a subject pronoun, after a name that a lower-case word
// follows ("told Reuters rebels had ..."), or before the subject of a
// finite verb.
func addresseeEnd(p *para, s, e int) int {
	for k := s + 1; k < e; k++ {
		t := p.toks[k]
		if t.kind != 'w' {
			continue
		}
		// ("told the Harbor Gazette he’s already …": a contracted subject)
		if subjectOpeners[t.lower] || finiteContraction(t.lower) && subjectOpeners[contractionSubject(t.lower)] {
			switch p.toks[k-1].lower {
			case "of", "for", "to", "in", "at", "from", "with", "on", "and", "by":
				continue // "the families of the victims"
			}
			return k
		}
		if isNameTok(p.toks[k-1]) && isNameTok(p.toks[s]) && !isCapitalized(t.text) && !isConnector(t) {
			return k
		}
	}
	return e
}

// segEnd returns the index of the next boundary token at or after s.
func segEnd(p *para, s, hi int) int {
	for s < hi && !isBoundaryTok(p.toks[s]) {
		s++
	}
	return s
}

// tailAttribution parses an attribution after a closing quote mark:
// "“...,” X said.", "“...,” said X, director of Y.", "“...,” according to X."
// Tokens [lo,hi) are the rest of the sentence after the mark.
func (x *extraction) tailAttribution(p *para, lo, hi int) (attribution, bool) {
	i := lo
	for i < hi && p.toks[i].kind == 'p' && (p.toks[i].text == "," || p.toks[i].text == "—" || p.toks[i].text == "–") {
		i++
	}
	if i >= hi {
		return attribution{}, false
	}
	if p.toks[i].lower == "according" && i+1 < hi && p.toks[i+1].lower == "to" {
		s, e := npRight(p, i+2, hi, set("citing"))
		if s < e && x.validSource(p, s, e, false) {
			return attribution{srcS: s, srcE: e, cueS: i, cueE: i + 2, after: e}, true
		}
		return attribution{}, false
	}
	putEnd := i
	for putEnd < hi && p.toks[putEnd].kind == 'w' {
		putEnd++
	}
	if a, ok := x.asPutIt(p, i, putEnd); ok {
		return a, true
	}
	// inverted: said X
	if f, ok := cueForms[p.toks[i].lower]; ok && !f.gerund && !isCapitalized(p.toks[i].text) {
		s, e := npRight(p, i+1, hi, invertedStops)
		if s < e && x.validSource(p, s, e, true) {
			e = x.appositiveTail(p, s, e, hi)
			return attribution{srcS: s, srcE: e, cueS: i, cueE: i + 1, after: e}, true
		}
	}
	if a, ok := x.unlistedInverted(p, i, hi); ok {
		return a, true
	}
	// X said / X, director of Y, told Z
	for k := i + 1; k < hi && k < i+20; k++ {
		t := p.toks[k]
		if t.kind == 'q' || t.text == "." || t.text == ";" {
			break
		}
		f, ok := x.verbCue(p, k)
		if !ok {
			// "“…,” Ward notes.": a name and a reporting word that ends
			// the sentence after a quotation is a verb whatever the tagger
			// read ("notes" as a plural noun)
			// ("“…,” the statement read.": also after a noun phrase that
			// opens with a determiner)
			// (but a capitalised word after a name goes on with the
			// name: "…,” referring to the Islamic State.")
			f, ok = cueForms[t.lower]
			ok = ok && k > i && (isNameTok(p.toks[k-1]) && !(isCapitalized(t.text) && !p.headline) || determiners[p.toks[i].lower] && p.toks[k-1].kind == 'w') && (k+1 >= hi || isSentenceEnd(p.toks[k+1]) || p.toks[k+1].text == ",")
		}
		if !ok || f.gerund {
			continue
		}
		// "“hardly any” farmers will back Lee and endorse Ward": a verb
		// coordinated with the clause the quotation opens is no tail
		if x.coordinatedVerb(p, i, k) {
			continue
		}
		s, e, ok := x.sourceLeft(p, i, k)
		if !ok || s != i || !x.validSource(p, s, e, true) {
			continue
		}
		as, ae := addresseeAfter(p, k+1, hi, f.lemma)
		return attribution{srcS: s, srcE: e, cueS: k, cueE: k + 1, addS: as, addE: ae, after: max(ae, k+1)}, true
	}
	return x.bareTail(p, i, hi)
}

// bareTail parses the tail of a quotation closed by a comma that is only a
// subject and a past-tense verb ending the sentence: "“Rules are
// rules,” an angry Holloway retaliated." When the quotation opens its
// sentence, anything may follow the verb ("she went on", "Lee shot back
// at the clerk, to laughter"), and the quotation may close with "?" or
// "!" ("“Or a bridge?” Ward pressed."). The comma inside the marks
// says the sentence goes on, and a bare subject and verb can only be
// telling who spoke, whatever the verb (surmised, retaliated, gushed),
// so no list of reporting verbs is asked for here.
func (x *extraction) bareTail(p *para, i, hi int) (attribution, bool) {
	before := strings.TrimRightFunc(x.text[:p.toks[i].start], unicode.IsSpace)
	before = strings.TrimRight(before, "”\"'’")
	if !strings.HasSuffix(before, ",") && !((strings.HasSuffix(before, "!") || strings.HasSuffix(before, "?")) && x.quotationOpensSentence(p, i)) {
		return attribution{}, false
	}
	k := i
	for k < hi && k < i+5 && p.toks[k].kind == 'w' && !strings.HasPrefix(x.posTag(p.toks[k].start), "VB") {
		k++
	}
	if k == i || k >= hi || x.posTag(p.toks[k].start) != "VBD" || isCapitalized(p.toks[k].text) {
		return attribution{}, false
	}
	if k+1 < hi && !isSentenceEnd(p.toks[k+1]) && !x.quotationOpensSentence(p, i) {
		return attribution{}, false
	}
	if s, e, ok := x.sourceLeft(p, i, k); !ok || s != i || e != k || !x.validSource(p, s, e, true) {
		return attribution{}, false
	}
	return attribution{srcS: i, srcE: k, cueS: k, cueE: k + 1, after: k + 1}, true
}

// asPutIt parses "as X put it" filling tokens [s,e): an attribution set
// before or after a quotation ("As one critic put it, “…”", "“…,” as
// the senator puts it").
func (x *extraction) asPutIt(p *para, s, e int) (attribution, bool) {
	if e-s < 4 || p.toks[s].lower != "as" || p.toks[e-1].lower != "it" {
		return attribution{}, false
	}
	switch p.toks[e-2].lower {
	case "put", "puts":
	default:
		return attribution{}, false
	}
	if !x.validSource(p, s+1, e-2, true) {
		return attribution{}, false
	}
	return attribution{srcS: s + 1, srcE: e - 2, cueS: e - 2, cueE: e, after: e}, true
}

// leadAttribution parses an attribution before an opening quote mark:
// "X said: “...”", "According to reports, “...”". Tokens [lo,hi) lie
// between the sentence start and the mark.
func (x *extraction) leadAttribution(p *para, lo, hi int) (attribution, bool) {
	if hi <= lo {
		return attribution{}, false
	}
	last := p.toks[hi-1]
	endsWithCue := false
	if f, ok := cueForms[last.lower]; ok && (!f.gerund || vocalVerbs[f.lemma]) {
		endsWithCue = true
	}
	// "as Secretary of State “…”": a capitalised word after "of" ends a
	// name, not a verb (a headline's title-case cue is read elsewhere)
	if endsWithCue && isCapitalized(last.text) && !p.headline && hi-2 >= lo && p.toks[hi-2].lower == "of" {
		endsWithCue = false
	}
	if last.text != ":" && last.text != "," && !endsWithCue {
		return attribution{}, false
	}
	e0 := hi
	if !endsWithCue {
		e0 = hi - 1
	}
	if a, ok := x.asPutIt(p, lo, e0); ok {
		a.after = hi
		return a, true
	}
	if p.toks[lo].lower == "according" && lo+1 < e0 && p.toks[lo+1].lower == "to" {
		s, e := npRight(p, lo+2, e0, nil)
		if s < e && x.validSource(p, s, e, false) {
			return attribution{srcS: s, srcE: e, cueS: lo, cueE: lo + 2, after: hi}, true
		}
		return attribution{}, false
	}
	// "Said Reyes, “…”", "Added the senator: “…”": the verb first
	if f, ok := cueForms[p.toks[lo].lower]; ok && !f.gerund && !endsWithCue && isCapitalized(p.toks[lo].text) && e0 > lo+1 && e0-lo <= 12 {
		if s, e := lo+1, e0; x.validSource(p, s, e, false) && (x.nameLikeSource(p, s, e) || determiners[p.toks[s].lower]) {
			return attribution{srcS: s, srcE: e, cueS: lo, cueE: lo + 1, after: hi}, true
		}
	}
	for k := e0 - 1; k >= lo; k-- {
		f, ok := x.verbCue(p, k)
		if ok && f.gerund && k == hi-1 && vocalVerbs[f.lemma] {
			// "Protesters marched outside, chanting “Vote Stone out.”": the
			// subject of the main clause
			if s, e, ok := x.mainSubject(p, lo, k, false); ok {
				return attribution{srcS: s, srcE: e, cueS: k, cueE: k + 1, after: hi}, true
			}
		}
		if !ok || f.gerund {
			continue
		}
		s, e, ok := x.sourceLeft(p, lo, k)
		if !ok || !x.validSource(p, s, e, false) {
			return attribution{}, false
		}
		as, ae := addresseeAfter(p, k+1, e0, f.lemma)
		if x.reportedClauseBetween(p, max(k+1, ae), e0) {
			return attribution{}, false
		}
		return attribution{srcS: s, srcE: e, cueS: k, cueE: k + 1, addS: as, addE: ae, after: hi}, true
	}
	// "county pollster Jane Holloway: “…”": a name and a colon (not a
	// phrase that ends on a name: "saying in a post on Twitter:")
	if last.text == ":" && e0-lo <= 8 && e0 > lo && isNameTok(p.toks[e0-1]) && x.wordsOnly(p, lo, e0) && x.nameLikeSource(p, lo, e0) && !x.participlePhrase(p, lo) {
		return attribution{srcS: lo, srcE: e0, cueS: e0, cueE: e0 + 1, after: hi}, true
	}
	if last.text == ":" {
		return x.colonPredicate(p, lo, e0, hi)
	}
	return attribution{}, false
}

// colonPredicate parses "SUBJECT PREDICATE: “…”" where the predicate is no
// reporting verb of the lexicon but a colon hands the floor to the
// quotation: "She went on to say:", "Mr. Smith shot back:", "the
// teenager echoed:". The subject of the first finite verb is the source
// and the predicate up to the colon the cue. A copula introduces a
// description, not a speaker ("The reason is simple:"), so it is none.
func (x *extraction) colonPredicate(p *para, lo, e0, hi int) (attribution, bool) {
	for k := lo + 1; k < e0 && k < lo+20; k++ {
		t := p.toks[k]
		if t.kind != 'w' {
			if t.text == "," || t.text == "." {
				continue
			}
			return attribution{}, false
		}
		switch x.posTag(t.start) {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		if copulas[t.lower] || e0-k > 6 {
			return attribution{}, false
		}
		s, e, ok := x.sourceLeft(p, lo, k)
		if !ok || !x.validSource(p, s, e, false) {
			return attribution{}, false
		}
		return attribution{srcS: s, srcE: e, cueS: k, cueE: e0, after: hi}, true
	}
	return attribution{}, false
}

// copulas link a subject to a description; before a colon they introduce a
// list or an explanation, not a quotation.
var copulas = set("is", "are", "was", "were", "be", "been", "'s", "’s", "has", "have", "had", "seems", "seemed", "remains", "remained")

// reportedClauseBetween reports whether the words [a, e) between a cue
// and a quotation are a reported clause of their own ("He said he was
// the one to make a deal because he's a dealmaker, “like you folks.”"):
// "that" or a subject pronoun, then a finite verb within a few words.
// The quotation then ends that clause, a fragment of the report, and the
// cue is no lead of a direct quote.
func (x *extraction) reportedClauseBetween(p *para, a, e int) bool {
	if a < e && p.toks[a].lower == "that" {
		a++
	}
	if e-a < 3 || !subjectPronouns[p.toks[a].lower] {
		return false
	}
	for k := a + 1; k < e && k <= a+3; k++ {
		if x.finiteVerbAt(p, a, k) {
			return true
		}
	}
	return false
}

// coordinatedVerb reports whether the cue at token k follows "and", "but"
// or "or" (adverbs and auxiliaries between passed over), after token i:
// the verb goes on a clause of its own, as in "“hardly any” farmers
// will back Lee and endorse Ward", and its subject is no tail's source.
func (x *extraction) coordinatedVerb(p *para, i, k int) bool {
	j := k - 1
	for j > i && p.toks[j].kind == 'w' && (auxiliaries[p.toks[j].lower] || x.isAdverbTok(p.toks[j])) {
		j--
	}
	if j <= i {
		return false
	}
	switch p.toks[j].lower {
	case "and", "but", "or":
		return true
	}
	return false
}
