package entities

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/newsclaims/newsclaims/internal/gold"
	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

// The held-out evaluation of the whole stage: a model trained without a
// corpus, inside the stage with its rules and its document pass, scored on
// that corpus document by document. What users get is the stage, and the
// document pass (one label per surface form, surname to full name) can
// only be judged on whole documents.

var (
	trainOnce   sync.Once
	trainData   []ner.Example
	trainErr    error
	heldOutMu   sync.Mutex
	heldOutByID = map[string]*ner.Model{}
)

// trainingCorpora returns every corpus of data/ner/corpora.tsv, each as many
// times as its weight, read once per test binary.
func trainingCorpora(t *testing.T) []ner.Example {
	t.Helper()
	trainOnce.Do(func() {
		corpora, err := ner.ReadCorpora(filepath.Join("..", "..", "data", "ner", "corpora.tsv"))
		if err != nil {
			trainErr = err
			return
		}
		for _, c := range corpora {
			for range c.Weight {
				trainData = append(trainData, c.Examples...)
			}
		}
	})
	if trainErr != nil {
		t.Fatal(trainErr)
	}
	return trainData
}

// heldOutModel returns the model trained on the training corpora without
// the sentences of held (3 epochs and one perceptron instead of the shipped
// model's 6 and three averaged, to keep the tests short), written and read
// back as the shipped model is (quantised weights); NER_LOCO_EPOCHS sets
// another number of epochs, NER_LOCO_SEED another seed and NER_LOCO_BAG a
// number of perceptrons averaged (the training's -bag; 3 and 6 epochs score
// the shipped training); NER_LOCO_CRF=1 trains by the CRF objective
// instead (the training's -crf). It is trained once per test binary; with
// NER_LOCO_CACHE set to a directory it is also kept there between runs
// (for work on the stage rules: delete the files when the model's training
// or features change). NER_O_BIAS adds a bias against O at decoding (see
// withLabelBias); the cache keeps the model without it.
func heldOutModel(t *testing.T, name string, held []ner.Example) *ner.Model {
	t.Helper()
	heldOutMu.Lock()
	defer heldOutMu.Unlock()
	cfg := ner.DefaultTrainConfig
	cfg.Epochs = 3
	cfg.Bag = 1 // one perceptron: a third of the shipped training's time
	if n, err := strconv.Atoi(os.Getenv("NER_LOCO_EPOCHS")); err == nil && n > 0 {
		cfg.Epochs = n // 6 scores the shipped model's training
	}
	if n, err := strconv.ParseUint(os.Getenv("NER_LOCO_SEED"), 10, 64); err == nil {
		cfg.Seed = n // another draw of the training order (docs/MODEL.md: the draw of the seed)
		name = fmt.Sprintf("%s.seed%d", name, n)
	}
	if n, err := strconv.Atoi(os.Getenv("NER_LOCO_BAG")); err == nil && n > 1 {
		cfg.Bag = n // several perceptrons averaged (docs/MODEL.md: stage held out, averaged perceptrons)
		name = fmt.Sprintf("%s.bag%d", name, n)
	}
	if os.Getenv("NER_LOCO_CRF") != "" {
		// the CRF objective (docs/MODEL.md: a CRF objective);
		// NER_LOCO_L2 and NER_LOCO_RATE set its coefficient and rate,
		// NER_LOCO_CRFAVG=1 averages its steps
		cfg.L2, _ = strconv.ParseFloat(os.Getenv("NER_LOCO_L2"), 64)
		cfg.LearnRate, _ = strconv.ParseFloat(os.Getenv("NER_LOCO_RATE"), 64)
		cfg = ner.UseCRF(cfg)
		name = fmt.Sprintf("%s.crf%g_%g", name, cfg.L2, cfg.LearnRate)
		if os.Getenv("NER_LOCO_CRFAVG") != "" {
			cfg.CRFAverage = true // averaged SGD (the training's -crfavg)
			name += "avg"
		}
	}
	if m, ok := heldOutByID[name]; ok {
		return withLabelBias(t, m)
	}
	cache := ""
	if dir := os.Getenv("NER_LOCO_CACHE"); dir != "" {
		cache = filepath.Join(dir, fmt.Sprintf("%s.%d.model.zst", name, cfg.Epochs))
		if b, err := os.ReadFile(cache); err == nil {
			m, err := ner.ReadModel(b)
			if err != nil {
				t.Fatalf("%s: %v", cache, err)
			}
			heldOutByID[name] = m
			return withLabelBias(t, m)
		}
	}
	s := stage(t)
	train := trainingCorpora(t)
	rest := ner.Without(train, held)
	if len(rest) == len(train) {
		t.Fatalf("%s: none of its sentences is in the training corpora", name)
	}
	common := ner.CommonWords(rest)
	f := ner.NewFeaturizer(s.feat.Gaz, common)
	f.Set = s.model.Set
	m := ner.Train(f, ner.Augment(rest, cfg), cfg)
	m.Common, m.Set, m.Classes = common, f.Set, f.Classes
	var buf strings.Builder
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	shipped, err := ner.ReadModel([]byte(buf.String()))
	if err != nil {
		t.Fatal(err)
	}
	if cache != "" {
		if err := os.WriteFile(cache, []byte(buf.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	heldOutByID[name] = shipped
	return withLabelBias(t, shipped)
}

// parseLabelBias reads a bias against O at decoding (docs/MODEL.md, a bias
// against O at decoding) from spec: comma-separated terms, each a number
// for every entity label ("10"), "B=x" for the B- labels only, "TYPE=x"
// for B- and I- of a type ("ORG=10") or "B-TYPE=x" for one label. Terms
// add up.
func parseLabelBias(spec string) (*[ner.NumLabelsBIO]float32, error) {
	var bias [ner.NumLabelsBIO]float32
	for _, term := range strings.Split(spec, ",") {
		who, num, named := strings.Cut(term, "=")
		if !named {
			who, num = "", term
		}
		x, err := strconv.ParseFloat(num, 32)
		if err != nil {
			return nil, fmt.Errorf("%q: %w", term, err)
		}
		hit := false
		for l := 1; l < ner.NumLabelsBIO; l++ {
			name := ner.LabelName(l)
			if who == "" || who == "B" && ner.IsBegin(l) || who == name || who == name[2:] {
				bias[l] += float32(x)
				hit = true
			}
		}
		if !hit {
			return nil, fmt.Errorf("%q names no label", term)
		}
	}
	return &bias, nil
}

// withLabelBias returns m with the bias of NER_O_BIAS (parseLabelBias),
// or m when it is not set. The held-out models and the shipped one of
// stage(t) (seeds, GMB dev) get it.
func withLabelBias(t testing.TB, m *ner.Model) *ner.Model {
	t.Helper()
	spec := os.Getenv("NER_O_BIAS")
	if spec == "" {
		return m
	}
	bias, err := parseLabelBias(spec)
	if err != nil {
		t.Fatalf("NER_O_BIAS: %v", err)
	}
	b, err := m.WithLabelBias(bias)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestParseLabelBias checks the forms of NER_O_BIAS: the labels each
// term names, terms adding up, and the errors.
func TestParseLabelBias(t *testing.T) {
	bOrg, iOrg := ner.LabelIndex("B-ORG"), ner.LabelIndex("I-ORG")
	bPer, iPer := ner.LabelIndex("B-PERSON"), ner.LabelIndex("I-PERSON")
	only := func(m map[int]float32) func(int) float32 { return func(l int) float32 { return m[l] } }
	tests := []struct {
		name string
		spec string
		want func(l int) float32 // the bias of entity label l; nil: an error
	}{
		{"every entity label", "10", func(int) float32 { return 10 }},
		{"the B- labels", "B=4", func(l int) float32 {
			if ner.IsBegin(l) {
				return 4
			}
			return 0
		}},
		{"one type", "ORG=2.5", only(map[int]float32{bOrg: 2.5, iOrg: 2.5})},
		{"one label", "B-PERSON=3", only(map[int]float32{bPer: 3})},
		{"terms add up", "PERSON=1,B-PERSON=2,ORG=-1", only(map[int]float32{bPer: 3, iPer: 1, bOrg: -1, iOrg: -1})},
		{"not a number", "ORG=x", nil},
		{"no such label", "COMPANY=1", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseLabelBias(tc.spec)
			if (err != nil) != (tc.want == nil) {
				t.Fatalf("error %v, want an error: %v", err, tc.want == nil)
			}
			if err != nil {
				return
			}
			if got[0] != 0 {
				t.Errorf("O has a bias of %v", got[0])
			}
			for l := 1; l < ner.NumLabelsBIO; l++ {
				if got[l] != tc.want(l) {
					t.Errorf("%s: bias %v, want %v", ner.LabelName(l), got[l], tc.want(l))
				}
			}
		})
	}
}

// withModel returns a stage like s (gazetteer, rules, document pass) that
// tags with m: the held-out model inside the stage users get.
func (s *Stage) withModel(m *ner.Model) *Stage {
	h := &Stage{model: m, feat: m.Featurizer(s.gaz), gaz: s.gaz, kbIDs: s.kbIDs,
		agencies: s.agencies, countryDemonyms: s.countryDemonyms, partyStems: s.partyStems}
	h.pool.New = func() any { return new(scratch) }
	return h
}

// conllType maps a label to the CoNLL-2003 scheme: PER 0, ORG 1, LOC 3
// (GPE, LOC and FAC), or -1 for the labels that scheme does not score
// (NORP, EVENT, MISC).
func conllType(label string) int {
	switch label {
	case pipeline.LabelPerson:
		return 0
	case pipeline.LabelOrg:
		return 1
	case pipeline.LabelGPE, pipeline.LabelLoc, pipeline.LabelFac:
		return 3
	}
	return -1
}

// charSpan is a mention as byte offsets of a document's text.
type charSpan struct {
	start, end, typ int
}

// scoreSpans adds one document's gold and predicted spans (exact match of
// offsets and CoNLL type) to c, and returns the misses and false hits.
func scoreSpans(c *ner.Counts, goldSpans, pred []charSpan) (missed, wrong []charSpan) {
	in := map[charSpan]bool{}
	for _, g := range goldSpans {
		in[g] = true
		c.Gold[g.typ]++
	}
	hit := map[charSpan]bool{}
	for _, p := range pred {
		c.Pred[p.typ]++
		if in[p] {
			c.TP[p.typ]++
			hit[p] = true
		} else {
			wrong = append(wrong, p)
		}
	}
	for _, g := range goldSpans {
		if !hit[g] {
			missed = append(missed, g)
		}
	}
	return missed, wrong
}

// mentionSpans returns the stage's mentions in the CoNLL-2003 scheme.
func mentionSpans(d *pipeline.Doc) []charSpan {
	var out []charSpan
	for _, m := range d.Mentions {
		if typ := conllType(m.Label); typ >= 0 {
			out = append(out, charSpan{m.Start, m.End, typ})
		}
	}
	return out
}

// goldSpans returns the gold spans of a sentence whose tokens start at the
// byte offsets starts and end at ends.
func goldSpans(ex ner.Example, starts, ends []int, out []charSpan) []charSpan {
	for _, sp := range ner.Spans(ex.Labels, nil) {
		if typ := conllType(ner.Types[sp.Type]); typ >= 0 {
			out = append(out, charSpan{starts[sp.Start], ends[sp.End-1], typ})
		}
	}
	return out
}

// tokenDoc builds a document of gold-tokenised sentences, one line each,
// the tokens joined by spaces, with the gold tokens and sentences given to
// the stage as they are (no segmenter), and returns it with its gold spans.
func tokenDoc(sents []ner.Example) (*pipeline.Doc, []charSpan) {
	d := &pipeline.Doc{}
	var b strings.Builder
	var spans []charSpan
	var starts, ends []int
	for si, ex := range sents {
		if si > 0 {
			b.WriteByte('\n')
		}
		lineStart := b.Len()
		first := len(d.Tokens)
		starts, ends = starts[:0], ends[:0]
		for i, tok := range ex.Toks {
			if i > 0 {
				b.WriteByte(' ')
			}
			starts = append(starts, b.Len())
			b.WriteString(tok)
			ends = append(ends, b.Len())
			d.Tokens = append(d.Tokens, pipeline.Token{Span: pipeline.Span{Start: starts[i], End: ends[i]}, Sentence: si, Text: tok})
		}
		line := pipeline.Span{Start: lineStart, End: b.Len()}
		d.Zones = append(d.Zones, pipeline.Zone{Span: line, Kind: pipeline.ZoneBody})
		d.Sentences = append(d.Sentences, pipeline.Sentence{Span: line, Zone: si, FirstToken: first, EndToken: len(d.Tokens)})
		spans = goldSpans(ex, starts, ends, spans)
	}
	d.Text = b.String()
	return d, spans
}

// sourceSentence is one sentence of a GUM source file: its text and
// whether it opens a paragraph.
type sourceSentence struct {
	text   string
	newPar bool
}

// readGUMSource reads the sentence texts of the named documents from the
// GUM source archive (CoNLL-U files with "# text =" and "# newpar" lines).
func readGUMSource(archive string, want map[string]bool) (map[string][]sourceSentence, error) {
	fh, err := os.Open(archive)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	zr, err := gzip.NewReader(fh)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", archive, err)
	}
	out := map[string][]sourceSentence{}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", archive, err)
		}
		name := filepath.Base(h.Name)
		if !want[name] {
			continue
		}
		sc := bufio.NewScanner(tr)
		sc.Buffer(nil, 1<<20)
		newPar := false
		var sents []sourceSentence
		for sc.Scan() {
			line := sc.Text()
			switch {
			case line == "# newpar" || strings.HasPrefix(line, "# newpar "):
				newPar = true
			case strings.HasPrefix(line, "# text = "):
				sents = append(sents, sourceSentence{strings.TrimPrefix(line, "# text = "), newPar || len(sents) == 0})
				newPar = false
			}
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("%s: %s: %w", archive, name, err)
		}
		out[name] = sents
	}
	return out, nil
}

// textDoc builds the running text of a GUM document from its source
// sentences (a paragraph a line, its sentences joined by a space) and
// places the gold tokens in it, returning the text and the gold spans. The
// stage then sees the text as users give it: segmented by the segment
// stage, hyphenated words whole ("Bailey-Ross", which the converted corpus
// splits into three tokens).
func textDoc(src []sourceSentence, sents []ner.Example) (string, []charSpan, error) {
	if len(src) != len(sents) {
		return "", nil, fmt.Errorf("%d source sentences, %d in the corpus", len(src), len(sents))
	}
	var b strings.Builder
	var spans []charSpan
	var starts, ends []int
	for si, s := range src {
		if si > 0 {
			if s.newPar {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		base := b.Len()
		b.WriteString(s.text)
		starts, ends = starts[:0], ends[:0]
		pos := 0
		for _, tok := range sents[si].Toks {
			k := strings.Index(s.text[pos:], tok)
			if k < 0 {
				return "", nil, fmt.Errorf("sentence %d: token %q not in %q", si, tok, s.text)
			}
			starts = append(starts, base+pos+k)
			pos += k + len(tok)
			ends = append(ends, base+pos)
		}
		spans = goldSpans(sents[si], starts, ends, spans)
	}
	return b.String(), spans, nil
}

// gumDocument is one document of GUM (data/ner/extra/gum_docs.tsv).
type gumDocument struct {
	name, genre string
	sents       []ner.Example
}

// gumDocuments splits GUM into its documents.
func gumDocuments(t *testing.T, gum []ner.Example) []gumDocument {
	t.Helper()
	path := filepath.Join("..", "..", "data", "ner", "extra", "gum_docs.tsv")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []gumDocument
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 4 || strings.HasPrefix(line, "#") || f[0] == "document" {
			continue
		}
		first, err1 := strconv.Atoi(f[2])
		n, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil || first < 0 || first+n > len(gum) {
			t.Fatalf("%s: bad line %q", path, line)
		}
		out = append(out, gumDocument{f[0], f[1], gum[first : first+n]})
	}
	return out
}

// logCounts prints per-label and micro P/R/F1 of CoNLL-scheme counts and
// returns the micro F1.
func logCounts(t *testing.T, name string, c *ner.Counts) float64 {
	t.Helper()
	for _, l := range []struct {
		name string
		typ  int
	}{{"PER", 0}, {"ORG", 1}, {"LOC", 3}} {
		p, r, f := c.PRF(l.typ)
		t.Logf("%-30s %s P %.3f R %.3f F1 %.3f (gold %d)", name, l.name, p, r, f, c.Gold[l.typ])
	}
	p, r, f := c.PRF(0, 1, 3)
	t.Logf("%-30s micro P %.3f R %.3f F1 %.3f (right %d, found %d, gold %d)", name, p, r, f,
		c.TP[0]+c.TP[1]+c.TP[3], c.Pred[0]+c.Pred[1]+c.Pred[3], c.Gold[0]+c.Gold[1]+c.Gold[3])
	return f
}

// errorLog collects a document's misses and false hits with their text.
type errorLog struct{ strings.Builder }

func (e *errorLog) add(doc, text string, missed, wrong []charSpan) {
	names := [...]string{"PER", "ORG", "", "LOC"}
	e.write(doc, text, missed, wrong, names[:], false)
}

// write logs misses and false names, each with how it relates to the
// other side: the same span with another label ("label", or with typed
// set "label:<TYPE>"), an overlapping span ("boundary"), or nothing
// ("alone"). names gives a span's type its name.
func (e *errorLog) write(doc, text string, missed, wrong []charSpan, names []string, typed bool) {
	sort.Slice(missed, func(i, j int) bool { return missed[i].start < missed[j].start })
	sort.Slice(wrong, func(i, j int) bool { return wrong[i].start < wrong[j].start })
	kind := func(s charSpan, other []charSpan) string {
		k := "alone"
		for _, o := range other {
			if o.start == s.start && o.end == s.end {
				if typed {
					return "label:" + names[o.typ]
				}
				return "label"
			}
			if o.start < s.end && s.start < o.end {
				k = "boundary"
			}
		}
		return k
	}
	for _, m := range missed {
		fmt.Fprintf(&e.Builder, "%s\tmissed\t%s\t%s\t%q\t%q\n", doc, kind(m, wrong), names[m.typ], text[m.start:m.end], errContext(text, m))
	}
	for _, w := range wrong {
		fmt.Fprintf(&e.Builder, "%s\twrong\t%s\t%s\t%q\t%q\n", doc, kind(w, missed), names[w.typ], text[w.start:w.end], errContext(text, w))
	}
}

func errContext(text string, s charSpan) string {
	a, b := max(0, s.start-60), min(len(text), s.end+60)
	return text[a:s.start] + "[[" + text[s.start:s.end] + "]]" + text[s.end:b]
}

// TestStageHeldOut scores the stage with a model trained without the
// scored corpus, against the model alone, in the CoNLL-2003 scheme (GPE,
// LOC and FAC as LOC; NORP, EVENT and MISC not scored), exact span:
//
//   - GUM's Wikinews news and interviews (GUM-news), document by document:
//     once over the corpus's own tokens (one sentence a line), once over the
//     documents' running text, which the segment stage tokenises as it does
//     any article (needs the GUM source archive of the shared data folder);
//   - GUM's other genres (biographies, travel, academic, court) the same
//     way: development data, whose errors the stage rules are written from;
//   - btc_news (tweets of news accounts), one document per tweet (needs the
//     shared data folder).
//
// NER_PRED=dir writes the stage's misses and false hits on the development
// genres (not on the scored news) for error analysis.
func TestStageHeldOut(t *testing.T) {
	if testing.Short() {
		t.Skip("trains one model per held-out corpus")
	}
	s := stage(t)
	// Each corpus in a subtest of its own, so that -run
	// TestStageHeldOut/btc_news trains one held-out model only and -skip
	// TestStageHeldOut/btc_news leaves the news tweets out of a
	// development run.
	t.Run("GUM", func(t *testing.T) { stageHeldOutGUM(t, s) })
	stageHeldOutBTCNews(t, s)
}

// stageHeldOutGUM scores the stage with the model trained without GUM, on
// GUM's news and interviews and, apart, on its other genres.
func stageHeldOutGUM(t *testing.T, s *Stage) {
	gumPath := filepath.Join("..", "..", "data", "ner", "extra", "gum.conll.gz")
	gum, err := ner.ReadCoNLLFile(gumPath)
	if err != nil {
		t.Fatal(err)
	}
	docs := gumDocuments(t, gum)
	held := s.withModel(heldOutModel(t, "gum", gum))
	var src map[string][]sourceSentence
	archive := filepath.Join(gold.SharedDir("data", "ner"), "source", "gum-72ce5ac.tar.gz")
	if _, err := os.Stat(archive); err == nil {
		want := map[string]bool{}
		for _, d := range docs {
			want[d.name] = true
		}
		if src, err = readGUMSource(archive, want); err != nil {
			t.Fatal(err)
		}
	}
	sets := []struct {
		name   string
		genres map[string]bool
		dev    bool
		// floors of the model alone, the stage over the corpus's tokens and
		// the stage over the running text: just below the figures reached
		model, tokens, text float64
	}{
		{"GUM-news", map[string]bool{"news": true, "interview": true}, false, 0.71, 0.73, 0.74},
		{"GUM-other", map[string]bool{"bio": true, "voyage": true, "academic": true, "court": true}, true, 0.66, 0.67, 0.68},
	}
	for _, set := range sets {
		var model, tokens, text ner.Counts
		var errs errorLog
		var batch []scoredDoc // the running text, for the batch vote
		for _, doc := range docs {
			if !set.genres[doc.genre] {
				continue
			}
			var tg ner.Tagger
			for _, ex := range doc.sents {
				tg.Sent.Toks = ex.Toks
				model.Score(ex.Labels, held.model.Tag(held.feat, &tg))
			}
			d, goldTok := tokenDoc(doc.sents)
			if err := held.Process(t.Context(), d); err != nil {
				t.Fatal(err)
			}
			scoreSpans(&tokens, goldTok, mentionSpans(d))
			if src == nil {
				continue
			}
			raw, goldText, err := textDoc(src[doc.name], doc.sents)
			if err != nil {
				t.Fatalf("%s: %v", doc.name, err)
			}
			d = bodyDoc(t, raw)
			if err := held.Process(t.Context(), d); err != nil {
				t.Fatal(err)
			}
			missed, wrong := scoreSpans(&text, goldText, mentionSpans(d))
			if set.dev {
				errs.add(doc.name, raw, missed, wrong)
			}
			batch = append(batch, scoredDoc{d, goldText})
		}
		if set.dev || voteOnNews() {
			logVoteGrid(t, held, set.name+" text", batch)
		}
		got := []float64{logCoNLL(t, set.name+" model alone", &model), logCounts(t, set.name+" stage, corpus tokens", &tokens)}
		floors := []float64{set.model, set.tokens}
		if src != nil {
			got, floors = append(got, logCounts(t, set.name+" stage, running text", &text)), append(floors, set.text)
		} else {
			t.Logf("%s not found: the stage over running text is not scored", archive)
		}
		for i, f := range got {
			if f < floors[i] {
				t.Errorf("%s: micro F1 %.3f below floor %.2f (figure %d of model, tokens, text)", set.name, f, floors[i], i)
			}
		}
		if dir := os.Getenv("NER_PRED"); dir != "" && set.dev && src != nil {
			if err := os.WriteFile(filepath.Join(dir, set.name+".errors.tsv"), []byte(errs.String()), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// stageHeldOutBTCNews scores the stage on btc_news (the news section of
// the Broad Twitter Corpus) with the model trained without it.
func stageHeldOutBTCNews(t *testing.T, s *Stage) {
	t.Run("btc_news", func(t *testing.T) {
		path := filepath.Join(gold.SharedDir("data", "ner"), "extra", "btc_news.conll")
		if _, err := os.Stat(path); err != nil {
			t.Skipf("%s not found (the shared data folder is not beside this checkout)", path)
		}
		tweets, err := ner.ReadCoNLLFile(path)
		if err != nil {
			t.Fatal(err)
		}
		held := s.withModel(heldOutModel(t, "btc_news", tweets))
		model := ner.Evaluate(held.model, held.feat, tweets)
		var stageCounts ner.Counts
		var batch []scoredDoc
		for _, tw := range tweets {
			d, goldTok := tokenDoc([]ner.Example{tw})
			if err := held.Process(t.Context(), d); err != nil {
				t.Fatal(err)
			}
			scoreSpans(&stageCounts, goldTok, mentionSpans(d))
			batch = append(batch, scoredDoc{d, goldTok})
		}
		if voteOnNews() {
			logVoteGrid(t, held, "btc_news", batch)
		}
		floors := []float64{0.69, 0.70}
		for i, f := range []float64{logCoNLL(t, "btc_news model alone", model), logCounts(t, "btc_news stage", &stageCounts)} {
			if f < floors[i] {
				t.Errorf("btc_news: micro F1 %.3f below floor %.2f (figure %d of model, stage)", f, floors[i], i)
			}
		}
	})
}
