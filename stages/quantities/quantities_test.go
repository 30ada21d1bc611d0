package quantities

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/segment"
)

// want is one expected quantity. max 0 means no value_max; dates compare
// norm (and resolved when set) instead of value.
type want struct {
	text     string
	value    float64
	max      float64
	qual     string
	unit     string
	kind     string
	per      string
	norm     string
	resolved string
}

func c(text string, value float64, qual, unit, kind string) want {
	return want{text: text, value: value, qual: qual, unit: unit, kind: kind}
}

func rng(text string, value, max float64, unit, kind string) want {
	return want{text: text, value: value, max: max, qual: "range", unit: unit, kind: kind}
}

// vg is a vague amount: its honest range, qualifier vague.
func vg(text string, lo, hi float64, unit, kind string) want {
	return want{text: text, value: lo, max: hi, qual: "vague", unit: unit, kind: kind}
}

// fr is a share written as a fraction or a ratio ("two-thirds", "six in 10").
func fr(text string, value float64, qual string) want {
	return want{text: text, value: value, qual: qual, kind: "fraction"}
}

func dt(text, norm, resolved string) want {
	return want{text: text, qual: "exact", kind: "date", norm: norm, resolved: resolved}
}

func rate(text string, value float64, qual, unit, per string) want {
	return want{text: text, value: value, qual: qual, unit: unit, kind: "rate", per: per}
}

type testCase struct {
	name      string
	in        string
	published string
	want      []want
}

var cases = []testCase{
	// Digits with separators and scale words.
	{"plain count", "Russia said it conducted 64 airstrikes and killed 300 militants.", "", []want{c("64 airstrikes", 64, "exact", "airstrike", "count"), c("300 militants", 300, "exact", "militant", "count")}},
	{"thousands separator", "It sent 4,000 troops.", "", []want{c("4,000 troops", 4000, "exact", "troop", "count")}},
	{"two separators", "The city has 1,250,000 residents.", "", []want{c("1,250,000 residents", 1250000, "exact", "resident", "count")}},
	{"decimal scale", "Some 1.5 million people fled.", "", []want{c("Some 1.5 million people", 1.5e6, "about", "person", "count")}},
	{"money scale", "The plan costs $5 million.", "", []want{c("$5 million", 5e6, "exact", "USD", "money")}},
	{"acronym plural", "As many as 40 Conservative MPs could rebel, and 200 NGOs left.", "", []want{c("As many as 40 Conservative MPs", 40, "up_to", "MP", "count"), c("200 NGOs", 200, "exact", "NGO", "count")}},
	{"acronym singular is not counted", "He met 3 UN envoys.", "", []want{c("3 UN envoys", 3, "exact", "envoy", "count")}},
	{"decimal times a scale is exact", "The budget is $16.6 billion, up from 0.3 million.", "", []want{c("$16.6 billion", 16.6e9, "exact", "USD", "money"), c("0.3 million", 0.3e6, "exact", "", "count")}},
	{"market index", "The S&P 500 rose 1.2% and the FTSE 100 fell 0.4%.", "", []want{c("1.2%", 1.2, "exact", "percent", "percent"), c("0.4%", 0.4, "exact", "percent", "percent")}},
	{"percent signs range", "Rates were held in a range of 5.25% to 5.50%.", "", []want{rng("5.25% to 5.50%", 5.25, 5.5, "percent", "percent")}},
	{"percent change is two numbers", "Inflation rose from 3.4% to 3.5%.", "", []want{c("3.4%", 3.4, "exact", "percent", "percent"), c("3.5%", 3.5, "exact", "percent", "percent")}},
	{"cents in dollars", "Gas prices fell 12 cents to $3.45 a gallon.", "", []want{c("12 cents", 0.12, "exact", "USD", "money"), {text: "$3.45 a gallon", value: 3.45, qual: "exact", unit: "USD", kind: "money", per: "gallon"}}},
	{"cents in euros", "The fare rose 30 cents to €1.80.", "", []want{c("30 cents", 0.3, "exact", "EUR", "money"), c("€1.80", 1.8, "exact", "EUR", "money")}},
	{"cents alone", "A stamp now costs 73 cents.", "", []want{c("73 cents", 0.73, "exact", "USD", "money")}},
	{"cents range", "Tolls will rise by 10 to 15 cents.", "", []want{rng("10 to 15 cents", 0.1, 0.15, "USD", "money")}},
	{"pence", "The shares closed 45 pence higher.", "", []want{c("45 pence", 0.45, "exact", "GBP", "money")}},
	{"cents glued", "Coffee sold for 59-cents a cup.", "", []want{{text: "59-cents a cup", value: 0.59, qual: "exact", unit: "USD", kind: "money", per: "cup"}}},
	{"per cent is a percent", "Inflation was 5 per cent.", "", []want{c("5 per cent", 5, "exact", "percent", "percent")}},
	{"pounds a share", "The bid values the company at 850 pounds a share.", "", []want{{text: "850 pounds a share", value: 850, qual: "exact", unit: "GBP", kind: "money", per: "share"}}},
	{"pounds of weight", "Police seized 15 pounds of cocaine.", "", []want{c("15 pounds", 15, "exact", "pound", "other")}},
	{"percent sign", "Turnout was 12%.", "", []want{c("12%", 12, "exact", "percent", "percent")}},
	{"glued bn", "Exports reached 3.5bn last year.", "", []want{c("3.5bn", 3.5e9, "exact", "", "count")}},
	{"glued bn money", "The deal is worth $3.5bn.", "", []want{c("$3.5bn", 3.5e9, "exact", "USD", "money")}},
	{"decimal million", "Revenue was 1,783.9 million.", "", []want{c("1,783.9 million", 1783.9e6, "exact", "", "count")}},
	{"billion word", "The fund holds 2 billion dollars.", "", []want{c("2 billion dollars", 2e9, "exact", "USD", "money")}},
	{"euro sign", "Fines of €250 were issued.", "", []want{c("€250", 250, "exact", "EUR", "money")}},
	{"pound sign million", "Britain pledged £10m in aid.", "", []want{c("£10m", 10e6, "exact", "GBP", "money")}},
	{"US dollar sign", "It paid US$40 million.", "", []want{c("US$40 million", 40e6, "exact", "USD", "money")}},
	{"currency code before", "Prices rose to USD 300.", "", []want{c("USD 300", 300, "exact", "USD", "money")}},
	{"currency word", "He was fined 500 euros.", "", []want{c("500 euros", 500, "exact", "EUR", "money")}},
	{"rubles", "A loaf costs 40 rubles.", "", []want{c("40 rubles", 40, "exact", "RUB", "money")}},
	{"national currency", "It costs 16 Canadian dollars.", "", []want{c("16 Canadian dollars", 16, "exact", "CAD", "money")}},
	{"US space dollar", "That is about US $13.73 today.", "", []want{c("about US $13.73", 13.73, "about", "USD", "money")}},
	{"half a million", "They demanded half a million dollars.", "", []want{c("half a million dollars", 5e5, "exact", "USD", "money")}},
	{"percent word", "Unemployment fell to 5.2 percent.", "", []want{c("5.2 percent", 5.2, "exact", "percent", "percent")}},
	{"per cent", "Prices rose 3 per cent.", "", []want{c("3 per cent", 3, "exact", "percent", "percent")}},
	{"percentage points", "Support dropped 4 percentage points.", "", []want{c("4 percentage points", 4, "exact", "percentage point", "percent")}},
	{"percent qualifier", "Nearly 40% of voters stayed home.", "", []want{c("Nearly 40%", 40, "about", "percent", "percent")}},
	{"decimal count", "Some 2.5 million refugees live there.", "", []want{c("Some 2.5 million refugees", 2.5e6, "about", "refugee", "count")}},
	{"large plain number", "There are 12000 students.", "", []want{c("12000 students", 12000, "exact", "student", "count")}},
	{"number alone", "The toll rose to 57.", "", []want{c("57", 57, "exact", "", "count")}},
	{"km measure", "The convoy travelled 40 km.", "", []want{c("40 km", 40, "exact", "km", "other")}},
	{"glued km", "A 10km exclusion zone was set up.", "", []want{c("10km", 10, "exact", "km", "other")}},
	{"kilometres", "The front is 30 kilometres long.", "", []want{c("30 kilometres", 30, "exact", "kilometre", "other")}},
	{"tonnes", "They seized 3 tonnes of cocaine.", "", []want{c("3 tonnes", 3, "exact", "tonne", "other")}},

	// Spelled-out numbers, compounds and idioms.
	{"four", "The navy launched four missiles.", "", []want{c("four missiles", 4, "exact", "missile", "count")}},
	{"capitalised", "Four Russian military advisors were killed.", "", []want{c("Four Russian military advisors", 4, "exact", "military advisor", "count")}},
	{"twenty-five", "Twenty-five soldiers died.", "", []want{c("Twenty-five soldiers", 25, "exact", "soldier", "count")}},
	{"forty eight", "They held forty eight prisoners.", "", []want{c("forty eight prisoners", 48, "exact", "prisoner", "count")}},
	{"a hundred", "A hundred families returned.", "", []want{c("A hundred families", 100, "exact", "family", "count")}},
	{"a dozen", "A dozen villages were shelled.", "", []want{c("A dozen villages", 12, "exact", "village", "count")}},
	{"about a dozen", "About a dozen journalists attended.", "", []want{c("About a dozen journalists", 12, "about", "journalist", "count")}},
	{"two and a half", "The siege lasted two and a half years.", "", []want{c("two and a half years", 2.5, "exact", "year", "duration")}},
	{"hundred and twenty", "One hundred and twenty people were rescued.", "", []want{c("One hundred and twenty people", 120, "exact", "person", "count")}},
	{"two million", "Two million people voted.", "", []want{c("Two million people", 2e6, "exact", "person", "count")}},
	{"three thousand", "Three thousand workers went on strike.", "", []want{c("Three thousand workers", 3000, "exact", "worker", "count")}},
	{"one person", "Only one person survived.", "", []want{c("one person", 1, "exact", "person", "count")}},
	{"dozens of", "Dozens of civilians were wounded.", "", []want{vg("Dozens of civilians", 24, 99, "civilian", "count")}},
	{"hundreds of", "Hundreds of protesters gathered.", "", []want{vg("Hundreds of protesters", 100, 999, "protester", "count")}},
	{"thousands of", "Thousands of people fled the fighting.", "", []want{vg("Thousands of people", 1000, 9999, "person", "count")}},
	{"tens of thousands", "Tens of thousands of refugees crossed.", "", []want{vg("Tens of thousands of refugees", 10000, 99999, "refugee", "count")}},
	{"hundreds of thousands", "Hundreds of thousands of people marched.", "", []want{vg("Hundreds of thousands of people", 100000, 999999, "person", "count")}},
	{"millions of dollars", "It wasted millions of dollars.", "", []want{vg("millions of dollars", 1e6, 9999999, "USD", "money")}},
	{"hundreds alone", "Hundreds were arrested.", "", []want{vg("Hundreds", 100, 999, "", "count")}},
	{"scores of is vague", "ISIS lost scores of fighters.", "", nil},
	{"numerous is vague", "It destroyed numerous monuments.", "", nil},
	{"multiple is vague", "There were multiple operations.", "", nil},
	{"several is vague", "Several soldiers were hurt.", "", []want{vg("Several soldiers", 3, 9, "soldier", "count")}},

	// Ordinals.
	{"first time", "It's not the first time that Russians have battled here.", "", []want{c("first time", 1, "ordinal", "time", "ordinal")}},
	{"seventh year", "The war, now in its seventh year, goes on.", "", []want{c("seventh year", 7, "ordinal", "year", "ordinal")}},
	{"2nd time", "Only the 2nd time was noticeable.", "", []want{c("2nd time", 2, "ordinal", "time", "ordinal")}},
	{"4th time", "It changed hands 4th time.", "", []want{c("4th time", 4, "ordinal", "time", "ordinal")}},
	{"21st century", "This is a 21st century war.", "", []want{c("21st century", 21, "ordinal", "century", "ordinal")}},
	{"second-century", "They destroyed a second-century Roman theater.", "", []want{c("second-century", 2, "ordinal", "century", "ordinal")}},
	{"first aircraft", "The first Russian aircraft returned Tuesday.", "", []want{c("first Russian aircraft", 1, "ordinal", "aircraft", "ordinal"), dt("Tuesday", "XXXX-WXX-2", "")}},
	{"for second time", "Troops recapture the city for second time.", "", []want{c("second time", 2, "ordinal", "time", "ordinal")}},
	{"twenty-first", "The twenty-first round of talks ended.", "", []want{c("twenty-first round", 21, "ordinal", "round", "ordinal")}},
	{"third largest", "It is the third city to fall.", "", []want{c("third city", 3, "ordinal", "city", "ordinal")}},
	{"fifth anniversary", "They marked the fifth anniversary.", "", []want{c("fifth anniversary", 5, "ordinal", "anniversary", "ordinal")}},
	{"at first adverb", "At first, nobody believed it.", "", nil},
	{"first adverb verb", "He first said no.", "", nil},
	{"first of all", "First of all, we must talk.", "", nil},
	{"name ordinal", "It was the worst since the Second World War.", "", nil},
	{"first lady", "She met the First Lady in Paris.", "", nil},
	{"the 21st alone", "He arrived on the 21st.", "", nil},
	{"ordinal before a name", "A sixth Afghan was wounded.", "", nil},
	{"ordinal with abbreviation", "It was their first U.S. visit.", "", []want{c("first U.S. visit", 1, "ordinal", "visit", "ordinal")}},

	// Ranges.
	{"hyphen range", "during the last 2-3 years", "", []want{rng("2-3 years", 2, 3, "year", "duration")}},
	{"en dash range", "It will take 20–30 days.", "", []want{rng("20–30 days", 20, 30, "day", "duration")}},
	{"between", "Between 20 and 30 people died.", "", []want{rng("Between 20 and 30 people", 20, 30, "person", "count")}},
	{"to range", "20 to 30 houses burned.", "", []want{rng("20 to 30 houses", 20, 30, "house", "count")}},
	{"or range", "It lasted two or three days.", "", []want{rng("two or three days", 2, 3, "day", "duration")}},
	{"up to", "Up to 40 fighters remain.", "", []want{c("Up to 40 fighters", 40, "up_to", "fighter", "count")}},
	{"money range scale", "Repairs cost $5-6 million.", "", []want{rng("$5-6 million", 5e6, 6e6, "USD", "money")}},
	{"range scale both", "It needs 5 to 6 million doses.", "", []want{rng("5 to 6 million doses", 5e6, 6e6, "dose", "count")}},
	{"percent range", "Growth of 2-3% is expected.", "", []want{rng("2-3%", 2, 3, "percent", "percent")}},
	{"year range", "The 2015-16 season was cancelled.", "", []want{rng("2015-16", 2015, 2016, "", "year")}},
	{"between years", "Between 2015 and 2017 the town changed hands.", "", []want{rng("Between 2015 and 2017", 2015, 2017, "", "year")}},
	{"from to is two values", "Prices rose from 20 to 30.", "", []want{c("20", 20, "exact", "", "count"), c("30", 30, "exact", "", "count")}},
	{"score is not range", "They won 3-1.", "", nil},

	// Qualifiers.
	{"at least", "Air strikes killed at least 39 civilians on Saturday.", "", []want{c("at least 39 civilians", 39, "at_least", "civilian", "count"), dt("Saturday", "XXXX-WXX-6", "")}},
	{"more than", "It killed more than 80 people.", "", []want{c("more than 80 people", 80, "more_than", "person", "count")}},
	{"over", "Over 200 buildings collapsed.", "", []want{c("Over 200 buildings", 200, "more_than", "building", "count")}},
	{"nearly", "Nearly 500 families left.", "", []want{c("Nearly 500 families", 500, "about", "family", "count")}},
	{"almost", "Almost 70 villages were emptied.", "", []want{c("Almost 70 villages", 70, "about", "village", "count")}},
	{"about", "It deployed about 50 combat aircraft.", "", []want{c("about 50 combat aircraft", 50, "about", "combat aircraft", "count")}},
	{"around", "Around 300 fighters surrendered.", "", []want{c("Around 300 fighters", 300, "about", "fighter", "count")}},
	{"roughly", "Roughly 40 tanks were lost.", "", []want{c("Roughly 40 tanks", 40, "about", "tank", "count")}},
	{"some", "Some 50 people were detained.", "", []want{c("Some 50 people", 50, "about", "person", "count")}},
	{"as many as", "Jets flew as many as 25 sorties a day.", "", []want{rate("as many as 25 sorties a day", 25, "up_to", "sortie", "day")}},
	{"fewer than", "Fewer than 10 doctors remain.", "", []want{c("Fewer than 10 doctors", 10, "less_than", "doctor", "count")}},
	{"less than", "Less than 5% voted.", "", []want{c("Less than 5%", 5, "less_than", "percent", "percent")}},
	{"at most", "At most 20 guards were on duty.", "", []want{c("At most 20 guards", 20, "at_most", "guard", "count")}},
	{"no more than", "No more than 15 trucks got through.", "", []want{c("No more than 15 trucks", 15, "at_most", "truck", "count")}},
	{"exactly", "Exactly 100 days have passed.", "", []want{c("Exactly 100 days", 100, "exact", "day", "duration")}},
	{"an estimated", "An estimated 10,000 people were displaced.", "", []want{c("An estimated 10,000 people", 10000, "about", "person", "count")}},
	{"approximately", "Approximately 60 rockets hit the base.", "", []want{c("Approximately 60 rockets", 60, "about", "rocket", "count")}},
	{"upwards of", "Upwards of 300 fighters joined.", "", []want{c("Upwards of 300 fighters", 300, "more_than", "fighter", "count")}},
	{"no fewer than", "No fewer than 12 ministers resigned.", "", []want{c("No fewer than 12 ministers", 12, "at_least", "minister", "count")}},
	{"under", "Under 5 percent of aid arrived.", "", []want{c("Under 5 percent", 5, "less_than", "percent", "percent")}},
	{"qualifier carries", "At least five children and seven women were among the dead.", "", []want{c("At least five children", 5, "at_least", "child", "count"), c("seven women", 7, "at_least", "woman", "count")}},
	{"qualifier does not carry across words", "At least five children died and police arrested seven men.", "", []want{c("At least five children", 5, "at_least", "child", "count"), c("seven men", 7, "exact", "man", "count")}},
	{"money qualifier", "It raised more than $2 billion.", "", []want{c("more than $2 billion", 2e9, "more_than", "USD", "money")}},

	// Counted nouns.
	{"ground troops", "It also sent more than 4,000 ground troops, artillery and tanks.", "", []want{c("more than 4,000 ground troops", 4000, "more_than", "ground troop", "count")}},
	{"combat helicopters", "It sent about 30 combat helicopters.", "", []want{c("about 30 combat helicopters", 30, "about", "combat helicopter", "count")}},
	{"people lemma", "Three people were arrested.", "", []want{c("Three people", 3, "exact", "person", "count")}},
	{"children lemma", "Six children were hurt.", "", []want{c("Six children", 6, "exact", "child", "count")}},
	{"casualties lemma", "There were 12 casualties.", "", []want{c("12 casualties", 12, "exact", "casualty", "count")}},
	{"policemen lemma", "Four policemen were shot.", "", []want{c("Four policemen", 4, "exact", "policeman", "count")}},
	{"descriptive adjective out of unit", "They bought 20 new tanks.", "", []want{c("20 new tanks", 20, "exact", "tank", "count")}},
	{"civilian casualties", "It caused 40 civilian casualties.", "", []want{c("40 civilian casualties", 40, "exact", "civilian casualty", "count")}},
	{"partitive", "Five of the victims were children.", "", []want{c("Five", 5, "exact", "victim", "count")}},
	{"age apposition", "Smith, 45, was arrested.", "", []want{c("45", 45, "exact", "year", "duration")}},
	{"title case headline", "Airstrikes Kill 39 Civilians In Syria", "", []want{c("39 Civilians", 39, "exact", "civilian", "count")}},
	{"times", "The town changed hands three times.", "", []want{c("three times", 3, "exact", "time", "count")}},
	{"crises lemma", "It faced 3 crises.", "", []want{c("3 crises", 3, "exact", "crisis", "count")}},
	{"boxes lemma", "They found 40 boxes.", "", []want{c("40 boxes", 40, "exact", "box", "count")}},
	{"lives lemma", "The storm claimed 30 lives.", "", []want{c("30 lives", 30, "exact", "life", "count")}},
	{"buses lemma", "Twenty buses left the city.", "", []want{c("Twenty buses", 20, "exact", "bus", "count")}},
	{"grandchildren lemma", "She has five grandchildren.", "", []want{c("five grandchildren", 5, "exact", "grandchild", "count")}},
	{"gunmen lemma", "Three gunmen opened fire.", "", []want{c("Three gunmen", 3, "exact", "gunman", "count")}},
	{"group plural", "Some 20,000 Israelis marched.", "", []want{c("Some 20,000 Israelis", 20000, "about", "israeli", "count")}},
	{"nationality plural", "Gunmen kidnapped three Americans.", "", []want{c("three Americans", 3, "exact", "american", "count")}},
	{"abbreviation in phrase", "Two U.S. diplomats left.", "", []want{c("Two U.S. diplomats", 2, "exact", "diplomat", "count")}},
	{"place name is not a unit", "He lives in the 900 block North Charles street.", "", []want{c("900", 900, "exact", "", "count")}},
	{"state name is not a unit", "He won three Kansas races.", "", []want{c("three Kansas races", 3, "exact", "race", "count")}},
	{"fraction", "Nearly one-third of the budget went to defence.", "", []want{fr("Nearly one-third", 0.333333333333333, "about")}},
	{"compound measure", "A three-kilometer stretch was closed.", "", []want{c("three-kilometer", 3, "exact", "kilometre", "other")}},
	{"pounds weight", "He lost 15 pounds.", "", []want{c("15 pounds", 15, "exact", "pound", "other")}},
	{"pounds money", "The club paid 5 million pounds.", "", []want{c("5 million pounds", 5e6, "exact", "GBP", "money")}},

	// Rates.
	{"per week", "The coalition flew 70 strikes per week.", "", []want{rate("70 strikes per week", 70, "exact", "strike", "week")}},
	{"a day", "Jets flew 25 sorties a day.", "", []want{rate("25 sorties a day", 25, "exact", "sortie", "day")}},
	{"rate needs adjacency", "About 300 people arrive each month.", "", []want{c("About 300 people", 300, "about", "person", "count")}},
	{"daily", "It pumps 100,000 barrels daily.", "", []want{rate("100,000 barrels daily", 100000, "exact", "barrel", "day")}},
	{"money per hour", "Workers earn $10 an hour.", "", []want{{text: "$10 an hour", value: 10, qual: "exact", unit: "USD", kind: "money", per: "hour"}}},
	{"a day after is not a rate", "The raids came a day after 16 civilians were killed.", "", []want{c("16 civilians", 16, "exact", "civilian", "count")}},

	// Years and durations.
	{"since year", "ISIS controlled the city since 2015.", "", []want{c("2015", 2015, "exact", "", "year")}},
	{"in year", "The war began in 2011.", "", []want{c("2011", 2011, "exact", "", "year")}},
	{"year modifier", "The 2016 election was close.", "", []want{c("2016", 2016, "exact", "", "year")}},
	{"decade", "The dam was built in the 1990s.", "", []want{c("1990s", 1990, "exact", "", "year")}},
	{"count not year", "More than 2000 people attended.", "", []want{c("More than 2000 people", 2000, "more_than", "person", "count")}},
	{"six months", "Forces recaptured bases in the past six months.", "", []want{c("six months", 6, "exact", "month", "duration")}},
	{"three weeks", "The siege lasted three weeks.", "", []want{c("three weeks", 3, "exact", "week", "duration")}},
	{"ten years ago", "He left 10 years ago.", "", []want{c("10 years", 10, "exact", "year", "duration")}},
	{"compound duration", "They signed a five-year deal.", "", []want{c("five-year", 5, "exact", "year", "duration")}},
	{"age compound", "A 10-year-old boy was hurt.", "", []want{c("10-year-old", 10, "exact", "year", "duration")}},
	{"48 hours", "Talks lasted 48 hours.", "", []want{c("48 hours", 48, "exact", "hour", "duration")}},
	{"decades", "The conflict lasted two decades.", "", []want{c("two decades", 2, "exact", "decade", "duration")}},
	{"in one day", "They took the town in one day.", "", []want{c("one day", 1, "exact", "day", "duration")}},
	{"strong compound", "A 300-strong force advanced.", "", []want{c("300-strong", 300, "exact", "", "count")}},

	// Dates.
	{"month day year", "Thursday, March 2, 2017", "", []want{dt("March 2, 2017", "2017-03-02", "2017-03-02")}},
	{"day first numeric", "Friday 18/03/2016", "", []want{dt("18/03/2016", "2016-03-18", "2016-03-18")}},
	{"month first numeric", "Posted 03/18/2016", "", []want{dt("03/18/2016", "2016-03-18", "2016-03-18")}},
	{"iso date", "Updated 2016-03-18 at noon.", "", []want{dt("2016-03-18", "2016-03-18", "2016-03-18")}},
	{"no year resolved", "Russia intervened on September 30 at Assad's request.", "2016-03-18", []want{dt("September 30", "XXXX-09-30", "2015-09-30")}},
	{"no year unresolved", "Russia intervened on September 30.", "", []want{dt("September 30", "XXXX-09-30", "")}},
	{"no year same year", "The vote is on March 25.", "2016-03-18", []want{dt("March 25", "XXXX-03-25", "2016-03-25")}},
	{"day month year", "He died on 30 September 2015.", "", []want{dt("30 September 2015", "2015-09-30", "2015-09-30")}},
	{"abbreviated month", "It began on Sept. 30, 2015.", "", []want{dt("Sept. 30, 2015", "2015-09-30", "2015-09-30")}},
	{"ordinal day", "Talks resume on the 4th of July.", "", []want{dt("4th of July", "XXXX-07-04", "")}},
	{"month year", "It was signed in March 2017.", "", []want{dt("March 2017", "2017-03", "")}},
	{"dotted date", "Datum: 18.03.2016", "", []want{dt("18.03.2016", "2016-03-18", "2016-03-18")}},
	{"two digit year", "Filed 18/03/16.", "", []want{dt("18/03/16", "2016-03-18", "2016-03-18")}},
	{"weekday is a date", "On Saturday, members of the army fled.", "", []want{dt("Saturday", "XXXX-WXX-6", "")}},
	{"month alone", "They were pushed out in March.", "", []want{dt("March", "XXXX-03", "")}},
	{"last May", "ISIS seized Palmyra last May.", "", []want{dt("May", "XXXX-05", "")}},
	{"mid-February", "Forces arrived in mid-February.", "", []want{dt("mid-February", "XXXX-02", "")}},
	{"may verb", "It may 5 times be wrong.", "", []want{c("5 times", 5, "exact", "time", "count")}},
	{"invalid date", "Score 31/02/2016 here.", "", nil},

	// Not quantities.
	{"T4", "It started with a retreat to T4, and then more.", "", nil},
	{"T62", "A large batch of new T62 tanks arrived.", "", nil},
	{"F-16", "Two F-16 jets took off.", "", []want{c("Two F-16 jets", 2, "exact", "jet", "count")}},
	{"F-16 alone", "An F-16 crashed.", "", nil},
	{"G7", "The G7 met in Italy.", "", nil},
	{"G20", "Leaders gathered for the G20 summit.", "", nil},
	{"COVID-19", "COVID-19 spread quickly.", "", nil},
	{"MH17", "Flight MH17 was downed.", "", nil},
	{"Su-24", "A Su-24 was shot down.", "", nil},
	{"S-400", "Russia deployed S-400 systems.", "", nil},
	{"5G", "The 5G network went live.", "", nil},
	{"3D", "They made a 3D model.", "", nil},
	{"F word", "You can say anything except the F word.", "", nil},
	{"one of the", "Palmyra is one of the most important sites.", "", nil},
	{"one of them", "One of them escaped.", "", nil},
	{"a day after", "The raids came a day after the vote.", "", nil},
	{"phone number", "Call 202-555-0100 for details.", "", nil},
	{"phone international", "Call +44 20 7946 0958 now.", "", nil},
	{"phone parens", "Call (202) 555-0100 now.", "", nil},
	{"url", "Visit https://www.npr.org/2017/03/02/story for more.", "", nil},
	{"bare domain", "To see more, visit npr.org today.", "", nil},
	{"email", "Write to tips2017@example.com today.", "", nil},
	{"once", "ISIS once conducted executions there.", "", nil},
	{"once again", "The army has once again found itself at the gates.", "", nil},
	{"pronoun one", "It's a gain, and a seemingly significant one.", "", nil},
	{"the one", "This is the one they wanted.", "", nil},
	{"no one", "No one was hurt.", "", nil},
	{"one another", "They blamed one another.", "", nil},
	{"one day idiom", "One day, the war will end.", "", nil},
	{"clock time", "The blast happened at 10:30.", "", nil},
	{"pm time", "They met at 5 p.m. on Friday.", "", []want{dt("Friday", "XXXX-WXX-5", "")}},
	{"pm glued", "The curfew starts at 9pm.", "", nil},
	{"weeks-long", "The weeks-long battle is ending.", "", nil},
	{"centuries-old", "The centuries-old site was damaged.", "", nil},
	{"months long", "It was part of the months long series of operations.", "", nil},
	{"flight designator", "Flight 17 crashed in Ukraine.", "", nil},
	{"resolution designator", "Resolution 2254 was adopted.", "", nil},
	{"number sign", "He wore jersey #10.", "", nil},
	{"No. designator", "He is the No. 2 official.", "", nil},
	{"Boeing model", "A Boeing 737 landed.", "", nil},
	{"twice", "He was hit twice.", "", nil},
	{"bare spelled number", "The two met in Geneva.", "", nil},
	{"one by one", "They left one by one.", "", nil},
	{"half of", "Half of the city is destroyed.", "", []want{fr("Half", 0.5, "exact")}},
	{"few", "A few soldiers stayed.", "", nil},
	{"Air Force One", "He boarded Air Force One.", "", nil},

	// Rules from a review of unseen news text (paraphrased, not copied).
	// House numbers.
	{"house number", "The shop moved to 415 W. Maple Ave. last week.", "", nil},
	{"house number full suffix", "She lives at 22 Orchard Street with her aunt.", "", nil},
	{"house number with ordinal street", "The family lives at 2710 NE 31st Ter. near the park.", "", nil},
	{"street name as modifier is not an address", "Guards moved 12 Death Row inmates.", "", []want{c("12 Death Row inmates", 12, "exact", "inmate", "count")}},
	{"court is not a street", "Five Supreme Court justices dissented.", "", []want{c("Five Supreme Court justices", 5, "exact", "justice", "count")}},
	// List markers.
	{"parenthesised list marker", "The board asked that (3) two new clerks be hired.", "", []want{c("two new clerks", 2, "exact", "clerk", "count")}},
	{"bare list marker", "2 Full payment of the bill on delivery.", "", nil},
	{"list marker after colon", "Two reasons were given: 1 The cost of fuel; 2 The lack of drivers.", "", []want{c("Two reasons", 2, "exact", "reason", "count")}},
	{"sentence-initial count is not a marker", "12 Afghan soldiers died in the ambush.", "", []want{c("12 Afghan soldiers", 12, "exact", "soldier", "count")}},
	// Ages.
	{"age apposition comma and", "The sons, Paul, 12, and Mark, 9, were at school.", "", []want{c("12", 12, "exact", "year", "duration"), c("9", 9, "exact", "year", "duration")}},
	{"aged", "A woman aged 58 was rescued.", "", []want{c("58", 58, "exact", "year", "duration")}},
	{"age of spelled", "Pupils under the age of seven stayed home.", "", []want{c("seven", 7, "exact", "year", "duration")}},
	{"at age", "He retired at age 61.", "", []want{c("61", 61, "exact", "year", "duration")}},
	{"age range", "Boys aged 8-12 took part.", "", []want{rng("8-12", 8, 12, "year", "duration")}},
	{"comma number after a plural is not an age", "He led in home runs, 41, and walks, 90.", "", []want{c("41", 41, "exact", "", "count"), c("90", 90, "exact", "", "count")}},
	{"date comma is not an age", "It opened on Sept. 4, 12 days late.", "", []want{dt("Sept. 4", "XXXX-09-04", ""), c("12 days", 12, "exact", "day", "duration")}},
	// Scores and won-lost records.
	{"won-lost record", "The Hawks are 6-8 after the loss.", "", nil},
	{"record noun", "He has a 2-5 mark this season.", "", nil},
	{"range with noun stays", "The trip takes 3-4 hours.", "", []want{rng("3-4 hours", 3, 4, "hour", "duration")}},
	// Years written with an apostrophe.
	{"apostrophe year", "The '62 squad never lost at home.", "", []want{c("'62", 1962, "exact", "", "year")}},
	{"apostrophe year resolved by publication", "Fans still talk about the '08 final.", "2016-05-01", []want{c("'08", 2008, "exact", "", "year")}},
	{"apostrophe decade", "Prices fell in the '90s.", "", []want{c("'90s", 1990, "exact", "", "year")}},
	{"quoted number is not a year", "He wore '23' on his shirt.", "", []want{c("23", 23, "exact", "", "count")}},
	// A year that dates a noun.
	{"year before event noun", "He planned the 1996 attacks.", "", []want{c("1996", 1996, "exact", "", "year")}},
	{"possessive year before noun", "Kenya's 2007 elections were violent.", "", []want{c("2007", 2007, "exact", "", "year")}},
	{"qualified four digits stay a count", "About 1500 workers went on strike.", "", []want{c("About 1500 workers", 1500, "about", "worker", "count")}},
	// Designators.
	{"stage designator", "The district is known as Stage 2 North.", "", nil},
	{"round designator", "Talks opened Round 3 on Monday.", "", []want{dt("Monday", "XXXX-WXX-1", "")}},
	{"world war designator", "He fought in World War 2.", "", nil},
	// Singular nouns made modifiers.
	{"hour as modifier", "They set a 48 hour deadline.", "", []want{c("48 hour", 48, "exact", "hour", "duration")}},
	{"point as modifier", "Rebels rejected the twelve point plan.", "", []want{c("twelve point", 12, "exact", "point", "count")}},
	{"member is not a modifier unit", "The bloc's 27 member states agreed.", "", []want{c("27 member states", 27, "exact", "member state", "count")}},
	{"magnitude before", "A 5.9 magnitude earthquake struck.", "", []want{{text: "5.9 magnitude", value: 5.9, qual: "exact", unit: "magnitude", kind: "other"}}},
	{"magnitude after", "A quake of magnitude 7.2 hit the coast.", "", []want{{text: "7.2", value: 7.2, qual: "exact", unit: "magnitude", kind: "other"}}},
	// Counted nouns.
	{"police officers", "Three police officers were hurt.", "", []want{c("Three police officers", 3, "exact", "police officer", "count")}},
	{"crew members", "Nine crew members were rescued.", "", []want{c("Nine crew members", 9, "exact", "crew member", "count")}},
	{"police alone", "The blast killed four police and a child.", "", []want{c("four police", 4, "exact", "police", "count")}},
	{"people then verb", "Some 900 people live there.", "", []want{c("Some 900 people", 900, "about", "person", "count")}},
	{"more between number and noun", "Rescuers found six more survivors.", "", []want{c("six more survivors", 6, "exact", "survivor", "count")}},
	{"more than after number", "It costs 10 more than before.", "", []want{c("10", 10, "exact", "", "count")}},
	// Rates.
	{"per any noun", "Tickets cost $40 per person.", "", []want{{text: "$40 per person", value: 40, qual: "exact", unit: "USD", kind: "money", per: "person"}}},
	{"per noun count", "The fleet averaged 12 sorties per pilot.", "", []want{rate("12 sorties per pilot", 12, "exact", "sortie", "pilot")}},
	{"price a noun", "Beds cost $30 a night and meals $8 a plate.", "", []want{{text: "$30 a night", value: 30, qual: "exact", unit: "USD", kind: "money", per: "night"}, {text: "$8 a plate", value: 8, qual: "exact", unit: "USD", kind: "money", per: "plate"}}},
	{"count a noun is not a rate", "He sent 12 letters a friend had asked for.", "", []want{c("12 letters", 12, "exact", "letter", "count")}},
	// Ranges and changes.
	{"change is not a range", "The index gained 4.25 to 512.30.", "", []want{c("4.25", 4.25, "exact", "", "count"), c("512.30", 512.3, "exact", "", "count")}},
	{"shared percent", "Support ranged from 35 to 60 percent.", "", []want{c("35", 35, "exact", "percent", "percent"), c("60 percent", 60, "exact", "percent", "percent")}},
	{"shared noun over adjectives", "It has 14 public and 9 private hospitals.", "", []want{c("14", 14, "exact", "hospital", "count"), c("9 private hospitals", 9, "exact", "hospital", "count")}},
	{"part of a whole", "Troops shot down 30 of 37 drones.", "", []want{c("30", 30, "exact", "drone", "count"), c("37 drones", 37, "exact", "drone", "count")}},
	{"part of a determined whole", "Five of the 12 victims were children.", "", []want{c("Five", 5, "exact", "victim", "count"), c("12 victims", 12, "exact", "victim", "count")}},
	{"clock time range", "The clinic is open from 9 to 5 p.m. daily.", "", nil},
	{"spaced year range", "Growth slowed in 2008 - 09 after the crash.", "", []want{rng("2008 - 09", 2008, 2009, "", "year")}},
	{"spaced year range one digit", "Output fell during 2006 - 7.", "", []want{rng("2006 - 7", 2006, 2007, "", "year")}},
	{"plural scale", "The plan would cost 40 millions.", "", []want{c("40 millions", 4e7, "exact", "", "count")}},
	{"year then millions", "In 2009 millions of people lost jobs.", "", []want{c("2009", 2009, "exact", "", "year"), vg("millions of people", 1e6, 9999999, "person", "count")}},
	// Numbers in other notations.
	{"mixed fraction percent", "The bonds pay 5-3/4% interest.", "", []want{c("5-3/4%", 5.75, "exact", "percent", "percent")}},
	{"mixed fraction", "Shares rose 1-1/2 on the day.", "", []want{c("1-1/2", 1.5, "exact", "", "count")}},
	{"indian grouping", "The scheme covers 3,50,000 farmers.", "", []want{c("3,50,000 farmers", 350000, "exact", "farmer", "count")}},
	{"lakh", "Officials seized 2.5 lakh rupees.", "", []want{c("2.5 lakh rupees", 250000, "exact", "INR", "money")}},
	{"crore with Rs", "The bridge cost Rs 45 crore.", "", []want{c("Rs 45 crore", 45e7, "exact", "INR", "money")}},
	{"bad indian grouping", "Code 1,2,3 was used.", "", nil},
	{"old-style ordinal", "Voters in the 22d district are angry.", "", []want{c("22d district", 22, "ordinal", "district", "ordinal")}},
	{"coordinated ordinals", "Fighting raged in the 5th and 7th districts.", "", []want{c("5th", 5, "ordinal", "district", "ordinal"), c("7th districts", 7, "ordinal", "district", "ordinal")}},
	{"compound percent", "Turnout was just two-percent higher.", "", []want{c("two-percent", 2, "exact", "percent", "percent")}},
	// Ordinal idioms.
	{"first aid", "Volunteers gave first aid to the injured.", "", nil},
	{"first lady lower case", "The former first lady spoke.", "", nil},
	{"third party", "A third party may join the talks.", "", nil},
	{"first-hand", "He saw the damage first-hand.", "", nil},
	// Date ranges.
	{"date range to", "The fair runs from May 6 to 10.", "2017-04-01", []want{dt("May 6", "XXXX-05-06", "2017-05-06"), dt("10", "XXXX-05-10", "2017-05-10")}},
	{"date range and", "Voting is on April 8 and 9.", "", []want{dt("April 8", "XXXX-04-08", ""), dt("9", "XXXX-04-09", "")}},
	{"date range in one token", "The summit is set for June 3-5, 2019.", "", []want{dt("June 3", "2019-06-03", "2019-06-03"), dt("5, 2019", "2019-06-05", "2019-06-05")}},
	{"date range day first", "Polls open 14-16 March.", "", []want{dt("14", "XXXX-03-14", ""), dt("16 March", "XXXX-03-16", "")}},
	{"date range words day first", "The festival runs 2 to 4 August 2018.", "", []want{dt("2", "2018-08-02", "2018-08-02"), dt("4 August 2018", "2018-08-04", "2018-08-04")}},
	{"date then count is not a range", "On May 6 to 10 people were hurt.", "", []want{dt("May 6", "XXXX-05-06", ""), c("10 people", 10, "exact", "person", "count")}},
}

// docFor builds a Doc of one body zone holding text.
func docFor(text, published string) *pipeline.Doc {
	return &pipeline.Doc{
		Text:      text,
		Published: published,
		Zones:     []pipeline.Zone{{Span: pipeline.Span{Start: 0, End: len(text)}, Kind: pipeline.ZoneBody}},
	}
}

func TestQuantities(t *testing.T) {
	if len(cases) < 150 {
		t.Errorf("only %d cases; the issue asks for at least 150", len(cases))
	}
	checkCases(t, cases, "tagged", "untagged")
}

// newStages returns the quantities stage and the segment stage that tags
// its input.
func newStages(t *testing.T) (*Stage, *segment.Stage) {
	t.Helper()
	q, err := New()
	if err != nil {
		t.Fatal(err)
	}
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	return q, seg
}

// checkCases runs each case with the segment stage's POS tags ("tagged")
// and without them ("untagged").
func checkCases(t *testing.T, cases []testCase, modes ...string) {
	q, seg := newStages(t)
	seen := map[string]bool{}
	for _, tc := range cases {
		if seen[tc.name] {
			t.Errorf("duplicate case name %q", tc.name)
		}
		seen[tc.name] = true
		for _, mode := range modes {
			t.Run(mode+"/"+tc.name, func(t *testing.T) {
				d := docFor(tc.in, tc.published)
				if mode == "tagged" {
					if err := seg.Process(context.Background(), d); err != nil {
						t.Fatal(err)
					}
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
}

func describe(text string, value, max *float64, qual, unit, kind, per, norm, resolved string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "[%q", text)
	if kind == pipeline.KindDate {
		fmt.Fprintf(&b, " date %s resolved=%q", norm, resolved)
	} else {
		if value != nil {
			fmt.Fprintf(&b, " %g", *value)
		}
		if max != nil {
			fmt.Fprintf(&b, "..%g", *max)
		}
		fmt.Fprintf(&b, " %s %q %s", qual, unit, kind)
		if per != "" {
			fmt.Fprintf(&b, " per %s", per)
		}
	}
	b.WriteString("]")
	return b.String()
}

func describeAll(qs []pipeline.Quantity) string {
	var parts []string
	for _, q := range qs {
		parts = append(parts, describe(q.Text, q.Value, q.ValueMax, q.Qualifier, q.Unit, q.Kind, q.Per, q.Normalized, q.Resolved))
	}
	return strings.Join(parts, " ")
}

func describeWant(ws []want) string {
	var parts []string
	for _, w := range ws {
		v := w.value
		var max *float64
		if w.max != 0 {
			m := w.max
			max = &m
		}
		parts = append(parts, describe(w.text, &v, max, w.qual, w.unit, w.kind, w.per, w.norm, w.resolved))
	}
	return strings.Join(parts, " ")
}
