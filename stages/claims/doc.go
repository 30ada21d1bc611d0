// Package claims finds the checkable assertions of a document — who claims
// what, with which numbers and entities — and links claims that agree or
// conflict, within and across documents.
//
// The stage reads the layers of the stages before it and writes Doc.Claims:
//
//	Quotes ──► quote units (innermost speaker; sentences holding an
//	   │        embedded quote are left to it, unless its source names
//	   │        no one: "people who tell you ..."; a quote without cue
//	   │        or source gives way to a frame its sentence names)
//	   │                                         ┌─► clauses ─► checkable? ─► Claim
//	Sentences minus quoted regions ──► own-voice units (outlet, byline,
//	   of content zones                 or the comment's author; a
//	   (without a wire dateline:        reporting frame the quotes layer
//	    "WASHINGTON (AP) — ")           missed, "NP said that ...",
//	                                    "according to NP", a title's "NP
//	                                    Says ...", "NP praised X and said
//	                                    ...", gives its source; in an
//	                                    interview transcript the turn's
//	                                    speaker, a question turn none;
//	                                    in an embedded post its author)
//
// A unit is cut into clauses at ellipses and semicolons, at ", and" and at
// "as" when a subject and its tensed verb follow ("as the drivers walked
// out", not "as a burden, but ..."), and around subordinate clauses
// (because, while, although); a subordinator or relative word left at the
// end of a piece is dropped. A clause is kept when it is a checkable
// assertion: it has a tensed verb and a subject, is not a question (in
// quote marks too), a prediction of the writer ("will", "would"), a
// prescription ("must", "we have to"), a condition ("if ..."), an
// imperative (also behind "I would add,"), a bare reporting frame whose
// report follows outside it ("He went on to add, “...”"), a first-person
// view, a judgement (an evaluative copula,
// "deserves") or a fragment of the article's voice a quote cut off (a
// relative clause, a clause ending on an article). A source's promise or forecast and
// what a source says of itself ("I never sent the questions") are claims
// of that source; "I think ..." is not. A denial whose object only points
// back at a statement ("allegations that he assaulted her, which he has
// denied", "a charge that X strongly denied", "although Israel disputes
// this") makes that statement a claim of the denier too, with the stance
// denies or disputes (anaphora.go). Each claim gets its
// quantities and entities, a hedge flag, a stance (asserts, denies,
// disputes), the lemma of its main verb, subject, object, place and date.
//
// The Linker reads a signature of every claim (event classes and their
// polarity, actors, places, numbers as intervals, date, the subject, verb
// and object of its proposition) and compares claims found under a shared
// block key: an event class, a unit, an entity, a proposition (verb and
// subject), a pair of entities, a denied verb or their wording. Within a document, too,
// a claim is compared only with the earlier claims sharing one of its
// keys (actors, places, entities, event classes, the first words of its
// sorted word set), each key listing a bounded number of claims and a
// claim meeting at most the 64 most recent of them over all its keys, so
// a document of n claims costs at most 64 n comparisons, not n². Every link
// is with an earlier claim, so it links each document as it arrives and
// keeps of each claim only what later documents need, as integer ids in
// flat tables (about 40 bytes a claim for undated documents, under 300 for
// dated ones):
//
//	claims of one document ──► signatures ──► relate(a, b) with its earlier
//	                                │          claims and with kept claims
//	                                ▼          under the same block key
//	        kept: blocks (event class, unit, entity, week; wording)
//
//	   repeats    the same words again, or the same claimant agreeing
//	   agrees     one measure with overlapping values, or the same event
//	              by the same actor at the same place
//	   updates    the same claimant, a new value, in a later document
//	   conflicts  the same words asserted by one source and denied or
//	              disputed by another (an accusation and its denial);
//	              different values for one measure; "no X" against X;
//	              opposite events of one actor; a denial of what
//	              another source asserts; one proposition asserted by
//	              one source and negated or denied by another; an act
//	              denied in one document ("there was no copying of her
//	              speech") and reported in another a week apart (the
//	              denied verb is a verb of the report, which names the
//	              same people)
//	   agrees     (also) one proposition, or one statement about the same
//	              two entities in other words, from two documents a few
//	              days apart
//
// Links are precise rather than many: undated documents are linked only by
// repeated wording; claims need a shared actor or place; across documents
// events must share their place, and numbers their place and date (wire
// copy reports many incidents of one kind in one country each week); a
// negation counts only where it governs the event word ("no intention of
// attacking" denies nothing), not a modifier ("a never ending line") nor a
// degree ("not moving fast enough"); a source correcting its own object
// from one claim to the next ("they're not sending their best players.
// They're sending the ones who need the practice") does not contradict itself;
// and an agreeing claim is linked once, to the earliest claim it agrees
// with.
//
// The files follow the flow:
//
//	claims.go            the stage: units ─► clauses ─► checkable ─► buildClaim
//	lower.go             each token lowered once, for every rule to read
//	quoteunits.go        quote units: claimant, stance of the cue, relayed and
//	                     embedded quotes
//	ownvoice.go          own-voice units: sentences minus quoted regions
//	transcript.go        interview transcripts: which labels (Doc.Turns) make
//	                     one, how far a turn runs, its speaker
//	tweets.go            embedded posts: their tags, read in the text between
//	                     tokens (segment keeps tags out of every token), the
//	                     signature cut off their claims, their authors
//	frames.go            reporting frames the quotes layer missed: "NP said",
//	                     "according to NP"; the other readers by kind below
//	headline.go          a title's "NP Says"
//	trailingframes.go    "content, NP said.", "content, NP said, content"
//	asframe.go           "as NP noted, content"
//	mainclauseframes.go  ", saying that ...", "... and said ..."
//	framesource.go       who a frame's source is
//	clausestart.go       where a reported clause starts
//	clauses.go           cutting a unit into clauses
//	checkable.go         why a clause is not a checkable assertion
//	analysis.go          events, predicate, subject, object and place of a claim
//	memo.go              the stage's analyses, kept for the linker's Prepare
//	stance.go            denies, disputes and hedges; what a denial takes
//	anaphora.go          denials that point back at a statement
//	tokens.go            token and mention look-ups, verb tests
//	lexicon.go           word lists, lemmas and event classes
//	linker.go            the Linker: signatures of claims, links
//	blockkeys.go         block keys and the in-document index
//	relate.go            how two claims relate
//	propositions.go      propositions and paraphrases of two documents
//	denied.go            an act denied in one document, reported in another
//	kept.go              what is kept of a claim for later documents
//	words.go             content words and the string table
//	index.go             the claim index saved with a dataset
package claims
