package quotes

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/internal/gold"
	"github.com/newsclaims/newsclaims/pipeline"
)

// withMentions adds mentions written "text[@k]/LABEL=Canonical", located at
// the k-th hit (default 1) of text, as the entities stage would tag them.
func withMentions(t *testing.T, d *pipeline.Doc, specs []string) {
	t.Helper()
	for _, spec := range specs {
		slash := strings.LastIndex(spec, "/")
		eq := strings.Index(spec[slash:], "=") + slash
		text, label, canon := spec[:slash], spec[slash+1:eq], spec[eq+1:]
		k := 1
		if at := strings.LastIndex(text, "@"); at >= 0 {
			n, err := strconv.Atoi(text[at+1:])
			if err != nil {
				t.Fatalf("bad mention %q", spec)
			}
			text, k = text[:at], n
		}
		off := findOccurrence(d.Text, text, k)
		if off < 0 {
			t.Fatalf("mention %q not in text", spec)
		}
		d.Mentions = append(d.Mentions, pipeline.Mention{Span: pipeline.Span{Start: off, End: off + len(text)},
			Text: text, Label: label, Canonical: canon, EntityID: pipeline.EntityID(label, canon)})
	}
	for i := 1; i < len(d.Mentions); i++ {
		for j := i; j > 0 && d.Mentions[j].Start < d.Mentions[j-1].Start; j-- {
			d.Mentions[j], d.Mentions[j-1] = d.Mentions[j-1], d.Mentions[j]
		}
	}
}

// speakerCase is one row of a speaker table test: a text, the entity
// mentions to lay on it (as withMentions reads them), and the speaker of
// each quote the stage should give, in output order.
type speakerCase struct {
	name     string
	text     string
	mentions []string
	want     []string
}

// runSpeakerCases runs each case as a subtest over one stage.
func runSpeakerCases(t *testing.T, cases []speakerCase) {
	t.Helper()
	st := newStage(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkSpeakers(t, st, tc.text, tc.mentions, tc.want)
		})
	}
}

// checkSpeakers runs st over text with the given mentions (as withMentions
// reads them) and fails when the quotes' speakers, in output order, are not
// want.
func checkSpeakers(t *testing.T, st *Stage, text string, mentions, want []string) {
	t.Helper()
	d := bodyDoc(text)
	withMentions(t, d, mentions)
	if err := st.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	wantSpeakers(t, d, text, want)
}

// wantSpeakers fails when the speakers of d's quotes, in output order, are
// not want.
func wantSpeakers(t *testing.T, d *pipeline.Doc, text string, want []string) {
	t.Helper()
	var got []string
	for _, q := range d.Quotes {
		got = append(got, q.Speaker)
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("text %q\n got: %q\nwant: %q\nquotes:\n  %s", text, got, want, strings.Join(describe(d), "\n  "))
	}
}

// TestSpeakerResolution checks how sources are resolved to speakers:
// metonymy of a country for its state body, pronouns, and definite
// descriptions, each with negatives, with and without mentions.
func TestSpeakerResolution(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		// a name inside a relative clause of the source is not the speaker
		{"place in a relative clause", "“The levy is fair,” said the Dover farmer, who spoke Tuesday in South Dakota.",
			[]string{"South Dakota/GPE=South Dakota"}, []string{"Dover farmer"}},
		{"employer in a relative clause", "Nora Vance, who is chairman of Our Farms Pac, said the levy was fair.",
			[]string{"Our Farms Pac/ORG=Our Farms Pac"}, []string{"Nora Vance"}},
		// a role pinned by a place: not a speaker of the same role from
		// elsewhere, but the person the text just spoke of
		{"role pinned by a place", "“We will win,” said Ivo Marsh, the senator from Vermont.\n\nNora Vance stressed farm issues during a visit.\n\nThe Delaware senator told reporters she feels good about her campaign.",
			[]string{"Ivo Marsh/PERSON=Ivo Marsh", "Vermont/GPE=Vermont", "Nora Vance/PERSON=Nora Vance", "Delaware/GPE=Delaware"},
			[]string{"Ivo Marsh", "Nora Vance"}},
		{"role pinned by a nationality stays unresolved", "Nora Vance stressed farm issues during a visit.\n\nThe French president told reporters the deal would hold.",
			[]string{"Nora Vance/PERSON=Nora Vance", "French/NORP=French"},
			[]string{"French president"}},
		// a claim noun is what was said: its owner speaks, or no one
		{"claim noun with an owner", "Nora Vance's assertion that the levy was fair drew scorn.", []string{"Nora Vance/PERSON=Nora Vance"},
			[]string{"Nora Vance"}},
		{"claim noun with a pronoun owner", "Nora Vance spoke at the fair. Her claim that the levy was fair drew scorn.", []string{"Nora Vance/PERSON=Nora Vance"},
			[]string{"Nora Vance"}},
		{"claim noun without an owner", "Accusations that the levy was rigged drew scorn.", nil, []string{""}},
		// a country right after its own state body speaks for that body
		{"country after its ministry", "Russia's defense ministry says its jets hit the camps. Russia said it killed 300 militants.", nil,
			[]string{"Russia's defense ministry", "Russia's defense ministry"}},
		{"country after its ministry, tagged", "Russia's defense ministry says its jets hit the camps. Russia said it killed 300 militants.",
			[]string{"Russia's defense ministry/ORG=Russian Ministry of Defence", "Russia@2/GPE=Russia"},
			[]string{"Russian Ministry of Defence", "Russian Ministry of Defence"}},
		{"pronoun after metonymy", "Russia's defense ministry says its jets hit the camps. In a statement carried in Russian media, Russia said it killed 300 militants. It also said ISIS used car bombs.",
			[]string{"Russia's defense ministry/ORG=Russian Ministry of Defence", "Russian/NORP=Russian", "Russia@3/GPE=Russia", "ISIS/ORG=Islamic State"},
			[]string{"Russian Ministry of Defence", "Russian Ministry of Defence", "Russian Ministry of Defence"}},
		{"country after demonym army", "The Russian military said the base was hit.\nRussia said the strikes would go on.", nil,
			[]string{"Russian military", "Russian military"}},
		{"country after its army, irregular demonym", "The British army said two soldiers were hurt. Britain said the mission would go on.", nil,
			[]string{"British army", "British army"}},
		{"country after tagged military", "The US military said the strike was legal. The United States said it regretted the deaths.",
			[]string{"US/GPE=United States", "United States/GPE=United States"},
			[]string{"US military", "US military"}},
		{"country after an unrelated org keeps the country", "The UN said aid was blocked. Russia said the convoy was attacked.", nil,
			[]string{"UN", "Russia"}},
		{"country after another country's army keeps the country", "Syria's army said the town fell. Russia said its jets helped.", nil,
			[]string{"Syria's army", "Russia"}},
		{"country after a state news agency keeps the country", "Syria's state news agency said the town fell. Syria said the army would stay.", nil,
			[]string{"Syria's state news agency", "Syria"}},
		{"country after a far ministry keeps the country", "Russia's defense ministry said its jets hit the camps.\nTroops advanced.\nThe town was quiet.\nRussia said the war was over.", nil,
			[]string{"Russia's defense ministry", "Russia"}},
		{"country after a person keeps the country", "Russian Defence Minister Sergei Shoigu said the city was taken. Russia said the war was over.", nil,
			[]string{"Sergei Shoigu", "Russia"}},
		{"similar spelling is no demonym", "The Australian army said the drill ended. Austria said it was not told.", nil,
			[]string{"Australian army", "Austria"}},
		// pronouns
		{"it after a subject", "The Pentagon released new figures on Monday. It said 40 jets had left.", nil,
			[]string{"Pentagon"}},
		{"it after a subject newer than the last speaker", "The UN said aid was blocked.\nThe Pentagon released new figures. It said 40 jets had left.", nil,
			[]string{"UN", "Pentagon"}},
		{"it continues the speaker", "The UN said aid was blocked. It said trucks waited at the border.", nil,
			[]string{"UN", "UN"}},
		{"it continues a described organisation", "The ministry said the raids worked. It said more would follow.", nil,
			[]string{"ministry", "ministry"}},
		{"it skips a person speaker", "The Pentagon said jets left. Colonel Patrick Ryder said the data was old. It said the jets came back.", nil,
			[]string{"Pentagon", "Patrick Ryder", "Pentagon"}},
		{"they continues unnamed sources", "Activists said the town fell. They said the army fled.", nil,
			[]string{"Activists", "Activists"}},
		{"they is not a country subject", "Russia launched new strikes. They said the raids worked.", []string{"Russia/GPE=Russia"},
			[]string{""}},
		{"he is the last person", "Valery Gergiev led the concert. He said the city was free.", nil,
			[]string{"Valery Gergiev"}},
		{"he continues the speaker over an object", "Colonel Patrick Ryder said the jets left. Reporters asked Sergei Lavrov. He said the data was old.", nil,
			[]string{"Patrick Ryder", "Patrick Ryder"}},
		// pronouns agree in gender with their antecedent where the first
		// name or a title tells it, and never take a name inside a quote
		{"she passes over a man", "Stephanie Ruhle asked Michael Flynn about the talks. “We are ready,” Flynn said. “It seems so unusual,” she said.", nil,
			[]string{"Michael Flynn", "Stephanie Ruhle"}},
		{"he passes over a woman", "Michael Flynn met Stephanie Ruhle. “It seems so unusual,” Ruhle said. “We are ready,” he said.", nil,
			[]string{"Stephanie Ruhle", "Michael Flynn"}},
		{"title gives gender", "Jordan Lee met Mrs. Park on Monday. “We agree,” Mrs. Park said. “We do not,” he said.", nil,
			[]string{"Park", "Jordan Lee"}},
		{"unknown gender still resolves", "Valery Gergiev led the concert. He said the city was free.", nil,
			[]string{"Valery Gergiev"}},
		{"not a name inside the quote", "“How many times does Donald Trump have to say it?” he asked.", nil,
			[]string{""}},
		{"the CNN host is the named host", "CNN host Jake Tapper interviewed the senator.\n“Is that fair?” the CNN host asked.", nil,
			[]string{"Jake Tapper"}},
		// definite descriptions
		{"the spokesman is the title holder", "Pentagon spokesman John Kirby visited the base on Monday.\nThe spokesman said the jets left.", nil,
			[]string{"John Kirby"}},
		{"the spokesman after an appositive", "John Kirby, a Pentagon spokesman, visited the base. The spokesman said the jets left.", nil,
			[]string{"John Kirby"}},
		{"the foreign minister is not the defence minister", "Defence Minister Sergei Shoigu visited the base. The foreign minister said talks would go on.", nil,
			[]string{"foreign minister"}},
		{"the modified role is its holder", "Foreign Minister Sergei Lavrov flew in. The foreign minister said talks would go on.", nil,
			[]string{"Sergei Lavrov"}},
		{"the man is no title", "Robert Berry, an advertising man, saw them. The elder man said there were four of them.", nil,
			[]string{"elder man"}},
		{"the spokesman without a holder", "The base was quiet. The spokesman said the jets left.", nil,
			[]string{"spokesman"}},
		{"a spokesman is not a title holder behind", "Pentagon spokesman John Kirby visited the base. A spokesman said the jets left.", nil,
			[]string{"spokesman"}},
		{"the ministry is the named ministry", "The Defence Ministry released footage of the strikes. The ministry said all targets were hit.", nil,
			[]string{"Defence Ministry"}},
		{"the ministry is the tagged ministry", "The Defence Ministry released footage of the strikes. The ministry said all targets were hit.",
			[]string{"Defence Ministry/ORG=Russian Ministry of Defence"},
			[]string{"Russian Ministry of Defence"}},
		{"the ministry is not another organisation", "The Pentagon released footage. The ministry said the targets were hit.", nil,
			[]string{"ministry"}},
		{"the group is the subject before", "Human Rights Watch published a report on Monday. The group said civilians were killed.", nil,
			[]string{"Human Rights Watch"}},
		{"the group is the last organisation speaker", "Human Rights Watch said civilians were killed. The group said the army was to blame.", nil,
			[]string{"Human Rights Watch", "Human Rights Watch"}},
		{"the group alone", "The group said it downed a jet.", nil,
			[]string{"group"}},
		{"the group is not a person", "John Smith visited the town. The group said it downed a jet.", nil,
			[]string{"group"}},
		// a pronoun with no earlier speaker: the last person named, not a
		// place the entity model tags
		{"pronoun to a lone surname, not a place", "Marsh was fired after a post on the North Carolina law.\n\"I replied to the post,\" he told the hosts.",
			[]string{"Marsh/PERSON=Ivo Marsh", "North Carolina/GPE=North Carolina"},
			[]string{"Ivo Marsh"}},
		{"pronoun to no place", "The post was on the North Carolina law.\n\"I replied to the post,\" he told the hosts.",
			[]string{"North Carolina/GPE=North Carolina"},
			[]string{""}},
		// the subject of the paragraph before, newer than the last speaker
		{"pronoun to the subject of the paragraph before", "\"The levy is a theft,\" wrote Peter Marsh in the Courier.\nJohn Vance spoke at a rally in Dover on Saturday.\n\"I will repeal the levy,\" he said.",
			[]string{"Peter Marsh/PERSON=Peter Marsh", "John Vance/PERSON=John Vance", "Dover/GPE=Dover"},
			[]string{"Peter Marsh", "John Vance"}},
		{"pronoun not to the addressee", "\"The levy is a theft,\" wrote Peter Marsh in the Courier.\nJohn Vance asked Marsh about the levy.\n\"It will go,\" he told Vance.",
			[]string{"Peter Marsh/PERSON=Peter Marsh", "John Vance/PERSON=John Vance", "Marsh@2/PERSON=Peter Marsh", "Vance@2/PERSON=John Vance"},
			[]string{"Peter Marsh", "Peter Marsh"}},
		{"pronoun to the spokesman, not the name before his role", "\"The levy is a theft,\" wrote Peter Marsh in the Courier.\nVance spokesman John Roe would not say when the vote is.\n\"I have nothing to announce,\" he said.",
			[]string{"Peter Marsh/PERSON=Peter Marsh", "Vance/PERSON=John Vance", "John Roe/PERSON=John Roe"},
			[]string{"Peter Marsh", "John Roe"}},
		// a short title form holds the role when the modifier pins it
		{"the Florida senator is Florida Sen. X", "Florida Sen. Marco Rubio visited Iowa on Monday.\nThe levy is a theft, the Florida senator said.",
			[]string{"Marco Rubio/PERSON=Marco Rubio", "Iowa/GPE=Iowa"},
			[]string{"Marco Rubio"}},
		{"the senator is the Sen. just spoken of", "Sen. John Roe visited Iowa on Monday.\nThe levy is a theft, the senator said.",
			[]string{"John Roe/PERSON=John Roe", "Iowa/GPE=Iowa"},
			[]string{"John Roe"}},
		{"the senator is not the last Sen. named", "Sen. John Roe met Peter Marsh on Monday. Marsh, who won the seat in 2010, thanked Roe. Marsh then left.\nThe levy is a theft, the senator said.",
			[]string{"John Roe/PERSON=John Roe", "Peter Marsh/PERSON=Peter Marsh", "Marsh@2/PERSON=Peter Marsh", "Roe@2/PERSON=John Roe", "Marsh@3/PERSON=Peter Marsh"},
			[]string{"senator"}},
		// an epithet for the person the passage is about, when the text
		// names that person with the noun
		{"the candidate is the candidate named", "Republican candidate Ann Lee toured Ohio on Friday. Lee met farmers in Dayton.\n“The levy is a theft,” the candidate said.",
			[]string{"Ann Lee/PERSON=Ann Lee", "Ohio/GPE=Ohio", "Lee@2/PERSON=Ann Lee", "Dayton/GPE=Dayton"},
			[]string{"Ann Lee"}},
		{"the candidate is the person the passage is about", "Republican candidate Ann Lee met Mayor Tom Ward in Dayton. Lee spoke first. Ward left.\n“The levy is a theft,” the candidate said.",
			[]string{"Ann Lee/PERSON=Ann Lee", "Tom Ward/PERSON=Tom Ward", "Dayton/GPE=Dayton", "Lee@2/PERSON=Ann Lee", "Ward@2/PERSON=Tom Ward"},
			[]string{"Ann Lee"}},
		{"the nominee from an appositive", "Ann Lee, the party's nominee, toured Ohio on Friday.\n“The levy is a theft,” the nominee said.",
			[]string{"Ann Lee/PERSON=Ann Lee", "Ohio/GPE=Ohio"},
			[]string{"Ann Lee"}},
		{"the senator is the last speaker of the paragraph", "Sen. John Roe has clashed with Sen. Peter Marsh. Marsh backed the bill. Marsh won.\n“It is a theft,” Roe said. The senator said he rarely campaigns.",
			[]string{"John Roe/PERSON=John Roe", "Peter Marsh/PERSON=Peter Marsh", "Marsh@2/PERSON=Peter Marsh", "Marsh@3/PERSON=Peter Marsh", "Roe@2/PERSON=John Roe"},
			[]string{"John Roe", "John Roe"}},
		{"the Democratic candidate is not the Republican candidate", "Republican presidential candidate Ann Lee toured Ohio on Friday.\n“The levy is a theft,” the Democratic presidential candidate said.",
			[]string{"Ann Lee/PERSON=Ann Lee", "Ohio/GPE=Ohio"},
			[]string{"Democratic presidential candidate"}},
		{"the Republican candidate is the Republican candidate", "Republican presidential candidate Ann Lee toured Ohio on Friday.\n“The levy is a theft,” the Republican presidential candidate said.",
			[]string{"Ann Lee/PERSON=Ann Lee", "Ohio/GPE=Ohio"},
			[]string{"Ann Lee"}},
		{"the candidate is no one the text calls so", "Ann Lee toured Ohio on Friday.\n“The levy is a theft,” the candidate said.",
			[]string{"Ann Lee/PERSON=Ann Lee", "Ohio/GPE=Ohio"},
			[]string{"candidate"}},
		// "one" before a preposition is the head, not a determiner
		{"one of his aides", "One of his aides said the levy was fair.", nil,
			[]string{"One of his aides"}},
		{"one in five", "One in five farmers said the levy was fair.", nil,
			[]string{"One in five farmers"}},
		{"one as a determiner", "One farmer said the levy was fair.", nil,
			[]string{"farmer"}},
		{"the senator is someone new", "Sen. Ann Lee met a senator from Ohio on Friday.\n“The levy is a theft,” the senator told her.",
			[]string{"Ann Lee/PERSON=Ann Lee", "Ohio/GPE=Ohio"},
			[]string{"senator"}},
		{"the senator is not the one the quotation addresses", "Sen. Ann Lee debated Sen. Tom Ward on Friday. Lee spoke first.\n“As you know, Senator Lee, the levy is a theft,” the senator said.",
			[]string{"Ann Lee/PERSON=Ann Lee", "Tom Ward/PERSON=Tom Ward", "Lee@2/PERSON=Ann Lee", "Lee@3/PERSON=Ann Lee"},
			[]string{"Tom Ward"}},
		{"the former vice president’s spokeswoman is not the vice president", "Former Vice President Tom Ward will skip the convention.\nCiting “obligations at home,” the former vice president’s spokeswoman told reporters that Ward would stay in Ohio.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Ward@2/PERSON=Tom Ward", "Ohio/GPE=Ohio"},
			[]string{"former vice president’s spokeswoman"}},
		{"the candidate not named in the quote of an interview", "In an interview with hosts Ann Lee and Tom Ward, the candidate said the levy was a theft.",
			[]string{"Ann Lee/PERSON=Ann Lee", "Tom Ward/PERSON=Tom Ward"},
			[]string{"candidate"}},
		// a person after the head's preposition is whom the speaker
		// serves or belongs to, not the speaker
		{"a spokesman for a person", "Gov. Ann Lee toured Ohio.\n“The levy is fair,” said a spokesman for Ann Lee.",
			[]string{"Ann Lee/PERSON=Ann Lee", "Ann Lee@2/PERSON=Ann Lee", "Ohio/GPE=Ohio"},
			[]string{"spokesman for Ann Lee"}},
		{"a spokesman for a titled person", "A spokeswoman for Mayor Tom Ward said the levy was fair.",
			[]string{"Tom Ward/PERSON=Tom Ward"},
			[]string{"spokeswoman for Mayor Tom Ward"}},
		{"a spokesman for someone is not the spokesman named earlier", "Spokesman Paul Dunn said the mill would close.\nA spokesman for Tom Ward said the levy was fair.",
			[]string{"Paul Dunn/PERSON=Paul Dunn", "Tom Ward/PERSON=Tom Ward"},
			[]string{"Paul Dunn", "spokesman for Tom Ward"}},
		{"supporters of a person", "Supporters of Ward said the levy was fair.",
			[]string{"Ward/PERSON=Tom Ward"},
			[]string{"Supporters of Ward"}},
		{"people who worked with a person", "The mill closed, and executives who worked with Tom Ward said the levy was fair.",
			[]string{"Tom Ward/PERSON=Tom Ward"},
			[]string{"executives"}},
		{"an office of a domain before the holder's name", "The secretary of agriculture Nora Vance said the levy was fair.",
			[]string{"Nora Vance/PERSON=Nora Vance"},
			[]string{"Nora Vance"}},
		{"a name in an appositive after the comma", "The head of the farm lobby, Nora Vance, said the levy was fair.",
			[]string{"Nora Vance/PERSON=Nora Vance"},
			[]string{"Nora Vance"}},
		{"a work by its author", "A study by Nora Vance found the levy was fair.",
			[]string{"Nora Vance/PERSON=Nora Vance"},
			[]string{"Nora Vance"}},
		// a verb contracted onto a pronoun source is cut off
		{"contracted pronoun source", "Tom Ward toured Ohio on Friday. He's said the levy was fair.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Ohio/GPE=Ohio"},
			[]string{"Tom Ward"}},
		{"contracted relative pronoun source", "Lee beat Tom Ward, who'd said the levy was fair.",
			[]string{"Lee/PERSON=Ann Lee", "Tom Ward/PERSON=Tom Ward"},
			[]string{"Tom Ward"}},
		{"a contracted clause is no source", "“That's why I backed the levy,” Tom Ward said.",
			[]string{"Tom Ward/PERSON=Tom Ward"},
			[]string{"Tom Ward"}},
		{"a contracted pronoun inside a quotation stays unresolved", "“They come up to me, and they'll say, ‘Will the mill close?’” Tom Ward said.",
			[]string{"Tom Ward/PERSON=Tom Ward"},
			[]string{"Tom Ward", ""}},
		// the antecedent of "who" is a noun phrase, without the
		// preposition that opens its segment
		{"antecedent after a preposition", "Half backed the levy, compared with four in 10 who said it was unfair.", nil,
			[]string{"four in 10"}},
		{"antecedent after among", "Among farmers who said the levy was fair, most backed Ann Lee.",
			[]string{"Ann Lee/PERSON=Ann Lee"},
			[]string{"farmers"}},
		// a share is no earlier holder of its noun
		{"a share is its own speaker", "Some 60 percent said the levy was fair. The 30 percent who backed Ann Lee said it was unfair.",
			[]string{"Ann Lee/PERSON=Ann Lee"},
			[]string{"Some 60 percent", "30 percent"}},
		// "a woman" is no antecedent of "he"
		{"a woman is no he", "Tom Ward ran the mill for years.\nA woman who has accused Tom Ward of fraud said the books were false. He said the claim was a lie.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Tom Ward@2/PERSON=Tom Ward"},
			[]string{"woman", "Tom Ward"}},
		// "the company" is the business named just before it
		{"the company named just before", "Acme Mills posted a loss on Friday, and its chief quit.\n“We will recover,” the company said.",
			[]string{"Acme Mills/ORG=Acme Mills"},
			[]string{"Acme Mills"}},
		{"the company described with the noun", "Acme Mills, the parent company of Bolt Foods, posted a loss.\n“We will recover,” the company said.",
			[]string{"Acme Mills/ORG=Acme Mills", "Bolt Foods/ORG=Bolt Foods"},
			[]string{"Acme Mills"}},
		{"the company is not one named inside a quotation", "“We owe nothing to Bolt Foods,” the company said.",
			[]string{"Bolt Foods/ORG=Bolt Foods"},
			[]string{"company"}},
		{"the combined company is neither", "Acme Mills will buy Bolt Foods, with the combined company saying it will move to Ohio.",
			[]string{"Acme Mills/ORG=Acme Mills", "Bolt Foods/ORG=Bolt Foods", "Ohio/GPE=Ohio"},
			[]string{"combined company"}},
		// a description says more than the earlier one it links to
		{"a possessed description keeps its owner", "The campaign said the levy was fair.\nOn Friday, Ward’s campaign said the levy was a theft.",
			[]string{"Ward/PERSON=Tom Ward"},
			[]string{"campaign", "Ward’s campaign"}},
		{"an owner's spokeswoman is not another owner's", "Lee’s spokeswoman Nora Vance said the levy was fair.\nWard’s spokeswoman said it was a theft.",
			[]string{"Lee/PERSON=Ann Lee", "Nora Vance/PERSON=Nora Vance", "Ward/PERSON=Tom Ward"},
			[]string{"Nora Vance", "Ward’s spokeswoman"}},
		// inside a quotation "he" is the person the quotation just named
		{"pronoun inside a quotation", "“Judge Tom Ward was right when he ruled that the levy was unfair,” Nora Vance said.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Nora Vance/PERSON=Nora Vance"},
			[]string{"Nora Vance", "Tom Ward"}},
		// "he" is no plural group nor a thing
		{"he is no group", "The mill was visited by Tom Ward on Friday. Several farmers said the levy was unfair. “It is a theft,” he said.",
			[]string{"Tom Ward/PERSON=Tom Ward"},
			[]string{"Several farmers", "Tom Ward"}},
		// an organisation noun is the one body the text names with it
		{"the newspaper is the masthead named before", "The Harbor Gazette published the mill records on Friday.\n“The town deserves better,” the newspaper said.",
			[]string{"Harbor Gazette/ORG=Harbor Gazette"},
			[]string{"Harbor Gazette"}},
		{"two mastheads leave the newspaper as it is", "The Harbor Gazette and the Valley Times published the mill records on Friday.\n“The town deserves better,” the newspaper said.",
			[]string{"Harbor Gazette/ORG=Harbor Gazette", "Valley Times/ORG=Valley Times"},
			[]string{"newspaper"}},
		{"the group described in an appositive", "Fair Rivers, a watchdog group, sued the county on Monday.\n“The permits are void,” the group said.",
			[]string{"Fair Rivers/ORG=Fair Rivers"},
			[]string{"Fair Rivers"}},
		{"the noun right after the name", "Workers are represented by the Harbor Pilots union.\n“We will strike,” the union said.",
			[]string{"Harbor Pilots/ORG=Harbor Pilots"},
			[]string{"Harbor Pilots"}},
		{"the campaign is its candidate", "The Ann Lee campaign raised $3 million in May.\n“We are just getting started,” the campaign said.",
			[]string{"Ann Lee/PERSON=Ann Lee"},
			[]string{"Ann Lee"}},
		{"a possessive campaign is the campaign", "Ann Lee's campaign raised $3 million in May.\n“We are just getting started,” the campaign said.",
			[]string{"Ann Lee/PERSON=Ann Lee"},
			[]string{"Ann Lee's campaign"}},
		{"his campaign is the candidate named with the noun", "Lee campaign manager Tom Ward met donors on Friday.\n“We are just getting started,” her campaign said.",
			[]string{"Lee/PERSON=Ann Lee", "Tom Ward/PERSON=Tom Ward"},
			[]string{"Ann Lee"}},
		{"his campaign is no earlier campaign", "“We won,” Ward's campaign said.\n“We are just getting started,” her campaign said.",
			[]string{"Ward/PERSON=Tom Ward"},
			[]string{"Ward's campaign", "her campaign"}},
		{"two candidates' campaigns leave the campaign as it is", "Ann Lee's campaign and Tom Ward's campaign both raised $3 million in May.\n“We are just getting started,” the campaign said.",
			[]string{"Ann Lee/PERSON=Ann Lee", "Tom Ward/PERSON=Tom Ward"},
			[]string{"campaign"}},
		// no one near "the campaign" is named with it: the candidate the
		// passage is about, when the text speaks of that one's campaign
		{"his campaign is the candidate the passage is about", "Tom Ward's campaign opened an office in May.\n\nThe fair drew crowds.\n\nThe roads were closed.\n\nTom Ward toured the mill on Friday. Ward met Ivo Marsh, a farmer, there.\n\nWard thanked the workers. “We are just getting started,” his campaign said.",
			[]string{"Tom Ward@1/PERSON=Tom Ward", "Tom Ward@2/PERSON=Tom Ward", "Ward@3/PERSON=Tom Ward", "Ward@4/PERSON=Tom Ward", "Ivo Marsh/PERSON=Ivo Marsh"},
			[]string{"Tom Ward"}},
		{"the campaign is the candidate the passage is about", "Tom Ward's campaign opened an office in May.\n\nThe fair drew crowds.\n\nThe roads were closed.\n\nTom Ward toured the mill on Friday and met Ann Lee, his campaign manager.\n\nWard thanked the workers. “We are just getting started,” the campaign said.",
			[]string{"Tom Ward@1/PERSON=Tom Ward", "Tom Ward@2/PERSON=Tom Ward", "Ward@3/PERSON=Tom Ward", "Ann Lee/PERSON=Ann Lee"},
			[]string{"Tom Ward"}},
		{"a candidate never named with a campaign: two men in the paragraph leave it", "Tom Ward opened an office in May.\n\nTom Ward toured the mill on Friday. Ward met Ivo Marsh, a farmer, there.\n\nWard thanked Marsh. “We are just getting started,” his campaign said.",
			[]string{"Tom Ward@1/PERSON=Tom Ward", "Tom Ward@2/PERSON=Tom Ward", "Ward@3/PERSON=Tom Ward", "Ward@4/PERSON=Tom Ward", "Ivo Marsh/PERSON=Ivo Marsh", "Marsh@2/PERSON=Ivo Marsh"},
			[]string{"his campaign"}},
		{"her campaign is no man's", "Tom Ward's campaign opened an office in May.\n\nThe fair drew crowds.\n\nThe roads were closed.\n\nTom Ward toured the mill on Friday.\n\nWard thanked the workers. “We are just getting started,” her campaign said.",
			[]string{"Tom Ward@1/PERSON=Tom Ward", "Tom Ward@2/PERSON=Tom Ward", "Ward@3/PERSON=Tom Ward"},
			[]string{"her campaign"}},
		{"the judge is the person the text titles so", "Judge Nora Vance heard the county's appeal on Monday.\n“The county must pay,” the judge said.",
			[]string{"Nora Vance/PERSON=Nora Vance"},
			[]string{"Nora Vance"}},
		{"a judge is no earlier judge", "Judge Nora Vance heard the county's appeal on Monday.\n“The county must pay,” a judge said.",
			[]string{"Nora Vance/PERSON=Nora Vance"},
			[]string{"judge"}},
		{"an impersonal it names no one", "Tom Ward sold the mill in May, records show. It was widely reported that the buyer paid $3 million.",
			[]string{"Tom Ward/PERSON=Tom Ward"},
			[]string{"records", ""}},
		{"it after a body still speaks for it", "Acme Mills sold the mill in May. It said that the buyer paid $3 million.",
			[]string{"Acme Mills/ORG=Acme Mills"},
			[]string{"Acme Mills"}},
		{"the group is the one body its sentence names", "Tom Ward was at a meeting of the Harbor Caucus, of which he is a member. The group said that it would back the levy.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Harbor Caucus/ORG=Harbor Caucus"},
			[]string{"Harbor Caucus"}},
		{"two bodies leave the group as it is", "Tom Ward was at a meeting of the Harbor Caucus with Acme Mills. The group said that it would back the levy.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Harbor Caucus/ORG=Harbor Caucus", "Acme Mills/ORG=Acme Mills"},
			[]string{"group"}},
		{"the agency is the department named before", "The Interior Department missed its deadline on Friday.\n“We did our best,” the agency said.",
			[]string{"Interior Department/ORG=Interior Department"},
			[]string{"Interior Department"}},
		{"a title's surname keeps its body for the affiliation", "“The deal is done,” said Mr. Ward of Acme Mills.",
			[]string{"Ward/PERSON=Tom Ward", "Acme Mills/ORG=Acme Mills"},
			[]string{"Tom Ward"}},
		// an imperative or a question word opens no source
		{"an imperative is no source", "“Please advise how you wish to pay,” the letter said. Let me say that it was fair.", nil,
			[]string{"letter"}},
		// a title with "of" before the name is not part of the name
		{"title with of", "Chief of Staff Nora Vance said the levy was fair.",
			[]string{"Nora Vance/PERSON=Nora Vance"},
			[]string{"Nora Vance"}},
		{"pronoun to the last person of its gender", "Nora Vance met Marsh about the North Carolina law.\n\"I replied to the post,\" she told the hosts.",
			[]string{"Nora Vance/PERSON=Nora Vance", "Marsh/PERSON=Peter Marsh", "North Carolina/GPE=North Carolina"},
			[]string{"Nora Vance"}},
	})
}

func TestIsDemonymOf(t *testing.T) {
	for _, tc := range []struct {
		word, country string
		want          bool
	}{
		{"Russian", "Russia", true}, {"Syrian", "Syria", true}, {"British", "Britain", true},
		{"German", "Germany", true}, {"Chinese", "China", true}, {"Ukrainian", "Ukraine", true},
		{"Iraqi", "Iraq", true}, {"Israeli", "Israel", true}, {"Turkish", "Turkey", true},
		{"Iranian", "Iran", true}, {"American", "America", true}, {"Lebanese", "Lebanon", true},
		{"Russia", "Russia", false}, {"Australian", "Austria", false}, {"Russ", "Russia", false},
		{"Syrians", "Syria", false}, {"Iran", "Iraq", false}, {"French", "France", false},
		{"American", "United States", false}, {"", "Russia", false},
	} {
		t.Run(tc.word+"/"+tc.country, func(t *testing.T) {
			if got := isDemonymOf(tc.word, tc.country); got != tc.want {
				t.Errorf("isDemonymOf(%q, %q) = %v, want %v", tc.word, tc.country, got, tc.want)
			}
		})
	}
}

// TestSpeakerWithRealStages resolves speakers with the tags and mentions
// of the real stages in front: participle phrases and prepositional
// phrases after a common head noun do not name the speaker, and a
// surname expands to the name before "of".
func TestSpeakerWithRealStages(t *testing.T) {
	stages := append(realStages(t), gold.Must(New()))
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"participle phrase after the head", "Headline\n\nThe coalition conducting air strikes against Islamic State in Iraq and Syria has said it killed 20 fighters.\n",
			[]string{"coalition"}},
		// the antecedent of "who" at the end of a clause (tags needed)
		{"antecedent at the end of a clause", "Headline\n\nThe last question came from a young farmer who said the levy was unfair.\n",
			[]string{"young farmer"}},
		{"antecedent is a person, not a place after it", "Headline\n\nAnn Lee spoke to Tom Ward on camera, who said the levy was unfair.\n",
			[]string{"Tom Ward"}},
		{"antecedent keeps its count", "Headline\n\nThe levy passed, but it was opposed by six in 10 farmers who said it was unfair.\n",
			[]string{"six in 10 farmers"}},
		{"surname before an affiliation", "Headline\n\n“The accord is a big step,” said David Sandalow of Columbia University's Center on Global Energy Policy.\n\n“It will hold,” Sandalow added.\n",
			[]string{"David Sandalow", "David Sandalow"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantSpeakers(t, gold.Annotate(t, []byte(tc.text), stages...), tc.text, tc.want)
		})
	}
}

// TestAffiliation cuts the speaker's organisation or place from the
// source, with the entity of the mention inside it.
func TestAffiliation(t *testing.T) {
	st := newStage(t)
	for _, tc := range []struct {
		name, text string
		mentions   []string
		want       string // affiliation/entity of the first quote
	}{
		{"spokesman for", "“It is over,” said John Kirby, a spokesman for the State Department.",
			[]string{"John Kirby/PERSON=John Kirby", "State Department/ORG=State Department"}, "State Department/E:State Department"},
		{"name of", "Andrew Parasiliti of the RAND Center for Global Risk said the strikes would go on.", nil, "RAND Center for Global Risk/"},
		{"possessor", "NPR's Alice Fordham reports that the road is closed.",
			[]string{"NPR/ORG=NPR", "Alice Fordham/PERSON=Alice Fordham"}, "NPR/E:NPR"},
		{"history is no affiliation", "Ann Lee, who served as secretary of State, said the plan failed.", nil, "/"},
		{"lower case is no affiliation", "Ann Lee, a professor of history, said the plan failed.", nil, "/"},
		{"a title with of is no affiliation", "Secretary of State Ann Lee said the plan failed.",
			[]string{"Ann Lee/PERSON=Ann Lee"}, "/"},
		{"party and state", "Sen. Ann Lee, R-Ky., said the plan failed.", nil, "/"},
		{"a title's surname of a body", "“The deal is done,” said Mr. Ward of Acme Mills.",
			[]string{"Ward/PERSON=Tom Ward", "Acme Mills/ORG=Acme Mills"}, "Acme Mills/E:Acme Mills"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := bodyDoc(tc.text)
			withMentions(t, d, tc.mentions)
			for i := range d.Mentions {
				d.Mentions[i].EntityID = "E:" + d.Mentions[i].Canonical
			}
			if err := st.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			if len(d.Quotes) == 0 {
				t.Fatalf("no quote in %q", tc.text)
			}
			q := d.Quotes[0]
			if got := d.Slice(q.Affiliation) + "/" + q.AffiliationEntityID; got != tc.want {
				t.Errorf("%q: affiliation %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestEntityForName: a speaker's name that matches no canonical name
// still takes the entity of its name without titles, or of the one person
// of the document who bears its surname; a surname two persons share
// takes none.
func TestEntityForName(t *testing.T) {
	d := &pipeline.Doc{Text: "Carly Fiorina, Hillary Clinton, Bill Clinton and Justice Sonia Sotomayor."}
	withMentions(t, d, []string{"Carly Fiorina/PERSON=Carly Fiorina", "Hillary Clinton/PERSON=Hillary Clinton",
		"Bill Clinton/PERSON=Bill Clinton", "Sonia Sotomayor/PERSON=Sonia Sotomayor"})
	x := &extraction{d: d, text: d.Text}
	for _, tc := range []struct{ name, want string }{
		{"Carly Fiorina", pipeline.EntityID("PERSON", "Carly Fiorina")},
		{"Fiorina", pipeline.EntityID("PERSON", "Carly Fiorina")},
		{"Supreme Court Justice Sonia Sotomayor", pipeline.EntityID("PERSON", "Sonia Sotomayor")},
		{"Clinton", ""},
		{"Fiorina Group", ""},
	} {
		if got := x.entityFor(tc.name, ""); got != tc.want {
			t.Errorf("entityFor(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}
