// Package entities finds named entities (PERSON, ORG, GPE, LOC, NORP, FAC,
// EVENT) in the sentences of content zones and gives each mention a
// canonical name and a dataset-wide entity id.
//
//	segment's tokens ──► sub-tokens ("Russia’s" → "Russia" "’s")
//	      │
//	      ▼
//	averaged perceptron (model/ner.model.zst: three trained in different
//	sentence orders, averaged into one; Viterbi BIO decoding over
//	hashed features: words, shapes, affixes, gazetteer and name-list hits,
//	heading case; trained on news, tweets, Wikipedia, Wikinews and web
//	text, data/ner/corpora.tsv)
//	      │
//	      ▼
//	spans cut at a lone dash ("BEIRUT - Air strikes"); no span without a
//	capital in cased text; spans trimmed (the, ’s, titles, also inside:
//	"House Minority Leader Nancy Pelosi" → PERSON Nancy Pelosi; an ORG
//	span ending in a title is
//	the title of the name after it); a wire dateline's place ("WASHINGTON
//	(AP) —") a GPE; no "R-Ky."; "Theresa May" not cut before a month
//	name; an unknown one-word "place" before "said"/"has vowed" a PERSON;
//	no PERSON ending in an index noun ("Dow Jones Industrial Average");
//	no PERSON that is a sea, a range or a desert ("Sargasso Sea", "Mt Yale");
//	no entity in an ALL CAPS wire slug ("RUGBY UNION - ...");
//	capitalised runs with an organisation
//	head word ("Harvard University", "Bank of England") made ORG
//	      │
//	      ▼
//	model's spans and the gazetteer   ◄── gazetteer (model/gazetteer.tsv.zst):
//	      │                              known multi-word names (not cutting
//	      │                              a model organisation or place
//	      │                              named after them: "State University
//	      │                              of New York", "San Francisco Bay"),
//	      │                              names the model missed (not lone
//	      │                              compass words, nor common words in
//	      │                              headings, nor inside a longer
//	      │                              capitalised run; towns only in
//	      │                              headings)
//	      ▼
//	one-word items of a list of four or more names, most of them persons,
//	are persons ("Okafor, Brennan, Lindqvist and Tamura")
//	      │
//	      ▼
//	span rules (rules.go; not in headings): "UNESCO World Heritage Site" →
//	UNESCO; ship names by a vessel noun or a ship prefix ("HMS Ocean") → FAC;
//	"Syrian civil war", "Korean War", "Independence Day" → EVENT;
//	"Roman theater", "Palmyra castle" → FAC; no pieces of a quoted
//	nickname ("known as the “Pearl of the Desert”")
//	      │
//	      ▼
//	posts (tweets.go): no retweet mark ("RT @user"); two known names
//	joined by "&" or "/" cut apart; no one-word name opening a sentence
//	whose lower-case words are mostly unknown (another language); a user
//	name whose parts name an organisation ("@ValleyNews", accounts.go) →
//	ORG, a hashtag of a known country or region ("#NorthKorea") → GPE/LOC
//	      │
//	      ▼
//	"U.S.-led" parts; institutions: "Syrian army", "the Syrian state-run
//	news agency" (the gazetteer's agency of that country), "the defense
//	ministry" (the country's, when named earlier in the document)
//	      │
//	      ▼
//	document pass: ambiguous aliases (IS, AP, RT) need support or context;
//	no acronym the document pluralises ("super XACs": a common noun);
//	acronyms (acronyms.go): none the text defines for lower-case words
//	("sea surface salinity (SSS)"); one the text defines for a name
//	("Harbour Pilots Guild (HPG)", "Kurdistan Workers' Party (PKK)",
//	"HPG (Harbour Pilots Guild)") is that name's entity wherever it
//	stands, tagged by the model or not; else the organisation of the
//	document whose initials it is ("FBI"); one label per surface form;
//	"Boris Johnson" read as an ORG is a PERSON where "Johnson" alone always
//	is; surname → full name; an organisation's head word ("the
//	Observatory") → that organisation; alias → gazetteer canonical ("Russia
//	Air Force" via "Russian Air Force"); a party's adjective or member
//	noun ("Republican", "Democrats") a political group (NORP), read or not
//	      │
//	      ▼
//	d.Mentions (Span, Label, Canonical, EntityID = EntityID(label, canonical))
//
// The files: entities.go (the Stage, its constructor, Process and the
// scratch space), sentence.go (the pass over one sentence), words.go (tests
// on single words the passes share), orgheads.go (organisations by their
// head word), gazetteer.go (the gazetteer's names the model missed),
// rules.go (span rules), tweets.go (conventions of posts), institutions.go
// (descriptive names of state institutions), canon.go (the document pass:
// canonical names, ambiguous aliases, one label per surface form),
// shortforms.go (a surname or an organisation's word for the full name),
// persons.go (the people a document names in full, the parts of a name),
// occurrences.go (the other occurrences of a name, the scan the batch vote
// shares), glued.go (a mention glued over a
// possessive, "Ann Holt's Vale Party", cut in two), orgevidence.go (names
// the document shows to be organisations, "Norvex Inc.", relabelled ORG),
// parties.go (party words as political groups), commonacronyms.go
// (acronyms used as common nouns) and acronyms.go (the document pass over acronyms: terms, definitions,
// initials). internal/ner holds the
// model (features, training, Viterbi decoding, gazetteer), internal/train
// its build.
//
// The embedded files are rebuilt from data/ with
// `go run ./stages/entities/internal/train`; docs/MODEL.md records how the
// model was chosen and what it scores.
package entities
