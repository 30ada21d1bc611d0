package entities

import (
	"os"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

func TestDebugSeed(t *testing.T) {
	f := os.Getenv("DEBUG_SEED")
	if f == "" {
		t.Skip()
	}
	raw, _ := os.ReadFile(f)
	d := runChain(t, raw)
	s := stage(t)
	var sc scratch
	for _, sent := range d.Sentences {
		splitTokens(d, d.Tokens[sent.FirstToken:sent.EndToken], &sc)
		sc.tagger.Sent.Toks = sc.texts
		labels := s.model.Tag(s.feat, &sc.tagger)
		var b strings.Builder
		for i, tk := range sc.texts {
			b.WriteString(tk)
			if labels[i] != 0 {
				b.WriteString("/" + ner.LabelName(labels[i]))
			}
			b.WriteByte(' ')
		}
		t.Logf("%v %s", sc.tagger.Sent.IsHeading(), b.String())
	}
}
