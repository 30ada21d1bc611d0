package quotes

import "testing"

// TestContinuation covers a quotation that carries on the words of the
// quote before it in its paragraph, and the quotations that do not. The
// sentences are invented.
func TestContinuation(t *testing.T) {
	runCases(t, []textCase{
		{"mixed after direct", `"The levy is fair," Nora Vance told reporters. "It will pay for the schools" and for the roads.`, []string{
			"direct|The levy is fair,|Nora Vance|told|reporters|Nora Vance|-1",
			`mixed|"It will pay for the schools"|Nora Vance|told|reporters|Nora Vance|-1`}},
		{"direct after mixed", `Farms are "barely breaking even," Ivo Marsh said from his office. "Most of them will not last the year."`, []string{
			`mixed|Farms are "barely breaking even,"|Ivo Marsh|said||Ivo Marsh|-1`,
			"direct|Most of them will not last the year.|Ivo Marsh|said||Ivo Marsh|-1"}},
		{"own tail cue", `"The levy is fair," Nora Vance said. "It is a theft of our savings," Paul Roe notes.`, []string{
			"direct|The levy is fair,|Nora Vance|said||Nora Vance|-1",
			"direct|It is a theft of our savings,|Paul Roe|notes||Paul Roe|-1"}},
		{"next paragraph is a new quotation", "\"The levy is fair,\" Nora Vance said.\n\"It is a theft of our savings\" and of our time.", []string{
			"direct|The levy is fair,|Nora Vance|said||Nora Vance|-1",
			`mixed|"It is a theft of our savings"||||Nora Vance|-1`}},
		{"quotation paragraph after a reported clause", "Nora Vance said the levy would pay for the schools.\n\"It is the fairest tax we have.\"", []string{
			"indirect|the levy would pay for the schools|Nora Vance|said||Nora Vance|-1",
			"direct|It is the fairest tax we have.|Nora Vance|said||Nora Vance|-1"}},
		{"quotation paragraph after a naming verb", "Nora Vance called the levy \"a theft.\"\n\"It is the fairest tax we have.\"", []string{
			`mixed|the levy "a theft."|Nora Vance|called||Nora Vance|-1`,
			"direct|It is the fairest tax we have.|||||-1"}},
		{"quotation paragraph after a reported clause and more", "Nora Vance said the levy would pay for the schools. The council meets today.\n\"It is the fairest tax we have.\"", []string{
			"indirect|the levy would pay for the schools|Nora Vance|said||Nora Vance|-1",
			"direct|It is the fairest tax we have.|||||-1"}},
	})
}

// TestNarrationSubjectTagged: a quotation with no attribution of its own
// takes the subject of the narration sentence right before it, in its
// paragraph or ending the paragraph before; not when that sentence has
// two subjects, quotes someone or names no one who speaks. The sentences
// are invented.
func TestNarrationSubjectTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"sentence before", "Nora Vance is upbeat about the vote. “We have the numbers.”",
			[]string{"direct|We have the numbers.|Nora Vance|"}},
		{"paragraph before", "Nora Vance is upbeat about the vote.\n“We have the numbers.”",
			[]string{"direct|We have the numbers.|Nora Vance|"}},
		{"no one who speaks", "The council meets today. “We have the numbers.”",
			[]string{"direct|We have the numbers.||"}},
		{"two subjects", "The council will vote, but Nora Vance is worried. “We do not have the numbers.”",
			[]string{"direct|We do not have the numbers.||"}},
		{"a tail of its own", "Nora Vance is upbeat about the vote. “We have the numbers,” Paul Roe said.",
			[]string{"direct|We have the numbers,|Paul Roe|said"}},
	})
}
