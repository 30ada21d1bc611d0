package zones

import (
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// newsCase is an invented page in a layout real news uses, with the title
// it states and the zone kind of some of its lines (named by a prefix).
type newsCase struct {
	name  string
	text  string
	title string
	lines map[string]pipeline.ZoneKind
	// byline, when set, is the author the page names.
	byline string
}

// Stories that several cases share, so that a case shows only the line of
// furniture it adds.
const (
	budgetStory = "Council approves budget.\n\nThe council approved the budget after a long debate.\n\nThe mayor is expected to sign it.\n\n"
	banksStory  = "Banks face new rules.\n\nRegulators proposed new capital rules for the largest banks.\n\nLenders said the rules would raise costs.\n\n"
)

// stormStory is a story on a storm with line as a paragraph of its own in
// the middle, where a caption or a photo credit stands.
func stormStory(line string) string {
	return "Storm hits coast.\n\nA storm hit the coast on Monday, flooding roads and cutting power.\n\n" + line + "\n\nOfficials urged people to stay home."
}

var newsCases = []newsCase{
	// Titles in any case style on pages without a page head.
	{name: "sentence case with full stop", text: "Senate passes farm bill after long delay.\n\nThe Senate on Thursday passed a farm bill that had stalled for months over food aid.\n\nThe House is expected to follow next week.",
		title: "Senate passes farm bill after long delay.", lines: map[string]pipeline.ZoneKind{"Senate passes": headline, "The Senate on": body}},
	{name: "sentence case with colon kicker", text: "Poll: Voters split on new tax plan.\n\nVoters are evenly divided over the governor's tax plan, according to a survey released by the state university.\n\nThe plan would raise the sales tax.",
		title: "Poll: Voters split on new tax plan.", lines: map[string]pipeline.ZoneKind{"Poll: Voters": headline}},
	{name: "sentence case with quote", text: "Mayor calls budget 'a disaster' for schools.\n\nThe mayor criticised the state budget in a speech to teachers, saying it would cut school funding by a tenth.\n\nState officials disagreed.",
		title: "Mayor calls budget 'a disaster' for schools.", lines: map[string]pipeline.ZoneKind{"Mayor calls": headline}},
	{name: "headline with semicolon over dek", text: "Jobs report lifts markets; \nStrong hiring eases fears of a slowdown.\n\nEmployers added more jobs than expected last month, the Labor Department said, and wages rose.\n\nStocks rallied.",
		title: "Jobs report lifts markets;", lines: map[string]pipeline.ZoneKind{"Jobs report": headline, "Employers added": body}},
	{name: "number opening headline", text: "3 towns vote in first primary of the year.\n\nVoters in three small towns cast the first ballots of the primary season shortly after midnight, as is tradition.\n\nTurnout was high.",
		title: "3 towns vote in first primary of the year.", lines: map[string]pipeline.ZoneKind{"3 towns": headline}},
	{name: "question headline", text: "Can the governor win a third term?\n\nThe governor faces a crowded field of challengers and falling approval ratings as the campaign begins in earnest.\n\nHer aides say she is confident.",
		title: "Can the governor win a third term?", lines: map[string]pipeline.ZoneKind{"Can the governor": headline}},
	{name: "long sentence-case headline", text: "Former mayor of coastal city charged with fraud over storm relief contracts worth millions.\n\nA former mayor was charged with fraud on allegations that he steered storm relief contracts to friends and relatives.\n\nHe denies the charges.",
		title: "Former mayor of coastal city charged with fraud over storm relief contracts worth millions.", lines: map[string]pipeline.ZoneKind{"Former mayor of": headline}},
	{name: "title case headline without byline", text: "City Council Approves New Budget For Parks\n\nThe city council approved a new budget for parks and recreation at its meeting, adding money for pools and playgrounds.\n\nThe vote was unanimous.",
		title: "City Council Approves New Budget For Parks", lines: map[string]pipeline.ZoneKind{"City Council": headline}},
	{name: "all caps headline", text: "STORM KNOCKS OUT POWER ACROSS REGION\n\nA powerful storm knocked out power to thousands of homes across the region overnight, utility officials said.\n\nCrews are working to restore service.",
		title: "STORM KNOCKS OUT POWER ACROSS REGION", lines: map[string]pipeline.ZoneKind{"STORM KNOCKS": headline}},
	// A lede is no headline.
	{name: "lede with a weekday is no headline", text: "The city council voted on Tuesday to raise parking fees for the first time in a decade.\n\nThe increase takes effect next month.\n\nBusiness owners objected.",
		title: "", lines: map[string]pipeline.ZoneKind{"The city council": body}},
	{name: "lede with a date is no headline", text: "Officials announced on March 3 that the bridge would close for repairs.\n\nThe work will take a year.\n\nDetours are posted.",
		title: "", lines: map[string]pipeline.ZoneKind{"Officials announced": body}},
	{name: "long lede with articles is no headline", text: "A man who robbed a bank in the morning was arrested in the afternoon after a chase through the town, police said.\n\nNo one was hurt.\n\nThe money was recovered.",
		title: "", lines: map[string]pipeline.ZoneKind{"A man who": body}},
	{name: "wire dateline lede is no headline", text: "Springfield -- The school board voted to close two elementary schools at the end of the year.\n\nParents protested the decision.\n\nThe board will meet again in June.",
		title: "", lines: map[string]pipeline.ZoneKind{"Springfield --": body}},
	{name: "wire lede ending in a question is no dek", text: "Mayor's blank look draws jokes.\n\nCEDAR FALLS, Iowa (AP) — Was that really the mayor standing behind the candidate on Tuesday night?\n\nCritics piled on.",
		title: "Mayor's blank look draws jokes.", lines: map[string]pipeline.ZoneKind{"CEDAR FALLS": body}},
	{name: "wire lede without a final stop is no dek", text: "What comes next for the senator?\n\nSTATE COLLEGE, Pa. - The senator's defeat in the primary left him with one question to answer\n\nHis aides insist he will stay.",
		title: "What comes next for the senator?", lines: map[string]pipeline.ZoneKind{"STATE COLLEGE": body}},
	// Press releases: the heading line, not the first sentence.
	{name: "press release heading", text: "FOR IMMEDIATE RELEASE\n\nNavy destroyer completes joint exercise in the Gulf\n\nMANAMA, Bahrain -- The guided-missile destroyer completed a joint exercise with allied ships on Monday, the Navy said.\n\nThe exercise lasted five days.",
		title: "Navy destroyer completes joint exercise in the Gulf", lines: map[string]pipeline.ZoneKind{"FOR IMMEDIATE": boilerplate, "Navy destroyer": headline, "MANAMA": body}},
	{name: "press release with contact lines", text: "NEWS RELEASE\nContact: Press Office\n\nCounty opens new health clinic in Eastside.\n\nThe county health department opened a new clinic in the Eastside neighborhood, offering free screenings to residents.\n\nThe clinic is open on weekdays.",
		title: "County opens new health clinic in Eastside.", lines: map[string]pipeline.ZoneKind{"County opens": headline}},
	// Deks.
	{name: "dek under sentence-case headline", text: "Jobs report gives lift to markets;\nSolid hiring could blunt fears of a slowdown.\n\nEmployers added more jobs than expected in October, the government said, and wages rose at the fastest pace in years.\n\nStocks rose.",
		title: "Jobs report gives lift to markets;", lines: map[string]pipeline.ZoneKind{"Solid hiring": headline}},
	// Section labels.
	{name: "section label in capitals", text: "Banks face new rules.\n\nRegulators proposed new capital rules for the largest banks on a day of heavy trading.\n\nBANKING.\n\nLenders said the rules would raise costs for borrowers across the country.",
		title: "Banks face new rules.", lines: map[string]pipeline.ZoneKind{"BANKING.": boilerplate, "Lenders said": body}},
	{name: "two-word section label", text: "Markets rally on trade hopes.\n\nStocks rose sharply on hopes of a trade deal between the two countries.\n\nOIL PRICES.\n\nOil rose for a third day as supplies tightened.",
		title: "Markets rally on trade hopes.", lines: map[string]pipeline.ZoneKind{"OIL PRICES.": boilerplate}},
	{name: "label with colon", text: "Council votes on budget.\n\nThe council approved the budget after a long debate about police funding.\n\nSHORT READS:\n\nThe library will extend its hours in the summer.",
		title: "Council votes on budget.", lines: map[string]pipeline.ZoneKind{"SHORT READS:": boilerplate}},
	{name: "capitals inside a sentence stay body", text: "Council votes on budget.\n\nThe council approved the budget after a long debate about police funding.\n\nNASA said the launch would go ahead.",
		title: "Council votes on budget.", lines: map[string]pipeline.ZoneKind{"NASA said": body}},
	// Notices about the story.
	{name: "editor's note at the end", text: budgetStory + "Editor's note: This story has been changed to correct the date of the vote.",
		title: "Council approves budget.", lines: map[string]pipeline.ZoneKind{"Editor's note": boilerplate, "The mayor is": body}},
	{name: "print version notice", text: budgetStory + "This is a more complete version of the story than the one that appeared in print.",
		title: "Council approves budget.", lines: map[string]pipeline.ZoneKind{"This is a more": boilerplate}},
	{name: "correction with label", text: budgetStory + "Correction: An earlier version of this story misstated the amount of the budget.",
		title: "Council approves budget.", lines: map[string]pipeline.ZoneKind{"Correction:": boilerplate}},
	{name: "correction under a detached label", text: budgetStory + "CORRECTION:\n\nBecause of an editing error, an article on Monday misstated the amount of the budget.",
		title: "Council approves budget.", lines: map[string]pipeline.ZoneKind{"CORRECTION:": boilerplate, "Because of an editing": boilerplate}},
	{name: "update notice", text: budgetStory + "This article has been updated with a statement by the mayor.",
		title: "Council approves budget.", lines: map[string]pipeline.ZoneKind{"This article has": boilerplate}},
	{name: "notice at the top", text: "Council approves budget.\n\nUpdate: This story was updated to add the final vote count.\n\nThe council approved the budget after a long debate about police funding.\n\nThe mayor is expected to sign it.",
		title: "Council approves budget.", lines: map[string]pipeline.ZoneKind{"Update: This": boilerplate, "The council approved": body}},
	{name: "a story in the body is no notice", text: "Council approves budget.\n\nThe council approved the budget after a long debate about police funding.\n\nThe mayor told a story about her first campaign, which was updated in her memoir.\n\nShe will sign the budget.\n\nThe vote was 7 to 2.\n\nThe budget takes effect in July.",
		title: "Council approves budget.", lines: map[string]pipeline.ZoneKind{"The mayor told": body}},
	// Sign-offs.
	{name: "reporter sign-off", text: banksStory + "Chad Bray.",
		title: "Banks face new rules.", lines: map[string]pipeline.ZoneKind{"Chad Bray.": byline}, byline: "Chad Bray"},
	{name: "dashed reporting credit", text: banksStory + "-- Reporting by Jane Doe in London",
		title: "Banks face new rules.", lines: map[string]pipeline.ZoneKind{"-- Reporting": byline}},
	{name: "dashed name", text: banksStory + "— Maria Lopez",
		title: "Banks face new rules.", lines: map[string]pipeline.ZoneKind{"— Maria Lopez": byline}, byline: "Maria Lopez"},
	{name: "letter writer sign-off", text: "Letters to the editor.\n\nThe new parking rules will hurt small shops on Main Street, which depend on drivers.\n\nThe council should reconsider.\n\nJohn Baker.",
		title: "Letters to the editor.", lines: map[string]pipeline.ZoneKind{"John Baker.": byline}, byline: "John Baker"},
	{name: "last sentence is no sign-off", text: banksStory + "The rules take effect in May.",
		title: "Banks face new rules.", lines: map[string]pipeline.ZoneKind{"The rules take": body}},
	// Captions.
	{name: "caption with bracketed agency", text: stormStory("Residents wade through a flooded street in the harbor district. (Getty Images)"),
		title: "Storm hits coast.", lines: map[string]pipeline.ZoneKind{"Residents wade": caption, "Officials urged": body}},
	{name: "caption with photo credit", text: stormStory("The governor tours the damage in the harbor district. (Photo: Jane Doe)"),
		title: "Storm hits coast.", lines: map[string]pipeline.ZoneKind{"The governor tours": caption}},
	{name: "caption with square brackets", text: stormStory("Firefighters rescue a dog from a flooded home [Reuters]"),
		title: "Storm hits coast.", lines: map[string]pipeline.ZoneKind{"Firefighters rescue": caption}},
	{name: "bracketed aside is no caption", text: stormStory("The mayor said the city was ready (it was not)."),
		title: "Storm hits coast.", lines: map[string]pipeline.ZoneKind{"The mayor said": body}},
	// More furniture in the forms wire and newspaper archives print.
	{name: "clarification label", text: budgetStory + "Clarification: This article has been amended to say the vote was not unanimous.",
		title: "Council approves budget.", lines: map[string]pipeline.ZoneKind{"Clarification:": boilerplate}},
	{name: "print edition notice with label", text: budgetStory + "A version of this article appears in print on page A12 of the print edition.",
		title: "Council approves budget.", lines: map[string]pipeline.ZoneKind{"A version of this": boilerplate}},
	{name: "earlier version notice", text: budgetStory + "An earlier version of this story gave the wrong date for the vote.",
		title: "Council approves budget.", lines: map[string]pipeline.ZoneKind{"An earlier version": boilerplate}},
	{name: "international edition notice", text: budgetStory + "As published in the international edition.",
		title: "Council approves budget.", lines: map[string]pipeline.ZoneKind{"As published": boilerplate}},
	{name: "section label over a paragraph in the middle", text: "Markets rally on trade hopes.\n\nStocks rose sharply on hopes of a trade deal between the two countries.\n\nCURRENCIES.\n\nThe dollar fell against the euro.\n\nBONDS.\n\nYields rose.",
		title: "Markets rally on trade hopes.", lines: map[string]pipeline.ZoneKind{"CURRENCIES.": boilerplate, "BONDS.": boilerplate, "The dollar fell": body}},
	{name: "abstract label", text: "Clinton leads in new poll.\n\nABSTRACT.\n\nHillary Clinton leads her rivals by a wide margin, according to a new survey of primary voters.\n\nFULL TEXT.\n\nThe survey found broad support.",
		title: "Clinton leads in new poll.", lines: map[string]pipeline.ZoneKind{"ABSTRACT.": boilerplate, "FULL TEXT.": boilerplate}},
	{name: "three-word name sign-off", text: banksStory + "Mary Ann Jones.",
		title: "Banks face new rules.", lines: map[string]pipeline.ZoneKind{"Mary Ann Jones.": byline}, byline: "Mary Ann Jones"},
	{name: "en dash reporting credit", text: banksStory + "– Reporting by Tom Hale; Editing by Ann Wu",
		title: "Banks face new rules.", lines: map[string]pipeline.ZoneKind{"– Reporting": byline}},
	{name: "file photo caption", text: stormStory("The pier before the storm. (File photo)"),
		title: "Storm hits coast.", lines: map[string]pipeline.ZoneKind{"The pier before": caption}},
	{name: "agency credit after slash in brackets", text: stormStory("A man clears debris in the old town. (Photo by Ann Lee/Reuters)"),
		title: "Storm hits coast.", lines: map[string]pipeline.ZoneKind{"A man clears": caption}},
	{name: "press release with media contact", text: "PRESS RELEASE\nMedia contact: Ann Lee\n\nState awards grants to rural hospitals.\n\nThe state health agency awarded grants to twelve rural hospitals to expand emergency care, officials said.\n\nThe money will be paid this year.",
		title: "State awards grants to rural hospitals.", lines: map[string]pipeline.ZoneKind{"PRESS RELEASE": boilerplate, "State awards": headline}},
	{name: "sentence headline with a name", text: "Clinton wins Nevada caucuses.\n\nHillary Clinton won the Nevada caucuses, beating Bernie Sanders by five points in a state with many Latino voters.\n\nSanders vowed to fight on.",
		title: "Clinton wins Nevada caucuses.", lines: map[string]pipeline.ZoneKind{"Clinton wins": headline, "Hillary Clinton won": body}},
	{name: "sentence headline quoting a word", text: "Trump says NFL has gone 'soft'.\n\nDonald Trump told a rally in Reno that professional football had become too cautious about injuries.\n\nThe crowd cheered.",
		title: "Trump says NFL has gone 'soft'.", lines: map[string]pipeline.ZoneKind{"Trump says": headline}},
	{name: "sentence headline with comma", text: "After loss, rivals see an opening.\n\nThe senator's rivals believe his poor debate showing has given them a chance in the state's primary.\n\nPolls tighten.",
		title: "After loss, rivals see an opening.", lines: map[string]pipeline.ZoneKind{"After loss": headline}},
	{name: "credit alone under a missing photo", text: stormStory("Getty."),
		title: "Storm hits coast.", lines: map[string]pipeline.ZoneKind{"Getty.": caption, "Officials urged": body}},
	{name: "photographer via agency alone", text: stormStory("Scott Olson via Getty Images."),
		title: "Storm hits coast.", lines: map[string]pipeline.ZoneKind{"Scott Olson": caption}},
}

func TestNewsLayouts(t *testing.T) {
	st := newStage(t)
	for _, tc := range newsCases {
		t.Run(tc.name, func(t *testing.T) {
			r := st.Analyze(tc.text)
			if r.Title != tc.title {
				t.Errorf("title %q, want %q", r.Title, tc.title)
			}
			if tc.byline != "" && r.Byline != tc.byline {
				t.Errorf("byline %q, want %q", r.Byline, tc.byline)
			}
			kinds := lineKinds(tc.text, r.Zones)
			lines := strings.Split(tc.text, "\n")
			for prefix, want := range tc.lines {
				found := false
				for i, l := range lines {
					if strings.HasPrefix(strings.TrimSpace(l), prefix) {
						found = true
						if kinds[i] != want {
							t.Errorf("line %q: %s, want %s", l, kinds[i], want)
						}
					}
				}
				if !found {
					t.Fatalf("no line starts with %q", prefix)
				}
			}
		})
	}
}
