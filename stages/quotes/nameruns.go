package quotes

// Capitalised name runs of the whole text and what they tell a speaker: a
// run's words without titles, whether it reads as a person or an
// organisation, and the fuller name a surname or a one-word organisation
// stands for ("Gergiev" -> "Valery Gergiev", "Observatory" -> "Syrian
// Observatory for Human Rights").

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// nameRun is a run of capitalised words in the text ("Colonel Patrick
// Ryder", "Syrian Observatory for Human Rights").
type nameRun struct {
	start, end int
	words      []string
}

// findNameRuns collects the capitalised runs of two or more words.
// Words that cannot belong to a name are trimmed off each run ("Once
// Peter" -> "Peter", "Alan Garcia Tuesday" -> "Alan Garcia").
func (x *extraction) findNameRuns() []nameRun {
	var out []nameRun
	for pi := range x.paras {
		p := &x.paras[pi]
		for k := 0; k < len(p.toks); {
			if !isNameTok(p.toks[k]) {
				k++
				continue
			}
			// a verb that opens its sentence before the name: "Said Comey,"
			if f, ok := cueForms[p.toks[k].lower]; ok && !f.gerund && k+1 < len(p.toks) && isNameTok(p.toks[k+1]) {
				k++
			}
			e := k + 1
			for e < len(p.toks) && (isNameTok(p.toks[e]) || isConnector(p.toks[e]) && e+1 < len(p.toks) && isNameTok(p.toks[e+1])) {
				if strings.HasSuffix(p.toks[e-1].lower, "'s") || strings.HasSuffix(p.toks[e-1].lower, "’s") {
					break
				}
				e++
			}
			if run := x.trimRunOf(p.toks[k:e], false); len(run) >= 2 {
				r := nameRun{start: run[0].start, end: run[len(run)-1].end}
				for _, t := range run {
					r.words = append(r.words, t.text)
				}
				out = append(out, r)
			}
			k = e
		}
	}
	return out
}

func isConnector(t token) bool {
	switch t.lower {
	case "of", "for", "and", "al", "bin", "de", "el", "van", "von", "da", "la", "le", "du":
		return true
	}
	return false
}

// stripTitles drops leading title words from a person's name.
func stripTitles(words []string) []string {
	isTitle := func(w string) bool { return titles[strings.ToLower(strings.TrimSuffix(w, "."))] }
	// "U.N. Secretary-General Ban Ki-moon", "NATO Secretary-General X": an
	// acronym of the body before a title goes with the title
	if len(words) > 3 && (isAllCaps(words[0]) || strings.Contains(words[0], ".")) && isTitle(words[1]) {
		words = words[1:]
	}
	for len(words) > 2 && isTitle(words[0]) {
		words = words[1:]
	}
	if len(words) == 2 && titles[strings.ToLower(strings.TrimSuffix(words[0], "."))] {
		words = words[1:]
	}
	return words
}

func personLike(words []string) bool {
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	// a name neither opens nor ends with "of", "for" or "and": "of Staff
	// Ann Lee" is a title cut inside ("Chief of Staff Ann Lee")
	for _, w := range []string{words[0], words[len(words)-1]} {
		if w == "of" || w == "for" || w == "and" {
			return false
		}
	}
	for _, w := range words {
		if orgWords[strings.ToLower(w)] || isAllCaps(w) || !isCapitalized(w) && !isConnector(token{lower: strings.ToLower(w)}) {
			return false
		}
		// "I" and a possessive ("St. Luke's") do not make a person's name
		if w == "I" || trimPossessive(w) != w {
			return false
		}
	}
	return true
}

func orgLike(words []string) bool {
	for _, w := range words {
		if orgWords[strings.ToLower(w)] || isAllCaps(w) || strings.ToLower(w) == "of" {
			return true
		}
	}
	return false
}

// expandSurname returns the fuller person name ending with word that the
// text mentions, preferring the last one before off.
func (x *extraction) expandSurname(word string, off int) string {
	// The runs ending in word are in text order: the last one before off
	// wins, else the first one after it.
	runs := x.surnameRuns()[word]
	k := sort.Search(len(runs), func(i int) bool { return runs[i].start >= off })
	if k > 0 {
		return runs[k-1].name
	}
	if k < len(runs) {
		return runs[k].name
	}
	return ""
}

// surnameRun is a person-like name run of two words or more, as
// expandSurname returns it.
type surnameRun struct {
	start int
	name  string
}

// surnameRuns indexes the person-like name runs by their last word, once
// per document: expandSurname looked through every run of the document for
// every quote, which was quadratic in a long one.
func (x *extraction) surnameRuns() map[string][]surnameRun {
	if x.surnames != nil {
		return x.surnames
	}
	x.surnames = map[string][]surnameRun{}
	for _, r := range x.names {
		// "David Sandalow of Columbia University's": the name before "of"
		w := ownName(dropPlace(stripTitles(r.words)))
		if len(w) < 2 || !personLike(w) || slices.Contains(w, "and") {
			continue
		}
		last := w[len(w)-1]
		x.surnames[last] = append(x.surnames[last], surnameRun{start: r.start, name: strings.Join(w, " ")})
	}
	return x.surnames
}

// expandOrg returns the longer organisation name that a single word heads
// ("Observatory" -> "Syrian Observatory for Human Rights"), preferring the
// last one before off.
func (x *extraction) expandOrg(word string, off int) string {
	best := ""
	for _, r := range x.names {
		if r.start >= off || len(r.words) > 7 || x.paraKindAt(r.start) == pipeline.ZoneHeadline {
			continue
		}
		for k, w := range r.words {
			if w == word && k > 0 && (k == len(r.words)-1 || isConnector(token{lower: strings.ToLower(r.words[k+1])})) {
				best = strings.Join(r.words, " ")
			}
		}
	}
	return best
}
