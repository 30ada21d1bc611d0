package ner

import (
	"strings"
	"testing"
)

func TestTweetLayout(t *testing.T) {
	tests := []struct {
		name, sent string
		want       string // per token: zone (b body, h header, s start) or "-" when the sentence has no mark
	}{
		{"retweet header", "RT @ana_lopez : Rain in Dunmore", "h h h s b b"},
		{"reply header", "@a @b Thanks for this", "h h s b b"},
		{"user name in the body", "Thanks @city_news for this", "b b b b"},
		{"hashtag alone", "#Vote today", "b b"},
		{"plain text", "Rain in Dunmore today", "- - - -"},
	}
	f := NewFeaturizer(nil, nil)
	f.Set |= FeatTweetPos
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s Sentence
			s.Toks = strings.Fields(tc.sent)
			f.Prepare(&s)
			var got []string
			for i := range s.Toks {
				switch {
				case len(s.tweet) == 0:
					got = append(got, "-")
				case i < s.headerEnd:
					got = append(got, "h")
				case i == s.headerEnd && i > 0:
					got = append(got, "s")
				default:
					got = append(got, "b")
				}
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("zones of %q = %q, want %q", tc.sent, g, tc.want)
			}
		})
	}
}

// TestTweetFeatures checks that the layout features of a word change with
// the user names and hashtags around it and with its own case, not with
// which user name it is, and that text without marks gets none.
func TestTweetFeatures(t *testing.T) {
	f := NewFeaturizer(nil, nil)
	f.Set |= FeatTweetPos
	feats := func(sent string, i int) string {
		var s Sentence
		s.Toks = strings.Fields(sent)
		f.Prepare(&s)
		var b strings.Builder
		for _, x := range f.tweetFeatures(&s, i, nil) {
			b.WriteString(itoaU(x) + " ")
		}
		return b.String()
	}
	tests := []struct {
		name      string
		a, b      string
		ia, ib    int
		wantEqual bool
	}{
		{"another user name, same place", "@ana Mary said", "@bo Mary said", 1, 1, true},
		{"after a user name or not", "@ana Mary said", "so Mary said", 1, 1, false},
		{"title case or lower case", "@ana Mary said", "@ana mary said", 1, 1, false},
		{"first word after a header or in the body", "RT @ana : Mary said", "ok @ana : Mary said", 3, 3, false},
		{"between two user names or not", "@ana Mary @bo", "@ana Mary so", 1, 1, false},
		{"a user name four away is seen", "@ana a b c Mary", "@ana a b c d Mary", 4, 5, false},
		{"five away is not", "@ana a b c d Mary", "@bo a b c d e Mary", 5, 6, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fa, fb := feats(tc.a, tc.ia), feats(tc.b, tc.ib)
			if (fa == fb) != tc.wantEqual {
				t.Errorf("features of %q[%d] and %q[%d] equal = %v, want %v", tc.a, tc.ia, tc.b, tc.ib, fa == fb, tc.wantEqual)
			}
		})
	}
	if got := feats("Rain in Dunmore", 2); got != "" {
		t.Errorf("plain text has layout features %q", got)
	}
}

func itoaU(x uint64) string {
	const digits = "0123456789abcdef"
	var b [16]byte
	for i := 15; i >= 0; i-- {
		b[i] = digits[x&15]
		x >>= 4
	}
	return string(b[:])
}
