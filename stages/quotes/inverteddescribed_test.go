package quotes

import "testing"

// TestInvertedDescribedNameTagged: after the content, an inverted cue
// whose source is a name after a bare description of its bearer, with no
// determiner ("said lobbyist Tom Ward", "wrote dock worker Tom Ward, Lee's
// nephew"), reports the content; lower-case words that are no noun or
// modifier ("said goodbye to Tom Ward") make no source.
func TestInvertedDescribedNameTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"one noun", "The ferry will run again in May, said lobbyist Tom Ward.",
			[]string{"indirect|The ferry will run again in May|lobbyist Tom Ward|said"}},
		{"two nouns and an appositive", "Ann Lee and her husband had been traveling together, wrote dock worker Tom Ward, Lee's nephew.",
			[]string{"indirect|Ann Lee and her husband had been traveling together|dock worker Tom Ward, Lee's nephew|wrote"}},
		{"a participle modifier", "The pier will close in June, said retired harbor pilot Ann Lee.",
			[]string{"indirect|The pier will close in June|retired harbor pilot Ann Lee|said"}},
		{"a known title, as before", "The pier will close in June, said former mayor Ann Lee.",
			[]string{"indirect|The pier will close in June|former mayor Ann Lee|said"}},
		{"no description", "He closed the office, said goodbye to Tom Ward and left.", nil},
	})
}
