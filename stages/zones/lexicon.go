package zones

import (
	"fmt"
	"strings"
)

// The lexicons below name site chrome in general terms: phrases that news
// sites from many publishers put around an article (players, asks, licences,
// comment rules, navigation). They are matched on the ASCII-lowercased line,
// at word starts, so "ad-free" does not fire inside "bad-free".

// chromePhrases make a line boilerplate wherever they occur in it, whatever
// its length: no article sentence uses them.
var chromePhrases = []string{
	// copyright, licences, syndication
	"all rights reserved",
	"first appeared on", "first appeared at", "first appeared in",
	"originally appeared on", "originally appeared at", "appeared first on",
	"originally published on", "originally published at", "originally published by",
	"this article was originally published", "this story was originally published",
	"republished with permission", "reprinted with permission",
	"republished under a creative commons", "creative commons licen",
	"licensed under a creative commons", "licensed creative commons",
	"free to republish",
	// comment sections and their rules
	"commenting rules", "commenting policy", "comment policy", "comments policy",
	"community guidelines", "comments are moderated", "leave a comment",
	"post a comment", "add a comment", "view comments", "show comments",
	"subscribe to: post comments", "leave a reply",
	// donation, membership and ad asks
	"go ad-free", "ad-free", "your donation", "make a donation", "donate now",
	"donate today", "please donate", "support our journalism",
	"support independent journalism", "nonprofit journalism", "non-profit journalism",
	"become a member", "become a patron",
	// newsletters and social
	"sign up for our", "subscribe to our", "our newsletter", "our newsletters",
	"follow us on", "like us on facebook", "share this article", "share this story",
	"share on facebook", "share on twitter", "click here", "tap here",
	"click to share", "opens in new window", "follow @",
	// players
	"play live radio", "listen live", "watch live", "now playing",
	"media playback", "min read", "minute read", "minutes read",
	// ad slots
	"story continues below", "article continues below", "continue reading",
	// archive banners
	"this story is over", "this article is more than", "this article is over",
	"this content is more than",
	// legal pages and navigation
	"terms of service", "terms of use", "privacy policy", "cookie policy",
	"we use cookies", "this site uses cookies", "this website uses cookies",
	"delivered to your inbox", "straight to your inbox", "already a subscriber",
	"scroll to continue", "powered by disqus",
	"skip to content", "skip to main content", "back to top",
	"recommended for you", "you might also like", "you may also like",
	"related stories", "related articles", "related coverage", "more stories",
	"to see more, visit", "newer post", "older post",
	// paywalls, cookie banners and consent forms
	"free articles remaining", "free article remaining", "articles remaining",
	"for unlimited access", "unlimited digital access", "subscribe now",
	"to continue reading", "manage preferences", "cookie settings",
	"manage cookies", "accept all cookies", "use of cookies",
	"do not sell or share", "do not sell my", "your privacy choices",
	"advertise with us", "protected by recaptcha", "recaptcha",
	"by signing up, you agree", "newsletter promotion",
	"your email address will not be published", "required fields are marked",
	"save my name, email", "to read later",
	// wire and syndication notices
	"may not be published, broadcast", "purchase licensing rights",
	"opens new tab", "opens in new tab", "opens in a new tab",
	"appears in print on", "order reprints", "quotes delayed",
	"market data provided by", "reuse this content",
	// blog software
	"blogthis", "blog at wordpress", "powered by wordpress", "powered by blogger",
	"load more comments", "view all comments", "show all comments",
	"ad feedback", "values your feedback", "is this ad to you",
}

// chromePrefixes make a line boilerplate when it starts with them.
var chromePrefixes = []string{
	"read more", "related:", "see also:", "tags:", "filed under", "topics:",
	"categories:", "posted in ", "share this", "follow us", "sign up ",
	"subscribe to ", "advertisement", "sponsored content",
	"subscribe for ", "our standards:", "see more on:",
	"labels:", "powered by ", "sort by ", "email this",
	"watch more:", "listen to this article", "skip advertisement",
	"skip to ", "skip links", "print subscriptions",
}

// chromeLines are whole lines (lowercased, trailing ".:…!" trimmed) that are
// navigation, sharing or player widgets.
var chromeLines = []string{
	"advertisement", "advertising", "ad", "sponsored", "sponsored content",
	"share", "share this", "tweet", "email", "e-mail", "print", "reply", "delete",
	"report", "comments", "comment", "related", "related content", "next up",
	"up next", "menu", "home", "search", "close", "listen", "play", "pause",
	"watch", "loading", "more", "subscribe", "sign in", "sign up", "log in",
	"login", "log out", "donate", "facebook", "twitter", "whatsapp", "linkedin",
	"reddit", "pinterest", "telegram", "copy link", "newsletter", "top stories",
	"most read", "most popular", "trending", "trending now", "latest",
	"latest news", "recommended", "load more", "show more", "previous", "next",
	"previous article", "next article", "tags", "topics", "photo", "video",
	"audio", "gallery", "copy", "mailto", "save", "accept", "accept all",
	"reject all", "manage preferences", "e-edition", "read next", "link copied",
	"share full article", "like this", "like loading", "name", "website",
	"follow", "most viewed", "ad feedback", "video ad feedback", "reuse this content",
	"share this with", "skip advertisement", "load more comments",
}

// chromeVoteWords are words typical of menus and widgets. One alone proves
// nothing ("share" is common in news), but a block of short lines where many
// carry them is navigation.
var chromeVoteWords = []string{
	"radio", "stations", "station", "podcast", "podcasts", "newsletter",
	"newsletters", "subscribe", "donate", "donation", "listen", "live", "menu",
	"sign", "login", "search", "share", "follow", "advertise", "advertising",
	"sponsored", "cookies", "privacy", "contact", "careers", "shop", "store",
	"events", "home", "sections", "weather", "sports", "opinion", "video",
	"videos", "audio", "schedule",
}

// askVerbs open an imperative ask ("Support X - Go Ad-Free!", "Subscribe
// now!"). A short line opening with one and ending in "!" is an ask.
var askVerbs = []string{
	"subscribe", "donate", "support", "join", "follow", "share", "click", "tap",
	"listen", "watch", "download", "sign", "register", "become", "give", "get",
	"read",
}

// askObjects are what an ask asks for or whom it addresses ("Subscribe now!",
// "Join us today!"); a line like "Follow the money, he told the court!" has none.
var askObjects = []string{
	"now", "today", "here", "free", "us", "our", "your", "app", "newsletter",
	"newsletters", "membership", "channel", "page", "updates", "alerts",
}

// appObjects are what a download or sign-up ask offers ("Download the
// ABC10 app to get breaking news alerts").
var appObjects = []string{
	"app", "apps", "newsletter", "newsletters", "alerts", "notifications", "podcast",
	"facebook", "instagram", "twitter", "tiktok", "youtube", "whatsapp",
}

// relatedHeadings open the heading of a list of links to other stories or
// topics; the short lines under them are links, not article text.
var relatedHeadings = []string{
	"related topics", "related stories", "related articles", "related content",
	"related coverage", "related", "more on this story", "more on this topic",
	"more from", "more in ", "more stories", "more news", "in other news",
	"read next", "explore more on these topics", "most viewed",
	"most read", "most popular", "trending", "trending now", "top stories",
	"you may also like", "you might also like", "recommended", "recommended for you",
	"what to read next", "editors' picks", "editor's picks", "latest stories",
	"see also", "around the web",
}

// creditAgencies close a photo credit after a slash ("Name/Reuters").
var creditAgencies = []string{
	"reuters", "ap", "afp", "epa", "epa-efe", "getty images", "getty",
	"shutterstock", "bloomberg", "alamy", "pa", "pa media", "anadolu",
	"ap photo", "afp via getty images", "sipa", "xinhua", "the new york times",
	"nurphoto", "zuma press", "imago", "dpa",
}

// roles end a byline without "By" ("Jane Doe, Washington correspondent").
var roles = []string{
	"correspondent", "editor", "writer", "reporter", "columnist", "contributor",
	"producer", "journalist", "analyst", "critic",
}

// creditPhrases mark a line crediting reporters ("Jane Doe contributed to
// this report."); such lines are bylines wherever they stand.
var creditPhrases = []string{
	"contributed to this report", "contributed to this story",
	"contributed reporting", "contributed to this article",
	"additional reporting by", "editing by", "writing by", "compiled by",
}

// captionPrefixes open a photo or video caption.
var captionPrefixes = []string{
	"an image ", "a photo ", "a photograph ", "a picture ", "a still ",
	"a screenshot ", "a screengrab ", "a video still", "a handout ",
	"this image ", "this photo ", "this picture ", "this handout ",
	"photo:", "image:", "picture:", "pictured:", "photograph:", "caption:",
	"image caption", "image copyright",
	"file photo", "file -", "file:", "above:", "top:", "image source,",
	"image caption,", "media caption", "video caption",
}

// captionPhrases mark a caption or a photo credit anywhere in a line.
var captionPhrases = []string{
	"photo by", "photo credit", "photograph:", "getty images",
	"ap photo", "afp photo", "reuters photo", "image credit", "image source",
	"purports to show", "purported to show", "purporting to show",
	"is pictured", "are pictured", "seen in this", "handout photo",
}

// captionMarks are photo credits that do not start at a word: "(Photo:",
// "/AFP", and the wire credit "REUTERS/Name" (upper case, unlike the
// "Reuters/Ipsos" of a poll in body text).
var (
	captionMarksLower = []string{"(photo", "/afp", "/getty", "/epa", "credit...", "(credit"}
	captionMarksCased = []string{"REUTERS/", "AFP/", "(AP Photo"}
)

// publishVerbs open a date header that may carry more than the date
// ("Posted on March 2, 2017 by admin").
var publishVerbs = []string{"published", "posted", "updated", "last updated", "first published", "last modified", "issued", "modified"}

// headlineKickers are labels that open a headline ("EXCLUSIVE: ..."), as
// opposed to a source label ("RT: ...") that opens an excerpted headline.
var headlineKickers = []string{
	"BREAKING", "EXCLUSIVE", "WATCH", "UPDATE", "UPDATED", "LIVE", "VIDEO",
	"PHOTOS", "OPINION", "ANALYSIS", "EDITORIAL", "COMMENT", "REVIEW",
	"INTERVIEW", "EXPLAINER", "REPORT", "FACT CHECK", "BREAKING NEWS", "UPDATES",
}

// professions name the trade in an author bio ("X is a writer and editor").
var professions = []string{
	"writer", "reporter", "editor", "correspondent", "journalist", "columnist",
	"contributor", "producer", "photographer", "photojournalist", "author",
	"anchor", "host", "blogger", "freelancer", "freelance", "commentator",
	"videographer", "researcher", "fellow", "economist", "historian", "professor", "scholar",
}

// bioVerbs follow the name that opens an author bio ("Jane Doe covers
// county government for the Courier.").
var bioVerbs = []string{" covers ", " reports on ", " reports for ", " writes about ", " writes for "}

// bioPhrases only occur in author bios.
var bioPhrases = []string{
	"follow him on", "follow her on", "follow them on", "writes about",
	"his work has appeared", "her work has appeared", "is the author of",
	"can be reached at", "reach him at", "reach her at", "reach them at",
	"is based in",
}

// commentSuffixes end a reader-comment header ("Sean Austin said...").
// The ellipsis forms are a blog convention that article prose does not
// use; the colon forms are accepted only inside a comment section, where
// they cannot be the lead-in of a block quote.
var (
	commentSuffixesStrict = []string{
		" said...", " said…", " said..", " says...", " says…", " wrote...",
		" wrote…", " commented...", " commented…",
	}
	commentSuffixesInSection = []string{
		" said:", " says:", " wrote:", " writes:", " commented:", " replied:",
		" responded:",
	}
)

// notAuthors are words that can precede "said..." in prose but are not a
// commenter's name.
var notAuthors = []string{
	"he", "she", "they", "it", "we", "i", "you", "who", "someone", "everyone",
	"one", "this", "that", "and", "but", "officials", "police",
}

// bylinePrefixes open a byline ("By Jane Doe").
var bylinePrefixes = []string{
	"by ", "written by ", "posted by ", "words by ", "story by ", "text by ",
	"reporting by ", "report by ", "author: ", "authors: ", "byline: ",
	"reported by ", "text by: ",
}

// nameParticles may stand lowercase inside a person's name.
var nameParticles = []string{
	"and", "de", "del", "della", "van", "von", "der", "den", "al", "el", "bin",
	"ibn", "la", "le", "da", "di", "du", "dos", "das", "y",
}

// phraseClass says which lexicon a phrase comes from.
type phraseClass uint8

const (
	classChrome phraseClass = 1 << iota
	classCaption
	classBio
	classCredit
)

type phrase struct {
	text  string
	class phraseClass
}

// phraseIndex finds the phrases of several lexicons in a lowercased line in
// one pass. Phrases are indexed by their first word, so a line costs one map
// lookup per word rather than one substring search per phrase; a bitset of
// the first two bytes of those words skips the lookup for most words.
type phraseIndex struct {
	byFirst map[string][]phrase
	prefix2 [1 << 16 / 64]uint64
}

func (idx *phraseIndex) add(phrases []string, class phraseClass) error {
	if idx.byFirst == nil {
		idx.byFirst = make(map[string][]phrase)
	}
	for _, p := range phrases {
		if p != strings.ToLower(p) || p == "" {
			return fmt.Errorf("zones lexicon: phrase %q must be non-empty lowercase", p)
		}
		w := firstWord(p)
		if w == "" {
			return fmt.Errorf("zones lexicon: phrase %q must start with a letter or digit", p)
		}
		idx.byFirst[w] = append(idx.byFirst[w], phrase{p, class})
		k := prefixKey(w)
		idx.prefix2[k/64] |= 1 << (k % 64)
	}
	return nil
}

// prefixKey packs the first two bytes of a word (the second is 0 for a
// one-byte word).
func prefixKey(w string) uint16 {
	if len(w) == 1 {
		return uint16(w[0]) << 8
	}
	return uint16(w[0])<<8 | uint16(w[1])
}

// firstWord returns the leading run of word bytes of s.
func firstWord(s string) string {
	j := 0
	for j < len(s) && isWordByte(s[j]) {
		j++
	}
	return s[:j]
}

// match returns the classes of the phrases that occur in lower, each
// starting at a word start and ending at a word end.
func (idx *phraseIndex) match(lower string) phraseClass {
	var found phraseClass
	for i, j := nextWord(lower, 0); i < len(lower); i, j = nextWord(lower, j) {
		if k := prefixKey(lower[i:j]); idx.prefix2[k/64]&(1<<(k%64)) != 0 {
			for _, p := range idx.byFirst[lower[i:j]] {
				if found&p.class == 0 && strings.HasPrefix(lower[i:], p.text) {
					end := i + len(p.text)
					if end == len(lower) || !isWordByte(lower[end]) || !isWordByte(p.text[len(p.text)-1]) {
						found |= p.class
					}
				}
			}
		}
	}
	return found
}

// countWords returns how many words of lower are in the set.
func countWords(lower string, set map[string]bool) int {
	n := 0
	for i, j := nextWord(lower, 0); i < len(lower); i, j = nextWord(lower, j) {
		if set[lower[i:j]] {
			n++
		}
	}
	return n
}

// nextWord returns the bounds of the first word of s at or after i: a run
// of word bytes. start is len(s) when there is none.
func nextWord(s string, i int) (start, end int) {
	for i < len(s) && !isWordByte(s[i]) {
		i++
	}
	end = i
	for end < len(s) && isWordByte(s[end]) {
		end++
	}
	return i, end
}

// isWordByte reports whether c belongs to a word: an ASCII letter or digit,
// or any byte of a non-ASCII character (letters of other scripts).
func isWordByte(c byte) bool {
	return c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func setOf(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// lexicon holds the indexed word lists; built once by New.
type lexicon struct {
	phrases       phraseIndex // chrome, caption and bio phrases
	chromeLines   map[string]bool
	voteWords     map[string]bool
	askVerbs      map[string]bool
	askObjects    map[string]bool
	kickers       map[string]bool
	roles         map[string]bool
	appObjects    map[string]bool
	professions   map[string]bool
	notAuthors    map[string]bool
	nameParticles map[string]bool
}

func newLexicon() (*lexicon, error) {
	lx := &lexicon{
		chromeLines:   setOf(chromeLines),
		voteWords:     setOf(chromeVoteWords),
		askVerbs:      setOf(askVerbs),
		askObjects:    setOf(askObjects),
		kickers:       setOf(headlineKickers),
		roles:         setOf(roles),
		appObjects:    setOf(appObjects),
		professions:   setOf(professions),
		notAuthors:    setOf(notAuthors),
		nameParticles: setOf(nameParticles),
	}
	for _, l := range []struct {
		phrases []string
		class   phraseClass
	}{{chromePhrases, classChrome}, {captionPhrases, classCaption}, {bioPhrases, classBio}, {creditPhrases, classCredit}} {
		if err := lx.phrases.add(l.phrases, l.class); err != nil {
			return nil, err
		}
	}
	return lx, nil
}
