package ner

import (
	"unicode"
	"unicode/utf8"
)

// Features of social-media user names ("@CityNewsDesk") and hashtags
// ("#ElectionNight") from their parts (FeatHandles).
//
// A user name is one token whose word is seen once or twice in all the
// training text, so the model labels it by its shape alone, and the
// shape "@x" says nothing about whether the account is a person's, an
// organisation's or nobody's. Its parts do: a given name and a surname
// ("@maria_lopez", "@MariaLopez"), a news or organisation word ("news",
// "tv", "official", "fc"), a place ("@LeedsCouncil"). The features below
// give the model those parts, read with the gazetteer and the name lists,
// apart from the user name's own identity, so what it learns from one
// account carries over to accounts it never saw.

// Handle feature values.
const (
	handleAt   = 1 // "@" user name
	handleHash = 2 // "#" hashtag
)

// maxHandleParts bounds the parts read from one user name or hashtag.
const maxHandleParts = 6

// handleKind returns handleAt or handleHash when tok is a user name or a
// hashtag with at least one letter after its sign, else 0, and the body
// after the sign.
func handleKind(tok string) (uint64, string) {
	if len(tok) < 2 {
		return 0, ""
	}
	kind := uint64(0)
	switch tok[0] {
	case '@':
		kind = handleAt
	case '#':
		kind = handleHash
	default:
		return 0, ""
	}
	body := tok[1:]
	for _, r := range body {
		if unicode.IsLetter(r) {
			return kind, body
		}
	}
	return 0, ""
}

// handlePart is one part of a user name's body: a byte range and whether it
// holds digits rather than letters.
type handlePart struct {
	start, end int
	digits     bool
}

// splitHandle cuts a user name's body into parts at underscores and other
// punctuation, between letters and digits, at a lower-to-upper case change
// ("cityNews" -> city, News) and before the last capital of a capital run
// followed by lower case ("BBCWorld" -> BBC, World). It returns at most
// maxHandleParts parts, appended to out.
func splitHandle(body string, out []handlePart) []handlePart {
	const (
		other = iota
		upper
		lower
		digit
	)
	classOf := func(r rune) int {
		switch {
		case unicode.IsUpper(r):
			return upper
		case unicode.IsLetter(r):
			return lower
		case unicode.IsDigit(r):
			return digit
		}
		return other
	}
	start, prev, prevStart := -1, other, 0
	flush := func(end int) {
		if start >= 0 && end > start && len(out) < maxHandleParts {
			r, _ := utf8.DecodeRuneInString(body[start:])
			out = append(out, handlePart{start, end, unicode.IsDigit(r)})
		}
		start = -1
	}
	for i, r := range body {
		c := classOf(r)
		switch {
		case c == other:
			flush(i)
		case start < 0:
			start = i
		case (c == digit) != (prev == digit):
			flush(i)
			start = i
		case c == upper && prev == lower:
			flush(i)
			start = i
		case c == lower && prev == upper && prevStart > start:
			// "BBCWorld": the capital before this lower-case letter opens
			// the next part
			flush(prevStart)
			start = prevStart
		}
		prev, prevStart = c, i
	}
	flush(len(body))
	return out
}

// handleWords are words that, as a part of a user name, mark an
// organisation's or an outlet's account rather than a person's: media,
// teams, official bodies, shops. Folded hashes.
var handleWords = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range []string{
		"news", "tv", "times", "post", "daily", "radio", "fm", "press", "media", "magazine", "mag",
		"online", "live", "today", "weekly", "journal", "herald", "tribune", "gazette", "telegraph",
		"mail", "channel", "network", "breaking", "report", "headlines", "world", "politics",
		"sport", "sports", "fc", "club", "team", "official", "hq", "uk", "us", "usa", "inc", "org",
		"group", "council", "gov", "police", "party", "music", "records", "games", "store", "shop",
		"app", "info", "global", "int", "intl",
	} {
		m[Hash(w, true)] = true
	}
	return m
}()

// kindsOf returns the gazetteer and name-list kinds of the entries whose
// folded surface, spaces ignored, hashes to h: bit k for kind k, bit
// numKinds for an ambiguous surface.
func (g *Gazetteer) kindsOf(h uint64) uint32 {
	var kinds uint32
	for _, m := range [...]*hashIndex{&g.folded, &g.nameFolded} {
		grp, _ := m.get(h)
		for _, ei := range grp {
			if e := &g.Entries[ei]; e.Ambiguous {
				kinds |= 1 << numKinds
			} else {
				kinds |= 1 << e.Kind
			}
		}
	}
	return kinds
}

// handleFeatures appends the features of token i when it is a user name or
// a hashtag: its kind with the folded word of its body (shared across
// "@", "#" and none: "#Syria" reads as "Syria"), the gazetteer kinds of the
// whole body with spaces ignored ("@JohnSmith" is the person name "John
// Smith"), and per part its folded word, its kinds and whether it is an
// organisation word, with its place (first, last, inside, alone). A
// lower-case part that a given name and a surname make up ("mariasmith")
// and one that starts or ends with an organisation word ("citynews") are
// marked too.
func (f *Featurizer) handleFeatures(s *Sentence, i int, out []uint64) []uint64 {
	kind, body := handleKind(s.Toks[i])
	if kind == 0 {
		return out
	}
	out = append(out, mix(tLower, Hash(body, true)))
	var parts [maxHandleParts]handlePart
	ps := splitHandle(body, parts[:0])
	out = append(out, mix(tHandleParts, kind<<4|uint64(len(ps))))
	if f.Gaz != nil {
		for k, kinds := uint64(0), f.Gaz.kindsOf(Hash(body, true)); kinds != 0; k, kinds = k+1, kinds>>1 {
			if kinds&1 != 0 {
				out = append(out, mix(tHandleGaz, kind<<8|k))
			}
		}
	}
	for pi, p := range ps {
		pos := uint64(3) // inside
		switch {
		case len(ps) == 1:
			pos = 0
		case pi == 0:
			pos = 1
		case pi == len(ps)-1:
			pos = 2
		}
		if p.digits {
			out = append(out, mix(tHandlePartKind, kind<<8|pos<<5|31))
			continue
		}
		word := body[p.start:p.end]
		h := Hash(word, true)
		out = append(out, mix(tHandlePart, h))
		if handleWords[h] {
			out = append(out, mix(tHandlePartKind, kind<<8|pos<<5|30))
		}
		if f.Gaz == nil {
			continue
		}
		for k, kinds := uint64(0), f.Gaz.kindsOf(h); kinds != 0; k, kinds = k+1, kinds>>1 {
			if kinds&1 != 0 {
				out = append(out, mix(tHandlePartKind, kind<<8|pos<<5|k))
			}
		}
		out = f.appendGlued(out, kind, word)
	}
	return out
}

// Glued-part feature values: a given name and a surname, an organisation
// word at the start, at the end.
const (
	gluedPerson = iota + 1
	gluedOrgStart
	gluedOrgEnd
)

// appendGlued appends the readings of a lower- or upper-case part of five
// letters or more as two glued words: a given name and a surname
// ("mariasmith"), or an organisation word and another ("newsdesk",
// "citynews"). Every cut is tried; one feature per reading found.
func (f *Featurizer) appendGlued(out []uint64, kind uint64, word string) []uint64 {
	if len(word) < 5 || len(word) > 24 {
		return out
	}
	var found [gluedOrgEnd + 1]bool
	for cut := 2; cut <= len(word)-2; cut++ {
		if !utf8.RuneStart(word[cut]) {
			continue
		}
		head, tail := Hash(word[:cut], true), Hash(word[cut:], true)
		if handleWords[head] && cut >= 3 {
			found[gluedOrgStart] = true
		}
		if handleWords[tail] && len(word)-cut >= 2 {
			found[gluedOrgEnd] = true
		}
		if !found[gluedPerson] && f.Gaz.kindsOf(head)&(1<<KindFirstName) != 0 && f.Gaz.kindsOf(tail)&(1<<KindLastName) != 0 {
			found[gluedPerson] = true
		}
	}
	for v, ok := range found {
		if ok {
			out = append(out, mix(tHandleGlued, kind<<4|uint64(v)))
		}
	}
	return out
}
