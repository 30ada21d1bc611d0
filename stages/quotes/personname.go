package quotes

// The name a resolved person is given (personName): the entity layer's
// canonical name without the titles, roles, epithets, places and headline
// verbs that may run into it (ownName, cutAtCue, dropPlace), and a lone
// surname expanded to the fuller name.

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

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
