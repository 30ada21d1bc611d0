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
