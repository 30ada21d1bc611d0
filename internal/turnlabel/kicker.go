package turnlabel

import (
	"strings"
	"unicode"
)

// Kicker reports whether a line's label is a kicker, not a speaker: a
// running head or a section word before a colon ("UPDATE: …", "Just In:
// …", "Editor's Note: …", "The Latest: …", "WATCH: …"). The label is a
// kicker when, in lower case, it is one of kickers, or its first word is
// ("Update 2: …", "Photos by …", "Q&A: …"); a word runs over letters,
// digits, apostrophes, hyphens and dots, as a token does ("A.M." is no
// "a"). The zones stage reads no turn from a
// kicker, and the quotes stage takes no headline's source from one, so
// that both read "UPDATE:" as what it is: a label that names no one.
func Kicker(label string) bool {
	label = strings.ToLower(strings.TrimSpace(label))
	if kickers[label] {
		return true
	}
	first := strings.IndexFunc(label, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("'’-.", r)
	})
	return first > 0 && kickers[label[:first]]
}

// kickers are the kicker labels, in lower case.
var kickers = wordSet("breaking", "update", "updated", "updates", "watch", "video", "photos",
	"photo", "exclusive", "read", "listen", "opinion", "analysis", "note", "source",
	"image", "credit", "related", "q", "a", "editor's note", "editor’s note", "live", "more",
	"see", "also", "warning", "correction", "clarification", "by", "tags", "filed under",
	"published", "posted", "share", "comments", "subscribe", "advertisement", "sponsored",
	"download", "caption", "pictured", "above", "below", "top", "file", "via", "today",
	"headline", "summary", "background", "context", "key points", "what we know", "why",
	"how", "what", "when", "where", "who", "question", "answer",
	// kickers of online headlines: a running label or an exclamation
	// before the title ("The Latest: …", "WOW: …", "Just In: …")
	"the latest", "latest", "wow", "boom", "look", "busted", "just", "yikes", "whoa", "omg", "shocking", "transcript", "revealed")

func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
