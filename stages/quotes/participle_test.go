package quotes

import "testing"

// participleCases cover a reporting gerund after a main clause whose verb
// is not a reporting verb (", saying C"), and the stance verbs "dispute",
// "contest", "reject" and "deny" before "that". The sentences are invented.
var participleCases = []textCase{
	// the gerund reports for the subject of the main clause
	{"saying after action", "The ministry issued a statement on Monday, saying the attack had failed.", []string{"indirect|the attack had failed|The ministry|saying||ministry|-1"}},
	{"saying after stance", "Ukrainian officials disputed that account, saying at least two people were killed.", []string{"indirect|at least two people were killed|Ukrainian officials|saying||Ukrainian officials|-1"}},
	{"saying after reporting verb", "Local officials rejected the claim, saying three soldiers died.", []string{
		"indirect|the claim|Local officials|rejected||Local officials|-1", "indirect|three soldiers died|Local officials|saying||Local officials|-1"}},
	{"adding that after action", "The company cut 300 jobs, adding that more cuts would follow.", []string{"indirect|more cuts would follow|The company|adding||company|-1"}},
	{"warning that is a participle", "Police closed the road, warning that the bridge was unsafe.", []string{"indirect|the bridge was unsafe|Police|warning||Police|-1"}},
	{"claiming after time phrase", "The army released a video on Tuesday, claiming its forces had taken the village.", []string{"indirect|its forces had taken the village|The army|claiming||army|-1"}},
	{"subject after subordinate clause", "When the storm hit, the mayor closed the schools, arguing the roads were unsafe.", []string{"indirect|the roads were unsafe|the mayor|arguing||mayor|-1"}},
	// a subordinate clause right before the gerund's comma: its subject
	// is the one that acts ("as", "when"), not the main clause's
	{"gerund after an as clause", "It was a sharp exchange between the two rivals, as the mayor echoed the charge, saying the levy had failed.", []string{"indirect|the levy had failed|the mayor|saying||mayor|-1"}},
	{"gerund after a when clause", "The first clash came during a speech at the college, when farm workers interrupted her, shouting “the levy must go!”", []string{
		"direct|the levy must go!|farm workers|shouting||farm workers|-1"}},
	{"appositive subject", "Ana Ruiz, a lawyer for the tenants, filed a motion, insisting the eviction was void.", []string{"indirect|the eviction was void|Ana Ruiz, a lawyer for the tenants|insisting||Ana Ruiz|-1"}},
	{"after a direct quote tail", "“We opened ten clinics,” the director said, adding that four more would open in May.", []string{
		"direct|We opened ten clinics,|the director|said||director|-1", "indirect|four more would open in May|the director|adding||director|-1"}},
	{"after an inverted quote tail", "“We opened ten clinics,” said the director at the time, adding that four more would open in May.", []string{
		"direct|We opened ten clinics,|the director|said||director|-1", "indirect|four more would open in May|the director|adding||director|-1"}},
	{"before adding after a quote tail", "“We opened ten clinics,” the director replied before adding that four more would open in May.", []string{
		"direct|We opened ten clinics,|the director|replied||director|-1", "indirect|four more would open in May|the director|adding||director|-1"}},
	{"utterance noun without comma", "The ministry issued a statement saying the attack had failed.", []string{"indirect|the attack had failed|The ministry|saying||ministry|-1"}},
	{"article makes a noun", "The ministry denied the report, noting that no troops had crossed.", []string{
		"indirect|the report|The ministry|denied||ministry|-1", "indirect|no troops had crossed|The ministry|noting||ministry|-1"}},
	{"declaring an object and a quotation", "The mayor spoke in the square, declaring it “another great night for us.”", []string{"mixed|it “another great night for us.”|The mayor|declaring||mayor|-1"}},
	{"saying a comma and a quotation", "The mayor issued a statement, saying, “The count is wrong.”", []string{"mixed|“The count is wrong.”|The mayor|saying||mayor|-1"}},
	{"comma inside the closing mark", "The mayor visited the “tireless crews,” saying the bridge would open in May.", []string{
		"indirect|the bridge would open in May|The mayor|saying||mayor|-1"}},
	{"quotation right after the gerund", "The mayor thanked the crews, adding “to all of you who worked through the winter: thank you!”", []string{
		"mixed|“to all of you who worked through the winter: thank you!”|The mayor|adding||mayor|-1"}},
	{"list of verb phrases shares the subject", "The guard looked at the crowd, shook his head and said, “We are tired of waiting.”", []string{"direct|We are tired of waiting.|The guard|said||guard|-1"}},
	{"particle gerund after an utterance noun", "The mayor issued a statement calling on the council “to fix every bridge before the winter.”", []string{
		"mixed|the council “to fix every bridge before the winter.”|The mayor|calling on||mayor|-1"}},
	{"particle gerund after a comma", "The mayor spoke for an hour, pointing out that the bridge had been shut for a year.", []string{
		"indirect|the bridge had been shut for a year|The mayor|pointing out||mayor|-1"}},
	{"second of two gerunds after the main clause", "The mayor has tried to look tough, painting her rivals as weak and suggesting that she would close the bridge.", []string{
		"indirect|she would close the bridge|The mayor|suggesting||mayor|-1"}},
	{"a second reporting gerund ends the first one's content", "The mayor spoke on the levy, criticizing the old plan and calling for a ban on new taxes.", []string{
		"indirect|the old plan|The mayor|criticizing||mayor|-1", "indirect|a ban on new taxes|The mayor|calling for||mayor|-1"}},
	{"gerund in a clause of time after the main clause", "The mayor made new gaffes after telling her aides she planned to adopt a calmer tone.", []string{
		"indirect|she planned to adopt a calmer tone|The mayor|telling|her aides|mayor|-1"}},
	{"gerund in a clause of time past an adverb", "The mayor backed a wall along the river while quietly suggesting that the levy should be abolished.", []string{
		"indirect|the levy should be abolished|The mayor|suggesting||mayor|-1"}},
	{"gerund in a fronted clause of time", "After saying she was nervous to ask a question, the farmer stood up in the middle of the room.", []string{
		"indirect|she was nervous to ask a question|the farmer|saying||farmer|-1"}},
	{"gerund after a dash", "The mayor changed her mind on the spot – saying she would back the levy after all.", []string{
		"indirect|she would back the levy after all|The mayor|saying||mayor|-1"}},
	// no reported clause, no reporting gerund, or no speaker
	{"gerund in a clause of time paired with a gerund before", "The film shows the mayor telling one clerk to leave while telling another that the office was closed.", nil},
	{"gerund after and without a gerund phrase before", "The mayor worked on the roads, the bridges and the levy and suggesting that she would close the bridge.", nil},
	{"particle gerund without its particle", "The mayor spoke for an hour, calling the council twice.", nil},
	{"saying no clause", "He left the room, saying nothing.", nil},
	{"noting a noun", "The mayor spoke for an hour, noting the plan.", nil},
	{"action gerund", "Protesters marched through the city, chanting slogans.", nil},
	{"sign saying after object", "They passed a sign saying the road was closed.", nil},
	{"sign saying as subject", "A sign saying the road was closed stood by the gate.", nil},
	{"no main verb", "Thousands of people, saying the vote was rigged.", nil},
	// stance verbs: a content only after "that" + a clause
	{"disputed that clause", "Officials disputed that the strike hit a school.", []string{"indirect|the strike hit a school|Officials|disputed||Officials|-1"}},
	{"disputed that determiner", "Ukrainian officials disputed that account.", nil},
	{"disputed noun", "The mayor disputed the figures.", nil},
	{"disputed nominal claims", "The mayor disputed claims that the water was unsafe.", []string{"indirect|the water was unsafe|The mayor|claims||mayor|-1"}}, // a claim noun without an owner: the subject of the verb taking it up
	{"contested that clause", "The firm contested that the fine was lawful.", []string{"indirect|the fine was lawful|The firm|contested||firm|-1"}},
	{"contested noun", "The firm contested the fine.", nil},
	{"contested adjective", "The army shelled the contested town.", nil},
	{"rejected that determiner", "Local officials rejected that account.", []string{"indirect|that account|Local officials|rejected||Local officials|-1"}},
	{"rejected that clause", "Local officials rejected that the troops had left.", []string{"indirect|the troops had left|Local officials|rejected||Local officials|-1"}},
	{"denied that determiner", "The ministry denied that report.", []string{"indirect|that report|The ministry|denied||ministry|-1"}},
}

func TestParticipialCues(t *testing.T) {
	runCases(t, participleCases)
}

// TestParticipialCuesTagged runs the same cases with the segment stage's
// tokens and tags, as in the pipeline: the finite-verb tests then read
// tags rather than the closed lists. Speakers are left out: with tags a
// capitalised common noun resolves differently.
func TestParticipialCuesTagged(t *testing.T) {
	runTagged(t, participleCases)
}
