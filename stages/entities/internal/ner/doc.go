// Package ner is the named-entity tagger behind stages/entities: token
// features, the gazetteer matcher, the linear model and its decoders. The
// training program (../train) and the stage share it, so the features seen
// in training are exactly the features seen at run time.
//
//	run time (stages/entities):
//	  Sentence ──► Featurizer.Prepare, Static (+ Dynamic for greedy)   features.go, gazetteer.go,
//	                 │  hashed keys (hash.go, hashindex.go)             handles.go, handleparts.go
//	                 ▼
//	             Model.Tag ──► greedy, one token at a time             model.go
//	                       └─► Viterbi over the sentence (FeatViterbi) viterbi.go
//	                 ▼
//	             BIO labels (BILOU folded, bilou.go) ──► Spans ──► the stage's mentions
//
//	training (../train):
//	  corpora (ReadCoNLL, corpus.go) ──► averaged perceptron (train.go)
//	                                 └─► or a CRF objective (crf.go)
//	                                 ──► model file (model.go) ──► dev scores (eval.go)
//	  word classes (clusters.go) are an option of the features; the shipped
//	  model uses none (docs/MODEL.md).
package ner
