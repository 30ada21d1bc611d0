package quotes

import "testing"

// TestMarkupAttributeMarks: a quote mark inside a markup tag the segment
// stage found (Doc.Markup) quotes an attribute's value, not words anyone
// said; a quotation beside the tag is still one. The sentences are
// invented.
func TestMarkupAttributeMarks(t *testing.T) {
	runTagged(t, []textCase{
		{"spaced attribute value after a cue", `Ann Lee wrote <a title = "We will close the depot" href="https://example.org/post">a post</a> on Monday.`, nil},
		{"single-quoted attribute value", `Ann Lee wrote <span title = 'the depot closes'>a note</span> on Monday.`, nil},
		{"quotation beside a tag", `Ann Lee wrote <a title = "the depot" href="https://example.org/post">a post</a>: "We will close the depot."`, []string{
			"direct|We will close the depot.|Ann Lee|wrote"}},
	})
}
