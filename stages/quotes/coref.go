package quotes

import (
	"sort"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// stateBodyWords head an organisation that acts for its country, so that a
// bare country name right after it is metonymy for it: "Russia's defense
// ministry says ... Russia said ...". Outlets and agencies are left out: a
// state news agency reports, it does not speak for the state.
var stateBodyWords = set("ministry", "ministries", "military", "army", "armed", "forces",
	"navy", "government", "administration", "cabinet", "embassy", "authorities",
	"command", "presidency", "department", "office", "mission", "kremlin")

// demonymEndings are what a nationality adds to the shared stem of its
// country: Russia-n, Syria-n, Iran-ian, Chin-ese, Brit-ish, Israel-i, German.
var demonymEndings = set("", "n", "an", "ian", "ean", "ese", "i", "ish", "ic", "ine")

// isDemonymOf reports whether word is the nationality adjective of country
// by their spelling alone: a shared stem of at least four letters that
// leaves at most three letters of the country ("Britain"/"British",
// "Germany"/"German", "Ukraine"/"Ukrainian") and a nationality ending on
// the word. "Australian" is not the demonym of "Austria", nor "Russ" of
// "Russia": a word that stops inside the country may only drop its last
// letter.
func isDemonymOf(word, country string) bool {
	if word == "" || country == "" || strings.ContainsRune(country, ' ') {
		return false
	}
	n := 0
	for n < len(word) && n < len(country) && word[n] == country[n] {
		n++
	}
	if n < 4 || len(country)-n > 3 || !demonymEndings[word[n:]] || n == len(word) && len(country)-n > 1 {
		return false
	}
	return word != country
}

// trimPossessive drops a trailing 's or ’s.
func trimPossessive(w string) string {
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// countrySource returns the country a source names when the source is
// nothing else ("Russia", "the United States"): the text of the country
// and, when the entities stage tagged it, its canonical name. Without
// mentions a lone capitalised name that is neither an organisation nor a
// person counts; the demonym and state-body checks guard the rest.
func (x *extraction) countrySource(src pipeline.Span) (text, canon string, ok bool) {
	toks := tokenize(x.text, src.Start, src.End)
	if len(toks) > 0 && toks[0].lower == "the" {
		toks = toks[1:]
	}
	if len(toks) == 0 || len(toks) > 3 {
		return "", "", false
	}
	inner := pipeline.Span{Start: toks[0].start, End: toks[len(toks)-1].end}
	if len(x.d.Mentions) > 0 {
		lo, hi := x.d.MentionsStartingIn(pipeline.Span{Start: inner.Start, End: inner.Start + 1})
		for _, m := range x.d.Mentions[lo:hi] {
			if m.Span == inner && m.Label == pipeline.LabelGPE {
				return x.text[inner.Start:inner.End], m.Canonical, true
			}
		}
		return "", "", false
	}
	words := make([]string, len(toks))
	for k, t := range toks {
		if !isNameTok(t) {
			return "", "", false
		}
		words[k] = t.text
	}
	if orgLike(words) || personLike(stripTitles(words)) {
		return "", "", false
	}
	return x.text[inner.Start:inner.End], "", true
}

// actsForCountry reports whether candidate j's source or resolved speaker
// is a state body of the country: "Russia's defense ministry", "the
// Russian military", "Russian Ministry of Defence".
func (x *extraction) actsForCountry(j int, country, canon string) bool {
	c := &x.cands[j]
	texts := [2]string{c.q.Speaker, ""}
	if !c.q.Source.IsEmpty() {
		texts[1] = x.text[c.q.Source.Start:c.q.Source.End]
	}
	for _, s := range texts {
		body, owned := false, false
		for _, t := range tokenize(s, 0, len(s)) {
			if t.kind != 'w' {
				continue
			}
			w := trimPossessive(t.text)
			lw := strings.ToLower(w)
			if stateBodyWords[lw] {
				body = true
			}
			if w == country || canon != "" && w == canon || isDemonymOf(w, country) || canon != "" && isDemonymOf(w, canon) {
				owned = true
			}
		}
		if !owned && !c.q.Source.IsEmpty() && s == texts[1] {
			// a tagged country inside the source ("US military" -> United States)
			for _, m := range x.d.Mentions {
				if c.q.Source.Contains(m.Span) && (m.Label == pipeline.LabelGPE || m.Label == pipeline.LabelNORP) &&
					canon != "" && (m.Canonical == canon || isDemonymOf(m.Canonical, canon)) {
					owned = true
				}
			}
		}
		if body && owned && !strings.Contains(s, " and ") {
			return true
		}
	}
	return false
}

// metonymicSpeaker returns the candidate whose speaker a country source
// stands for: the attribution right before it (same or previous paragraph)
// when that one is a state body of the same country. "Russia's defense
// ministry says ... Russia said ..." gives the ministry; "The UN said ...
// Russia said ..." keeps Russia.
func (x *extraction) metonymicSpeaker(order []int, i int, info []resolved) int {
	country, canon, ok := x.countrySource(x.cands[i].q.Source)
	if !ok {
		return -1
	}
	j := x.previousSpeaker(order, i, info, kindNone, 1)
	if j < 0 || !x.actsForCountry(j, country, canon) {
		return -1
	}
	return j
}

// sentenceSubject returns the organisation (or, when allowCountry, the
// country) that opens the latest sentence of paragraph pi starting before
// off ("The Pentagon released figures. It said ..."), with its entity id
// and where its sentence starts, or at < 0. Persons are left out: a
// sentence-initial name is too often not the one a later "he" means.
func (x *extraction) sentenceSubject(pi, off int, allowCountry bool) (name, eid string, at int) {
	p := &x.paras[pi]
	for si := len(p.sents) - 1; si >= 0; si-- {
		s := p.sents[si]
		if s[0] >= off {
			continue
		}
		k := p.tokIndex(s[0])
		if k < len(p.toks) && determiners[p.toks[k].lower] {
			k++
		}
		if k >= len(p.toks) || p.toks[k].start >= off {
			continue
		}
		first := p.toks[k]
		if len(x.d.Mentions) > 0 {
			lo, hi := x.d.MentionsStartingIn(pipeline.Span{Start: first.start, End: first.start + 1})
			for _, m := range x.d.Mentions[lo:hi] {
				if m.Start == first.start && (m.Label == pipeline.LabelOrg || allowCountry && m.Label == pipeline.LabelGPE) && !isPossessor(x.text, m.Span) {
					return m.Canonical, m.EntityID, s[0]
				}
			}
			continue
		}
		// no mentions: a capitalised organisation name ("The Pentagon",
		// "Human Rights Watch")
		e := k
		var words []string
		for e < len(p.toks) && isNameTok(p.toks[e]) && p.toks[e].start < off {
			words = append(words, p.toks[e].text)
			if strings.HasSuffix(p.toks[e].lower, "'s") || strings.HasSuffix(p.toks[e].lower, "’s") {
				words = nil
				break
			}
			e++
		}
		if len(words) > 0 && (orgLike(words) || len(words) == 1 && determiners[p.toks[max(k-1, 0)].lower]) {
			return strings.Join(words, " "), "", s[0]
		}
	}
	return "", "", -1
}

// personSubject returns the person whose name opens the latest sentence of
// paragraph pi starting before off (titles and a leading adverb skipped),
// with its entity id and where its sentence starts, or at < 0. Names
// inside quote marks do not count: they are not the writer's subject. A
// sentence opened by a phrase of time, place or manner has its subject
// after the comma that closes the phrase ("On Sunday, Mr. Lee was
// magnanimous", "In an email, Lee, a former editor, defended his role").
func (x *extraction) personSubject(pi, off int) (name, eid string, at int) {
	p := &x.paras[pi]
	for si := len(p.sents) - 1; si >= 0; si-- {
		s := p.sents[si]
		if s[0] >= off {
			continue
		}
		k := p.tokIndex(s[0])
		for k < len(p.toks) && p.toks[k].start < off && (discourseAdverbs[p.toks[k].lower] || p.toks[k].text == ",") {
			k++
		}
		if k >= len(p.toks) || p.toks[k].start >= off || x.insideMark(p, p.toks[k].start) {
			continue
		}
		if len(x.d.Mentions) > 0 {
			if m := x.personOpening(p.toks[k].start, off); m != nil {
				return x.personName(m), m.EntityID, s[0]
			}
			if m := x.personAfterOpener(p, s, off); m != nil {
				return x.personName(m), m.EntityID, s[0]
			}
			continue
		}
		var words []string
		for e := k; e < len(p.toks) && isNameTok(p.toks[e]) && p.toks[e].start < off; e++ {
			if trimPossessive(p.toks[e].text) != p.toks[e].text {
				words = nil
				break
			}
			if len(words) == 0 && !x.opensName(p.toks[e]) {
				continue // "Once Smith sat down": the adverb is no part of the name
			}
			words = append(words, p.toks[e].text)
		}
		if w := stripTitles(words); personLike(w) {
			return strings.Join(w, " "), "", s[0]
		}
	}
	return "", "", -1
}

// personOpening returns the PERSON mention that opens a clause at from
// (only titles or role nouns before it, a possessor not counting) and
// ends before off, or nil.
func (x *extraction) personOpening(from, off int) *pipeline.Mention {
	start := from // where the words before the name start
	lo, hi := x.d.MentionsStartingIn(pipeline.Span{Start: start, End: start + 41})
	for mi := lo; mi < hi; mi++ {
		m := &x.d.Mentions[mi]
		if m.End > off || m.Label != pipeline.LabelPerson || isPossessor(x.text, m.Span) {
			continue
		}
		// only titles between the clause start and the name
		for _, t := range tokenize(x.text, from, m.Start) {
			if t.kind != 'w' || !titles[strings.ToLower(strings.TrimSuffix(t.text, "."))] && !roleNouns[t.lower] {
				return nil
			}
		}
		if x.modifiesRole(m.End) {
			// "McConnell spokesman Don Stewart": the spokesman
			from = m.End
			continue
		}
		return m
	}
	return nil
}

// personAfterOpener returns the person who is the subject of sentence s
// after an opening phrase of time, place or manner ("On Sunday, Mr. Lee
// …", "Steering clear of the loud, angry talk, Lee …", "At that moment,
// the French envoy, Ann Lee, whispered"), or nil: the first person that
// follows a comma of the sentence and stands alone ("In Ohio, Lee and Ward
// campaigned" names two people). A name in apposition to the phrase itself
// is not it ("On the topic of another rival, Mr. Ward, Mr. Lee was
// pressed"). A pronoun after a comma is the subject, and ends the search
// ("On Sunday, she said that after the vote, Ward called"), unless it
// reports a parenthesis ("At the time, she said, Ward was"); so does a
// content clause ("that") opened before the name.
func (x *extraction) personAfterOpener(p *para, s [2]int, off int) *pipeline.Mention {
	k := p.tokIndex(s[0])
	for k < len(p.toks) && (p.toks[k].lower == "and" || p.toks[k].lower == "but") {
		k++
	}
	if k >= len(p.toks) || !sentenceOpeners[p.toks[k].lower] && !participleOpener(p.toks[k]) {
		return nil
	}
	for c := k + 1; c+1 < len(p.toks) && p.toks[c+1].start < off && p.toks[c].start < s[1]; c++ {
		if p.toks[c].lower == "that" && (c+1 >= len(p.toks) || !timeNouns[p.toks[c+1].lower]) {
			return nil // a content clause ("… said that, at the fair, Ward …"), not "At that moment"
		}
		if p.toks[c].text != "," || x.insideMark(p, p.toks[c].start) {
			continue
		}
		if subjectPronoun[p.toks[c+1].lower] {
			if c+3 < len(p.toks) && p.toks[c+3].text == "," && isCueForm(p.toks[c+2].lower) {
				c += 2 // "At the time, she said, Ward was …"
				continue
			}
			return nil
		}
		m := x.personOpening(p.toks[c+1].start, off)
		if m == nil {
			continue
		}
		if after := skipSpaces(x.text, m.End); after < len(x.text) && x.text[after] == ',' {
			if n := x.personOpening(skipSpaces(x.text, after+1), off); n != nil {
				m = n // the phrase's own name in apposition, then the subject
			}
		}
		next := strings.ToLower(x.text[m.End:min(len(x.text), m.End+5)])
		if strings.HasPrefix(next, " and ") || strings.HasPrefix(next, " or ") || strings.HasPrefix(next, " &") {
			return nil
		}
		return m
	}
	return nil
}

// timeNouns follow "that" in an opening phrase of time ("At that moment,").
var timeNouns = set("moment", "time", "point", "day", "week", "month", "year", "night", "morning", "evening", "stage", "hour")

// subjectPronoun are the pronouns that can be the subject of a clause.
var subjectPronoun = set("he", "she", "they", "we", "i", "you", "it")

// skipSpaces returns the offset of the first byte at or after i in text
// that is no space.
func skipSpaces(text string, i int) int {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	return i
}

// participleOpener reports whether a sentence opens with a participle
// phrase ("Turning to the budget, …", "Asked about the levy, …").
func participleOpener(t token) bool {
	return t.kind == 'w' && (len(t.lower) > 5 && strings.HasSuffix(t.lower, "ing") || t.lower == "asked" || t.lower == "pressed")
}

// modifiesRole reports whether a name ending at off modifies the role
// noun or title right after it ("McConnell spokesman Don Stewart",
// "Trump adviser Roger Stone").
func (x *extraction) modifiesRole(off int) bool {
	rest := strings.TrimLeft(x.text[off:min(len(x.text), off+40)], " ")
	if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		rest = strings.TrimLeft(rest[strings.Index(rest, "s")+1:], " ")
	}
	w := rest
	if k := strings.IndexFunc(rest, func(r rune) bool { return !isWordRune(r) && r != '-' }); k >= 0 {
		w = rest[:k]
	}
	w = strings.ToLower(w)
	return w != "" && (roleNouns[w] || roleNouns[strings.TrimSuffix(w, "s")] || titles[w] || w == "adviser" || w == "aide")
}

// personName returns the name of a PERSON mention without titles ("Air
// Force General Jane Roe" -> "Jane Roe"), the whole capitalised run when
// the mention stops at an initial ("John" of "John M. Dalton"), and the
// fuller name for a lone surname.
func (x *extraction) personName(m *pipeline.Mention) string {
	name := m.Canonical
	if w := strings.Fields(name); len(w) > 2 {
		name = strings.Join(stripTitles(w), " ")
	}
	for _, r := range x.names {
		if r.start <= m.Start && r.end >= m.End && r.end-m.End < 24 && r.end-r.start > m.End-m.Start {
			// the words after the last title: "State Party Chairman James W.
			// Dorsey" -> "James W. Dorsey"
			w := r.words
			for k := len(w) - 2; k >= 0; k-- {
				if titles[strings.ToLower(strings.TrimSuffix(w[k], "."))] {
					w = w[k+1:]
					// a surname alone after the title: "Mr. Ward of Acme"
					// names the body Ward is with, which is the affiliation
					if len(w) > 2 && affiliationPrepositions[w[1]] {
						w = w[:1]
					}
					break
				}
			}
			if w = dropPlace(w); personLike(w) && len(w) > len(strings.Fields(name)) {
				name = strings.Join(w, " ")
			}
			break
		}
	}
	name = strings.Join(ownName(trimTimeWords(dropPlace(cutAtCue(strings.Fields(name))))), " ")
	if !strings.Contains(name, " ") {
		if full := x.expandSurname(name, m.Start+1); full != "" {
			name = full
		}
	}
	return name
}

// ownName cuts from a person's name what the entity layer's canonical
// name may carry before it: a title, a role or an epithet ("AG Ward",
// "Donor Ward", "Billionaire Tom Ward", "Committee Chairman Tom Ward"),
// the place or body that goes with it ("Indiana Gov. Tom Ward"), a party
// ("Democrat Ann Lee"), or the verb of a headline that ran into it ("Is
// President Ward"). The cut is after the last such word; a word that is a
// known first name is never one ("Will Doyle", "Major Garrett"), and a
// lone first name after a title keeps the title ("Pope Francis", "Queen
// Elizabeth"). A lone surname left is expanded by personName.
func ownName(words []string) []string {
	cut := -1
	var buf [24]byte
	for k := 0; k < len(words)-1; k++ {
		if words[k] == "and" || words[k] == "&" {
			return words // a pair: "Ward and Democrat Lee" is two people
		}
		word := strings.TrimSuffix(words[k], ".")
		if len(word) > len(buf) {
			continue // no title is so long
		}
		// the lower-case key in a buffer: this runs for every name a
		// search reads, and strings.ToLower would allocate each time
		b := buf[:len(word)]
		for i := 0; i < len(word); i++ {
			c := word[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		if _, first := firstNameGender[words[k]]; first || len(word) <= 3 && word == words[k] && !bareTitles[string(b)] {
			continue // a short title needs its period: "Gen Nakamura" is a name
		}
		if titles[string(b)] || roleNouns[string(b)] || officeNouns[string(b)] || epithetNouns[string(b)] || nameEpithets[string(b)] || k == 0 && headlineVerbs[string(b)] {
			cut = k
		}
	}
	if cut < 0 {
		return words
	}
	rest := words[cut+1:]
	for _, w := range rest {
		if !isCapitalized(w) {
			return words
		}
	}
	if _, first := firstNameGender[rest[0]]; first && len(rest) == 1 {
		return words
	}
	return rest
}

// nameEpithets are role words the title and role lists lack that the
// entity layer leaves at the head of a name ("Pastor Ann Lee", "Donor
// Ward", "AG Ward", "House Speaker Tom Ward").
var nameEpithets = set("ag", "speaker", "pastor", "rabbi", "donor", "hacker", "filmmaker",
	"co-anchor", "counsel", "comedian", "assistant")

// bareTitles are the short titles written without a period too ("Mr
// Ward", "AG Ward"); others of three letters or fewer may be a first name
// without it ("Gen", "Del").
var bareTitles = set("mr", "mrs", "ms", "dr", "ag", "ceo", "mp", "is", "was", "did", "has", "can")

// headlineVerbs open a headline's question and run into the name after
// them when the title is in capitals ("Is President Ward Right?").
var headlineVerbs = set("is", "was", "does", "did", "has", "can", "could", "should", "would")

// cutAtCue cuts a name at a reporting verb that a title in capitals ran
// into it: "Ann Lee Says Levy" -> "Ann Lee". Only present forms in -s
// are read so ("Says", "Tells", "Warns"): a surname may be a past form
// ("Said").
func cutAtCue(words []string) []string {
	for k := 1; k < len(words); k++ {
		w := strings.ToLower(words[k])
		if f, ok := cueForms[w]; ok && !f.gerund && strings.HasSuffix(w, "s") && w != f.lemma {
			return words[:k]
		}
	}
	return words
}

// dropPlace cuts "of Sherman" off a person's name: "Charles Hughes of
// Sherman" -> "Charles Hughes". Names with particles ("bin", "de") stay.
func dropPlace(words []string) []string {
	for k := 2; k < len(words); k++ {
		if words[k] == "of" || words[k] == "from" {
			return words[:k]
		}
	}
	return words
}

// genericOrgNouns head a description of an organisation: "the group", "the
// ministry", "the agency".
var genericOrgNouns = set("group", "ministry", "agency", "organisation", "organization",
	"movement", "militia", "government", "army", "military", "coalition", "observatory",
	"department", "office", "committee", "council", "company", "party", "alliance",
	"network", "outlet", "newspaper", "channel", "broadcaster", "authority", "authorities",
	"command", "institute", "center", "centre", "agency", "regime", "administration")

// titleHolder returns the person named with a role noun before off in the
// last few paragraphs: "spokesman John Kirby", "John Kirby, a Pentagon
// spokesman", "the spokesman, John Kirby".
//
// A modifier of the description must precede the role there too: "the
// foreign minister" is not "Defence Minister Sergei Shoigu".
func (x *extraction) titleHolder(role, modifier string, pi, off int) string {
	for qi := pi; qi >= 0 && pi-qi <= 12; qi-- {
		p := &x.paras[qi]
		for k := len(p.toks) - 1; k >= 0; k-- {
			t := p.toks[k]
			// a short form only with the modifier that pins it: "the
			// senator" is rather the person just spoken of than the last
			// "Sen." named
			if t.end > off || t.lower != role && (roleAbbreviations[t.lower] != role || modifier == "" || determiners[modifier]) {
				continue
			}
			if modifier != "" && !determiners[modifier] && (k == 0 || p.toks[k-1].lower != modifier) {
				continue
			}
			// the name after the role: "spokesman John Kirby", "spokesman, John Kirby,"
			e := k + 1
			if e < len(p.toks) && p.toks[e].text == "," {
				e++
			}
			if w := nameAt(p, e); w != "" {
				return w
			}
			// the name before an appositive: "John Kirby, a Pentagon spokesman"
			for b := k - 1; b >= 0 && k-b <= 6; b-- {
				if p.toks[b].text == "," {
					if w := nameEndingAt(p, b); w != "" {
						return w
					}
					break
				}
				if p.toks[b].kind != 'w' {
					break
				}
			}
		}
	}
	return ""
}

// nameAt returns the person name (titles dropped) of the capitalised run
// starting at token k, or "".
func nameAt(p *para, k int) string {
	var w []string
	for e := k; e < len(p.toks) && isNameTok(p.toks[e]) && len(w) < 6; e++ {
		w = append(w, p.toks[e].text)
	}
	if w = stripTitles(w); personLike(w) {
		return strings.Join(w, " ")
	}
	return ""
}

// nameEndingAt returns the person name of the capitalised run ending just
// before token e, or "".
func nameEndingAt(p *para, e int) string {
	b := e
	for b > 0 && isNameTok(p.toks[b-1]) && e-b < 6 {
		b--
	}
	var w []string
	for k := b; k < e; k++ {
		w = append(w, p.toks[k].text)
	}
	if w = stripTitles(w); personLike(w) {
		return strings.Join(w, " ")
	}
	return ""
}

// namedOrg returns the organisation named before off whose name holds the
// head noun ("the ministry" -> "Defence Ministry"): the tagged ORG mention
// (canonical name) when there are mentions, else the capitalised run.
func (x *extraction) namedOrg(head string, off int) (name, eid string) {
	if len(x.d.Mentions) > 0 {
		// the last organisation ending by off whose name holds the word
		orgs := x.orgsWithWord()[strings.ToLower(head)]
		k := sort.Search(len(orgs), func(k int) bool { return x.d.Mentions[orgs[k]].End > off })
		if k == 0 {
			return "", ""
		}
		m := x.d.Mentions[orgs[k-1]]
		return m.Canonical, m.EntityID
	}
	for k := len(x.names) - 1; k >= 0; k-- {
		r := x.names[k]
		if r.end > off || x.paraKindAt(r.start) == pipeline.ZoneHeadline {
			continue
		}
		for _, w := range r.words {
			if strings.EqualFold(trimPossessive(w), head) {
				return strings.Join(r.words, " "), ""
			}
		}
	}
	return "", ""
}

// sharesModifier reports whether an organisation's name agrees with the
// word before the head noun of its description: "the nuclear agency" is
// not the "Central Intelligence Agency", "the defense ministry" is the
// "Ministry of Defence" (a shared stem of five letters is enough).
func sharesModifier(name, modifier string) bool {
	if modifier == "" || determiners[modifier] || len(modifier) < 3 || strings.ContainsAny(modifier, "'’") {
		return true
	}
	stem := modifier[:min(5, len(modifier))]
	for _, t := range tokenize(name, 0, len(name)) {
		if strings.HasPrefix(strings.ToLower(t.text), stem) {
			return true
		}
	}
	return false
}

// containsWord reports whether s has w as a whole word, ignoring case.
func containsWord(s, w string) bool {
	for _, t := range tokenize(s, 0, len(s)) {
		if t.kind == 'w' && strings.EqualFold(trimPossessive(t.text), w) {
			return true
		}
	}
	return false
}

// describedFallback resolves a definite description that no earlier source
// shares its head with: "the spokesman" to the last person named with that
// role, "the ministry" to the last organisation whose name holds the noun,
// and "the group" (a noun any organisation can take) to the organisation
// that spoke last or opens an earlier sentence of the paragraph.
func (x *extraction) describedFallback(order []int, i int, info []resolved) (name, eid string) {
	r, c := info[i], &x.cands[i]
	if r.head == "" || r.indefinite {
		return "", ""
	}
	if campaignNouns[r.head] {
		return x.describedOrg(r, c.para, c.q.Source.Start)
	}
	if officeNouns[r.head] {
		if w := x.titleHolder(r.head, r.modifier, c.para, c.q.Source.Start); w != "" {
			return w, ""
		}
		// "Marco Rubio … stressed defense issues. / The Florida senator
		// told reporters": a role pinned by a place, held by no one the
		// text titles so, is the person the text just spoke of. A role
		// pinned by a nationality, a party or an organisation ("the French
		// president", "the FBI director") is too often someone new.
		if r.placeModifier {
			for pi := c.para; pi >= 0 && c.para-pi <= 1; pi-- {
				if name, eid, at := x.personSubject(pi, c.q.Source.Start); at >= 0 && !strings.Contains(name, " and ") {
					return name, eid
				}
			}
		}
		return "", ""
	}
	if !genericOrgNouns[r.head] && (campaignNouns[r.head] || newspaperNouns[r.head] || orgDescriptionNouns[r.head]) {
		return x.describedOrg(r, c.para, c.q.Source.Start)
	}
	if roleNouns[r.head] || !genericOrgNouns[r.head] {
		return "", ""
	}
	if name, eid := x.namedOrg(r.head, c.q.Source.Start); name != "" && sharesModifier(name, r.modifier) {
		return name, eid
	}
	if !companyNouns[r.head] {
		// "the newspaper", "the agency": the one body the text names with the noun
		if name, eid := x.describedOrg(r, c.para, c.q.Source.Start); name != "" {
			return name, eid
		}
	}
	if companyNouns[r.head] && r.definite {
		if otherBusiness[r.modifier] {
			return "", "" // "the combined company" is neither of the two just named
		}
		return x.lastBusiness(c.para, c.q.Source.Start, r.head)
	}
	if !anyOrgNouns[r.head] {
		return "", ""
	}
	j := x.previousSpeaker(order, i, info, kindOrg, 1)
	if j >= 0 && info[j].kind == kindLiteral {
		j = -1
	}
	if name, eid, at := x.sentenceSubject(c.para, c.q.Source.Start, false); at >= 0 && (j < 0 || x.cands[j].para < c.para || at > x.anchor(j)) {
		return name, eid
	}
	if j >= 0 {
		return x.cands[j].q.Speaker, x.cands[j].q.SpeakerEntityID
	}
	return x.soleOrgBefore(c.para, c.q.Source.Start)
}

// soleOrgBefore returns the one organisation that the sentence holding off
// (before off) and the sentence before it name outside quotation marks:
// "Ward helps lead a program called Fair Rivers. The group seeks …", "At
// a meeting of the Harbor Caucus, of which he is a member, Ward argued
// that the group should …". Two bodies there leave it unresolved.
func (x *extraction) soleOrgBefore(pi, off int) (name, eid string) {
	p := &x.paras[pi]
	lo := p.sentenceOf(off)[0]
	for k, s := range p.sents {
		if s[0] == lo && k > 0 {
			lo = p.sents[k-1][0]
			break
		}
	}
	k := sort.Search(len(x.d.Mentions), func(i int) bool { return x.d.Mentions[i].Start >= off })
	var fit *pipeline.Mention
	for k--; k >= 0 && x.d.Mentions[k].Start >= lo; k-- {
		m := &x.d.Mentions[k]
		if m.Label != pipeline.LabelOrg || m.End > off || x.quotedAt(m.Start) {
			continue
		}
		if fit != nil && fit.EntityID != m.EntityID {
			return "", ""
		}
		fit = m
	}
	if fit == nil {
		return "", ""
	}
	return fit.Canonical, fit.EntityID
}

// anyOrgNouns can stand for any organisation named just before ("the
// group" after "Human Rights Watch"), unlike "the ministry".
var anyOrgNouns = set("group", "organisation", "organization", "movement", "militia")

// companyNouns head a description of a business, which the text names
// just before it: "Acme reported a loss. The company said …".
var companyNouns = set("company", "firm")

// otherBusiness modifiers make "the company" another than the one named
// last: "the combined company", "the rival firm".
var otherBusiness = set("combined", "merged", "new", "other", "rival", "parent")

// lastBusiness resolves "the company" to the organisation named last
// before off in paragraph pi or the one before it, outside quotation
// marks ("Acme's shares fell. The company said …"); one the text
// describes with the noun ("Acme, the parent company of Bolt") wins
// over the names after it.
func (x *extraction) lastBusiness(pi, off int, head string) (name, eid string) {
	lo := x.paras[pi].start
	if pi > 0 && x.paras[pi-1].kind == x.paras[pi].kind {
		lo = x.paras[pi-1].start
	}
	k := sort.Search(len(x.d.Mentions), func(i int) bool { return x.d.Mentions[i].Start >= off })
	var last *pipeline.Mention
	for k--; k >= 0 && x.d.Mentions[k].Start >= lo; k-- {
		m := &x.d.Mentions[k]
		if m.Label != pipeline.LabelOrg || x.quotedAt(m.Start) {
			continue
		}
		if describedAs(x.text[m.End:min(len(x.text), m.End+60)], head) {
			return m.Canonical, m.EntityID
		}
		if last == nil {
			last = m
		}
	}
	if last == nil {
		// a business the entity layer tags as a person or a place, which
		// the text calls "it" ("Acme has lost money since its listing")
		if m := x.thingNamed(lo, off); m != nil {
			return m.Text, m.EntityID
		}
		// a business the text names only by its web address
		return x.webAddress(lo, off), ""
	}
	return last.Canonical, last.EntityID
}

// thingNamed returns the last one-word mention in [lo, off), outside
// quotation marks, that the entity layer does not tag as an organisation
// but that the text speaks of as a thing: "its" or "itself" among the
// next six words of its sentence, before any other name, or ", which"
// right after it ("firms such as Acme, which fought the levy").
func (x *extraction) thingNamed(lo, off int) *pipeline.Mention {
	k := sort.Search(len(x.d.Mentions), func(i int) bool { return x.d.Mentions[i].Start >= off })
	for k--; k >= 0 && x.d.Mentions[k].Start >= lo; k-- {
		m := &x.d.Mentions[k]
		if m.Label == pipeline.LabelOrg || strings.ContainsAny(m.Text, " ’'") || x.quotedAt(m.Start) {
			continue
		}
		if _, first := firstNameGender[m.Text]; first {
			continue
		}
		toks := tokenize(x.text, m.End, min(len(x.text), m.End+80))
		if len(toks) > 1 && toks[0].text == "," && toks[1].lower == "which" {
			return m
		}
		for i, t := range toks {
			if i >= 6 || t.text == "." || t.kind == 'w' && isCapitalized(t.text) {
				break
			}
			if t.lower == "its" || t.lower == "itself" {
				return m
			}
		}
	}
	return nil
}

// describedAs reports whether the text after a name is an appositive
// headed by noun: ", the parent company of", ", a drug company".
func describedAs(after, noun string) bool {
	toks := tokenize(after, 0, len(after))
	if len(toks) < 3 || toks[0].text != "," || !determiners[toks[1].lower] {
		return false
	}
	for _, t := range toks[2:min(len(toks), 6)] {
		if t.kind != 'w' || headStops[t.lower] {
			return false
		}
		if t.lower == noun {
			return true
		}
	}
	return false
}

// officeNouns are roles that one named person holds and the text names
// with the role ("spokesman John Kirby"), so "the spokesman" is that
// person. Everyday nouns ("the man", "the witness") are left out.
var officeNouns = set("spokesman", "spokeswoman", "spokesperson", "minister", "secretary",
	"director", "president", "commander", "governor", "mayor", "ambassador", "envoy",
	"chairman", "chairwoman", "senator", "prosecutor", "conductor", "founder", "premier",
	"chancellor", "negotiator", "correspondent", "editor", "host", "anchor", "moderator",
	"columnist", "commentator", "interviewer", "congressman", "congresswoman", "strategist", "pollster",
	"leader", "judge")

// roleAbbreviations are the written short forms of roles before a name
// ("Florida Sen. Marco Rubio" holds "the Florida senator").
var roleAbbreviations = map[string]string{"sen.": "senator", "gov.": "governor", "pres.": "president",
	"amb.": "ambassador", "cmdr.": "commander", "gen.": "general"}

// orgsWithWord maps each word (lower case, possessive trimmed) of the text
// or canonical name of an organisation mention to the indexes of those
// mentions, in text order; built on first use.
func (x *extraction) orgsWithWord() map[string][]int {
	if x.orgWords != nil {
		return x.orgWords
	}
	x.orgWords = map[string][]int{}
	for i, m := range x.d.Mentions {
		if m.Label != pipeline.LabelOrg {
			continue
		}
		for _, s := range [2]string{m.Text, m.Canonical} {
			for _, t := range tokenize(s, 0, len(s)) {
				if t.kind != 'w' {
					continue
				}
				w := strings.ToLower(trimPossessive(t.text))
				if list := x.orgWords[w]; len(list) == 0 || list[len(list)-1] != i {
					x.orgWords[w] = append(list, i)
				}
			}
		}
	}
	return x.orgWords
}

// sentenceOpeners open a phrase of time, place or manner before the
// subject of a sentence: "On Sunday, Lee said", "As the crowd cheered, Lee
// went on", "Unlike Ward, Lee has".
var sentenceOpeners = set("in", "on", "at", "after", "before", "during", "since", "for", "with",
	"without", "despite", "throughout", "unlike", "like", "amid", "among", "by", "from", "under",
	"over", "following", "as", "when", "while", "although", "though", "because", "once", "until",
	"upon", "within", "across", "even", "later", "earlier", "last", "this")

// isCueForm reports whether word is a form of a reporting verb ("said",
// "says", "added").
func isCueForm(word string) bool {
	_, ok := cueForms[word]
	return ok
}
