package zones

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
)

// The outlet a page names: a syndication line, a copyright owner, a wire
// dateline's agency, the site after the title, or an outlet a source "told".

// outlet returns the publication the text names: where the post "first
// appeared", else the owner in the copyright line closest after the body,
// else the "X News" a source "told" (outlets cite themselves that way).
func (a *analysis) outlet() string {
	var fromCopyright string
	firstBody := len(a.lines)
	for i := range a.lines {
		if a.lines[i].kind == pipeline.ZoneBody {
			firstBody = i
			break
		}
	}
	for i := range a.lines {
		l := &a.lines[i]
		if l.blank() || l.chrome != chromeEnd {
			continue
		}
		orig, lower := a.orig(l), a.lowed(l)
		for _, cue := range []string{"first appeared on ", "first appeared in ", "first appeared at ", "originally appeared on ", "appeared first on ", "originally published on ", "originally published by ", "originally published at "} {
			if k := strings.Index(lower, cue); k >= 0 {
				if name := leadingName(orig[k+len(cue):]); name != "" {
					return name
				}
			}
		}
		if isCopyrightLine(lower) {
			if name := copyrightOwner(orig); name != "" && (fromCopyright == "" || i > firstBody) {
				fromCopyright = name
			}
		}
	}
	if fromCopyright != "" {
		return fromCopyright
	}
	// "Source: Al Jazeera and news agencies" closes an edited wire story.
	for i := firstBody; i < len(a.lines); i++ {
		l := &a.lines[i]
		if l.blank() || l.kind != pipeline.ZoneBoilerplate || l.words > 8 {
			continue
		}
		if rest, ok := strings.CutPrefix(a.orig(l), "Source: "); ok {
			if name := leadingName(rest); name != "" && strings.HasSuffix(strings.ToLower(rest), "news agencies") {
				return name
			}
		}
	}
	// A wire lede names its agency: "DAMASCUS (Reuters) - ...".
	if a.wireAgency != "" && leadingName(a.wireAgency) == a.wireAgency {
		return a.wireAgency
	}
	// A page title often ends with the site's name: "Army enters Palmyra | Reuters".
	if _, site, ok := cutLast(a.res.Title, " | "); ok {
		if name := leadingName(site); name != "" && name == strings.TrimSpace(site) && countFields(name) <= 4 {
			return name
		}
	}
	for i := range a.lines {
		l := &a.lines[i]
		if l.kind != pipeline.ZoneBody {
			continue
		}
		orig := a.orig(l)
		for off := 0; ; {
			k := strings.Index(orig[off:], " told ")
			if k < 0 {
				break
			}
			off += k + len(" told ")
			name := leadingName(orig[off:])
			if strings.HasSuffix(name, " News") {
				return name
			}
		}
	}
	return ""
}

// cutLast slices s around the last instance of sep.
func cutLast(s, sep string) (before, after string, found bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// leadingName returns the capitalized words opening s ("Russia Insider" in
// "Russia Insider. It is ..."), a domain name ("example.com"), or "".
func leadingName(s string) string {
	s = strings.TrimLeft(s, " ")
	s = strings.TrimPrefix(s, "the ")
	end, words := 0, 0
	for pos := 0; pos < len(s) && words < 6; {
		j := pos
		for j < len(s) && s[j] != ' ' {
			j++
		}
		w := s[pos:j]
		trimmed := strings.TrimRight(w, ".,;:!?)\"'”’")
		r, _ := utf8.DecodeRuneInString(trimmed)
		isDomain := strings.Contains(trimmed, ".") && !strings.ContainsAny(trimmed, " ")
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) || isDomain) && !(words > 0 && (w == "of" || w == "&" || w == "and")) {
			break
		}
		end = pos + len(trimmed)
		words++
		if len(trimmed) < len(w) { // punctuation ends the name
			break
		}
		pos = j + 1
	}
	name := strings.TrimRight(s[:end], " ")
	name = strings.TrimSuffix(strings.TrimSuffix(name, " of"), " and")
	return name
}

// copyrightOwner returns the owner a copyright line names: "NPR" in
// "Copyright 2020 NPR. To see more ...", "Kansas City Public Radio" in
// "© 2024 Kansas City Public Radio".
func copyrightOwner(orig string) string {
	s := orig
	for {
		t := strings.TrimLeft(s, " ")
		switch {
		case strings.HasPrefix(t, "©"):
			t = t[len("©"):]
		case len(t) >= 9 && strings.EqualFold(t[:9], "copyright"):
			t = t[9:]
		case len(t) >= 3 && strings.EqualFold(t[:3], "(c)"):
			t = t[3:]
		case len(t) > 0 && (t[0] >= '0' && t[0] <= '9' || t[0] == '-' || t[0] == ',' || t[0] == ':'):
			t = t[1:]
		case strings.HasPrefix(t, "–"):
			t = t[len("–"):]
		default:
			return leadingName(t)
		}
		s = t
	}
}
