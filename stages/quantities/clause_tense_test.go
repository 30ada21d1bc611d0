package quantities

import "testing"

// clauseTenseCases: the year a bare month, season or weekday takes comes
// from the finite verb of its own clause, not from a reporting verb around
// it. Published on Tuesday 2016-04-12 unless the case says otherwise.
var clauseTenseCases = []testCase{
	{"a present in reported speech", "Officials said voters are unlikely to turn out in November.", "2016-04-12", []want{dt("November", "2016-11", "")}},
	{"would in reported speech", "Ms. Park said the mill would reopen in March.", "2016-04-12", []want{dt("March", "2017-03", "")}},
	{"is expected in reported speech", "The board said the ruling is expected in February.", "2016-04-12", []want{dt("February", "2017-02", "")}},
	{"a past in reported speech", "Ms. Park said the mill closed in March.", "2016-04-12", []want{dt("March", "2016-03", "")}},
	{"a negated past", "The ferry didn't run in January.", "2016-04-12", []want{dt("January", "2016-01", "")}},
	{"a perfect after a modal", "The club could have won on Saturday.", "2016-04-12", []want{dt("Saturday", "XXXX-WXX-6", "2016-04-09")}},
	{"a month of a year", "Fares have not changed since May of 2004.", "2016-04-12", []want{dt("May of 2004", "2004-05", "")}},
	{"since a month", "The mill has stood idle since March.", "2016-04-12", []want{dt("March", "2016-03", "")}},
	{"up from a month", "Support is up from 30 percent in January.", "2016-04-12", []want{c("30 percent", 30, "exact", "percent", "percent"), dt("January", "2016-01", "")}},
	{"this summer", "The fair is held this summer.", "2016-09-01", []want{dt("summer", "2016-SU", "")}},
	{"a clause cut off by a comma", "The vote is over, and turnout fell in March.", "2016-04-12", []want{dt("March", "2016-03", "")}},
	{"no tense keeps the nearest", "Turnout in March.", "2016-04-12", []want{dt("March", "2016-03", "")}},
}

// clauseTenseTaggedCases need the tagger: a verb in "-s" is told from a
// plural noun only by its tag.
var clauseTenseTaggedCases = []testCase{
	{"a present verb in reported speech", "Ms. Park said the mill reopens in March.", "2016-04-12", []want{dt("March", "2017-03", "")}},
	{"plans to", "The council said it plans to vote on Friday.", "2016-04-12", []want{dt("Friday", "XXXX-WXX-5", "2016-04-15")}},
	{"a present reporting verb", "Ms. Park says the mill closed in March.", "2016-04-12", []want{dt("March", "2016-03", "")}},
	{"an infinitive tagged as a present", "The mayor was to speak to the board on Saturday.", "2016-04-12", []want{dt("Saturday", "XXXX-WXX-6", "2016-04-09")}},
}

func TestClauseTense(t *testing.T) {
	checkCases(t, clauseTenseCases, "tagged", "untagged")
	checkCases(t, clauseTenseTaggedCases, "tagged")
}
