package quotes

import "testing"

// TestContinuation covers a quotation that carries on the words of the
// quote before it in its paragraph, and the quotations that do not. The
// sentences are invented.
func TestContinuation(t *testing.T) {
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	runCases(t, st, []textCase{
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
