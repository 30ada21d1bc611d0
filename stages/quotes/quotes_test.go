package quotes

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/zones"
)

// bodyDoc builds a Doc with one body zone per non-empty line and no
// mentions, as the zones stage would for plain article text.
func bodyDoc(text string) *pipeline.Doc {
	d := &pipeline.Doc{Text: text}
	zones.BareText(d)
	return d
}

// describe renders quotes as "type|content|source|cue|addressee|speaker|embedded".
func describe(d *pipeline.Doc) []string {
	var out []string
	for _, q := range d.Quotes {
		out = append(out, fmt.Sprintf("%s|%s|%s|%s|%s|%s|%d", q.Type, d.Slice(q.Content), d.Slice(q.Source), d.Slice(q.Cue), d.Slice(q.Addressee), q.Speaker, q.EmbeddedIn))
	}
	return out
}

// textCase is one table-driven case: a text made of body paragraphs, and
// the quotes expected in it as describe writes them.
type textCase struct {
	name string
	text string
	want []string // each an exact rendering by describe; nil means no quote
}

// wantQuotes fails when the quotes found in text, one line a quote as
// describe writes it (or the part of each line a test compares), are not
// want.
func wantQuotes(t *testing.T, text string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("text %q\n got:\n  %s\nwant:\n  %s", text, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// newStage builds the quotes stage, failing the test, benchmark or fuzz
// target when it cannot.
func newStage(t testing.TB) *Stage {
	t.Helper()
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// runCases runs the quotes stage, with no other stage before it, over each
// case's text and compares every field that describe writes.
func runCases(t *testing.T, tests []textCase) {
	t.Helper()
	st := newStage(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := bodyDoc(tc.text)
			if err := st.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			wantQuotes(t, tc.text, describe(d), tc.want)
		})
	}
}

func TestProcess(t *testing.T) {
	tests := []textCase{
		// direct quotes, cue after
		{"said after", `"We will win," Smith said.`, []string{"direct|We will win,|Smith|said||Smith|-1"}},
		{"said inverted", `"We will win," said John Smith.`, []string{"direct|We will win,|John Smith|said||John Smith|-1"}},
		{"curly marks", "“We will win,” Smith said.", []string{"direct|We will win,|Smith|said||Smith|-1"}},
		{"says present", "“Prices will rise,” the minister says.", []string{"direct|Prices will rise,|the minister|says||minister|-1"}},
		{"added", "“It was a mistake,” Jones added.", []string{"direct|It was a mistake,|Jones|added||Jones|-1"}},
		{"told addressee", "“It is over,” Smith told reporters.", []string{"direct|It is over,|Smith|told|reporters|Smith|-1"}},
		{"told outlet", "“Talks failed,” Anna Berg, director of the Baltic Institute, told VICE News.", []string{"direct|Talks failed,|Anna Berg, director of the Baltic Institute|told|VICE News|Anna Berg|-1"}},
		{"inverted appositive", "“Talks failed,” said Anna Berg, director of the Baltic Institute.", []string{"direct|Talks failed,|Anna Berg, director of the Baltic Institute|said||Anna Berg|-1"}},
		{"title stripped", "“No strikes took place,” US Central Command spokesman Colonel Patrick Ryder said.", []string{"direct|No strikes took place,|US Central Command spokesman Colonel Patrick Ryder|said||Patrick Ryder|-1"}},
		{"according to after", "“All targets have been hit,” according to the defense ministry.", []string{"direct|All targets have been hit,|the defense ministry|according to||defense ministry|-1"}},
		{"cue with time", "“We are ready,” Smith said on Monday.", []string{"direct|We are ready,|Smith|said||Smith|-1"}},
		{"cue with place", "“We protest,” Gergiev said in a speech before the concert began.", []string{"direct|We protest,|Gergiev|said||Gergiev|-1"}},
		{"pronoun source", "Mark Twain spoke first.\n“It is late,” he said.", []string{"direct|It is late,|he|said||Mark Twain|-1"}},
		{"surname resolved", "Valery Gergiev conducted.\n“We protest,” Gergiev said.", []string{"direct|We protest,|Gergiev|said||Valery Gergiev|-1"}},
		{"had said", "“Nothing changed,” Ryder had said.", []string{"direct|Nothing changed,|Ryder|said||Ryder|-1"}},
		// cue before
		{"colon lead", "Smith said: “We will win.”", []string{"direct|We will win.|Smith|said||Smith|-1"}},
		{"comma lead", "Smith said, “We will win.”", []string{"direct|We will win.|Smith|said||Smith|-1"}},
		{"according to lead", "According to reports, \" Syrian forces have liberated the citadel.\"", []string{"direct|Syrian forces have liberated the citadel.|reports|According to||reports|-1"}},
		{"space after opening", "Smith said: \" We will win. \"", []string{"direct|We will win.|Smith|said||Smith|-1"}},
		// other mark styles
		{"guillemets", "«Nous allons gagner», a déclaré Smith.", nil},
		{"guillemets english cue", "«We will win,» Smith said.", []string{"direct|We will win,|Smith|said||Smith|-1"}},
		{"low-high marks", "„We will win,“ Smith said.", []string{"direct|We will win,|Smith|said||Smith|-1"}},
		{"single curly", "‘We will win,’ Smith said.", []string{"direct|We will win,|Smith|said||Smith|-1"}},
		{"single straight", "'We will win,' Smith said.", []string{"direct|We will win,|Smith|said||Smith|-1"}},
		{"headline single quotes", "Syrian troops 'recapture Palmyra from Isil' for second time", []string{"direct|recapture Palmyra from Isil|||||-1"}},
		{"headline curly single", "Troops ‘retake the city centre’ after assault", []string{"direct|retake the city centre|||||-1"}},
		// segments and continuations
		{"split quote", "“Palmyra matters,” Smith told VICE News. “Losing it was a blow.”", []string{
			"direct|Palmyra matters,|Smith|told|VICE News|Smith|-1", "direct|Losing it was a blow.|Smith|told|VICE News|Smith|-1"}},
		{"multi paragraph", "Alice Fordham reports:\n\n\"The ministry says the raids worked.\n\n\"The coalition says it struck too.\"", []string{
			"direct|The ministry says the raids worked.|Alice Fordham|reports||Alice Fordham|-1",
			"indirect|the raids worked|The ministry|says||ministry|0",
			"direct|The coalition says it struck too.|Alice Fordham|reports||Alice Fordham|-1",
			"indirect|it struck too|The coalition|says||coalition|2"}},
		{"next paragraph continues", "“We will rebuild,” the mayor said.\n\n“It will take years.”", []string{
			"direct|We will rebuild,|the mayor|said||mayor|-1", "direct|It will take years.|the mayor|said||mayor|-1"}},
		// unbalanced marks
		{"unclosed at paragraph end", "“We will win, Smith said", []string{"direct|We will win, Smith said|||||-1", "indirect|We will win|Smith|said||Smith|0"}},
		{"stray closing mark", "The vote” passed easily.", nil},
		{"lone straight mark", "He measured 6\" of rain.", nil},
		{"apostrophes only", "ISIS’ de facto capital isn't far, it's said.", nil},
		{"odd marks carry on", "“A,” “B\n\n“We won,” Smith said.", []string{"direct|We won,|Smith|said||Smith|-1"}},
		// nesting
		{"quote in quote", "“He told me ‘we are leaving today’ and left,” Smith said.", []string{
			"direct|He told me ‘we are leaving today’ and left,|Smith|said||Smith|-1", "indirect|‘we are leaving today’ and left|He|told|me||0"}},
		{"indirect inside direct", "“The army says it repelled all attacks,” Smith said.", []string{
			"direct|The army says it repelled all attacks,|Smith|said||Smith|-1", "indirect|it repelled all attacks|The army|says||army|0"}},
		// scare quotes, nicknames, titles
		{"scare quote", "ISIS and their \"moderate\" friends left.", nil},
		{"scare quote verb", "The Russians \"lead\" them again.", nil},
		{"scare quote curly", "About the US “involvement” in the battle.", nil},
		{"all caps scare", "Only the \"UNCLASSIFIED\" reports were seen.", nil},
		{"nickname known as", "Palmyra, known as the \"Pearl of the Desert\", fell.", nil},
		{"so-called", "The so-called “Islamic State” retreated.", nil},
		{"dubbed", "The plan, dubbed “Operation Dawn Light”, began.", nil},
		{"title of work", "She wrote “The Long Road Home” in 2010.", nil},
		{"film title", "They watched “Gone with the Wind” twice.", nil},
		{"two word no cue", "The “peace process” stalled.", nil},
		{"first person scare", "We say the Russians \"lead\" them to Palmyra.", nil},
		// indirect
		{"said that", "Smith said that the talks failed.", []string{"indirect|the talks failed|Smith|said||Smith|-1"}},
		{"said no that", "Smith said the talks failed.", []string{"indirect|the talks failed|Smith|said||Smith|-1"}},
		{"says present", "The monitoring group says warplanes continued the bombing.", []string{"indirect|warplanes continued the bombing|The monitoring group|says||monitoring group|-1"}},
		{"content first", "Air strikes killed 39 civilians, a monitoring group said.", []string{"indirect|Air strikes killed 39 civilians|a monitoring group|said||monitoring group|-1"}},
		{"content first with day", "The missiles hit, the ministry said Wednesday.", []string{"indirect|The missiles hit|the ministry|said||ministry|-1"}},
		{"dateline stripped", "BEIRUT - Air strikes killed 39 civilians, a monitoring group said.", []string{"indirect|Air strikes killed 39 civilians|a monitoring group|said||monitoring group|-1"}},
		{"dateline with a date left out", "LONDON, Oct 3 (AP) — Air strikes killed 39 civilians, a monitoring group said.", []string{"indirect|Air strikes killed 39 civilians|a monitoring group|said||monitoring group|-1"}},
		{"dateline with a capitalised place left out", "Washington (CNN) — Air strikes killed 39 civilians, a monitoring group said.", []string{"indirect|Air strikes killed 39 civilians|a monitoring group|said||monitoring group|-1"}},
		{"according to after", "Five children died, according to the Syrian Observatory for Human Rights.", []string{"indirect|Five children died|the Syrian Observatory for Human Rights|according to||Syrian Observatory for Human Rights|-1"}},
		{"according to before", "According to the BBC, the orchestra played for soldiers.", []string{"indirect|the orchestra played for soldiers|the BBC|According to||BBC|-1"}},
		{"citing chain", "Troops fled, according to a Voice of America report citing the Syrian Observatory for Human Rights.", []string{
			"indirect|Troops fled|a Voice of America report|according to||Voice of America|-1",
			"indirect|Troops fled|the Syrian Observatory for Human Rights|citing||Syrian Observatory for Human Rights|0"}},
		{"adding that", "Ryder said that most jets left, adding that no strikes were staged.", []string{
			"indirect|most jets left|Ryder|said||Ryder|-1", "indirect|no strikes were staged|Ryder|adding||Ryder|-1"}},
		{"briefing addressee", "Earlier, in a telephone briefing with reporters, Ryder had said that most jets left.", []string{"indirect|most jets left|Ryder|said|reporters|Ryder|-1"}},
		{"adverbial before that", "Ryder said during the call earlier that some shelling took place.", []string{"indirect|some shelling took place|Ryder|said||Ryder|-1"}},
		{"reported to addressee", "Shoigu has reported to the commander-in-chief, President Vladimir Putin, that the city was liberated.", []string{"indirect|the city was liberated|Shoigu|reported|the commander-in-chief, President Vladimir Putin|Shoigu|-1"}},
		{"nested indirect", "Shoigu has reported to Putin that the city was liberated, Kremlin press secretary Dmitry Peskov said.", []string{
			"indirect|Shoigu has reported to Putin that the city was liberated|Kremlin press secretary Dmitry Peskov|said||Dmitry Peskov|-1",
			"indirect|the city was liberated|Shoigu|reported|Putin|Shoigu|0"}},
		{"announced noun", "Russian President Vladimir Putin on Monday announced a partial withdrawal of forces, where they fought.", []string{"indirect|a partial withdrawal of forces|Russian President Vladimir Putin|announced||Vladimir Putin|-1"}},
		{"has announced tail", "The operation is complete, Kremlin has announced.", []string{"indirect|The operation is complete|Kremlin|announced||Kremlin|-1"}},
		{"denied", "Russia denied the involvement of the regime in the attack, which killed 80 people.", []string{"indirect|the involvement of the regime in the attack|Russia|denied||Russia|-1"}},
		{"warned", "The UN warned that famine was imminent.", []string{"indirect|famine was imminent|The UN|warned||UN|-1"}},
		{"claimed", "The group claimed it downed a jet.", []string{"indirect|it downed a jet|The group|claimed||group|-1"}},
		{"insisted", "Officials insisted that the strike was legal.", []string{"indirect|the strike was legal|Officials|insisted||Officials|-1"}},
		{"confirmed", "The Pentagon confirmed that two soldiers died.", []string{"indirect|two soldiers died|The Pentagon|confirmed||Pentagon|-1"}},
		{"stated", "The report stated that water was scarce.", []string{"indirect|water was scarce|The report|stated||report|-1"}},
		{"progressive", "Activists are now reporting that the fighters withdrew.", []string{"indirect|the fighters withdrew|Activists|reporting||Activists|-1"}},
		{"nominal reports", "After early reports that ISIS had retaken the city, activists disagreed.", []string{"indirect|ISIS had retaken the city|early reports|reports||early reports|-1"}},
		{"nominal assertions by", "That contradicted assertions by the Russian military that its jets flew 25 sorties.", []string{"indirect|its jets flew 25 sorties|the Russian military|assertions||Russian military|-1"}},
		{"statement owner", "The statement on the defense ministry’s website said four missiles were launched, though no date was given.", []string{"indirect|four missiles were launched|The statement on the defense ministry’s website|said||defense ministry|-1"}},
		{"appositive before cue", "On Thursday, a Baghdad-based US military spokesman, Colonel Steve Warren, said there had been little change.", []string{"indirect|there had been little change|a Baghdad-based US military spokesman, Colonel Steve Warren|said||Steve Warren|-1"}},
		{"gerund after", "Russia did strike, a US military spokesman said Friday, hours after asserting the opposite.", []string{
			"indirect|Russia did strike|a US military spokesman|said||US military spokesman|-1", "indirect|the opposite|a US military spokesman|asserting||US military spokesman|-1"}},
		{"spokesman resolved forward", "Russia did strike, a US military spokesman said.\n“We saw strikes,” US Central Command spokesman Colonel Patrick Ryder said.", []string{
			"indirect|Russia did strike|a US military spokesman|said||Patrick Ryder|-1", "direct|We saw strikes,|US Central Command spokesman Colonel Patrick Ryder|said||Patrick Ryder|-1"}},
		{"the spokesman backward", "“We saw strikes,” spokesman Patrick Ryder said.\nThe spokesman said that the data was old.", []string{
			"direct|We saw strikes,|spokesman Patrick Ryder|said||Patrick Ryder|-1", "indirect|the data was old|The spokesman|said||Patrick Ryder|-1"}},
		{"headline says", "Kremlin says Syrian forces regain Palmyra -- L.A. Times", []string{"indirect|Syrian forces regain Palmyra|Kremlin|says||Kremlin|-1"}},
		{"dash attribution", "Syrian Army recaptures Palmyra – Kremlin", []string{"indirect|Syrian Army recaptures Palmyra|Kremlin|–||Kremlin|-1"}},
		{"linked list is not attribution", "Army retakes Palmyra -- AFP\nTown falls -- Reuters", nil},
		// mixed
		{"mixed praised", "Putin praised Palmyra as a “newly liberated” city and urged calm.", []string{"mixed|Palmyra as a “newly liberated” city|Putin|praised||Putin|-1", "indirect|calm|Putin|urged||Putin|-1"}},
		{"mixed content first", "Russia told Israel about the strikes at the “appropriate time,” the statement said, providing no details.", []string{"mixed|Russia told Israel about the strikes at the “appropriate time,”|the statement|said||statement|-1"}},
		{"mixed said that", "The minister said the attack was “a grave mistake by the regime”.", []string{"mixed|the attack was “a grave mistake by the regime”|The minister|said||minister|-1"}},
		{"mixed without cue inherits", "The ministry said missiles were fired.\nThe targets contained “heavy hardware and manpower of insurgents” near the city.", []string{
			"indirect|missiles were fired|The ministry|said||ministry|-1", "mixed|The targets contained “heavy hardware and manpower of insurgents”||||ministry|-1"}},
		// unmarked excerpts and transcripts
		{"colon excerpt", "Al Masdar News has the latest from the front:\n\nThe army retook the castle.\n\nAnother unit stormed the hotels.\n\nNow it won't be long.", []string{
			"direct|The army retook the castle.|Al Masdar News|has the latest||Al Masdar News|-1", "direct|Another unit stormed the hotels.|Al Masdar News|has the latest||Al Masdar News|-1"}},
		{"source label excerpt", "RT: Army recaptures Palmyra\n\nThe army completed its operation.\n\nRead more ....", []string{"direct|The army completed its operation.|RT|||RT|-1"}},
		{"transcript line", "John Smith: We will not give up.", []string{"direct|We will not give up.|John Smith|:||John Smith|-1"}},
		{"label not a source", "UPDATE: The road reopened.", nil},
		// negatives
		{"no cue", "The army retook the city on Saturday.", nil},
		{"passive reported", "It is reported that the city fell.", nil},
		{"infinitive", "I find it important to note that it fell.", nil},
		{"first person body", "We say the war is over.", nil},
		{"you can say", "You can say pretty much anything.", nil},
		{"noun report", "Four advisors were killed, but the report was buried.", nil},
		{"told about", "Russia told Israel about the strikes.", nil},
		{"maintained noun", "Moscow has maintained some momentum.", nil},
		{"empty quotes", "He typed \"\" and left.", nil},
		{"empty text", "", nil},
	}
	if len(tests) < 80 {
		t.Fatalf("only %d cases", len(tests))
	}
	runCases(t, tests)
}

// TestComment checks that a reader comment is a direct quote by its author.
func TestComment(t *testing.T) {
	text := "Jane Roe said...\n\nThe town is not in rubble.\n\nI saw it myself."
	d := &pipeline.Doc{Text: text, Zones: []pipeline.Zone{
		{Span: pipeline.Span{Start: 0, End: 16}, Kind: pipeline.ZoneComment, Author: "Jane Roe"},
		{Span: pipeline.Span{Start: 18, End: len(text)}, Kind: pipeline.ZoneComment, Author: "Jane Roe"},
	}}
	st := newStage(t)
	if err := st.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	want := []string{"direct|The town is not in rubble.|Jane Roe|said||Jane Roe|-1", "direct|I saw it myself.|Jane Roe|said||Jane Roe|-1"}
	if got := describe(d); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q, want %q", got, want)
	}
}
