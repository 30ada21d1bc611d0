// Command train rebuilds the entity stage's embedded files from data/:
//
//	go run ./stages/entities/internal/train
//
// It compiles data/gazetteers/*.tsv into stages/entities/model/gazetteer.tsv.zst,
// trains the averaged perceptron (or with -crf a CRF) on the corpora of data/ner/corpora.tsv and
// writes stages/entities/model/ner.model.zst, then reports dev-split scores.
// The output is the same bit for bit on every run (fixed seed, sorted keys,
// integer training arithmetic).
//
// With -loco a,b,... it instead trains, for each CoNLL file, a model
// without that file's sentences and scores it there (leave one corpus out).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

func main() {
	o := parseFlags()
	log.SetFlags(0)

	gaz := writeGazetteer(o.dataDir, o.outDir)
	train, held, dev := readData(o)
	cfg := crfConfig(o)
	common := ner.CommonWords(train)
	f := ner.NewFeaturizer(gaz, common)
	f.Set |= o.features
	if o.cc.Classes > 0 {
		t0 := time.Now()
		f.Set |= ner.FeatClasses
		f.Classes = ner.LearnClusters(train, o.cc)
		log.Printf("word classes: %d words in %s", f.Classes.Len(), time.Since(t0).Round(time.Millisecond))
	}
	if o.loco != "" {
		leaveOneCorpusOut(o, f, gaz, train, cfg, common)
		return
	}
	shipped := trainAndWrite(o.outDir, f, train, cfg, common)
	report(o, shipped, gaz, dev, held)
}

// options are the command line: where the data and the model are, what
// to train on and with which settings and features, and what to score.
type options struct {
	dataDir, outDir string
	tune            bool   // hold out a slice of the main corpus (-tune)
	extra           string // comma-separated extra CoNLL files (-extra)
	extraWeight     int
	masking         string // mask, o or drop (-unannotated)
	loco, ood       string // comma-separated CoNLL files to score (-loco, -ood)
	predOut         bool   // write predictions (-pred)
	capsProbe       bool   // score dev in ALL CAPS and Title Case (-caps)
	cfg             ner.TrainConfig
	crf, viterbi    bool
	l2, rate        float64 // with -crf
	crfAvg          bool    // with -crf
	features        uint32  // Feat* bits of the featurizer, but for FeatClasses
	cc              ner.ClusterConfig
}

// parseFlags reads the command line. The training settings start from
// ner.DefaultTrainConfig, the settings the shipped model is trained with,
// so that a bare run rebuilds it.
func parseFlags() *options {
	o := &options{cfg: ner.DefaultTrainConfig}
	o.cfg.Log = os.Stderr
	flag.StringVar(&o.dataDir, "data", "data", "directory holding ner/ and gazetteers/")
	flag.StringVar(&o.outDir, "out", "stages/entities/model", "directory for ner.model.zst and gazetteer.tsv.zst")
	flag.Uint64Var(&o.cfg.Seed, "seed", ner.DefaultTrainConfig.Seed, "seed of the training order and the augmented copies (other seeds measure how much a score owes to the draw)")
	flag.IntVar(&o.cfg.Bag, "bag", ner.DefaultTrainConfig.Bag, "perceptrons trained in different sentence orders whose weights are averaged into the model (1 is faster to train; see docs/MODEL.md)")
	flag.IntVar(&o.cfg.Epochs, "epochs", ner.DefaultTrainConfig.Epochs, "training epochs")
	flag.Float64Var(&o.cfg.MinWeight, "minweight", ner.DefaultTrainConfig.MinWeight, "prune averaged weights below this")
	flag.IntVar(&o.cfg.MinCount, "mincount", ner.DefaultTrainConfig.MinCount, "drop static features seen fewer times")
	flag.BoolVar(&o.tune, "tune", false, "hold out every tenth block of 50 training sentences, train on the rest and score it (for design choices; dev is reported once per choice)")
	flag.StringVar(&o.extra, "extra", "", "comma-separated extra CoNLL files (relative to -data) added to the training data, beside the corpora of ner/corpora.tsv")
	flag.IntVar(&o.extraWeight, "extraweight", 1, "times each extra file is added")
	flag.StringVar(&o.masking, "unannotated", "mask", "what training does with corpora that do not annotate some labels: mask (aim at the best path that keeps the annotated labels), o (take their O as gold), drop (leave those corpora out)")
	flag.BoolVar(&o.cfg.MaskByWords, "maskwords", ner.DefaultTrainConfig.MaskByWords, "with -unannotated mask, an O token may take an unannotated type only when the annotated corpora have its word in a name of that type")
	flag.StringVar(&o.loco, "loco", "", "comma-separated CoNLL files: for each, train without its sentences and score it (leave one corpus out); FILE=PART also scores that model on PART, a subset of FILE (a genre); the shipped model is not written")
	flag.StringVar(&o.ood, "ood", "", "comma-separated out-of-domain CoNLL files to score as well")
	runs := flag.Bool("runs", false, "features of the capitalised run around each token: head word, first word, edges (measured no better out of domain; see docs/MODEL.md)")
	flag.Float64Var(&o.cfg.InitialShare, "initials", ner.DefaultTrainConfig.InitialShare, "share of sentences with a two-word person name also trained with a middle initial (measured no better out of domain; see docs/MODEL.md)")
	flag.BoolVar(&o.predOut, "pred", false, "write token<TAB>gold<TAB>predicted for each -ood file, and each -loco file given without a part, into -out (error analysis)")
	flag.BoolVar(&o.capsProbe, "caps", false, "also score dev written in ALL CAPS and in Title Case (headline robustness)")
	flag.Float64Var(&o.cfg.CapsShare, "capsshare", ner.DefaultTrainConfig.CapsShare, "share of training sentences also trained in ALL CAPS")
	flag.Float64Var(&o.cfg.TitleShare, "titleshare", ner.DefaultTrainConfig.TitleShare, "share of training sentences also trained in Title Case")
	flag.BoolVar(&o.cfg.CaseReplace, "casereplace", ner.DefaultTrainConfig.CaseReplace, "train the recased copies instead of the drawn sentences, not beside them")
	flag.Float64Var(&o.cfg.WordDropout, "worddrop", ner.DefaultTrainConfig.WordDropout, "share of training tokens whose word-identity features are hidden, per epoch (measured worse; see docs/MODEL.md)")
	gazWords := flag.Bool("gazwords", true, "gazetteer features respect the entries' word boundaries (\"IN A\" is not the city Ina)")
	names := flag.Bool("names", true, "features from the name lists (people, given names, surnames, companies, football clubs)")
	context := flag.Bool("context", false, "features of the wider context: shapes two tokens away, the shape trigram, the neighbours' suffixes")
	handles := flag.Bool("handles", true, "features of the parts of user names and hashtags: words, gazetteer and name-list kinds, organisation words")
	spans := flag.Bool("spans", false, "features of the longest gazetteer or name-list match covering each token (kinds, length, place)")
	flag.BoolVar(&o.viterbi, "viterbi", true, "Viterbi decoding over label transitions instead of greedy decoding with label-history features")
	flag.BoolVar(&o.crf, "crf", false, "train the Viterbi model by the CRF objective (L2-regularised log-likelihood, SGD) instead of perceptron updates; -minweight then defaults to the CRF's pruning threshold (measured level or lower held out; docs/MODEL.md, a CRF objective)")
	flag.Float64Var(&o.l2, "l2", ner.DefaultCRFL2, "with -crf, the L2 penalty coefficient")
	flag.Float64Var(&o.rate, "rate", ner.DefaultCRFRate, "with -crf, the initial learning rate")
	flag.BoolVar(&o.crfAvg, "crfavg", true, "with -crf, the model is the mean of the weights after every step (averaged SGD; the last step's weights scored lower, see docs/MODEL.md)")
	bilou := flag.Bool("bilou", false, "decode BILOU tags instead of BIO (measured worse; see docs/MODEL.md)")
	o.cc = ner.DefaultClusterConfig
	o.cc.Classes = 0 // measured worse on the seed articles; see docs/MODEL.md
	flag.IntVar(&o.cc.Classes, "classes", o.cc.Classes, "word classes learnt from the training text (0: no class features)")
	flag.IntVar(&o.cc.MinCount, "classmin", o.cc.MinCount, "min count of a clustered word")
	flag.IntVar(&o.cc.Iters, "classiters", o.cc.Iters, "exchange passes")
	flag.Parse()

	for _, feat := range []struct {
		on  bool
		bit uint32
	}{
		{*runs, ner.FeatRuns}, {*bilou, ner.FeatBILOU}, {*gazWords, ner.FeatGazWords}, {o.viterbi, ner.FeatViterbi},
		{*names, ner.FeatNames}, {*context, ner.FeatContext}, {*spans, ner.FeatSpans}, {*handles, ner.FeatHandles},
	} {
		if feat.on {
			o.features |= feat.bit
		}
	}
	return o
}

// writeGazetteer compiles dataDir/gazetteers/*.tsv into
// outDir/gazetteer.tsv.zst and returns the gazetteer read back from the
// compiled bytes: training sees it exactly as the stage will load it.
func writeGazetteer(dataDir, outDir string) *ner.Gazetteer {
	entries, err := ner.ReadTSVDir(filepath.Join(dataDir, "gazetteers"))
	if err != nil {
		log.Fatal(err)
	}
	var compiled bytes.Buffer
	if err := ner.WriteCompiled(&compiled, entries); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(outDir, "gazetteer.tsv.zst"), compiled.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	loaded, err := ner.ReadCompiled(compiled.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	gaz := ner.NewGazetteer(loaded)
	log.Printf("gazetteer: %d entries, %d bytes", len(loaded), compiled.Len())
	return gaz
}

// readData reads the training sentences (the corpora of
// ner/corpora.tsv, each repeated by its weight, and the -extra files), the
// slice of the main corpus held out under -tune, and the dev split.
func readData(o *options) (train, held, dev []ner.Example) {
	corpora, err := ner.ReadCorpora(filepath.Join(o.dataDir, "ner", "corpora.tsv"))
	if err != nil {
		log.Fatal(err)
	}
	dev = readCoNLL(filepath.Join(o.dataDir, "ner", "dev.conll"))
	for ci, c := range corpora {
		ex := c.Examples
		if o.tune && ci == 0 {
			// every tenth block of 50 sentences of the main corpus
			var kept []ner.Example
			for i, e := range ex {
				if (i/50)%10 == 4 {
					held = append(held, e)
				} else {
					kept = append(kept, e)
				}
			}
			ex = kept
		}
		switch o.masking {
		case "mask":
		case "o":
			for i := range ex {
				ex[i].Unannotated = 0
			}
		case "drop":
			if c.Unannotated != 0 {
				continue
			}
		default:
			log.Fatalf("-unannotated: want mask, o or drop, got %q", o.masking)
		}
		for range c.Weight {
			train = append(train, ex...)
		}
		log.Printf("corpus %s: %d sentences x %d", c.File, len(ex), c.Weight)
	}
	for _, f := range strings.Split(o.extra, ",") {
		if f != "" {
			ex := readCoNLL(filepath.Join(o.dataDir, f))
			for range o.extraWeight {
				train = append(train, ex...)
			}
		}
	}
	return train, held, dev
}

// crfConfig returns the training settings, with -crf the CRF objective's:
// its defaults, and its pruning threshold unless -minweight is given.
func crfConfig(o *options) ner.TrainConfig {
	cfg := o.cfg
	if o.crf {
		if !o.viterbi {
			log.Fatal("-crf trains a Viterbi model: drop -viterbi=false")
		}
		cfg.L2, cfg.LearnRate, cfg.CRFAverage = o.l2, o.rate, o.crfAvg
		cfg = ner.UseCRF(cfg)
		if flagSet("minweight") {
			cfg.MinWeight = o.cfg.MinWeight
		}
	}
	return cfg
}

// leaveOneCorpusOut trains, for each -loco file, a model without that
// file's sentences and scores it there (and on its part, FILE=PART): how
// the model does on text of a kind it has not seen.
func leaveOneCorpusOut(o *options, f *ner.Featurizer, gaz *ner.Gazetteer, train []ner.Example, cfg ner.TrainConfig, common []uint64) {
	log.Printf("leave one corpus out (CoNLL-style: GPE and FAC in LOC; P/R/F1 (gold spans)):")
	for _, spec := range strings.Split(o.loco, ",") {
		file, part, hasPart := strings.Cut(spec, "=")
		heldOut := readCoNLL(file)
		rest := ner.Without(train, heldOut)
		if o.cc.Classes > 0 {
			// Classes learnt without the held-out text: new news is
			// not in the text the shipped classes are learnt from.
			f.Classes = ner.LearnClusters(rest, o.cc)
		}
		m := trainModel(f, rest, cfg, common)
		ner.Evaluate(m, m.Featurizer(gaz), heldOut).ReportCoNLL(os.Stdout, filepath.Base(file))
		if o.predOut && !hasPart {
			// only a whole held-out file: a part is the scored news of a
			// corpus whose other parts are the development data
			writePredictions(filepath.Join(o.outDir, filepath.Base(file)+".pred"), m, m.Featurizer(gaz), heldOut)
		}
		if hasPart {
			ner.Evaluate(m, m.Featurizer(gaz), readPart(o.dataDir, file, heldOut, part)).ReportCoNLL(os.Stdout, filepath.Base(file)+"="+filepath.Base(part))
		}
	}
}

// trainAndWrite trains the model on train with its augmented copies,
// writes it to outDir/ner.model.zst and returns it as shipped (quantised
// weights), the model the scores are of.
func trainAndWrite(outDir string, f *ner.Featurizer, train []ner.Example, cfg ner.TrainConfig, common []uint64) *ner.Model {
	t0 := time.Now()
	aug := ner.Augment(train, cfg)
	log.Printf("training on %d sentences (%d with augmented copies)", len(train), len(aug))
	m := ner.Train(f, aug, cfg)
	m.Common, m.Set, m.Classes = common, f.Set, f.Classes
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(outDir, "ner.model.zst"), buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("model: %d features, %d bytes, trained in %s", m.NumFeatures(), buf.Len(), time.Since(t0).Round(time.Second))

	shipped, err := ner.ReadModel(buf.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	return shipped
}

// report scores the shipped model on the -ood files, on dev and the -tune
// slice (with -caps also recased), and last on dev as the CoNLL scorer
// counts.
func report(o *options, shipped *ner.Model, gaz *ner.Gazetteer, dev, held []ner.Example) {
	for _, f := range strings.Split(o.ood, ",") {
		if f != "" {
			log.Printf("out of domain (%s):", f)
			data := readCoNLL(f)
			ner.Evaluate(shipped, shipped.Featurizer(gaz), data).Report(os.Stderr)
			if o.predOut {
				writePredictions(filepath.Join(o.outDir, filepath.Base(f)+".pred"), shipped, shipped.Featurizer(gaz), data)
			}
		}
	}
	if o.capsProbe {
		allCaps := ner.Recase(dev, true)
		log.Printf("dev in ALL CAPS:")
		ner.Evaluate(shipped, shipped.Featurizer(gaz), allCaps).Report(os.Stderr)
		log.Printf("dev in Title Case:")
		ner.Evaluate(shipped, shipped.Featurizer(gaz), ner.Recase(dev, false)).Report(os.Stderr)
	}
	if held != nil {
		if o.capsProbe {
			log.Printf("held-out slice of train in ALL CAPS:")
			ner.Evaluate(shipped, shipped.Featurizer(gaz), ner.Recase(held, true)).Report(os.Stderr)
			log.Printf("held-out slice of train in Title Case:")
			ner.Evaluate(shipped, shipped.Featurizer(gaz), ner.Recase(held, false)).Report(os.Stderr)
		}
		log.Printf("held-out slice of train (%d sentences):", len(held))
		ner.Evaluate(shipped, shipped.Featurizer(gaz), held).Report(os.Stderr)
		log.Printf("dev:")
	}
	c := ner.Evaluate(shipped, shipped.Featurizer(gaz), dev)
	c.Report(os.Stderr)
	c.ReportCoNLL(os.Stderr, "dev.conll")
}

// flagSet reports whether the named flag was given on the command line.
func flagSet(name string) bool {
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// trainModel trains on data and returns the model as shipped (quantised
// weights), without writing it.
func trainModel(f *ner.Featurizer, data []ner.Example, cfg ner.TrainConfig, common []uint64) *ner.Model {
	m := ner.Train(f, ner.Augment(data, cfg), cfg)
	m.Common, m.Set, m.Classes = common, f.Set, f.Classes
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		log.Fatal(err)
	}
	shipped, err := ner.ReadModel(buf.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	return shipped
}

// readPart returns the part of held-out corpus file (examples ex) named by
// part: a CoNLL file, or the genres "g1+g2" of GUM
// (data/ner/extra/gum_docs.tsv).
func readPart(dataDir, file string, ex []ner.Example, part string) []ner.Example {
	if _, err := os.Stat(part); err == nil || !strings.HasPrefix(filepath.Base(file), "gum.conll") {
		return readCoNLL(part)
	}
	out, err := ner.Genres(ex, filepath.Join(dataDir, "ner", "extra", "gum_docs.tsv"), strings.Split(part, "+"))
	if err != nil {
		log.Fatal(err)
	}
	return out
}

func readCoNLL(path string) []ner.Example {
	ex, err := ner.ReadCoNLLFile(path)
	if err != nil {
		log.Fatal(err)
	}
	return ex
}

// writePredictions writes token, gold and predicted label per line.
func writePredictions(path string, m *ner.Model, f *ner.Featurizer, data []ner.Example) {
	var b bytes.Buffer
	var t ner.Tagger
	for _, ex := range data {
		t.Sent.Toks = ex.Toks
		pred := m.Tag(f, &t)
		for i, tok := range ex.Toks {
			fmt.Fprintf(&b, "%s\t%s\t%s\n", tok, ner.LabelName(ex.Labels[i]), ner.LabelName(pred[i]))
		}
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}
