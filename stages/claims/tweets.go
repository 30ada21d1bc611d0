package claims

import (
	"regexp"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Embedded posts. Pages copied with their embeds keep the post as markup
// around its text:
//
//	<tweet author="@AnaMartinez" datetime="2024-05-02">The depot stays open.</tweet>
//
// The tags are no words of any claim, and the segment stage already says so:
// a tag is no token, no token spans one and an embed's tag ends the sentence
// (stages/segment/markup.go), so no clause, made of tokens, holds one. What
// the claims stage adds is what the segment layer does not carry: which tags
// open and close a post, and whom the opening tag names. It reads them among
// the tags segment found (Doc.Markup), so a "<tweet" that segment kept as
// words is no tag here either.
//
// The signature an embed prints after the text ("— Ana Martinez
// (@AnaMartinez) May 2, 2024") is words, tokens of the post's last sentence;
// it is cut off the claim here. The post's text is what its author wrote: a
// claim of the author, resolved to the person the page names whose last
// name the handle holds ("@AnaMartinez", "@MayorMartinez" to "Ana
// Martinez"), else the handle itself.

// tweetTag matches a whole markup tag that opens or closes an embedded
// post; an opening tag may run over a line ("tweet-date=\"May 2, 2024\n\">").
var tweetTag = regexp.MustCompile(`^(?:<tweet\b[^<>]{0,300}>|</tweet>|<tweet\s*/>)$`)

// postSignature matches the signature an embed prints after a post's text:
// its link, then "— Ana Martinez (@AnaMartinez) May 2, 2024".
var postSignature = regexp.MustCompile(`(?:\s*(?:https?://|pic\.twitter\.com/)\S+)*\s*[—–-]{1,2}\s*[^—–<>]{1,60}\(@\w{1,30}\)\s*[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$`)

// tweetAuthor reads the author attribute of an opening tag.
var tweetAuthor = regexp.MustCompile(`\b(?:tweet-)?author="@?([A-Za-z0-9_]{2,30})"`)

// A post is the text of one embedded post and its author.
type post struct {
	span       pipeline.Span // between the tags
	claimant   string
	claimantID string
}

// embeddedPosts returns the signatures closing the document's embedded
// posts, and the posts whose author the opening tag names.
func embeddedPosts(d *pipeline.Doc) (signatures []pipeline.Span, posts []post) {
	if !strings.Contains(d.Text, "<tweet") && !strings.Contains(d.Text, "</tweet>") {
		return nil, nil
	}
	open := -1
	var author string
	for _, m := range postTags(d) {
		tag := d.Text[m.Start:m.End]
		if !strings.HasPrefix(tag, "</") && !strings.HasSuffix(tag, "/>") {
			open, author = m.End, ""
			if a := tweetAuthor.FindStringSubmatch(tag); a != nil {
				author = a[1]
			}
			continue
		}
		if open >= 0 {
			if sig := postSignature.FindStringIndex(d.Text[open:m.Start]); sig != nil {
				signatures = append(signatures, pipeline.Span{Start: open + sig[0], End: open + sig[1]})
			}
		}
		if open >= 0 && author != "" {
			name, id := handleOwner(d, author)
			posts = append(posts, post{span: pipeline.Span{Start: open, End: m.Start}, claimant: name, claimantID: id})
		}
		open = -1
	}
	return signatures, posts
}

// postTags returns the tags of embedded posts, in text order: the markup
// tags of the segment layer that open or close a post.
func postTags(d *pipeline.Doc) []pipeline.Span {
	var tags []pipeline.Span
	for _, m := range d.Markup {
		if tweetTag.MatchString(d.Text[m.Start:m.End]) {
			tags = append(tags, m)
		}
	}
	return tags
}

// handleOwner resolves a handle to the person the page names whose last
// name it holds, the one named most often, a full name before a last name
// alone; else "@handle".
func handleOwner(d *pipeline.Doc, handle string) (string, string) {
	h := strings.ToLower(handle)
	count := map[string]int{}
	best, bestID := "", ""
	better := func(name string) bool {
		full, bestFull := strings.Contains(name, " "), strings.Contains(best, " ")
		return best == "" || full && !bestFull || full == bestFull && count[name] > count[best]
	}
	for _, m := range d.Mentions {
		if m.Label != pipeline.LabelPerson {
			continue
		}
		if last := lastWord(m.Canonical); len(last) < 4 || !strings.Contains(h, last) {
			continue
		}
		count[m.Canonical]++
		if better(m.Canonical) {
			best, bestID = m.Canonical, m.EntityID
		}
	}
	if best != "" {
		return best, bestID
	}
	return "@" + handle, ""
}

// postAt returns the post holding offset off, or -1.
func postAt(posts []post, off int) int {
	for i, p := range posts {
		if p.span.Start <= off && off < p.span.End {
			return i
		}
	}
	return -1
}

// withoutSignatures returns the longest piece of a clause that holds none of the
// spans embeddedPosts returns to cut: since no token holds a tag, these are
// the signatures closing posts ("The bridge reopened on Friday — Roads Desk
// (@roadsdesk) May 2, 2024" keeps "The bridge reopened on Friday"). It
// returns the clause itself when no such span overlaps it.
func withoutSignatures(signatures []pipeline.Span, cl pipeline.Span) pipeline.Span {
	cut := false
	at := cl.Start
	var longest pipeline.Span
	for _, sig := range signatures {
		if !sig.Overlaps(cl) {
			continue
		}
		cut = true
		if sig.Start > at && sig.Start-at > longest.End-longest.Start {
			longest = pipeline.Span{Start: at, End: sig.Start}
		}
		at = max(at, sig.End)
	}
	if !cut {
		return cl
	}
	if cl.End > at && cl.End-at > longest.End-longest.Start {
		longest = pipeline.Span{Start: at, End: cl.End}
	}
	return longest
}
