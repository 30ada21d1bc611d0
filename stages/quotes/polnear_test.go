package quotes

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/internal/gold"
	"github.com/newsclaims/newsclaims/pipeline"
)

// The PolNeAR attribution corpus (2016 US political news, every
// attribution annotated by hand) is research data that lives outside the
// repository, in ../shared/data/attribution/polnear beside the checkout. Its
// texts are never copied here: the test reads them in place and skips
// when they are absent (a fresh clone).
//
// Scoring follows the corpus README: predicted quotes that share their cue
// and source spans are merged into one attribution; a predicted and a gold
// attribution match when their content word tokens (runs of letters and
// digits, by position) overlap with F1 >= 0.5, one to one, best pairs
// first; over the matches, the source and the cue agree when their tokens
// overlap with F1 >= 0.5. "Quoted" is the subset whose content carries a
// double quote mark.
//
// PolNeAR annotates only the outermost attribution of a passage ("“…,” Lee
// said, according to the Gazette" has the Gazette as source), so the
// source compared is a prediction's outermost one: its relay when it has
// one, else its source. The agreement of the speaker's own source (the
// earlier scorer) is printed beside it.

// pnAttribution is one annotated attribution; offsets are code points.
type pnAttribution struct {
	ID      string   `json:"id"`
	Type    string   `json:"type"`
	Source  [][2]int `json:"source"`
	Cue     [][2]int `json:"cue"`
	Content [][2]int `json:"content"`
	Direct  bool     `json:"direct"`
}

type pnArticle struct {
	File         string          `json:"file"`
	Attributions []pnAttribution `json:"attributions"`
}

// scoredAttribution is a gold or predicted attribution as sets of word tokens,
// each token named by its start (a code point offset).
type scoredAttribution struct {
	content, source, cue map[int]bool
	// outer is the outermost source: the relay when the prediction has
	// one, else the source (gold attributions: the source).
	outer   map[int]bool
	relayed bool // a prediction whose relay is set
	quoted  bool
	label   string // for error listings
}

// wordStarts returns the code-point starts of the word tokens (runs of
// letters and digits) of text that lie inside [s, e) (code points).
func wordStarts(runes []rune, spans [][2]int, into map[int]bool) map[int]bool {
	if into == nil {
		into = map[int]bool{}
	}
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for _, sp := range spans {
		s, e := max(sp[0], 0), min(sp[1], len(runes))
		for i := s; i < e; i++ {
			if word(runes[i]) && (i == s || !word(runes[i-1])) {
				into[i] = true
			}
		}
	}
	return into
}

// setF1 is the F1 of two token sets.
func setF1(a, b map[int]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	common := 0
	for k := range a {
		if b[k] {
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(len(a)), float64(common)/float64(len(b))
	return 2 * p * r / (p + r)
}

// hasDoubleMark reports whether s holds a double quote mark.
func hasDoubleMark(s string) bool { return strings.ContainsAny(s, "\"“”") }

// predictedAttributions turns a Doc's quotes into attributions: quotes
// that share a non-empty source or cue (and both spans) are merged, so
// that `"A," he said, "B."` is one attribution as in the annotation.
func predictedAttributions(d *pipeline.Doc, runes []rune, ro *pipeline.RuneOffsets) []scoredAttribution {
	type key struct{ src, cue pipeline.Span }
	byKey := map[key]int{}
	var out []scoredAttribution
	cp := func(s pipeline.Span) [][2]int {
		if s.IsEmpty() {
			return nil
		}
		return [][2]int{{ro.Of(s.Start), ro.Of(s.End)}}
	}
	for _, q := range d.Quotes {
		// the content as the annotation marks it: with the quote marks
		// around a direct quote
		cs, ce := q.Content.Start, q.Content.End
		if q.Type == pipeline.QuoteDirect && !q.Unmarked {
			if _, n := utf8.DecodeLastRuneInString(d.Text[:cs]); cs > 0 && hasDoubleMark(d.Text[cs-n:cs]) {
				cs -= n
			}
			if r, n := utf8.DecodeRuneInString(d.Text[ce:]); r != utf8.RuneError && hasDoubleMark(d.Text[ce:ce+n]) {
				ce += n
			}
		}
		quoted := hasDoubleMark(d.Text[cs:ce])
		k := key{q.Source, q.Cue}
		if !q.Source.IsEmpty() || !q.Cue.IsEmpty() {
			if i, ok := byKey[k]; ok {
				wordStarts(runes, cp(pipeline.Span{Start: cs, End: ce}), out[i].content)
				out[i].quoted = out[i].quoted || quoted
				continue
			}
			byKey[k] = len(out)
		}
		a := scoredAttribution{
			content: wordStarts(runes, cp(pipeline.Span{Start: cs, End: ce}), nil),
			source:  wordStarts(runes, cp(q.Source), nil),
			cue:     wordStarts(runes, cp(q.Cue), nil),
			quoted:  quoted,
			label:   fmt.Sprintf("%s | %s | %s | %s", q.Type, d.Slice(q.Source), d.Slice(q.Cue), trunc(d.Slice(q.Content))),
		}
		a.outer = a.source
		if !q.RelayedBy.IsEmpty() {
			a.outer, a.relayed = wordStarts(runes, cp(q.RelayedBy), nil), true
			a.label += " | relayed by " + d.Slice(q.RelayedBy)
		}
		out = append(out, a)
	}
	return out
}

// goldAttributions turns an article's annotations into attributions.
func goldAttributions(a pnArticle, runes []rune) []scoredAttribution {
	var out []scoredAttribution
	text := func(spans [][2]int) string {
		var parts []string
		for _, sp := range spans {
			parts = append(parts, string(runes[max(sp[0], 0):min(sp[1], len(runes))]))
		}
		return strings.Join(parts, " ")
	}
	for _, g := range a.Attributions {
		out = append(out, scoredAttribution{
			content: wordStarts(runes, g.Content, nil),
			source:  wordStarts(runes, g.Source, nil),
			cue:     wordStarts(runes, g.Cue, nil),
			quoted:  g.Direct,
			outer:   wordStarts(runes, g.Source, nil),
			label:   fmt.Sprintf("%s | %s | %s", text(g.Source), text(g.Cue), trunc(text(g.Content))),
		})
	}
	return out
}

// attribScore accumulates the counts of one subset of attributions.
type attribScore struct {
	gold, pred, goldMatched, predMatched int
}

func (s attribScore) prf() (p, r, f float64) {
	if s.pred > 0 {
		p = float64(s.predMatched) / float64(s.pred)
	}
	if s.gold > 0 {
		r = float64(s.goldMatched) / float64(s.gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// attribScores is the score of a set of articles.
type attribScores struct {
	all, quoted, unquoted    attribScore
	matches, sourceOK, cueOK int
	// speakerSourceOK counts the matches whose own source (not the relay)
	// agrees: the earlier scorer.
	speakerSourceOK int
	// relayed counts the matches of relayed predictions; relayOK those
	// whose relay agrees with the annotated source, speakerOK those whose
	// own source does.
	relayed, relayOK, speakerOK int
	// errors lists misses, extras and wrong sources for development.
	errors []string
}

func (s *attribScores) sourceRate() float64 { return ratio(s.sourceOK, s.matches) }
func (s *attribScores) cueRate() float64    { return ratio(s.cueOK, s.matches) }

// sourcesAgree reports whether a predicted and a gold source agree.
func sourcesAgree(p, g map[int]bool) bool {
	return setF1(p, g) >= 0.5 || len(p) == 0 && len(g) == 0
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// add scores one article's predictions against its gold.
func (s *attribScores) add(name string, golds, preds []scoredAttribution) {
	type pair struct {
		g, p int
		f    float64
	}
	var pairs []pair
	for gi, g := range golds {
		for pi, p := range preds {
			if f := setF1(p.content, g.content); f >= 0.5 {
				pairs = append(pairs, pair{gi, pi, f})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].f > pairs[j].f })
	gUsed, pUsed := make([]bool, len(golds)), make([]bool, len(preds))
	for _, pr := range pairs {
		if gUsed[pr.g] || pUsed[pr.p] {
			continue
		}
		gUsed[pr.g], pUsed[pr.p] = true, true
		g, p := golds[pr.g], preds[pr.p]
		s.matches++
		if sourcesAgree(p.outer, g.source) {
			s.sourceOK++
		} else {
			s.errors = append(s.errors, fmt.Sprintf("%s source: got %q want %q", name, p.label, g.label))
		}
		if sourcesAgree(p.source, g.source) {
			s.speakerSourceOK++
		}
		if p.relayed {
			s.relayed++
			switch {
			case sourcesAgree(p.outer, g.source):
				s.relayOK++
			case sourcesAgree(p.source, g.source):
				s.speakerOK++
			}
			s.errors = append(s.errors, fmt.Sprintf("%s relayed: got %q want %q", name, p.label, g.label))
		}
		if os.Getenv("POLNEAR_MATCHES") != "" {
			s.errors = append(s.errors, fmt.Sprintf("%s match: got %q want %q", name, p.label, g.label))
		}
		if setF1(p.cue, g.cue) >= 0.5 || len(p.cue) == 0 && len(g.cue) == 0 {
			s.cueOK++
		}
	}
	subset := func(quoted bool) *attribScore {
		if quoted {
			return &s.quoted
		}
		return &s.unquoted
	}
	for gi, g := range golds {
		s.all.gold++
		subset(g.quoted).gold++
		if gUsed[gi] {
			s.all.goldMatched++
			subset(g.quoted).goldMatched++
		} else {
			kind := "miss"
			if g.quoted {
				kind = "miss-quoted"
			}
			best := 0.0
			for _, p := range preds {
				best = max(best, setF1(p.content, g.content))
			}
			s.errors = append(s.errors, fmt.Sprintf("%s %s: (best %.1f) %s", name, kind, best, g.label))
		}
	}
	for pi, p := range preds {
		s.all.pred++
		subset(p.quoted).pred++
		if pUsed[pi] {
			s.all.predMatched++
			subset(p.quoted).predMatched++
		} else {
			kind := "extra"
			if p.quoted {
				kind = "extra-quoted"
			}
			s.errors = append(s.errors, fmt.Sprintf("%s %s: %s", name, kind, p.label))
		}
	}
}

// inHalf reports whether the article file of a split belongs to half
// "A" (even index in the sorted list of the split's files) or "B" (odd
// index); an empty half takes every file. Rules are written from the errors
// of one half and kept only when they gain on the other, unread one
// (docs/ATTRIBUTION.md, "Sources by rules that transfer").
func inHalf(files []string, half string) map[string]bool {
	sorted := append([]string(nil), files...)
	sort.Strings(sorted)
	in := map[string]bool{}
	for i, f := range sorted {
		if half == "" || half == "A" && i%2 == 0 || half == "B" && i%2 == 1 {
			in[f] = true
		}
	}
	return in
}

// scorePolnear runs the stages up to quotes over one split of the corpus,
// or over one half of it (inHalf).
func scorePolnear(t *testing.T, dir, half string) *attribScores {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var articles []pnArticle
	var files []string
	lines := bufio.NewScanner(f)
	lines.Buffer(nil, 64<<20)
	for lines.Scan() {
		var a pnArticle
		if err := json.Unmarshal(lines.Bytes(), &a); err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		articles = append(articles, a)
		files = append(files, a.File)
	}
	if err := lines.Err(); err != nil {
		t.Fatal(err)
	}
	keep := inHalf(files, half)
	stages := append(realStages(t), gold.Must(New()))
	sc := &attribScores{}
	for _, a := range articles {
		if !keep[a.File] {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, "input", a.File))
		if err != nil {
			t.Fatal(err)
		}
		d := &pipeline.Doc{Raw: raw, ID: pipeline.DocID(raw)}
		for _, st := range stages {
			if err := st.Process(context.Background(), d); err != nil {
				t.Fatalf("%s: %s: %v", a.File, st.Name(), err)
			}
		}
		if d.Text != string(raw) {
			t.Fatalf("%s: ingest changed the text, so the annotation offsets no longer apply", a.File)
		}
		runes := []rune(d.Text)
		sc.add(a.File, goldAttributions(a, runes), predictedAttributions(d, runes, pipeline.NewRuneOffsets(d.Text)))
	}
	return sc
}

// TestPolnear scores the stage on the PolNeAR dev split and asserts the
// floors measured there. POLNEAR_SPLIT=train scores the training split
// (for development; no floors), POLNEAR_HALF=A or B one half of the split
// (the files of even or odd index in sorted order: read the errors of one,
// check a rule on the other), and POLNEAR_ERRORS=file writes every miss,
// extra and wrong source to a file.
func TestPolnear(t *testing.T) {
	if testing.Short() {
		t.Skip("PolNeAR scoring runs the full stage chain over 84+ articles; skipped with -short")
	}
	dir := gold.SharedDir("data", "attribution", "polnear")
	if dir == "" {
		t.Skip("PolNeAR corpus not found in ../shared/data/attribution/polnear (research data kept outside the repository; set NEWSCLAIMS_SHARED to the shared folder)")
	}
	split := os.Getenv("POLNEAR_SPLIT")
	if split == "" {
		split = "dev"
	}
	half := os.Getenv("POLNEAR_HALF")
	if half != "" && half != "A" && half != "B" {
		t.Fatalf("POLNEAR_HALF=%q: want A, B or empty", half)
	}
	if half != "" && split == "dev" {
		t.Fatal("POLNEAR_HALF splits train; dev is scored whole")
	}
	sc := scorePolnear(t, filepath.Join(dir, split), half)
	split += half
	for _, row := range []struct {
		name string
		s    attribScore
	}{{"all", sc.all}, {"quoted", sc.quoted}, {"unquoted", sc.unquoted}} {
		p, r, f := row.s.prf()
		t.Logf("%s %-8s gold %5d pred %5d  P %.3f R %.3f F1 %.4f", split, row.name, row.s.gold, row.s.pred, p, r, f)
	}
	t.Logf("%s matches %d: source agreement %.4f, cue agreement %.4f", split, sc.matches, sc.sourceRate(), sc.cueRate())
	t.Logf("%s source agreement of the speaker's own source (earlier scorer) %.4f; relayed matches %d: relay agrees %d, speaker agrees %d",
		split, ratio(sc.speakerSourceOK, sc.matches), sc.relayed, sc.relayOK, sc.speakerOK)
	if out := os.Getenv("POLNEAR_ERRORS"); out != "" {
		if err := os.WriteFile(out, []byte(strings.Join(sc.errors, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if split != "dev" {
		return
	}
	_, _, allF := sc.all.prf()
	_, _, quotedF := sc.quoted.prf()
	floors := []struct {
		name      string
		got, want float64
	}{
		// the bars (all F1 0.65, quoted F1 0.90, source agreement
		// 0.90 over matches), which dev meets (0.672, 0.910, 0.901 with the
		// outermost source; docs/ATTRIBUTION.md), and cue agreement (0.917)
		// less about a point: a change, or a retrained entity or tagger
		// model, that takes dev below a bar fails here
		{"all F1", allF, 0.65},
		{"quoted F1", quotedF, 0.90},
		{"source agreement", sc.sourceRate(), 0.90},
		{"cue agreement", sc.cueRate(), 0.90},
	}
	for _, fl := range floors {
		if fl.got < fl.want {
			t.Errorf("dev %s %.3f is below the floor %.2f", fl.name, fl.got, fl.want)
		}
	}
}

// TestAttributionScoring checks the scorer itself on an invented text:
// split quotes merge into one attribution, matching is one to one by
// content overlap, and source and cue agree by token overlap.
func TestAttributionScoring(t *testing.T) {
	text := "“We won,” Ann Lee said, “and we will win again.” Officials said the vote was fair."
	runes := []rune(text)
	at := func(s string) [2]int {
		i := strings.Index(text, s)
		if i < 0 {
			t.Fatalf("%q not in text", s)
		}
		r := utf8.RuneCountInString(text[:i])
		return [2]int{r, r + utf8.RuneCountInString(s)}
	}
	gold := goldAttributions(pnArticle{Attributions: []pnAttribution{
		{Source: [][2]int{at("Ann Lee")}, Cue: [][2]int{at("said,")}, Content: [][2]int{at("“We won,”"), at("“and we will win again.”")}, Direct: true},
		{Source: [][2]int{at("Officials")}, Cue: [][2]int{at("vote was")}, Content: [][2]int{at("the vote was fair")}},
	}}, runes)
	d := bodyDoc(text)
	st := newStage(t)
	if err := st.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	preds := predictedAttributions(d, runes, pipeline.NewRuneOffsets(d.Text))
	if len(d.Quotes) != 3 || len(preds) != 2 {
		t.Fatalf("want 3 quotes merged into 2 attributions, got %d quotes, %d attributions", len(d.Quotes), len(preds))
	}
	var sc attribScores
	sc.add("invented", gold, preds)
	if sc.all.goldMatched != 2 || sc.quoted.predMatched != 1 || sc.unquoted.predMatched != 1 || sc.sourceOK != 2 || sc.cueOK != 1 {
		t.Errorf("scores %+v, want both matched (one quoted), both sources agreeing, one cue (the second gold cue shares no token)", sc)
	}
	// a prediction overlapping no gold content is an extra
	var worse attribScores
	worse.add("invented", gold[:1], preds)
	if _, r, f := worse.all.prf(); r != 1 || f >= 1 {
		t.Errorf("one gold, two predictions: recall %.2f F1 %.2f, want recall 1 and F1 below 1", r, f)
	}
}

// TestInHalf checks the train halves: the sorted files alternate between
// A and B whatever their order in the corpus, and no half leaves all.
func TestInHalf(t *testing.T) {
	files := []string{"c.txt", "a.txt", "d.txt", "b.txt", "e.txt"}
	for _, tc := range []struct {
		name, half string
		want       []string
	}{
		{"A takes even indices", "A", []string{"a.txt", "c.txt", "e.txt"}},
		{"B takes odd indices", "B", []string{"b.txt", "d.txt"}},
		{"no half takes all", "", []string{"a.txt", "b.txt", "c.txt", "d.txt", "e.txt"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := inHalf(files, tc.half)
			var got []string
			for f := range in {
				got = append(got, f)
			}
			sort.Strings(got)
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("half %q: got %v, want %v", tc.half, got, tc.want)
			}
		})
	}
}
