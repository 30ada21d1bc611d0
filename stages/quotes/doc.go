// Package quotes finds attributions — who said what — and resolves each
// speaker to a name.
//
//	content zones (not boilerplate), one paragraph per line
//	        |
//	        v
//	quote marks paired per paragraph (" “” ‘’ ' «» „“; unclosed double
//	marks close at the paragraph end; stray closers are ignored)
//	        |
//	        v
//	direct quotes: a quotation that fills its clause, attributed by a tail
//	("“…,” X said", "said X, director of Y", "according to X", "as X
//	put it"), a tail sentence of its own ("“…!” X said."), a lead ("X
//	said: “…”", "X shot back: “…”"), an intro paragraph ("X reports:"),
//	or by continuing the previous attributed quote; scare quotes, names
//	and titles dropped
//	        |
//	        v
//	unmarked excerpts ("X has the latest:" / "RT: headline" + paragraphs),
//	transcript lines ("Ann Lee: …", "WARD: …", labels read by the zones
//	stage: Doc.Turns), reader comments (the zone's author), headline
//	"… – Source"
//	        |
//	        v
//	indirect and mixed: reporting verbs in any tense ("X said (that) C",
//	"X said Tuesday C", "X told Y C", "C, X said", "C, said X, an
//	analyst at Y", "X did A but said C", "X denied NP",
//	", adding that C"; after a main clause with another verb, ", saying
//	C" reports for its subject: "X issued a statement, saying C"),
//	"X, who told Y that C" (source "who", speaker X), "X pledged to C",
//	"X asked Y if C", "X asked how C", ", saying, “…”" (a quotation
//	after the comma is the content, a clause or not), "X defended Y as
//	“…”" (defend,
//	describe, attack report only words they quote; "X endorsed Y", a
//	public declaration of support, reports its noun content),
//	"X called Y “…”", ", calling Y “…”", "X slammed Y as “…”",
//	a title "Name: claim", "according to X",
//	nominal cues ("reports that", "assertions by X that"), "citing Y";
//	"Asked whether C, X said" (the question, no source), "the poll
//	found (that) C" and "records show NP" (a poll, a study, records),
//	"In a CNN poll, C", "pointed out (that) C", "called for NP",
//	"called on X to do", "X called Y a Z", "the crowd chanted “…”",
//	", chanting “…”", ", with 40 percent of residents saying C",
//	", telling X C", a title "X Says C" or "Poll: C"
//	        |
//	        v
//	speakers from context, for a quotation no cue attributes: the subject
//	of the clause a colon closes ("X leaned in and boomed: “…”", also
//	ending the paragraph before), the name opening a headline before its
//	verb ("Lee slams council’s ‘gloom and doubt’"), the name signing a
//	quotation paragraph ("“…” ⏎ -Ann Lee, Dover."), the subject of the
//	narration sentence right before ("X is upbeat. “…”")
//	        |
//	        v
//	speakers: mentions in the source, else capitalised names; surnames,
//	pronouns and descriptions ("the spokesman") resolved in text order;
//	nesting by containment -> Doc.Quotes
//
// # Columns
//
// Every span is a byte span into Doc.Text (the tables write code points).
//
//   - Type: "direct" — the words are reproduced verbatim: the text between
//     a pair of quote marks that fills its clause, one entry per quoted
//     segment and per paragraph of a multi-paragraph quote; also a
//     paragraph of an unmarked block excerpt, a "Name: sentence."
//     transcript line, and a reader-comment paragraph (Unmarked set).
//     "indirect" — a reported clause or noun phrase, no quote marks.
//     "mixed" — a reported clause that contains quoted fragments.
//   - Content: direct — between the marks, surrounding white space trimmed,
//     punctuation inside the marks kept ("All targets have been hit,");
//     indirect — the reported clause without cue, source or "that" (a
//     wire dateline is a zone of its own, not read), ending before a trailing ", X said", ", adding", or
//     a ", which/who/though/while" gloss (a relative clause closed by a
//     comma and followed by the verb sits inside the subject and stays:
//     "the bill, which X drafted, would …"); mixed — the reported material
//     including the quote marks ("X called the plan “a disaster”": the
//     object and the fragment).
//     An aside inside the reported sentence ("These, he said, are …")
//     gives one indirect entry, not two, because the content is one span:
//     the part after the aside when the part before is only a connective
//     ("Moreover, he said, …") or ends with the conjunction that opens the
//     reported clause ("… since, he said, it would …"; the enclosing
//     attribution then runs across the aside), else the larger part. This
//     differs on purpose from split direct quotes (one entry per segment):
//     a paraphrase cut by an aside is rarely two claims.
//   - QuotedFragments: mixed only — the text inside each pair of marks.
//   - Source: the speaker as written in that sentence, with appositives
//     ("Andrew Parasiliti, director of the RAND Center …"), a relative
//     clause after the name that describes the speaker ("X, who managed
//     the campaign, said"; not one that reports the speaker's words or
//     views: "Harvey, who acknowledged …, said" -> "Harvey") and pronouns
//     ("he"); without
//     a leading conjunction or sentence adverb ("But", "However,") or an
//     adverb before the cue ("generally"); initials, abbreviations and
//     dotted acronyms keep their dot ("James W. Dorsey", "the U.N. envoy").
//     A fronted phrase is not part of it ("In two cases he ruled" -> "he"),
//     nor a word before a subject pronoun ("Sunday he added" -> "he"), nor
//     a participle phrase set off by commas ("The president, speaking at a
//     rally, said" -> "The president"), nor the relative clause after a
//     described speaker ("The clerk, who asked not to be
//     named, said" -> "The clerk"). A party and state or an
//     abbreviation after a name stays ("Sen. Ann Lee, D-Ore.",
//     "Stone of Millbrook, Ohio").
//     Empty when the sentence names none. Continuation segments
//     and excerpt paragraphs repeat the span of the quote they continue;
//     a quotation given a speaker from context points at the subject in
//     the sentence or paragraph before (a clause closed by a colon, a
//     narration sentence), with an empty Cue after narration, or at
//     the name signing it in the paragraph after, the dash as the Cue.
//   - Speaker: a name, a resolved pronoun, or a description kept as written
//     without its determiner; never a weekday, a closed-class word ("But
//     he", "Some"), or a capitalised common noun at a sentence start
//     ("Attorneys for the mayor" stays a description: with tags only a
//     proper noun opens a name, without tags a word the text also writes
//     in lower case does not). A name before an appositive wins over an
//     organisation inside it ("Robert Dale, state party chairman"); an
//     acronym and a title before a name go ("U.N. Secretary-General Ban
//     Ki-moon" -> "Ban Ki-moon"). In order: a PERSON mention in the source,
//     else an ORG mention (not a possessor such as "NPR's"), else the
//     capitalised name in the source without titles; a surname expands to
//     the fuller name mentioned in the text ("Gergiev" -> "Valery
//     Gergiev"), a one-word organisation to the longer name it heads
//     ("the Observatory"); a document ("the statement on the ministry’s
//     website") speaks for its owner; a bare country right after a state
//     body of that country spoke is metonymy for that body ("Russia's
//     defense ministry says … Russia said …" -> the ministry; "Russian",
//     "British" match by spelling); he/she -> (of the pronoun's gender where a first name, a title
//     or a gendered noun tells it, and never a name inside a quotation) a
//     person whose name opens
//     a sentence of the paragraph after the last person speaker
//     ("Lawrence, a lawyer, objected when he said") or, when the pronoun's
//     paragraph names no one before it, of the paragraph before (not the
//     person the quote is told to, nor a name before a role noun:
//     "Lee spokesman Tom Reyes"), else the last person speaker,
//     else the last PERSON mention (never an organisation, a place or a
//     description that is no role); it/they -> the organisation opening an earlier sentence of
//     the paragraph when newer than the last organisation speaker, else
//     that speaker (a resolved pronoun passes its speaker on); "the
//     spokesman" -> the last source with that head noun, else the last person named
//     with that office ("spokesman John Kirby", "John Kirby, a Pentagon
//     spokesman"); "the ministry" -> the last organisation whose name holds
//     the noun (and the description's modifier: "the nuclear agency" is
//     not the "Central Intelligence Agency"); "the group" -> the organisation that spoke last or opens
//     an earlier sentence; "the company" -> the organisation named last
//     in the paragraph or the one before, outside quotation marks, or the
//     one described with the noun ("Acme, the parent company of Bolt");
//     "the campaign", "the newspaper", "the union", "the agency" -> the
//     one body the paragraph or the two before name with the noun ("the
//     Lee campaign" gives Lee, a masthead, "Acme, a watchdog group", a
//     public body for "the agency"), none when two fit; "his campaign"
//     -> the one candidate of that gender the text names with the noun;
//     "Mr. Ward of Acme" -> Ward, with Acme the affiliation;
//     "a spokesman" -> the next named
//     source within three paragraphs; a person in the phrase after a
//     common-noun head is whom the speaker serves, not the speaker ("a
//     spokesman for Ann Lee" -> "spokesman for Ann Lee", linked to no
//     other spokesman); "He's" is the pronoun "He"; "who" -> the noun
//     phrase before it, without an opening preposition and, after a
//     clause, the phrase after its last verb ("came from a young farmer
//     who" -> "young farmer"); an unnamed source keeps its words
//     without the determiner ("activists", "early reports"), and is no
//     antecedent of he/she unless a person noun heads it; an uncued
//     mixed sentence takes the subject of its own main clause when that
//     subject can speak, else inherits the previous speaker unless it names
//     someone outside its quoted words; a comment's author for
//     comments. Empty when unknown (an unattributed headline quote).
//   - SpeakerEntityID: the EntityID of the mention the speaker came from,
//     or of a mention whose canonical name or own words equal the speaker
//     or its last two or more words ("Supreme Court Justice Sonia
//     Sotomayor"), or of the one person of the document whose surname the
//     speaker is ("Fiorina"); else empty.
//   - Affiliation: for a named or described speaker, the capitalised phrase
//     after "of", "for", "at", "with" or "from" in the source, without its
//     determiner ("John Kirby, a spokesman for the State Department" ->
//     "State Department"), not inside a relative clause ("who served as
//     secretary of State" is history), and never one holding the speaker's
//     own name ("Secretary of State Ann Lee"); else an organisation possessing
//     the name ("NPR's Alice Fordham" -> "NPR"). AffiliationEntityID is the
//     organisation (else place) mentioned inside it.
//   - Cue: the minimal cue: the verb ("said", not "had said"), "according
//     to", "citing", a nominal ("reports", "assertions"), the dash of a
//     headline "… – Kremlin", or the predicate of an intro ("has the
//     latest"); empty when none. The cue never overlaps the content.
//   - Addressee: after "told", "reported to", or "(briefing|interview|call)
//     with" in the sentence; else empty.
//   - EmbeddedIn: index in Doc.Quotes of the smallest other quote whose
//     content contains this quote's content, source and cue (a ministry
//     statement inside a correspondent's quote), or the first link of a
//     "according to X citing Y" chain; else -1.
//   - RelayedBy: who passes the speaker's words on to the article (see
//     relay.go): the source of a quotation between marks that holds this
//     report and names someone else ("“She told me …,” Ward said"), else
//     an "according to Y" a few words after the attribution or opening
//     the sentence before its source; the outermost when they nest. An
//     "according to Y" attribution whose content is only the relayed
//     words ("Lee said") is then dropped. "said in an interview with Y"
//     is no relay (Y is the addressee). RelayedByEntityID: the holding
//     quotation's speaker entity, else the organisation or person named
//     in the relay.
//   - Unmarked: a direct quote without quote marks (excerpts, comments).
//
// A reporting gerund (saying, adding, noting, claiming, arguing,
// insisting, warning, stating, asserting, stressing) after a comma, with no
// attribution earlier in the sentence, has as source the subject of the
// main clause whatever its verb ("Officials disputed that account, saying
// C"), found left of the first finite verb outside a subordinate or
// relative clause, unless the comma closes a subordinate clause whose
// subject then speaks ("It was a sharp exchange, as the mayor echoed the
// charge, saying C" gives the mayor); its content must be a clause ("He
// left, saying nothing" is none). Without a comma the gerund only describes the noun
// before it ("a sign saying the road was closed": no quote), unless that
// noun carries words ("issued a statement saying C": the subject speaks)
// or the gerund follows "by" ("responded by saying C") or opens a clause
// of time ("… after telling aides C", "After saying C, the man …": the
// main clause's subject), or follows "and" closing a gerund phrase
// ("…, painting others as weak and suggesting C"). A quotation after
// such a gerund that follows a quote's cue is the gerund's own
// attribution ("“A,” she said, adding, “B.”": B has the cue "adding").
// The gerund of a verb that reports only with its particle reports so too,
// the particle in its cue ("issued a statement calling on the county “to
// …”", ", pointing out that C").
// Stance verbs (dispute, contest, reject, deny) read "that" as opening
// the content only when a clause follows: "disputed that account" is a
// stance, no quote ("rejected"/"denied" keep a noun content, "that
// account"); "dispute" and "contest" need "that".
//
// One content is attributed once: "Some reports say C" is "say" with the
// source "Some reports", not also "reports" with the content "say C".
//
// Quotes are sorted by content start, enclosing quotes first.
//
// Vocal verbs (chant, yell, scream, shout) report only the quotation right
// after them: "chanting slogans" is an act. Find and show report a clause
// opened by "that", or any content when the source names a poll, a study or
// records; after a modal ("would show that") they report nothing.
//
// Not quotes: a quoted span of one or two words with no cue (“moderate”),
// a title-cased name (“Pearl of the Desert”), a span after "known as",
// "so-called", "dubbed", "called"; quoted fragments before the cue of their
// sentence's own attribution ("Sunday, on WKRB’s “Morning Roundtable,” X
// said"); the value of a markup attribute (`author="X"`); attributions
// whose source is the writer or the reader ("we say", "you can say"),
// passives without a source ("it is reported"), and a run of linked
// headlines "… -- Outlet".
//
// # Files
//
// The files follow the flow:
//
//	quotes.go            the stage: Process, paragraphs, candidates, nesting
//	text.go              tokens and sentences
//	marks.go             quote marks paired per paragraph
//	lexicon.go           reporting words and the kind of content each takes
//	direct.go            direct quotes and what is no quote (names, titles)
//	attrib.go            cues, and lead and tail attributions of a quotation
//	phrasecues.go        "according to X", "citing Y" and other phrase cues
//	continuation.go      quotes that continue an attributed quote
//	introduced.go        speakers from context: a clause closed by a colon,
//	                     a headline's opening name, a signature line
//	excerpt.go           unmarked excerpts, reader comments, "… – Source"
//	indirect.go          the scan for indirect and mixed attributions: each cue
//	                     to its reading, and what a report must pass
//	verbal.go            a reporting verb's source and content: "X said (that)
//	                     C", "C, X said", "X told Y C", "X pledged to C"
//	gerundsource.go      a gerund's source: "he’s saying", "…,” said Ward,
//	                     adding that C"
//	nouncontent.go       when a verb reports a noun phrase: "described the town
//	                     as …", "did not mention the levy", "told a tale"
//	relativegap.go       "the levy, which inspectors said will lapse"
//	titlecue.go          a cue in a title-case headline: "Mayor Says She …"
//	inverted.go          "C, said X"
//	participle.go        ", saying C" and other reporting gerunds
//	gerundclauses.go     "after telling aides C", "…, painting X and suggesting C"
//	asked.go             "Asked whether C, X said"
//	asaside.go           "as X noted," asides in a cue-less mixed sentence
//	evaluative.go        "X called the plan “…”"
//	cueless.go           mixed sentences with no cue
//	ownsubject.go        a cue-less mixed sentence's own subject
//	clausestart.go       where a reported clause starts
//	clauseend.go         where a reported clause ends
//	source.go            the source left of a cue, and right of an inverted one
//	sourcesubject.go     subject shapes left of a cue; asides before the cue
//	quotedtitle.go       a short quotation inside a subject's appositive
//	sourcetrim.go        relative clauses and settings trimmed off a source
//	validsource.go       whether a phrase can be a source
//	names.go             whether a word can belong to a name
//	nameruns.go          capitalised name runs; surname and organisation
//	                     expansion
//	speaker.go           one source resolved by itself (firstPass), entities
//	speakerorder.go      all sources resolved in text order: pronouns and
//	                     descriptions look back to earlier speakers
//	pronouns.go          he/she/it/they to a speaker
//	gender.go            a name's or a pronoun's gender (firstnames.tsv)
//	turns.go             interview turns: an answer to the person asked, the
//	                     speakers of transcript labels (Doc.Turns)
//	metonymy.go          a country source standing for the state body just quoted
//	sentencesubject.go   the organisation or person opening an earlier sentence
//	personname.go        a resolved person's name without titles, roles, places
//	describedfallback.go "the spokesman", "the ministry", "the group" to whom
//	                     they describe when no earlier source shares the head
//	business.go          "the company" to the business named last
//	words.go             word tests the resolution files share
//	affiliation.go       the body a speaker speaks for
//	relay.go             who passes the speaker's words on
//	docgender.go         a person's gender from the whole document ("Mr. Ward")
//	epithet.go           "the senator said": the person just spoken of
//	orgdescription.go    "the Lee campaign", "the newspaper" to whom they name
package quotes
