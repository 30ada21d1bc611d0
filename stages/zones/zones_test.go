package zones

import (
	"context"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

const (
	headline    = pipeline.ZoneHeadline
	dateline    = pipeline.ZoneDateline
	byline      = pipeline.ZoneByline
	body        = pipeline.ZoneBody
	caption     = pipeline.ZoneCaption
	comment     = pipeline.ZoneComment
	boilerplate = pipeline.ZoneBoilerplate
)

// newStage returns a zones stage, failing the test when it cannot load.
func newStage(tb testing.TB) *Stage {
	tb.Helper()
	s, err := New()
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// kindOfLine returns the kind of the zone holding the first line equal to
// want (after trimming), and "" when no zone holds it.
func kindOfLine(text string, zones []pipeline.Zone, want string) (pipeline.ZoneKind, string, bool) {
	off := 0
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) == want {
			for _, z := range zones {
				if z.Start < off+len(l) && off < z.End {
					return z.Kind, z.Author, true
				}
			}
			return "", "", true
		}
		off += len(l) + 1
	}
	return "", "", false
}

func TestLineKinds(t *testing.T) {
	type line struct {
		text   string
		kind   pipeline.ZoneKind
		author string
	}
	tests := []struct {
		name  string
		text  string
		lines []line
	}{
		{
			name: "title-case headline as the first line, body right under it",
			text: "Syrian Troops Enter Palmyra After Weeks Of Fighting\nDAMASCUS (Reuters) - Syrian troops entered the city on Sunday after weeks of fighting, a military source said.",
			lines: []line{
				{"Syrian Troops Enter Palmyra After Weeks Of Fighting", headline, ""},
				{"DAMASCUS (Reuters) - Syrian troops entered the city on Sunday after weeks of fighting, a military source said.", dateline, ""}, // the line opens with its wire dateline (TestWireDatelines)
			},
		},
		{
			name: "sentence-case headline, question mark",
			text: "Can the ceasefire in Aleppo hold?\n\nThe truce announced on Friday has already been broken several times, residents say.",
			lines: []line{
				{"Can the ceasefire in Aleppo hold?", headline, ""},
				{"The truce announced on Friday has already been broken several times, residents say.", body, ""},
			},
		},
		{
			name: "no headline: the text opens with a paragraph",
			text: "Government forces recaptured the town on Sunday, state media said, after a week of heavy fighting with rebel groups in the area.\n\nThe army said it had cleared mines.",
			lines: []line{
				{"Government forces recaptured the town on Sunday, state media said, after a week of heavy fighting with rebel groups in the area.", body, ""},
			},
		},
		{
			name: "dek without full stop, then a long lede with one",
			text: "Rebels Pull Out Of Eastern Ghouta\n\nThousands leave on buses under a deal brokered by Moscow\n\nBuses carrying rebels and their families left the enclave on Thursday, the last step of an evacuation agreed with Russia.",
			lines: []line{
				{"Thousands leave on buses under a deal brokered by Moscow", headline, ""},
				{"Buses carrying rebels and their families left the enclave on Thursday, the last step of an evacuation agreed with Russia.", body, ""},
			},
		},
		{
			name: "kicker dek stays headline, source-labelled excerpt is body",
			text: "Russia Sends More Jets To Syria\n\nEXCLUSIVE: satellite images show new aircraft at Hmeimim\n\nAFP: Russian jets land at Syrian air base\n\nMore aircraft arrived this week, according to images reviewed by analysts.",
			lines: []line{
				{"EXCLUSIVE: satellite images show new aircraft at Hmeimim", headline, ""},
				{"AFP: Russian jets land at Syrian air base", body, ""},
			},
		},
		{
			name: "menu block above the headline",
			text: "Home\nWorld\nPolitics\nBusiness\n\nTurkey Launches Offensive In Northern Syria\n\nTurkish troops crossed the border on Wednesday, officials said.",
			lines: []line{
				{"Home", boilerplate, ""},
				{"Politics", boilerplate, ""},
				{"Turkey Launches Offensive In Northern Syria", headline, ""},
			},
		},
		{
			name: "section label above the headline",
			text: "Middle East\n\nIsraeli Jets Strike Targets Near Damascus\n\nIsraeli aircraft hit several positions overnight, Syrian state media said.",
			lines: []line{
				{"Middle East", boilerplate, ""},
				{"Israeli Jets Strike Targets Near Damascus", headline, ""},
			},
		},
		{
			name: "date header forms",
			text: "Published: 12 Jan 2020 10:15 GMT\n\nStorm Hits Coast\n\nUpdated 5:13 PM ET, Mar 3, 2017\n\nA storm hit the coast on Sunday, officials said.",
			lines: []line{
				{"Published: 12 Jan 2020 10:15 GMT", dateline, ""},
				{"Updated 5:13 PM ET, Mar 3, 2017", dateline, ""},
			},
		},
		{
			name: "a body sentence with a date is body",
			text: "Army Enters City\n\nOn March 2, 2017, the army entered the city after a short battle, a monitor said.",
			lines: []line{
				{"On March 2, 2017, the army entered the city after a short battle, a monitor said.", body, ""},
			},
		},
		{
			name: "byline with outlet and date",
			text: "Army Enters City\n\nBy Jane Doe and John Roe, Reuters\n\nThe army entered the city on Sunday, a monitor said.",
			lines: []line{
				{"By Jane Doe and John Roe, Reuters", byline, ""},
			},
		},
		{
			name: "a sentence opening with By is not a byline",
			text: "Army Enters City\n\nBy Tuesday, the rebels had fled the city and the army moved in.\n\nBy the end of the week the roads were open",
			lines: []line{
				{"By Tuesday, the rebels had fled the city and the army moved in.", body, ""},
				{"By the end of the week the roads were open", body, ""},
			},
		},
		{
			name: "captions and photo credits",
			text: "Army Enters City\n\nPhoto: Soldiers walk through the old town on Sunday.\n\nSyrian soldiers in Palmyra. (AP Photo/Hassan Ammar)\n\nThe army entered the city on Sunday, a monitor said.",
			lines: []line{
				{"Photo: Soldiers walk through the old town on Sunday.", caption, ""},
				{"Syrian soldiers in Palmyra. (AP Photo/Hassan Ammar)", caption, ""},
				{"The army entered the city on Sunday, a monitor said.", body, ""},
			},
		},
		{
			name: "HTML caption duplicate",
			text: "Army Enters City\n\nThe army entered the city on Sunday, a monitor said.\n\n<figcaption>Soldiers in the old town.</figcaption>\nSoldiers in the old town.\n\nMore text follows here, the monitor added.",
			lines: []line{
				{"<figcaption>Soldiers in the old town.</figcaption>", boilerplate, ""},
				{"Soldiers in the old town.", caption, ""},
			},
		},
		{
			name: "copyright lines and a body sentence that mentions copyright",
			text: "Court Rules On Photos\n\nThe court ruled that copyright in the photographs had expired in 2019, ending the dispute.\n\nCopyright is a hard subject, the judge said.\n\n© 2019 The Associated Press. All rights reserved.",
			lines: []line{
				{"The court ruled that copyright in the photographs had expired in 2019, ending the dispute.", body, ""},
				{"Copyright is a hard subject, the judge said.", body, ""},
				{"© 2019 The Associated Press. All rights reserved.", boilerplate, ""},
			},
		},
		{
			name: "newsletter ask and a body sentence that mentions a newsletter",
			text: "Group Publishes List\n\nThe ministry said the newsletter was sent to 3,000 officials last month.\n\nSign up for our daily newsletter\n\nSubscribe now!",
			lines: []line{
				{"The ministry said the newsletter was sent to 3,000 officials last month.", body, ""},
				{"Sign up for our daily newsletter", boilerplate, ""},
				{"Subscribe now!", boilerplate, ""},
			},
		},
		{
			name: "player widgets, read-more links and share buttons",
			text: "Army Enters City\n\nListen Live\n00:00 / 03:21\n\nThe army entered the city on Sunday, a monitor said.\n\nRead more: https://example.com/story\n\nShare\n\nTweet",
			lines: []line{
				{"Listen Live", boilerplate, ""},
				{"00:00 / 03:21", boilerplate, ""},
				{"Read more: https://example.com/story", boilerplate, ""},
				{"Share", boilerplate, ""},
				{"Tweet", boilerplate, ""},
			},
		},
		{
			name: "archive banner and syndication line",
			text: "This article is more than 5 years old\n\nArmy Enters City\n\nThe army entered the city on Sunday, a monitor said.\n\nThis article first appeared on The Conversation.",
			lines: []line{
				{"This article is more than 5 years old", boilerplate, ""},
				{"Army Enters City", headline, ""},
				{"This article first appeared on The Conversation.", boilerplate, ""},
			},
		},
		{
			name: "footer after the closing copyright line, author bio",
			text: "Army Enters City\n\nThe army entered the city on Sunday, a monitor said.\n\nCopyright 2021 Reuters\n\nJane Doe is a reporter covering the Middle East from Beirut.\nThe station serves the region with news and culture.",
			lines: []line{
				{"Jane Doe is a reporter covering the Middle East from Beirut.", boilerplate, ""},
				{"The station serves the region with news and culture.", boilerplate, ""},
			},
		},
		{
			name: "a mid-article sentence about a reporter is body",
			text: "Reporter Freed\n\nJohn Smith is a reporter who was held by militants for two years before his release.\n\nHe returned home on Sunday, his family said.\n\nOfficials gave no details.\n\nThe talks went on for months.\n\nHis employer thanked the mediators.",
			lines: []line{
				{"John Smith is a reporter who was held by militants for two years before his release.", body, ""},
			},
		},
		{
			name: "reader comments with timestamps and replies",
			text: "Army Enters City\n\nThe army entered the city on Sunday, a monitor said.\n\nAnonymous said...\nGreat article.\n\nThanks for the update.\n\nMarch 3, 2017 at 5:13 PM\n\nJohn Roe wrote:\nI disagree with this.\n\nReply",
			lines: []line{
				{"Anonymous said...", boilerplate, ""},
				{"Great article.", comment, "Anonymous"},
				{"Thanks for the update.", comment, "Anonymous"},
				{"March 3, 2017 at 5:13 PM", boilerplate, ""},
				{"John Roe wrote:", boilerplate, ""},
				{"I disagree with this.", comment, "John Roe"},
				{"Reply", boilerplate, ""},
			},
		},
		{
			name: "a quote lead-in is not a comment header",
			text: "Putin Speaks\n\nThe president addressed the troops on Sunday.\n\nPutin said:\n\nWe will not leave Syria until the job is done.\n\nHe said...",
			lines: []line{
				{"Putin said:", body, ""},
				{"We will not leave Syria until the job is done.", body, ""},
				{"He said...", body, ""},
			},
		},
		{
			name: "comment section with colon headers and timestamps",
			text: "Army Enters City\n\nThe army entered the city on Sunday, a monitor said.\n\n2 Comments\n\nMaria Lopez says:\nMarch 3, 2017 at 5:13 pm\nThis is old news.\n\nLeave a Reply",
			lines: []line{
				{"2 Comments", boilerplate, ""},
				{"Maria Lopez says:", boilerplate, ""},
				{"March 3, 2017 at 5:13 pm", boilerplate, ""},
				{"This is old news.", comment, "Maria Lopez"},
				{"Leave a Reply", boilerplate, ""},
			},
		},
		{
			name: "publishing line with a date before the headline",
			text: "Posted on March 2, 2017 by admin\n\nArmy Enters City\n\nThe army entered the city on Sunday, a monitor said.",
			lines: []line{
				{"Posted on March 2, 2017 by admin", dateline, ""},
				{"Army Enters City", headline, ""},
			},
		},
		{
			name: "breadcrumbs, reading time and gallery counters",
			text: "Home › World › Middle East\n\nArmy Enters City\n\n5 min read\n\n1 of 12\n\nThe army entered the city on Sunday, a monitor said.",
			lines: []line{
				{"Home › World › Middle East", boilerplate, ""},
				{"Army Enters City", headline, ""},
				{"5 min read", boilerplate, ""},
				{"1 of 12", boilerplate, ""},
			},
		},
		{
			name: "wire photo credit is a caption, a poll by a wire is body",
			text: "Army Enters City\n\nA soldier stands guard in Palmyra, Syria March 31, 2016. REUTERS/Omar Sanadiki\n\nA Reuters/Ipsos poll found that most Americans oppose the strikes.",
			lines: []line{
				{"A soldier stands guard in Palmyra, Syria March 31, 2016. REUTERS/Omar Sanadiki", caption, ""},
				{"A Reuters/Ipsos poll found that most Americans oppose the strikes.", body, ""},
			},
		},
		{
			name: "body sentences that open like asks or menus stay body",
			text: "Markets Calm After Strikes\n\nSupport for the ceasefire grew on Sunday, officials said.\n\nFollow the money, the prosecutor told the court!\n\nShares fell\nOil rose\nGold held steady",
			lines: []line{
				{"Support for the ceasefire grew on Sunday, officials said.", body, ""},
				{"Follow the money, the prosecutor told the court!", body, ""},
				{"Shares fell", body, ""},
				{"Gold held steady", body, ""},
			},
		},
		{
			name: "a title-case line inside the body stays body",
			text: "Army Enters City\n\nThe army entered the city on Sunday, a monitor said.\n\nMore Coverage Of The War In Syria\n\nRebels Regroup In The North -- Reuters",
			lines: []line{
				{"More Coverage Of The War In Syria", body, ""},
				{"Rebels Regroup In The North -- Reuters", body, ""},
			},
		},
		{
			name: "masthead with a tagline, date header, headline",
			text: "Riverbend Notebook\nA blog about the river valley, its history and its future\n\nSaturday, April 27, 2024\nThe old mill dam is coming down at last\n\nAfter twenty years of meetings, the state has signed off on removing the dam this summer.",
			lines: []line{
				{"A blog about the river valley, its history and its future", boilerplate, ""},
				{"Saturday, April 27, 2024", dateline, ""},
				{"The old mill dam is coming down at last", headline, ""},
			},
		},
		{
			name: "menu above the headline, dek ending in a full stop, byline without By",
			text: "News\nSport\nWeather\nSign in\n\nCouncils face funding gap, watchdog warns\nOne in 10 authorities could declare effective bankruptcy within two years, auditors say.\nPatrick Butler Social policy editor\nTue 14 May 2024 10.21 BST\nShare\n\nCouncils in England face a combined shortfall of 4bn over the next two years, the watchdog said.",
			lines: []line{
				{"Weather", boilerplate, ""},
				{"Councils face funding gap, watchdog warns", headline, ""},
				{"One in 10 authorities could declare effective bankruptcy within two years, auditors say.", headline, ""},
				{"Patrick Butler Social policy editor", byline, ""},
				{"Tue 14 May 2024 10.21 BST", dateline, ""},
				{"Share", boilerplate, ""},
			},
		},
		{
			name: "related-story list, credit lines and a caption above its photo credit",
			text: "Army Enters City\n\nThe army entered the city on Sunday, a monitor said.\nResidents cool off in a fountain in Monterrey on May 12, 2024.\nDaniel Becerril/Reuters\n\nThe heat is expected to last all week, forecasters said.\nReporting by Jane Doe; Editing by John Roe\n\nMore on this story\nRebels regroup in the north\nPublished 14 April",
			lines: []line{
				{"Residents cool off in a fountain in Monterrey on May 12, 2024.", caption, ""},
				{"Daniel Becerril/Reuters", caption, ""},
				{"Reporting by Jane Doe; Editing by John Roe", byline, ""},
				{"More on this story", boilerplate, ""},
				{"Rebels regroup in the north", boilerplate, ""},
				{"Published 14 April", boilerplate, ""},
			},
		},
		{
			name: "comment headers with the time on the header line",
			text: "Army Enters City\n\nThe army entered the city on Sunday, a monitor said.\n\nKaren Whitfield says: May 3, 2024 at 11:40 am\nWhat about the parking we lost?\nReply\n\njwalters • 2 hours ago\nAbout time.\nReply • Share ›",
			lines: []line{
				{"Karen Whitfield says: May 3, 2024 at 11:40 am", boilerplate, ""},
				{"What about the parking we lost?", comment, "Karen Whitfield"},
				{"About time.", comment, "jwalters"},
				{"Reply • Share ›", boilerplate, ""},
			},
		},
	}
	s := newStage(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := s.Analyze(tc.text)
			for _, want := range tc.lines {
				kind, author, found := kindOfLine(tc.text, r.Zones, want.text)
				if !found {
					t.Fatalf("test text has no line %q", want.text)
				}
				if kind != want.kind || author != want.author {
					t.Errorf("%q: got %s (author %q), want %s (author %q)", want.text, kind, author, want.kind, want.author)
				}
			}
		})
	}
}

func TestMetadata(t *testing.T) {
	tests := []struct {
		name                             string
		text                             string
		title, outlet, published, byline string
	}{
		{
			name:      "day-first numeric date header",
			text:      "Strikes Hit Raqqa\n\nFriday 18/03/2016\n\nAir strikes hit the city on Friday, a monitor said.",
			title:     "Strikes Hit Raqqa",
			published: "2016-03-18",
		},
		{
			name:      "month-first numeric date when the day cannot be a month",
			text:      "Strikes Hit Raqqa\n\n03/18/2016\n\nAir strikes hit the city on Friday, a monitor said.",
			title:     "Strikes Hit Raqqa",
			published: "2016-03-18",
		},
		{
			name:      "ISO date and ordinal day",
			text:      "2017-03-02\n\nStrikes Hit Raqqa\n\nMarch 3rd, 2017\n\nAir strikes hit the city on Friday, a monitor said.",
			title:     "Strikes Hit Raqqa",
			published: "2017-03-02",
		},
		{
			name:      "a copyright year is not a publication date; the owner is the outlet",
			text:      "Strikes Hit Raqqa\n\nAir strikes hit the city on March 2, 2017, a monitor said.\n\nCopyright 2021 Reuters. All rights reserved.",
			title:     "Strikes Hit Raqqa",
			outlet:    "Reuters",
			published: "",
		},
		{
			name:   "byline with outlet and date",
			text:   "Strikes Hit Raqqa\n\nBy Jane Doe | March 2, 2017\n\nAir strikes hit the city on Friday, a monitor said.",
			title:  "Strikes Hit Raqqa",
			byline: "Jane Doe", published: "2017-03-02",
		},
		{
			name:   "byline from the closing author bio",
			text:   "Strikes Hit Raqqa\n\nAir strikes hit the city on Friday, a monitor said.\n\nMaria Lopez is a freelance journalist based in Beirut.",
			title:  "Strikes Hit Raqqa",
			byline: "Maria Lopez",
		},
		{
			name:   "byline from the bio of an op-ed's scholar",
			text:   "The Depot Deserves a Second Life\n\nThe town should keep its depot open for two more years.\n\nAna Ruiz is an economist and professor at the state university.",
			title:  "The Depot Deserves a Second Life",
			byline: "Ana Ruiz",
		},
		{
			name:   "syndication line names the outlet",
			text:   "Strikes Hit Raqqa\n\nAir strikes hit the city on Friday, a monitor said.\n\nThis article was originally published by The Conversation.",
			title:  "Strikes Hit Raqqa",
			outlet: "The Conversation",
		},
		{
			name:   "an outlet citing itself",
			text:   "Strikes Hit Raqqa\n\n\"We saw the jets,\" a resident told Sky News on Friday.",
			title:  "Strikes Hit Raqqa",
			outlet: "Sky News",
		},
		{
			name:   "site name after the title",
			text:   "Army enters Palmyra | Middle East Eye\n\nThe army entered the city on Sunday, a monitor said.",
			title:  "Army enters Palmyra | Middle East Eye",
			outlet: "Middle East Eye",
		},
		{
			name:      "publishing line",
			text:      "Posted on 2 March 2017 by admin\n\nArmy Enters City\n\nThe army entered the city on Sunday, a monitor said.",
			title:     "Army Enters City",
			published: "2017-03-02",
		},
		{
			name:   "wire dateline names the agency",
			text:   "Army Enters City\n\nDAMASCUS (Reuters) - The army entered the city on Sunday, a monitor said.",
			title:  "Army Enters City",
			outlet: "Reuters",
		},
		{
			name:  "a place in capitals without an agency names no outlet",
			text:  "Army Enters City\n\nBEIRUT - The army (backed by Russia) - entered the city on Sunday, a monitor said.",
			title: "Army Enters City",
		},
		{
			name:  "nothing stated",
			text:  "Air strikes hit the city on Friday, a monitor said, and more were expected.",
			title: "",
		},
	}
	s := newStage(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := s.Analyze(tc.text)
			got := [4]string{r.Title, r.Outlet, r.Published, r.Byline}
			want := [4]string{tc.title, tc.outlet, tc.published, tc.byline}
			if got != want {
				t.Errorf("title, outlet, published, byline:\n got %q\nwant %q", got, want)
			}
		})
	}
}

func TestProcessKeepsStatedMetadata(t *testing.T) {
	s := newStage(t)
	d := &pipeline.Doc{
		Text:   "Strikes Hit Raqqa\n\nFriday 18/03/2016\n\nAir strikes hit the city on Friday, a monitor said.\n\nCopyright 2021 Reuters",
		Title:  "Given title",
		Outlet: "Given outlet",
	}
	if err := s.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if d.Title != "Given title" || d.Outlet != "Given outlet" || d.Published != "2016-03-18" {
		t.Errorf("got title %q outlet %q published %q", d.Title, d.Outlet, d.Published)
	}
	if len(d.Problems) != 0 {
		t.Errorf("unexpected problems %v", d.Problems)
	}
}

func TestProcessWarnsWhenAllChrome(t *testing.T) {
	s := newStage(t)
	d := &pipeline.Doc{Text: "Share\nTweet\nAll rights reserved."}
	if err := s.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Problems) != 1 {
		t.Errorf("want one warning, got %v", d.Problems)
	}
}

func TestProcessCancelled(t *testing.T) {
	s := newStage(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Process(ctx, &pipeline.Doc{Text: "x"}); err == nil {
		t.Error("want the context's error")
	}
}

func TestCommentSpansParagraphs(t *testing.T) {
	s := newStage(t)
	text := "Army Enters City\n\nThe army entered the city, a monitor said.\n\nJane said...\n\nFirst paragraph.\n\nSecond paragraph.\n\nBob said...\nOne line."
	r := s.Analyze(text)
	var comments []string
	for _, z := range r.Zones {
		if z.Kind == comment {
			comments = append(comments, z.Author+": "+text[z.Start:z.End])
		}
	}
	want := []string{"Jane: First paragraph.\n\nSecond paragraph.", "Bob: One line."}
	if strings.Join(comments, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", comments, want)
	}
}

func TestDateInFileName(t *testing.T) {
	tests := []struct{ source, want string }{
		{"polnear/dev/input/politico_2016-10-13_slug.txt", "2016-10-13"},
		{`C:\news\wash-post_2015-11-10_caught-fibbing.txt`, "2015-11-10"},
		{"2016-10-13.txt", "2016-10-13"},
		{"in/feed.jsonl:12", ""},
		{"2016-10/13-story.txt", ""},
		{"story_2016-02-30.txt", ""},
		{"id_12016-10-131.txt", ""},
		{"", ""},
	}
	for _, tc := range tests {
		if got := dateInFileName(tc.source); got != tc.want {
			t.Errorf("dateInFileName(%q) = %q, want %q", tc.source, got, tc.want)
		}
	}
}
