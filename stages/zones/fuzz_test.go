package zones

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

func FuzzZones(f *testing.F) {
	paths, _ := filepath.Glob("../../seeds/*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	for _, tc := range newsCases {
		f.Add(tc.text)
	}
	for _, s := range []string{
		"", "\n", " \n\t\n", "a", "©", "By ", "X said...", "said...", "\u00a0\n\u00a0x\u00a0",
		"<figcaption></figcaption>\n", "<figcaption>a</figcaption>\na", "31/02/2016", "0:00",
		"Headline\n\nJane said...\n\n\n\nReply\nmore\n", "Copyright 2020\n\nx\n",
		"\xff\xfe\n\xc3", "March 2, 2017\nBy Jane Doe\nhello.\n",
		"A post.\u00a0\nDENVER, Colo. -- The next post.\n\u00a0PARIS (AFP) - A third.",
		"Story.\n\nAnn Roe contributed.\nFollow Ann Roe on Twitter @annroe.\n@annroe.",
	} {
		f.Add(s)
	}
	stage := newStage(f)
	f.Fuzz(func(t *testing.T, text string) {
		// Ingest hands over valid UTF-8 with \n line ends; Analyze must
		// not panic on anything else either.
		_ = stage.Analyze(text)
		text = strings.ToValidUTF8(strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n"), "\uFFFD")
		r := stage.Analyze(text)
		prevEnd := 0
		for i, z := range r.Zones {
			if z.Start < prevEnd || z.End <= z.Start || z.End > len(text) {
				t.Fatalf("zone %d [%d,%d) out of order, empty or outside the text (len %d, previous end %d)", i, z.Start, z.End, len(text), prevEnd)
			}
			prevEnd = z.End
			s := text[z.Start:z.End]
			if strings.TrimFunc(s, isSpace) != s {
				t.Fatalf("zone %d %q starts or ends with space", i, s)
			}
			if z.Kind != comment && strings.Contains(s, "\n\n") {
				t.Fatalf("zone %d %q (%s) spans a blank line", i, s, z.Kind)
			}
			if z.Kind == "" {
				t.Fatalf("zone %d has no kind", i)
			}
		}
		// Every non-blank line lies in a zone (zones are ordered, so one
		// pass over both suffices).
		off, zi := 0, 0
		for _, l := range strings.Split(text, "\n") {
			for zi < len(r.Zones) && r.Zones[zi].End <= off {
				zi++
			}
			if strings.TrimFunc(l, isSpace) != "" && (zi == len(r.Zones) || r.Zones[zi].Start >= off+len(l)) {
				t.Fatalf("line %q is in no zone", l)
			}
			off += len(l) + 1
		}
		if r.Published != "" && len(r.Published) != 10 {
			t.Fatalf("published %q is not YYYY-MM-DD", r.Published)
		}
	})
}

// FuzzReadTurns checks that the label reader never panics and that every
// turn lies inside one line of a zone it may read: a label before its
// words, turns in text order. The zones are LineZones', checked too: one
// line each, in text order.
func FuzzReadTurns(f *testing.F) {
	for _, s := range []string{
		"", "Q: a", "A. b", "Q:", "QWhere?\nA: x\nA: y", "WARD: I do.\nAnn Lee: So do I.", "LEE:x", ": x", "Q\u00a0: x",
		"\u00a0MARTINEZ:\u00a0yes", "al-Rashid: no", "A B C D E: x", "\xff: x", "É: x\nQ", "Lee (D-Ore.): yes",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		zs := bodyZones(text, nil)
		for k, z := range zs {
			if z.Start >= z.End || z.End > len(text) || k > 0 && z.Start <= zs[k-1].End || strings.Contains(text[z.Start:z.End], "\n") {
				t.Fatalf("line zone %d %+v misshapen, out of order or across a line", k, z)
			}
		}
		turns := ReadTurns(text, zs)
		prev := -1
		for i, tu := range turns {
			if tu.Label.Start <= prev || tu.Label.Start >= tu.Label.End || tu.Label.End > tu.Words.Start || tu.Words.Start > tu.Words.End {
				t.Fatalf("turn %d %+v out of order or misshapen (previous label at %d)", i, tu, prev)
			}
			prev = tu.Label.Start
			z := -1
			for k, zone := range zs {
				if zone.Start <= tu.Label.Start && tu.Words.End <= zone.End {
					z = k
				}
			}
			if z < 0 || strings.Contains(text[tu.Label.Start:tu.Words.End], "\n") {
				t.Fatalf("turn %d %+v outside the zones or across a line", i, tu)
			}
			if tu.Role < pipeline.TurnNamed || tu.Role > pipeline.TurnAnswer {
				t.Fatalf("turn %d: role %d", i, tu.Role)
			}
		}
	})
}
