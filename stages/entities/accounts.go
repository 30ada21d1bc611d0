package entities

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

// This file holds the labels of user names and hashtags read from their
// parts, as the model's user-name features cut them ("@CityNewsDesk" is
// City, News, Desk). The model reads most user names as persons: in the
// tweets it learnt from, a user name is a person's half of the time and an
// organisation's a third, and its part features do not outweigh that
// prior. What the project's own lists know about the parts is firmer than
// that prior:
//
//   - a user name whose body is an organisation, company or club of the
//     gazetteer and name lists ("@GlobexCorp" for "Globex Corp"), opens
//     with an organisation ("@UNESCOJobs"), or ends in an organisation's
//     or an outlet's head word ("@HarbourTownFC", "@ValleyNews",
//     "@nottspolice") is an organisation's account;
//   - a hashtag whose body is a country, a region, or an organisation the
//     gazetteer knows ("#Ruritania", "#RedCross") names it.
//
// Either way the label is given whatever the model said, and the name is
// taken where the model left it out. A user name or hashtag the model read
// inside a longer name is left alone.

// accountNames labels the user names and hashtags of a sentence whose
// parts name an organisation or a place.
func (s *Stage) accountNames(sc *scratch, texts []string) {
	var buf [8]string
	for i, t := range texts {
		if len(t) < 2 || t[0] != '@' && t[0] != '#' {
			continue
		}
		sign, body, parts := ner.HandleParts(t, buf[:0])
		if sign == 0 || len(parts) == 0 {
			continue
		}
		var label, canonical string
		if sign == '@' {
			if s.organisationAccount(body, parts) {
				label = pipeline.LabelOrg
			}
		} else if e, ok := s.hashtagEntry(body); ok {
			label, canonical = e.Label, e.Canonical
		}
		if label == "" {
			continue
		}
		covered := false
		for k := range sc.cands {
			c := &sc.cands[k]
			if c.b <= i || c.a > i {
				continue
			}
			covered = true
			if c.a == i && c.b == i+1 {
				c.label = label
				c.canonical = canonical
			}
		}
		if !covered {
			sc.cands = append(sc.cands, cand{a: i, b: i + 1, label: label, canonical: canonical, fromModel: true})
		}
	}
}

// organisationAccount reports a user name whose body is an organisation,
// a company or a club the gazetteer or the name lists know (case and the
// spaces between words ignored: "globexcorp" is "Globex Corp"), whose
// first part is an organisation the gazetteer knows ("@UNESCOJobs"), or
// whose last part is an organisation's head word ("@ValleyNews"); a body
// of one part may end in a glued head word ("@nottspolice"). Forms the
// lists mark as ambiguous ("Target", a given name that is also a company)
// do not count.
func (s *Stage) organisationAccount(body string, parts []string) bool {
	named, names := s.gaz.GluedEntries(body)
	if s.hasKind(named, ner.KindOrg) || s.hasKind(names, ner.KindCompany, ner.KindClub) {
		return true
	}
	if len(parts) >= 2 {
		first, _ := s.gaz.GluedEntries(parts[0])
		return s.hasKind(first, ner.KindOrg) || accountHead(parts[len(parts)-1])
	}
	// one part: a head word glued after three letters or more
	w := strings.ToLower(parts[0])
	for cut := 3; cut <= len(w)-2; cut++ {
		if accountHead(w[cut:]) {
			return true
		}
	}
	return false
}

// hasKind reports an entry of grp, not marked ambiguous, of one of kinds.
func (s *Stage) hasKind(grp []int32, kinds ...ner.Kind) bool {
	for _, ei := range grp {
		e := &s.gaz.Entries[ei]
		for _, k := range kinds {
			if e.Kind == k && !e.Ambiguous {
				return true
			}
		}
	}
	return false
}

// hashtagEntry returns the country, region or organisation that a
// hashtag's body names (case and spaces ignored: "#northkorea"), and false
// when it names none, or a form the gazetteer marks as ambiguous. Cities
// and provinces are left out: WNUT-17 tags 6 of its 28 hashtags of them,
// and on the tweet development set taking them left F1 level.
func (s *Stage) hashtagEntry(body string) (ner.Entry, bool) {
	named, _ := s.gaz.GluedEntries(body)
	best, found := ner.Entry{}, false
	for _, ei := range named {
		e := s.gaz.Entries[ei]
		if e.Ambiguous {
			return ner.Entry{}, false
		}
		if (e.Kind == ner.KindCountry || e.Kind == ner.KindLoc || e.Kind == ner.KindOrg) && (!found || better(e, best)) {
			best, found = e, true
		}
	}
	return best, found
}

// accountHead reports a word that ends the name of an organisation's or
// an outlet's account: an organisation's head word (orgHeadWords, of three
// letters or more: "co" ends given names glued to nothing) or a head word
// of outlets, teams, charities and shops.
func accountHead(w string) bool {
	h := ner.Hash(w, true)
	return outletHeads[h] || len(w) >= 3 && orgHeadWords[h]
}

// outletHeads end the names of news outlets, teams, charities and shops.
var outletHeads = hashSet("news", "tv", "radio", "fm", "magazine", "mag", "times", "post", "press", "media",
	"chronicle", "gazette", "herald", "tribune", "telegraph", "journal", "fc", "club", "trust", "charity",
	"records", "shop", "store", "hq")
