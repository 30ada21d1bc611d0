package quotes

import (
	"context"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// TestCuesAndCoverage covers cues and patterns found in an error review on
// annotated political news: markup attribute values, fragments before
// their sentence's own attribution, a name after a fronted date, vocal
// verbs, a question put by an unnamed asker, findings, a long leading
// "according to" source. The sentences are invented.
func TestCuesAndCoverage(t *testing.T) {
	tests := []textCase{
		{"markup attribute value over a line break", "<tweet author=\"@annlee\" date=\"January 19, 2016\n\">I love the new bridge and all of its lights tonight.<tweet/>", nil},
		{"markup attribute values", `<post pic="" title="The bridge opens today for all of us." author="ann_lee">The bridge opens today and stays open all winter long</post>.`, nil},
		{"title fragment before the attribution", "Sunday, on WXYZ’s “Morning Line,” Mayor Ann Lee said the bridge will open.", []string{
			"indirect|the bridge will open|Mayor Ann Lee|said||Ann Lee|-1"}},
		{"name after fronted weekday", "On Saturday Ann Lee said the bridge will open.", []string{"indirect|the bridge will open|Ann Lee|said||Ann Lee|-1"}},
		{"short quotation before inverted cue", `The toll is "unfair," said Ann Lee, a teacher in Dayton.`, []string{
			`mixed|The toll is "unfair,"|Ann Lee, a teacher in Dayton|said||Ann Lee|-1`}},
		{"vocal verb before quotation", "When the mayor spoke, the crowd chanted “Open the bridge!”", []string{
			"direct|Open the bridge!|the crowd|chanted||crowd|-1"}},
		{"vocal gerund", "About 200 protesters stood outside, chanting “Close the plant.”", []string{
			"direct|Close the plant.|About 200 protesters|chanting||About 200 protesters|-1"}},
		{"vocal verb is an act without a quotation", "The crowd chanted slogans and marched on.", nil},
		{"asked by an unnamed asker", "Asked whether she would run again, Ann Lee said she had not decided.", []string{
			"indirect|whether she would run again||Asked|||-1", "indirect|she had not decided|Ann Lee|said||Ann Lee|-1"}},
		{"finding", "A poll released Monday found that most voters back the levy.", []string{
			"indirect|most voters back the levy|A poll released Monday|found||poll released Monday|-1"}},
		{"finding needs that", "Police found the car near the river.", nil},
		{"modal finding is no report", "Retaking the town would show that the army still has momentum.", nil},
		{"long leading according to", "According to early counts from a survey taken for two radio stations and a local paper, most voters backed the levy.", []string{
			"indirect|most voters backed the levy|early counts from a survey taken for two radio stations and a local paper|According to||early counts from a survey taken for two radio stations and a local paper|-1"}},
		{"particle verb out", "Ann Lee pointed out that the bridge had failed twice.", []string{"indirect|the bridge had failed twice|Ann Lee|pointed out||Ann Lee|-1"}},
		{"particle verb for", "Ann Lee called for a new bridge.", []string{"indirect|a new bridge|Ann Lee|called for||Ann Lee|-1"}},
		{"particle verb needs its particle", "Ann Lee called the mayor at noon.", nil},
		{"poll opening its sentence", "In a Tribune poll, most voters backed the levy.", []string{"indirect|most voters backed the levy|a Tribune poll|In||Tribune poll|-1"}},
		{"evidence noun content", "The survey showed the mayor leading by ten points.", []string{"indirect|the mayor leading by ten points|The survey|showed||survey|-1"}},
		{"citing gerund", "The publisher dropped the book, citing legal risks.", []string{"indirect|legal risks|The publisher|citing||publisher|-1"}},
		{"with noun phrase saying", "The levy passed, with most voters saying they would pay more.", []string{"indirect|they would pay more|most voters|saying||most voters|-1"}},
		{"this opens a clause", "Ann Lee told reporters this was the last vote.", []string{"indirect|this was the last vote|Ann Lee|told|reporters|Ann Lee|-1"}},
		{"this week is a time phrase", "Ann Lee said this week the vote was fair.", []string{"indirect|the vote was fair|Ann Lee|said||Ann Lee|-1"}},
		{"made it clear", "Ann Lee made it clear that the bridge will open.", []string{"indirect|the bridge will open|Ann Lee|made it clear||Ann Lee|-1"}},
		{"pro-form content", "Most voters said so.", []string{"indirect|so|Most voters|said||Most voters|-1"}},
		{"wh-clause after a weak verb", "Ann Lee explained how the bridge would be paid for.", []string{"indirect|how the bridge would be paid for|Ann Lee|explained||Ann Lee|-1"}},
		{"aside before a fragment", "These rules, the lawyers said, “all point the same way” on the bridge.", []string{
			"indirect|These rules|the lawyers|said||lawyers|-1", "mixed|“all point the same way”|the lawyers|said||lawyers|-1"}},
		{"connective before an aside", "Perhaps, she said, the bridge “has grown too big too fast.”", []string{
			"mixed|the bridge “has grown too big too fast.”|she|said|||-1"}},
		{"split quotation with a fragment after and", "“The toll must stay low,” she said, and “the bridge must open on time.”", []string{
			"direct|The toll must stay low,|she|said|||-1", "mixed|and “the bridge must open on time.”|she|said|||-1"}},
		{"relative clause with its own report keeps the fragment apart", "“The toll is high,” said Ann Lee, who thinks the council “must cut it soon.”", []string{
			"mixed|“The toll is high,” said Ann Lee, who thinks the council “must cut it soon.”|||||-1", "direct|The toll is high,|Ann Lee|said||Ann Lee|0"}},
		{"as X puts it before a clause", "As one critic puts it, the bridge is “a road to nowhere.”", []string{
			"mixed|the bridge is “a road to nowhere.”|one critic|puts it||critic|-1"}},
		{"as X put it with a setting", "The toll made it, as the Tribune put it in an editorial last week, “a bridge for the few.”", []string{
			"mixed|“a bridge for the few.”|the Tribune|put it||Tribune|-1"}},
		{"as X put it after the content", "The bridge was “a road to nowhere,” as one critic put it.", []string{
			"mixed|The bridge was “a road to nowhere,”|one critic|put it||critic|-1"}},
		{"place and state before that", "Ann Lee said Sunday at a rally in Dayton, Ohio, that the bridge will open.", []string{
			"indirect|the bridge will open|Ann Lee|said||Ann Lee|-1"}},
		{"relative clause after a report", "Ann Lee said the bridge would open, which “will help every driver in town.”", []string{
			"indirect|the bridge would open|Ann Lee|said||Ann Lee|-1", "mixed|which “will help every driver in town.”|Ann Lee|said||Ann Lee|-1"}},
		{"quotation over a sentence end before its tail", "In 2009, when the grants came, “towns were losing money. They needed it,” Ann Lee said.", []string{
			"mixed|In 2009, when the grants came, “towns were losing money. They needed it,”|Ann Lee|said||Ann Lee|-1"}},
		{"a document reads", "The council met. “The bridge will open in May,” the statement read.", []string{
			"direct|The bridge will open in May,|the statement|read||statement|-1"}},
		{"read is no cue before a noun", "The mayor read the report twice.", nil},
		{"a possessive alone is no source", "The mill owner was asked whether his proposed levy would be “a theft on farmers.”", []string{
			"mixed|whether his proposed levy would be “a theft on farmers.”||asked|||-1"}},
	}
	runCases(t, tests)
}

// TestTitlePrefix checks that an article title attributes its claim to the
// words before its colon, and that a dateline or a label does not.
func TestTitlePrefix(t *testing.T) {
	body := "The council met on Monday evening to discuss the plan for the new bridge over the river."
	runTitleCases(t, body, []titleCase{
		{"a poll", "Poll: Most Voters Back the Bridge Levy.", []string{"indirect|Most Voters Back the Bridge Levy.|Poll|:||Poll|-1"}},
		{"a name to someone", "Mayor Lee to Council: The bridge will open in May.", []string{"indirect|The bridge will open in May.|Mayor Lee|:||Mayor Lee|-1"}},
		{"a name after a label and a dash", "EXCLUSIVE – Ann Lee: The Bridge Is Safe.", []string{"indirect|The Bridge Is Safe.|Ann Lee|:||Ann Lee|-1"}},
		{"a label in capitals", "WATCH: The Bridge Opens at Last.", nil},
		{"a running-story label", "The Latest: Council Backs the Bridge Levy.", nil},
		{"an exclamation", "WOW: Mayor Lee Just Opened the Bridge.", nil},
		{"a label in title case", "Revealed: The Council Members Who Backed the Levy.", nil},
	})
}

// titleCase is one row of a table of article titles: the title, and the
// quotes expected in it as describe writes them.
type titleCase struct {
	name, title string
	want        []string // nil means no quote
}

// runTitleCases runs the quotes stage over each case's title, a headline
// zone, and a body paragraph after it, and compares every field that
// describe writes.
func runTitleCases(t *testing.T, body string, cases []titleCase) {
	t.Helper()
	st := newStage(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.title + "\n\n" + body
			d := &pipeline.Doc{Text: text, Zones: []pipeline.Zone{
				{Span: pipeline.Span{Start: 0, End: len(tc.title)}, Kind: pipeline.ZoneHeadline},
				{Span: pipeline.Span{Start: len(tc.title) + 2, End: len(text)}, Kind: pipeline.ZoneBody},
			}}
			if err := st.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			wantQuotes(t, text, describe(d), tc.want)
		})
	}
}

// TestCensureCues checks the verbs of public censure and promotion that
// report a noun content ("decried the delays", "touted his record"),
// finite, inflected and after a relative pronoun, and that their nouns
// are no cues. The sentences are invented.
func TestCensureCues(t *testing.T) {
	tests := []textCase{
		{"decried", "Ann Lee decried the delays on the bridge.", []string{"indirect|the delays on the bridge|Ann Lee|decried||Ann Lee|-1"}},
		{"assails", "The mayor assails the council's new toll.", []string{"indirect|the council's new toll|The mayor|assails||mayor|-1"}},
		{"slammed", "Lee slammed the mayor over the tolls.", []string{"indirect|the mayor over the tolls|Lee|slammed||Lee|-1"}},
		{"touted after who", "The mayor, who touted her record on jobs, lost.", []string{"indirect|her record on jobs|who|touted||mayor|-1"}},
		{"chided", "Lee chided reporters for their questions.", []string{"indirect|reporters for their questions|Lee|chided||Lee|-1"}},
		{"has derided", "Ward has derided the plan.", []string{"indirect|the plan|Ward|derided||Ward|-1"}},
		{"decried after a quotation", `"The toll is unfair," Lee decried.`, []string{"direct|The toll is unfair,|Lee|decried||Lee|-1"}},
		{"a noun form is no cue", "The slams came late in the game.", nil},
	}
	runCases(t, tests)
}

// TestCharacterizationCues checks that describe, portray, characterize,
// defend and attack report a noun content without quote marks when it
// characterizes its object through "as", "describe" also a noun phrase
// opened by a determiner, and that they tell of an act otherwise.
// The sentences are invented.
func TestCharacterizationCues(t *testing.T) {
	tests := []textCase{
		{"described as", "Lee described the town as beset by crime.", []string{"indirect|the town as beset by crime|Lee|described||Lee|-1"}},
		{"reflexive object", "Lee described himself as a moderate.", []string{"indirect|himself as a moderate|Lee|described||Lee|-1"}},
		{"portrayed", "Critics portray him as aloof.", []string{"indirect|him as aloof|Critics|portray||Critics|-1"}},
		{"characterized", "Ward characterized the deal as a win for farmers.", []string{"indirect|the deal as a win for farmers|Ward|characterized||Ward|-1"}},
		{"defended as", "Lee defended the plan as necessary.", []string{"indirect|the plan as necessary|Lee|defended||Lee|-1"}},
		{"defending is an act", "Lee defended the plan.", nil},
		{"described a determined noun phrase", "Lee described the plan in detail.", []string{"indirect|the plan in detail|Lee|described||Lee|-1"}},
		{"defending is an act", "Lee defended the new plan.", nil},
		{"passive", "The town was described as quiet.", nil},
	}
	runCases(t, tests)
}

// TestDeclinedSpeech checks that a negated "mention" or "respond to"
// reports the noun phrase after it, the negation in the cue, and that the
// verbs unnegated tell of an act. The sentences are invented.
func TestDeclinedSpeech(t *testing.T) {
	tests := []textCase{
		{"did not mention", "Lee did not mention the bridge by name.", []string{"indirect|the bridge by name|Lee|did not mention||Lee|-1"}},
		{"never mentioned", "Lee never mentioned raising the toll.", []string{"indirect|raising the toll|Lee|never mentioned||Lee|-1"}},
		{"did not respond to", "Lee did not respond to two letters from the council.", []string{"indirect|two letters from the council|Lee|did not respond to||Lee|-1"}},
		{"has not responded to", "Lee has not responded to Ward's remarks.", []string{"indirect|Ward's remarks|Lee|has not responded to||Lee|-1"}},
		{"mentioned a name is an act", "Lee mentioned Ward.", nil},
		{"responded to is an act", "Lee responded to the letter.", nil},
		{"no noun phrase", "Lee did not respond.", nil},
	}
	runCases(t, tests)
}

// TestDeterminedNounCues checks that weak verbs such as note, tweet,
// recall and stress report a noun phrase opened by a determiner or a
// possessive, and stay weak before a bare noun. The sentences are
// invented.
func TestDeterminedNounCues(t *testing.T) {
	tests := []textCase{
		{"noted", "Lee also noted the sparse crowd at the fair.", []string{"indirect|the sparse crowd at the fair|Lee|noted||Lee|-1"}},
		{"tweeted", "Ward tweeted a photo of the crowd.", []string{"indirect|a photo of the crowd|Ward|tweeted||Ward|-1"}},
		{"recalled", "Lee recalled his first campaign in the county.", []string{"indirect|his first campaign in the county|Lee|recalled||Lee|-1"}},
		{"mentioned", "Lee mentioned the bridge.", []string{"indirect|the bridge|Lee|mentioned||Lee|-1"}},
		{"a clause still", "Lee noted the bridge was closed.", []string{"indirect|the bridge was closed|Lee|noted||Lee|-1"}},
		{"outlined", "Lee outlined his plan for the bridge.", []string{"indirect|his plan for the bridge|Lee|outlined||Lee|-1"}},
		{"applauded", "The mayor applauded the ruling.", []string{"indirect|the ruling|The mayor|applauded||mayor|-1"}},
		{"highlighted that", "The council highlighted that the bridge was safe.", []string{"indirect|the bridge was safe|The council|highlighted||council|-1"}},
		{"a list is no cue", "The list of names was long.", nil},
		{"retweeted", "Ward retweeted a post about the fair.", []string{"indirect|a post about the fair|Ward|retweeted||Ward|-1"}},
		{"an owner's name", "Lee noted Ward's long record.", []string{"indirect|Ward's long record|Lee|noted||Lee|-1"}},
		{"a name alone", "Lee mentioned Ward.", nil},
		{"bare noun", "Lee stressed importance.", nil},
		{"another weak verb", "Lee maintained the lead.", nil},
	}
	runCases(t, tests)
}

// TestSpeakAbout checks that "speak" reports with its particle "about"
// or "of" only. The sentences are invented.
func TestSpeakAbout(t *testing.T) {
	tests := []textCase{
		{"spoke about", "Lee spoke about the bridge on Monday.", []string{"indirect|the bridge on Monday|Lee|spoke about||Lee|-1"}},
		{"spoke of", "Lee spoke of the need for a new bridge.", []string{"indirect|the need for a new bridge|Lee|spoke of||Lee|-1"}},
		{"spoke to", "Lee spoke to reporters on Monday.", nil},
		{"spoke alone", "Lee spoke Monday at the fair.", nil},
	}
	runCases(t, tests)
}

// TestAccordingToAfterConnective checks that "according to X" after a
// connective, a clause opener or a bracket reports the clause after X,
// not the connective. The sentences are invented.
func TestAccordingToAfterConnective(t *testing.T) {
	tests := []textCase{
		{"however", "However, according to the council, the bridge will open.", []string{"indirect|the bridge will open|the council|according to||council|-1"}},
		{"in addition", "In addition, according to the clerk, most farmers will pay the toll.", []string{"indirect|most farmers will pay the toll|the clerk|according to||clerk|-1"}},
		{"content before still", "The bridge will open in May, according to the council.", []string{"indirect|The bridge will open in May|the council|according to||council|-1"}},
	}
	runCases(t, tests)
}
