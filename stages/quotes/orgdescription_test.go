package quotes

import "testing"

// TestEditorialBoard checks that "the editorial board" is the newspaper
// the text names before it, and stays as written when two could be meant
// or the board is no newspaper's.
func TestEditorialBoard(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the masthead named before", "The Harbor Gazette backed the levy on Sunday.\n\n“The levy is overdue,” the editorial board wrote.",
			[]string{"Harbor Gazette/ORG=Harbor Gazette"},
			[]string{"Harbor Gazette"}},
		{"the paper's editorial board", "Enter the Harbor Gazette. “The levy is overdue,” the paper's editorial board wrote.",
			[]string{"Harbor Gazette/ORG=Harbor Gazette"},
			[]string{"Harbor Gazette"}},
		{"two mastheads leave it", "The Harbor Gazette and the Dover Times backed the levy.\n\n“The levy is overdue,” the editorial board wrote.",
			[]string{"Harbor Gazette/ORG=Harbor Gazette", "Dover Times/ORG=Dover Times"},
			[]string{"editorial board"}},
		{"a bank's board is no newspaper's", "The Harbor Gazette backed the levy on Sunday.\n\nThe bank's board said that it would meet in May.",
			[]string{"Harbor Gazette/ORG=Harbor Gazette"},
			[]string{"bank's board"}},
	})
}

// TestCampaignHolder checks that "the campaign" and "his campaign", named
// with no candidate, go to the one person the text names nearby (its
// sentence for "the campaign"; for "his" and "her" the one of that gender
// in the sentence, the sentence before, the paragraph or the paragraph
// before), and stay as
// written when two fit or the one is named by a post.
func TestCampaignHolder(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"his campaign in the candidate's sentence", "Ann Lee and Tom Ward toured the mills.\n\nTom Ward stopped giving paid talks in May, but his campaign said he would speak in June.",
			[]string{"Ann Lee/PERSON=Ann Lee", "Tom Ward@1/PERSON=Tom Ward", "Tom Ward@2/PERSON=Tom Ward"},
			[]string{"Tom Ward"}},
		{"her campaign after the sentence that names her", "Tom Ward spoke first.\n\nAnn Lee's aides were pleased. Her campaign wrote to donors that the debate was won.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Ann Lee/PERSON=Ann Lee"},
			[]string{"Ann Lee"}},
		{"his campaign, the one man of the paragraph", "Tom Ward toured the mills in May. The roads were closed. Dover was quiet. His campaign said the tour would go on.",
			[]string{"Tom Ward/PERSON=Tom Ward"},
			[]string{"Tom Ward"}},
		{"his campaign opening a paragraph, the one man of the one before", "Tom Ward must decide what he will ask of Ann Lee.\n\nOn Saturday, his campaign said the race goes on.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Ann Lee/PERSON=Ann Lee"},
			[]string{"Tom Ward"}},
		{"two men in the paragraph before leave his campaign", "Tom Ward must decide what he will ask of Ivo Marsh.\n\nOn Saturday, his campaign said the race goes on.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Ivo Marsh/PERSON=Ivo Marsh"},
			[]string{"his campaign"}},
		{"her campaign is no man's", "Tom Ward toured the mills. Her campaign said the tour would go on.",
			[]string{"Tom Ward/PERSON=Tom Ward"},
			[]string{"Her campaign"}},
		{"two men in the sentence leave his campaign", "Tom Ward met Ivo Marsh in Dover. “It went well,” his campaign said.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Ivo Marsh/PERSON=Ivo Marsh"},
			[]string{"his campaign"}},
		{"staff named by a post leave his campaign", "Campaign manager Ivo Marsh met donors in Dover. “It went well,” his campaign said.",
			[]string{"Ivo Marsh/PERSON=Ivo Marsh"},
			[]string{"his campaign"}},
		{"the campaign, the one person its sentence names", "Ann Lee's donor list, which the campaign says holds 2 million names, is her strength.",
			[]string{"Ann Lee/PERSON=Ann Lee"},
			[]string{"Ann Lee"}},
		{"the campaign does not reach the sentence before", "Ivo Marsh wrote the memo in May. The campaign said the memo was never sent.",
			[]string{"Ivo Marsh/PERSON=Ivo Marsh"},
			[]string{"campaign"}},
	})
}

// TestWebAddressBusiness checks that "the company" and "the website" that
// no tagged organisation fits are the one web address the text names.
func TestWebAddressBusiness(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the company named only by its address", "A notice posted on the website Millstock.com said the listing was removed.\n\n“We want no part in it,” the company wrote.",
			nil,
			[]string{"notice posted on the website Millstock.com", "Millstock.com"}},
		{"the website named only by its address", "Buyers met on Millstock.com for years.\n\n“We want no part in it,” the website said.",
			nil,
			[]string{"Millstock.com"}},
		{"two addresses leave it", "Both Millstock.com and Gearbay.net removed the listing.\n\n“We want no part in it,” the company wrote.",
			nil,
			[]string{"company"}},
		{"a tagged firm goes first", "Acme bought the listing site Millstock.com in May.\n\n“We want no part in it,” the company wrote.",
			[]string{"Acme/ORG=Acme"},
			[]string{"Acme"}},
		{"a longer word is no address", "Buyers met on the forum Millstock.community for years.\n\n“We want no part in it,” the company wrote.",
			nil,
			[]string{"company"}},
	})
}
