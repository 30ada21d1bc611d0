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
	{"a present on the day before publication", "The ballots are counted on Tuesday.", "2016-04-13", []want{dt("Tuesday", "XXXX-WXX-2", "2016-04-12")}},
	{"a present on the day after publication", "The office is open on Wednesday.", "2016-04-12", []want{dt("Wednesday", "XXXX-WXX-3", "2016-04-13")}},
	{"a present in the week before publication", "We are treating April 10 as the start of voting.", "2016-04-12", []want{dt("April 10", "XXXX-04-10", "2016-04-10")}},
	{"a present a month before publication", "We are treating March 10 as the start of voting.", "2016-04-12", []want{dt("March 10", "XXXX-03-10", "2017-03-10")}},
}

// clauseTenseTaggedCases need the tagger: a verb in "-s" is told from a
// plural noun only by its tag.
var clauseTenseTaggedCases = []testCase{
	{"a present verb in reported speech", "Ms. Park said the mill reopens in March.", "2016-04-12", []want{dt("March", "2017-03", "")}},
	{"plans to", "The council said it plans to vote on Friday.", "2016-04-12", []want{dt("Friday", "XXXX-WXX-5", "2016-04-15")}},
	{"a present reporting verb", "Ms. Park says the mill closed in March.", "2016-04-12", []want{dt("March", "2016-03", "")}},
	{"an infinitive tagged as a present", "The mayor was to speak to the board on Saturday.", "2016-04-12", []want{dt("Saturday", "XXXX-WXX-6", "2016-04-09")}},
	{"a present two days before publication", "The court hears the case on Monday.", "2016-04-13", []want{dt("Monday", "XXXX-WXX-1", "2016-04-18")}},
	{"a remark a month modifies", "The board is still weighing her March remark about fares.", "2016-04-12", []want{dt("March", "2016-03", "")}},
	{"an announcement in a month", "The only source for the figure is an announcement in February by the ministry.", "2016-04-12", []want{dt("February", "2016-02", "")}},
	{"a statement on a weekday", "Her statement Friday is still the only word on the closure.", "2016-04-12", []want{dt("Friday", "XXXX-WXX-5", "2016-04-08")}},
	{"a count in a month", "The index follows 52.1 in March.", "2016-04-12", []want{c("52.1", 52.1, "exact", "", "count"), dt("March", "2016-03", "")}},
	{"results a month modifies", "Much depends on the November results.", "2016-04-12", []want{dt("November", "2016-11", "")}},
	{"an election a month modifies", "Ms. Park is favoured in the November election.", "2016-04-12", []want{dt("November", "2016-11", "")}},
	{"a weekday's primary", "Ms. Park is running in Tuesday's primary.", "2016-04-11", []want{dt("Tuesday", "XXXX-WXX-2", "2016-04-12")}},
}

func TestClauseTense(t *testing.T) {
	checkCases(t, clauseTenseCases, "tagged", "untagged")
	checkCases(t, clauseTenseTaggedCases, "tagged")
}
