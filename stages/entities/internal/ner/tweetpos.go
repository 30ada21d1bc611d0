package ner

// Features of where a token stands in a post relative to its user names,
// hashtags and retweet mark (FeatTweetPos).
//
// The handle features (handles.go) read a user name's own parts; the word
// features see a neighbouring user name as a word met once or twice, and
// its shape as "@Xx". What they do not see is the post's layout: a reply
// or retweet opens with a header ("RT @someone :", "@a @b") after which the
// post's own text starts, so a capitalised first word there is as weak a
// sign of a name as at a sentence's start; a capitalised word right after
// a user name or between two of them is often a name the post goes on
// about. The features below give the model those positions, each joined
// with the token's own case, and fire only in sentences holding a user
// name, a hashtag or "RT": other text keeps its features unchanged.

// Kinds of token in a post's layout.
const (
	twOther    = iota
	twUser     // "@someone"
	twHashtag  // "#something"
	twRetweet  // "RT"
	twColon    // ":" (ends a retweet header)
	twBoundary // before the first or after the last token
)

// Zones of a post.
const (
	zoneBody   = iota // after the header, or a post without one
	zoneHeader        // "RT", user names and ":" opening the post
	zoneStart         // the first token after a header
)

// tweetKind returns the layout kind of tok.
func tweetKind(tok string) uint8 {
	switch tok {
	case "RT", "rt":
		return twRetweet
	case ":":
		return twColon
	}
	switch k, _ := handleKind(tok); k {
	case handleAt:
		return twUser
	case handleHash:
		return twHashtag
	}
	return twOther
}

// markTweet fills s.tweet and s.headerEnd; s.tweet stays nil when the
// sentence holds no user name, hashtag or retweet mark.
func (s *Sentence) markTweet() {
	n := len(s.Toks)
	s.tweet = grow(s.tweet, n)
	hasMark := false
	for i, t := range s.Toks {
		k := tweetKind(t)
		s.tweet[i] = k
		if k == twUser || k == twHashtag || k == twRetweet {
			hasMark = true
		}
	}
	if !hasMark {
		s.tweet = s.tweet[:0]
		return
	}
	s.headerEnd = 0
	for s.headerEnd < n {
		if k := s.tweet[s.headerEnd]; k != twUser && k != twRetweet && k != twColon {
			break
		}
		s.headerEnd++
	}
}

// tweetCase is the token's own case for the layout features: punctuation
// or other, title case, capitals, lower case, digits; 8 is added for a
// sentence's first token.
func (s *Sentence) tweetCase(i int) uint64 {
	fl := s.flags[i]
	c := uint64(0)
	switch {
	case fl&flagTitle != 0:
		c = 1
	case fl&flagUpper != 0:
		c = 2
	case fl&flagLower != 0:
		c = 3
	case fl&flagDigit != 0:
		c = 4
	}
	if fl&flagFirst != 0 {
		c |= 8
	}
	return c
}

// tweetFeatures appends the layout features of token i: its zone, the
// kinds of its neighbours, the distance from the last user name or hashtag
// before it, and whether it stands between two user names, each joined
// with its own kind and case.
func (f *Featurizer) tweetFeatures(s *Sentence, i int, out []uint64) []uint64 {
	if len(s.tweet) == 0 {
		return out
	}
	n := len(s.Toks)
	kindAt := func(j int) uint64 {
		if j < 0 || j >= n {
			return twBoundary
		}
		return uint64(s.tweet[j])
	}
	self := uint64(s.tweet[i])<<4 | s.tweetCase(i)
	zone := uint64(zoneBody)
	switch {
	case i < s.headerEnd:
		zone = zoneHeader
	case i == s.headerEnd && i > 0:
		zone = zoneStart
	}
	dist := uint64(0) // no user name or hashtag before
	for j := i - 1; j >= 0 && i-j <= 4; j-- {
		if k := s.tweet[j]; k == twUser || k == twHashtag {
			dist = uint64(i-j)<<3 | uint64(k)
			break
		}
	}
	userWithin := func(from, to int) bool {
		for j := max(from, 0); j <= to && j < n; j++ {
			if s.tweet[j] == twUser {
				return true
			}
		}
		return false
	}
	between := uint64(0)
	if userWithin(i-3, i-1) && userWithin(i+1, i+3) {
		between = 1
	}
	return append(out,
		mix(tTweetZone, zone<<8|self),
		mix(tTweetPrev, kindAt(i-1)<<8|self),
		mix(tTweetNext, kindAt(i+1)<<8|self),
		mix(tTweetDist, dist<<8|self),
		mix(tTweetBetween, between<<8|self),
	)
}
