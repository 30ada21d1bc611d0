// Command train rebuilds the entity stage's embedded files from data/:
//
//	go run ./stages/entities/internal/train
//
// It compiles data/gazetteers/*.tsv into stages/entities/model/gazetteer.tsv.gz,
// trains the averaged perceptron on data/ner/train.conll and writes
// stages/entities/model/ner.model.gz, then reports dev-split scores. The
// output is the same bit for bit on every run (fixed seed, sorted keys,
// integer training arithmetic).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

func main() {
	dataDir := flag.String("data", "data", "directory holding ner/ and gazetteers/")
	outDir := flag.String("out", "stages/entities/model", "directory for ner.model.gz and gazetteer.tsv.gz")
	epochs := flag.Int("epochs", ner.DefaultTrainConfig.Epochs, "training epochs")
	minWeight := flag.Float64("minweight", ner.DefaultTrainConfig.MinWeight, "prune averaged weights below this")
	minCount := flag.Int("mincount", ner.DefaultTrainConfig.MinCount, "drop static features seen fewer times")
	flag.Parse()
	log.SetFlags(0)
	start := time.Now()

	entries, err := ner.ReadTSVDir(filepath.Join(*dataDir, "gazetteers"))
	if err != nil {
		log.Fatal(err)
	}
	var gz bytes.Buffer
	if err := ner.WriteCompiled(&gz, entries); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*outDir, "gazetteer.tsv.gz"), gz.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	// Train with the gazetteer exactly as the stage will load it.
	loaded, err := ner.ReadCompiled(bytes.NewReader(gz.Bytes()))
	if err != nil {
		log.Fatal(err)
	}
	gaz := ner.NewGazetteer(loaded)
	log.Printf("gazetteer: %d entries, %d bytes", len(loaded), gz.Len())

	train := readCoNLL(filepath.Join(*dataDir, "ner", "train.conll"))
	dev := readCoNLL(filepath.Join(*dataDir, "ner", "dev.conll"))
	cfg := ner.DefaultTrainConfig
	cfg.Epochs = *epochs
	cfg.MinWeight = *minWeight
	cfg.MinCount = *minCount
	cfg.Log = os.Stderr
	common := ner.CommonWords(train)
	f := ner.NewFeaturizer(gaz, common)
	aug := ner.Augment(train, cfg)
	log.Printf("training on %d sentences (%d with augmented copies)", len(train), len(aug))
	m := ner.Train(f, aug, cfg)
	m.Common = common
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*outDir, "ner.model.gz"), buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("model: %d features, %d bytes, trained in %s", m.NumFeatures(), buf.Len(), time.Since(start).Round(time.Second))

	// Score the model as shipped (quantised weights).
	shipped, err := ner.ReadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		log.Fatal(err)
	}
	ner.Evaluate(shipped, ner.NewFeaturizer(gaz, shipped.Common), dev).Report(os.Stderr)
}

func readCoNLL(path string) []ner.Example {
	fh, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer fh.Close()
	ex, err := ner.ReadCoNLL(fh)
	if err != nil {
		log.Fatal(fmt.Errorf("%s: %w", path, err))
	}
	return ex
}
