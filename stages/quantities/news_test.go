package quantities

import (
	"context"
	"testing"

	"github.com/newsclaims/newsclaims/stages/segment"
)

// newsCases are the forms real news writes that the first rules got wrong:
// numbers that are part of a name (hull, task-force, unit and model
// numbers, ordinals opening a name), vague amounts with their honest range,
// compound units, bounds after the number, coordinated counted nouns, years
// of an era, and dates without a day of the month (weekdays, bare months,
// seasons, quarters, zoned clock times) resolved by the tense of their
// clause against the publication date. Negatives are included.
var newsCases = []testCase{
	{"the frigate joined combined task force 151", "The frigate joined Combined Task Force 151 off Somalia.", "", nil},
	{"flight 370 vanished in 2014", "Flight 370 vanished in 2014.", "", []want{c("2014", 2014, "exact", "", "year")}},
	{"the uss mason ddg 87 fired two", "The USS Mason (DDG 87) fired two missiles.", "", []want{c("two missiles", 2, "exact", "missile", "count")}},
	{"hms dragon d 35 and fs aconit", "HMS Dragon (D 35) and FS Aconit (F 713) sailed together.", "", nil},
	{"the boeing 737 max was grounded", "The Boeing 737 MAX was grounded.", "", nil},
	{"the 101st airborne division deployed 3 000", "The 101st Airborne Division deployed 3,000 soldiers.", "", []want{c("3,000 soldiers", 3000, "exact", "soldier", "count")}},
	{"the 3rd infantry division returned home", "The 3rd Infantry Division returned home.", "", nil},
	{"troops of the 5th fleet patrolled", "Troops of the 5th Fleet patrolled.", "", nil},
	{"he invoked the fifth amendment", "He invoked the Fifth Amendment.", "", nil},
	{"the second world war ended in 1945", "The Second World War ended in 1945.", "", []want{c("1945", 1945, "exact", "", "year")}},
	{"she flew first class to paris", "She flew first class to Paris.", "", nil},
	{"it is a first-class operation", "It is a first-class operation.", "", nil},
	{"the 1st battalion 5th marines arrived", "The 1st Battalion, 5th Marines arrived.", "", nil},
	{"windows 10 was released", "Windows 10 was released.", "", nil},
	{"the team from group b won 2", "The team from Group B won 2 games.", "", []want{c("2 games", 2, "exact", "game", "count")}},
	{"about 575 bc the temple was built", "About 575 BC the temple was built.", "", []want{c("About 575 BC", -575, "about", "", "year")}},
	{"rome was sacked in ad 410", "Rome was sacked in AD 410.", "", []want{c("AD 410", 410, "exact", "", "year")}},
	{"the city dates to 3000 bce", "The city dates to 3000 BCE.", "", []want{c("3000 BCE", -3000, "exact", "", "year")}},
	{"the wall was built around 200 b.c.e", "The wall was built around 200 B.C.E.", "", []want{c("around 200 B.C.E.", -200, "about", "", "year")}},
	{"hundreds of people marched", "Hundreds of people marched.", "", []want{vg("Hundreds of people", 100, 999, "person", "count")}},
	{"at least hundreds of people marched", "At least hundreds of people marched.", "", []want{c("At least hundreds of people", 100, "at_least", "person", "count")}},
	{"thousands of homes lost power", "Thousands of homes lost power.", "", []want{vg("Thousands of homes", 1000, 9999, "home", "count")}},
	{"millions of dollars were wasted", "Millions of dollars were wasted.", "", []want{vg("Millions of dollars", 1e+06, 9.999999e+06, "USD", "money")}},
	{"billions of dollars flowed", "Billions of dollars flowed.", "", []want{vg("Billions of dollars", 1e+09, 9.999999999e+09, "USD", "money")}},
	{"tens of thousands of people fled", "Tens of thousands of people fled.", "", []want{vg("Tens of thousands of people", 10000, 99999, "person", "count")}},
	{"dozens of people were hurt", "Dozens of people were hurt.", "", []want{vg("Dozens of people", 24, 99, "person", "count")}},
	{"several hundred people attended", "Several hundred people attended.", "", []want{vg("Several hundred people", 300, 999, "person", "count")}},
	{"several million dollars went missing", "Several million dollars went missing.", "", []want{vg("Several million dollars", 3e+06, 9.999999e+06, "USD", "money")}},
	{"a handful of senators objected", "A handful of senators objected.", "", []want{vg("A handful of senators", 2, 5, "senator", "count")}},
	{"several of them left", "Several of them left.", "", nil},
	{"the lake covers 30 square kilometres", "The lake covers 30 square kilometres.", "", []want{c("30 square kilometres", 30, "exact", "square kilometre", "other")}},
	{"the fire burned 500 square miles", "The fire burned 500 square miles.", "", []want{c("500 square miles", 500, "exact", "square mile", "other")}},
	{"the tank holds 40 cubic metres of", "The tank holds 40 cubic metres of gas.", "", []want{c("40 cubic metres", 40, "exact", "cubic metre", "other")}},
	{"it was 40 degrees fahrenheit outside", "It was 40 degrees Fahrenheit outside.", "", []want{c("40 degrees Fahrenheit", 40, "exact", "degree Fahrenheit", "other")}},
	{"the temperature hit 45 degrees c", "The temperature hit 45 degrees C.", "", []want{c("45 degrees C", 45, "exact", "degree Celsius", "other")}},
	{"winds reached 150 km/h", "Winds reached 150 km/h.", "", []want{c("150 km/h", 150, "exact", "km/h", "other")}},
	{"the field produces 500 000 barrels per", "The field produces 500,000 barrels per day.", "", []want{{text: "500,000 barrels per day", value: 500000, qual: "exact", unit: "barrel", kind: "rate", per: "day"}}},
	{"the plant makes 20 tonnes a day", "The plant makes 20 tonnes a day.", "", []want{{text: "20 tonnes a day", value: 20, qual: "exact", unit: "tonne", kind: "other", per: "day"}}},
	{"turnout of 60 percent or more is", "Turnout of 60 percent or more is expected.", "", []want{c("60 percent or more", 60, "at_least", "percent", "percent")}},
	{"groups of 10 or fewer may meet", "Groups of 10 or fewer may meet.", "", []want{c("10 or fewer", 10, "at_most", "", "count")}},
	{"he will serve 5 years or less", "He will serve 5 years or less.", "", []want{c("5 years or less", 5, "at_most", "year", "duration")}},
	{"at least 12 men and women died", "At least 12 men and women died.", "", []want{c("At least 12 men and women", 12, "at_least", "man and woman", "count")}},
	{"police detained 40 students and teachers", "Police detained 40 students and teachers.", "", []want{c("40 students and teachers", 40, "exact", "student and teacher", "count")}},
	{"they bought 3 cars and trucks", "They bought 3 cars and trucks.", "", []want{c("3 cars and trucks", 3, "exact", "car and truck", "count")}},
	{"the army killed 13 soldiers and wounded", "The army killed 13 soldiers and wounded 20 civilians.", "", []want{c("13 soldiers", 13, "exact", "soldier", "count"), c("20 civilians", 20, "exact", "civilian", "count")}},
	{"trump spoke on tuesday", "Trump spoke on Tuesday.", "2016-10-13", []want{dt("Tuesday", "XXXX-WXX-2", "2016-10-11")}},
	{"trump will speak on tuesday", "Trump will speak on Tuesday.", "2016-10-13", []want{dt("Tuesday", "XXXX-WXX-2", "2016-10-18")}},
	{"trump spoke last thursday", "Trump spoke last Thursday.", "2016-10-13", []want{dt("Thursday", "XXXX-WXX-4", "2016-10-06")}},
	{"trump speaks next thursday", "Trump speaks next Thursday.", "2016-10-13", []want{dt("Thursday", "XXXX-WXX-4", "2016-10-20")}},
	{"the vote is on friday", "The vote is on Friday.", "2016-10-13", []want{dt("Friday", "XXXX-WXX-5", "2016-10-14")}},
	{"the vote took place on saturday", "The vote took place on Saturday.", "2016-10-13", []want{dt("Saturday", "XXXX-WXX-6", "2016-10-08")}},
	{"clinton said wednesday that she would win", "Clinton said Wednesday that she would win.", "2016-10-13", []want{dt("Wednesday", "XXXX-WXX-3", "2016-10-12")}},
	{"he resigned in june", "He resigned in June.", "2016-10-13", []want{dt("June", "2016-06", "")}},
	{"he will resign in december", "He will resign in December.", "2016-10-13", []want{dt("December", "2016-12", "")}},
	{"he resigned last december", "He resigned last December.", "2016-10-13", []want{dt("December", "2015-12", "")}},
	{"she will retire next march", "She will retire next March.", "2016-10-13", []want{dt("March", "2017-03", "")}},
	{"the talks began in mid-september", "The talks began in mid-September.", "2016-10-13", []want{dt("mid-September", "2016-09", "")}},
	{"prices fell since january", "Prices fell since January.", "2016-10-13", []want{dt("January", "2016-01", "")}},
	{"you may go in may", "You may go in May.", "2016-10-13", []want{dt("May", "2016-05", "")}},
	{"the march was in may", "The march was in May.", "2016-10-13", []want{dt("May", "2016-05", "")}},
	{"sales rose in the third quarter", "Sales rose in the third quarter.", "2016-10-13", []want{dt("third quarter", "2016-Q3", "")}},
	{"sales will rise in the fourth quarter", "Sales will rise in the fourth quarter.", "2016-10-13", []want{dt("fourth quarter", "2016-Q4", "")}},
	{"third-quarter profit rose", "Third-quarter profit rose.", "2016-10-13", []want{dt("Third-quarter", "2016-Q3", "")}},
	{"profit rose in q2", "Profit rose in Q2.", "2016-10-13", []want{dt("Q2", "2016-Q2", "")}},
	{"profit rose in the first half of", "Profit rose in the first half of 2015.", "2016-10-13", []want{dt("first half of 2015", "2015-H1", "")}},
	{"first-half sales fell", "First-half sales fell.", "2016-10-13", []want{dt("First-half", "2016-H1", "")}},
	{"the blast was at 1750 gmt", "The blast was at 1750 GMT.", "2016-10-13", []want{dt("1750 GMT", "XXXX-XX-XXT17:50Z", "")}},
	{"trading closed at 2100 utc", "Trading closed at 2100 UTC.", "2016-10-13", []want{dt("2100 UTC", "XXXX-XX-XXT21:00Z", "")}},
	{"the strike came at 0630 est", "The strike came at 0630 EST.", "2016-10-13", []want{dt("0630 EST", "XXXX-XX-XXT06:30-05:00", "")}},
	{"the bill passed last spring", "The bill passed last spring.", "2016-10-13", []want{dt("spring", "2016-SP", "")}},
	{"the bill will pass next summer", "The bill will pass next summer.", "2016-10-13", []want{dt("summer", "2017-SU", "")}},
	{"elections are due in the autumn", "Elections are due in the autumn.", "2016-10-13", []want{dt("autumn", "2016-FA", "")}},
	{"snow fell in winter 2015", "Snow fell in winter 2015.", "2016-10-13", []want{dt("winter 2015", "2015-WI", "")}},
	{"water came from a spring", "Water came from a spring.", "2016-10-13", nil},
	{"the attack happened on march 12", "The attack happened on March 12.", "2016-10-13", []want{dt("March 12", "XXXX-03-12", "2016-03-12")}},
	{"the summit will open on march 12", "The summit will open on March 12.", "2016-10-13", []want{dt("March 12", "XXXX-03-12", "2017-03-12")}},
	{"the report was released december 1", "The report was released December 1.", "2016-10-13", []want{dt("December 1", "XXXX-12-01", "2015-12-01")}},
	{"the vote is scheduled for november 8", "The vote is scheduled for November 8.", "2016-10-13", []want{dt("November 8", "XXXX-11-08", "2016-11-08")}},
	{"comey wrote in july that the case", "Comey wrote in July that the case was closed.", "2016-10-13", []want{dt("July", "2016-07", "")}},
	{"the carrier led carrier strike group 8", "The carrier led Carrier Strike Group 8 into the Gulf.", "", nil},
	{"the convoy took highway 61 north", "The convoy took Highway 61 north.", "", nil},
	{"ships of task force 50 arrived in", "Ships of Task Force 50 arrived in Bahrain.", "", nil},
	{"the destroyer ddg 70 returned to port", "The destroyer DDG 70 returned to port.", "", nil},
	{"iran seized the tanker near route 4", "Iran seized the tanker near Route 4.", "", nil},
	{"officers of the 2nd brigade combat team", "Officers of the 2nd Brigade Combat Team met.", "", nil},
	{"the 82nd airborne jumped at dawn", "The 82nd Airborne jumped at dawn.", "", nil},
	{"the ruling upheld first amendment protections", "The ruling upheld First Amendment protections.", "", nil},
	{"the 25th amendment was debated", "The 25th Amendment was debated.", "", nil},
	{"first responders arrived quickly", "First responders arrived quickly.", "", nil},
	{"tens of millions of people voted", "Tens of millions of people voted.", "", []want{vg("Tens of millions of people", 1e+07, 9.9999999e+07, "person", "count")}},
	{"hundreds of thousands of dollars were raised", "Hundreds of thousands of dollars were raised.", "", []want{vg("Hundreds of thousands of dollars", 100000, 999999, "USD", "money")}},
	{"dozens were killed", "Dozens were killed.", "", []want{vg("Dozens", 24, 99, "", "count")}},
	{"thousands fled", "Thousands fled.", "", []want{vg("Thousands", 1000, 9999, "", "count")}},
	{"billions of people use it", "Billions of people use it.", "", []want{vg("Billions of people", 1e+09, 9.999999999e+09, "person", "count")}},
	{"several soldiers and a handful of civilians", "Several soldiers and a handful of civilians were hurt.", "", []want{vg("Several soldiers", 3, 9, "soldier", "count"), vg("a handful of civilians", 2, 5, "civilian", "count")}},
	{"more than several people came", "More than several people came.", "", []want{c("More than several people", 3, "more_than", "person", "count")}},
	{"the blast killed at least 13 women", "The blast killed at least 13 women and children.", "", []want{c("at least 13 women and children", 13, "at_least", "woman and child", "count")}},
	{"rescuers freed 20 men and the boys", "Rescuers freed 20 men and the boys.", "", []want{c("20 men", 20, "exact", "man", "count")}},
	{"the city covers 2.5 million square miles", "The city covers 2.5 million square miles.", "", []want{c("2.5 million square miles", 2.5e+06, "exact", "square mile", "other")}},
	{"it rained 3 inches or more", "It rained 3 inches or more.", "", []want{c("3 inches or more", 3, "at_least", "inch", "other")}},
	{"temperatures rose 3 degrees celsius or more", "Temperatures rose 3 degrees Celsius or more.", "", []want{c("3 degrees Celsius or more", 3, "at_least", "degree Celsius", "other")}},
	{"the speed limit is 50 km/h", "The speed limit is 50 km/h.", "", []want{c("50 km/h", 50, "exact", "km/h", "other")}},
	{"it pumps 1.2 million barrels a day", "It pumps 1.2 million barrels a day.", "", []want{{text: "1.2 million barrels a day", value: 1.2e+06, qual: "exact", unit: "barrel", kind: "rate", per: "day"}}},
	{"he was born about 60 bc", "He was born about 60 BC.", "", []want{c("about 60 BC", -60, "about", "", "year")}},
	{"the coin is from 44 b.c", "The coin is from 44 B.C.", "", []want{c("44 B.C.", -44, "exact", "", "year")}},
	{"the church was built in 1200 ad", "The church was built in 1200 AD.", "", []want{c("1200 AD", 1200, "exact", "", "year")}},
	{"obama met putin on monday", "Obama met Putin on Monday.", "2016-10-13", []want{dt("Monday", "XXXX-WXX-1", "2016-10-10")}},
	{"obama will meet putin on monday", "Obama will meet Putin on Monday.", "2016-10-13", []want{dt("Monday", "XXXX-WXX-1", "2016-10-17")}},
	{"the hearing was held on thursday", "The hearing was held on Thursday.", "2016-10-13", []want{dt("Thursday", "XXXX-WXX-4", "2016-10-13")}},
	{"polls close at 2000 gmt on tuesday", "Polls close at 2000 GMT on Tuesday.", "2016-10-13", []want{dt("2000 GMT", "XXXX-XX-XXT20:00Z", ""), dt("Tuesday", "XXXX-WXX-2", "2016-10-11")}},
	{"the deal closed in the second quarter", "The deal closed in the second quarter.", "2016-10-13", []want{dt("second quarter", "2016-Q2", "")}},
	{"the company expects growth in the first", "The company expects growth in the first quarter.", "2016-10-13", []want{dt("first quarter", "2017-Q1", "")}},
	{"profits fell in the fourth quarter of", "Profits fell in the fourth quarter of 2015.", "2016-10-13", []want{dt("fourth quarter of 2015", "2015-Q4", "")}},
	{"the attack took place on march 12", "The attack took place on March 12, killing 20 people.", "2016-10-13", []want{dt("March 12", "XXXX-03-12", "2016-03-12"), c("20 people", 20, "exact", "person", "count")}},
	{"the event was held in august", "The event was held in August.", "2016-10-13", []want{dt("August", "2016-08", "")}},
	{"comey in june said no charges were", "Comey in June said no charges were warranted.", "2016-10-13", []want{dt("June", "2016-06", "")}},
	{"in december he will step down", "In December he will step down.", "2016-10-13", []want{dt("December", "2016-12", "")}},
	{"the bill passed in the spring of", "The bill passed in the spring of 2015.", "2016-10-13", []want{dt("spring of 2015", "2015-SP", "")}},
	{"markets opened at 0800 gmt", "Markets opened at 0800 GMT.", "2016-10-13", []want{dt("0800 GMT", "XXXX-XX-XXT08:00Z", "")}},
	{"turnout rose in the third-quarter survey", "Turnout rose in the third-quarter survey.", "2016-10-13", []want{dt("third-quarter", "2016-Q3", "")}},
	{"he died on sunday", "He died on Sunday.", "2016-10-13", []want{dt("Sunday", "XXXX-WXX-7", "2016-10-09")}},
	{"the game is on sunday", "The game is on Sunday.", "2016-10-13", []want{dt("Sunday", "XXXX-WXX-7", "2016-10-16")}},
	{"black friday sales rose", "Black Friday sales rose.", "2016-10-13", nil},
	{"the law took effect in january", "The law took effect in January.", "2016-10-13", []want{dt("January", "2016-01", "")}},
	{"the trial begins in november", "The trial begins in November.", "2016-10-13", []want{dt("November", "2016-11", "")}},
	{"the destroyer uss cole ddg 67 docked", "The destroyer USS Cole (DDG 67) docked in Aden.", "", nil},
	{"combined task force 150 patrols the sea", "Combined Task Force 150 patrols the sea lanes.", "", nil},
	{"the frigate f 221 sailed at noon", "The frigate F 221 sailed at noon.", "", nil},
	{"the amphibious ship lhd 5 left port", "The amphibious ship LHD 5 left port.", "", nil},
	{"ships operate in the 6th fleet area", "Ships operate in the 6th Fleet area of responsibility.", "", nil},
	{"first amendment rights were cited", "First Amendment rights were cited.", "", nil},
	{"he rode in the first class cabin", "He rode in the first class cabin.", "", nil},
	{"dozens of homes burned overnight", "Dozens of homes burned overnight.", "", []want{vg("Dozens of homes", 24, 99, "home", "count")}},
	{"thousands of troops massed at the border", "Thousands of troops massed at the border.", "", []want{vg("Thousands of troops", 1000, 9999, "troop", "count")}},
	{"tens of thousands of fans cheered", "Tens of thousands of fans cheered.", "", []want{vg("Tens of thousands of fans", 10000, 99999, "fan", "count")}},
	{"millions of people watched the debate", "Millions of people watched the debate.", "", []want{vg("Millions of people", 1e+06, 9.999999e+06, "person", "count")}},
	{"the fraud cost hundreds of millions of", "The fraud cost hundreds of millions of dollars.", "", []want{vg("hundreds of millions of dollars", 1e+08, 9.99999999e+08, "USD", "money")}},
	{"several thousand people marched", "Several thousand people marched.", "", []want{vg("Several thousand people", 3000, 9999, "person", "count")}},
	{"governors of a handful of states objected", "Governors of a handful of states objected.", "", []want{vg("a handful of states", 2, 5, "state", "count")}},
	{"several senators voted no", "Several senators voted no.", "", []want{vg("Several senators", 3, 9, "senator", "count")}},
	{"the flat measures 20 square feet", "The flat measures 20 square feet.", "", []want{c("20 square feet", 20, "exact", "square foot", "other")}},
	{"water froze at 5 degrees celsius below", "Water froze at 5 degrees Celsius below.", "", []want{c("5 degrees Celsius", 5, "exact", "degree Celsius", "other")}},
	{"the train travels at 300 km/h", "The train travels at 300 km/h.", "", []want{c("300 km/h", 300, "exact", "km/h", "other")}},
	{"the tornado flattened 10 sq. miles of", "The tornado flattened 10 sq. miles of forest.", "", []want{c("10 sq. miles", 10, "exact", "square mile", "other")}},
	{"crowds of 100 people or more were", "Crowds of 100 people or more were banned.", "", []want{c("100 people or more", 100, "at_least", "person", "count")}},
	{"gunmen killed 7 policemen and soldiers", "Gunmen killed 7 policemen and soldiers.", "", []want{c("7 policemen and soldiers", 7, "exact", "policeman and soldier", "count")}},
	{"the fort was abandoned in 500 bc", "The fort was abandoned in 500 BC.", "", []want{c("500 BC", -500, "exact", "", "year")}},
	{"vesuvius erupted in ad 79", "Vesuvius erupted in AD 79.", "", []want{c("AD 79", 79, "exact", "", "year")}},
	{"the minister resigned on wednesday", "The minister resigned on Wednesday.", "2016-10-13", []want{dt("Wednesday", "XXXX-WXX-3", "2016-10-12")}},
	{"the minister will resign next friday", "The minister will resign next Friday.", "2016-10-13", []want{dt("Friday", "XXXX-WXX-5", "2016-10-14")}},
	{"the election will be held in november", "The election will be held in November.", "2016-10-13", []want{dt("November", "2016-11", "")}},
	{"heating bills soared last winter", "Heating bills soared last winter.", "2016-10-13", []want{dt("winter", "2015-WI", "")}},
	{"the ceasefire began at 1200 gmt", "The ceasefire began at 1200 GMT.", "2016-10-13", []want{dt("1200 GMT", "XXXX-XX-XXT12:00Z", "")}},
	{"revenue rose in q4", "Revenue rose in Q4.", "2016-10-13", []want{dt("Q4", "2016-Q4", "")}},
	{"the second-quarter loss widened", "The second-quarter loss widened.", "2016-10-13", []want{dt("second-quarter", "2016-Q2", "")}},
	{"talks ended on monday without a deal", "Talks ended on Monday without a deal.", "2016-10-13", []want{dt("Monday", "XXXX-WXX-1", "2016-10-10")}},
	{"the fighting started in march", "The fighting started in March.", "2016-10-13", []want{dt("March", "2016-03", "")}},
}

func TestNewsForms(t *testing.T) {
	q, err := New()
	if err != nil {
		t.Fatal(err)
	}
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, tc := range newsCases {
		if seen[tc.name] {
			t.Errorf("duplicate case name %q", tc.name)
		}
		seen[tc.name] = true
		t.Run(tc.name, func(t *testing.T) {
			d := docFor(tc.in, tc.published)
			if err := seg.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			if err := q.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			if got, exp := describeAll(d.Quantities), describeWant(tc.want); got != exp {
				t.Errorf("%q\n got: %s\nwant: %s", tc.in, got, exp)
			}
		})
	}
}
