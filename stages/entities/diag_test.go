package entities

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/internal/gold"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

func TestDiagBTC(t *testing.T) {
	path := filepath.Join(gold.SharedDir("data", "ner"), "extra", "btc_news.conll")
	tweets, _ := ner.ReadCoNLLFile(path)
	held := stage(t).withModel(heldOutModel(t, "btc_news", tweets))
	cat := map[string]int{}
	var tg ner.Tagger
	for _, tw := range tweets {
		d, g := tokenDoc([]ner.Example{tw})
		tg.Sent.Toks = tw.Toks
		md, _ := tokenDoc([]ner.Example{tw})
		_ = md
		lab := held.model.Tag(held.feat, &tg)
		_, starts, ends := tokenOffsets(tw)
		var modelSpans []charSpan
		modelSpans = goldSpans(ner.Example{Toks: tw.Toks, Labels: lab}, starts, ends, modelSpans)
		held.Process(t.Context(), d)
		st := map[charSpan]bool{}
		for _, s := range mentionSpans(d) {
			st[s] = true
		}
		mm := map[charSpan]bool{}
		for _, s := range modelSpans {
			mm[s] = true
		}
		for _, gs := range g {
			if mm[gs] && !st[gs] {
				txt := d.Text[gs.start:gs.end]
				k := "other"
				switch {
				case strings.HasPrefix(txt, "@"):
					k = "@"
				case strings.HasPrefix(txt, "#"):
					k = "#"
				case strings.ToLower(txt) == txt:
					k = "lower"
				}
				cat[fmt.Sprintf("lost %d %s", gs.typ, k)]++
				if k == "other" && os.Getenv("SHOW") != "" {
					t.Logf("lost %q in %q", txt, d.Text)
				}
			}
		}
		for _, gs := range mentionSpans(d) {
			if !mm[gs] {
				in := false
				for _, x := range g {
					if x == gs {
						in = true
					}
				}
				if in {
					cat[fmt.Sprintf("gained %d", gs.typ)]++
				}
			}
		}
	}
	t.Log(cat)
}

func tokenOffsets(ex ner.Example) (string, []int, []int) {
	var b strings.Builder
	var s, e []int
	for i, tok := range ex.Toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		s = append(s, b.Len())
		b.WriteString(tok)
		e = append(e, b.Len())
	}
	return b.String(), s, e
}
