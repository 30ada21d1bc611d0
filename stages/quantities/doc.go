// Package quantities finds every number stated in an article and turns it
// into a row: value, range, qualifier, counted noun, kind, rate and date.
//
//	Doc.Sentences (content zones only)         Doc.Tokens (POS, optional)
//	        │                                          │
//	        ▼                                          │
//	   scan: tokens that keep "4,000", "2-3",          │
//	   "18/03/2016", "second-century" whole  ◄── tags ─┘
//	        │   mask URLs, e-mails, phone numbers, clock times
//	        ▼
//	   at each token:  date? ─► weekday, month, season, quarter, zoned time?
//	                   ─► vague amount? ─► number (digits | words) ─► era year?
//	        │             currency · scale · range · qualifier · percent
//	        │             counted noun · rate · year/duration/ordinal rules
//	        ▼             names and codes dropped · "or more" bounds
//	   Doc.Quantities (byte spans, in text order)
//
// Without sentences (the segment stage not run) the stage reads each
// non-blank line of the content zones, or of the whole text when there are
// no zones; without POS tags it guesses them from closed word lists and
// word forms. Boilerplate zones are never read.
//
// # Semantics of the columns
//
// Span: minimal, qualifier + number + counted noun ("at least 39
// civilians", "Four Russian military advisors", "as many as 25 sorties a
// day"). Determiners ("the first time" → "first time"), weekdays ("Friday
// 18/03/2016" → "18/03/2016") and prepositions ("since 2015" → "2015") stay
// outside; "between" is inside ("between 20 and 30 people").
//
// Value: the number with its scale applied ("$5 million" → 5e6, "3.5bn" →
// 3.5e9, "two and a half" → 2.5). Nil for dates. ValueMax: the upper end of
// a range ("2-3 years", "between 20 and 30", "20 to 30", "two or three
// days"), nil otherwise; a scale written once applies to both ends ("$5-6
// million"). "from 20 to 30" is two quantities (usually a change, not a
// range). "up to 40" is value 40, qualifier up_to, no ValueMax.
//
// Qualifier, from the words before the number:
//
//	at_least   at least, no fewer than, no less than, a minimum of
//	at_most    at most, no more than, not more than, a maximum of
//	more_than  more than, over, above, greater than, upwards of, in excess of, just over
//	less_than  fewer than, less than, under, below, just under
//	about      about, around, roughly, approximately, some, nearly, almost,
//	           close to, an estimated
//	up_to      up to, as many as, as much as
//	exact      none of the above, or exactly / precisely
//	range      a range (ValueMax set)
//	vague      an order of magnitude ("hundreds of", "several"): Value..ValueMax
//	           is the range it states
//	ordinal    an ordinal (kind ordinal)
//
// A qualifier carries over a coordination: in "at least five children and
// seven women" both are at_least (the second span is "seven women").
//
// Vague amounts name an order of magnitude, not a number, and carry the
// range they honestly state, qualifier vague (Value the low end, ValueMax
// the high end): "dozens of" 24-99, "hundreds of" 100-999, "thousands of"
// 1,000-9,999, "tens of thousands" 10,000-99,999, "hundreds of thousands"
// 100,000-999,999, "millions of" 1e6 to 1e7-1, "tens of millions" 1e7 to
// 1e8-1 (the same words without "of": "hundreds were arrested");
// "several" before a plural noun 3-9 ("several hundred" 300-999,
// "several dozen" 36-108); "a few"
// before a scale word ("a few hundred" 200-999, "a few dozen" 24-99; "a
// few people" is not read, like "many"); "a handful of" 2-5. Kind count,
// money for "millions of dollars", duration for "several weeks", other
// for a measure ("several miles", "hundreds of miles"); a scale word takes
// a larger one after it ("several hundred thousand": 300,000-999,999). With a
// qualifier before them the qualifier stands and there is no ValueMax
// ("at least hundreds of people": at_least 100). "scores of" is not
// extracted: the seed gold lists "scores of fighters" with the vague
// quantifiers ("numerous", "multiple"), which are not quantities.
//
// Fractions: a share of a group written as a fraction or a ratio is kind
// fraction with the share as Value: "half" before "of", a determiner or a
// possessive, or after a qualifier ("nearly half said", "half the vote"),
// 0.5; "two-thirds", "three quarters of", "a third of", "a fifth said"
// (a singular after "a" or "one" needs "of" or a verb after it: "a third
// party" is an ordinal idiom); "six in 10", "one out of five",
// "one-in-five" (the denominator no year and no time: "in 2011", "one in
// five years"). The span is qualifier + fraction ("About four in 10"), the
// unit empty. A fraction of a percent is the percent it is ("a quarter of
// a percent" → 0.25 percent). "a year and a half", "the past decade and a
// half" are durations of 1.5 units.
//
// Bounds after the number set the qualifier: "3 degrees or more", "60
// percent or higher" are at_least; "10 or fewer", "5 years or less" are
// at_most (the bound is in the span). A bound between the number and its
// noun keeps the noun: "two or more years" is at_least 2 years, "500 or
// more workers" at_least 500 workers.
//
// Years of an era: "575 B.C.", "300 BCE", "AD 70", "1200 A.D." are kind
// year with the era in the span; Value is negative before the common era
// (-575).
//
// Unit: the singular lemma of the counted noun, with the lower-case nouns
// and classifying adjectives before it ("ground troop", "combat aircraft",
// "military advisor", "civilian casualty"); descriptive adjectives ("new",
// "heavy") and capitalised modifiers ("Russian") are in the span but not in
// the unit. Capitalised plurals count when they name a group of people
// ("three Americans" → "american"); plural acronyms keep their case ("40
// Conservative MPs" → "MP", "200 NGOs" → "NGO"). Money: the ISO 4217 code ("$" → "USD",
// "€" → "EUR", "£", "million pounds" or "850 pounds a share" → "GBP",
// "rubles" → "RUB"), with Value in the currency's main unit: "12 cents" is
// 0.12 in the currency of the sentence's first amount in a currency of
// cents ("fell 30 cents to €1.80" → EUR), or USD; "45 pence" is 0.45 GBP.
// Percent:
// "percent" (or "percentage point"). Measures: the unit's name ("km",
// "kilometre", "tonne", "pound" for an unscaled "15 pounds"), compound
// units whole ("2.5 million square miles" → "square mile", "3 degrees
// Celsius" → "degree Celsius", "120 km/h" → "km/h", "30 m/s" → "m/s",
// "400 km²" or "400 km2" → "square km", "40 m3" → "cubic metre", "120
// kph" → "km/h"; "per square kilometre" is a rate's Per). A counted noun
// coordinated with a second plural noun is counted whole: "13 women and
// children" → "woman and child"; modifiers joined by "and" or "or" stay
// in the unit when both classify the noun ("12,000 military and civilian
// deaths" → "military and civilian death"), else the unit is the second
// phrase's ("six former and current employees" → "employee"). An area
// glued by hyphens is a measure ("10,000-square-foot" → "square foot"),
// an abbreviated time unit a duration ("a 24-hr. period" → hour). Ordinals:
// the noun they rank ("first time" → "time", "second-century" →
// "century"). Empty for dates, years and numbers without a noun.
//
// Ages: a number after "aged", "age", "ages" ("at age 7", "the age of
// 15", "aged 8-12") or set off by commas after a name ("John Smith, 45,")
// is an age: Unit "year", Kind duration, as for "45-year-old"; so is one
// after "turned", "turns" or "turning", and after "turn" with "will" or
// "to" before it ("will turn 18"; "turn 3" alone is a noun). The span is
// the number alone. An age by decade after a possessive ("in her 40s",
// "his early 60s", "reached his mid-20s", "in their 30s, 40s and 50s") is
// the whole decade, qualifier range 40-49: the stage gives "early", "mid"
// and "late" no thirds of a decade anywhere, so they stay in the span and
// the range is the decade. "the 1960s" stays a period.
//
// Modifiers: a singular time unit or "point", "page", "story", "bed",
// "seat", "man" right after a number and before another noun is the unit
// ("a 24 hour delay" → "24 hour", hour, duration; "an eight point plan" →
// point). "member" is not ("27 member states" counts states). "N more X"
// counts X ("two more trucks" → truck, "20,000 fewer jobs" → job; "five-plus
// months" is more_than 5 months). A count taken from a group names the
// group's noun ("two of the suspects" → suspect, "all 66 of the state's
// delegates" → delegate, "13 of the past 19 contests" → contest, "10 of
// Garcia's aides" → aide); the span stays the number. A bare number after a
// possessive is a count its owner has, not a label ("412 to Smith's 388"). Invariant plurals that modify a
// noun are part of the unit ("two police officers" → "police officer",
// "six crew members" → "crew member"). "magnitude" is a measure, before or
// after the number ("6.4 magnitude", "magnitude 7.2": Kind other).
//
// Kind: money (a currency), percent, ordinal, date, year (four plain digits
// 1000-2100 with no counted noun: "since 2015", "the 2016 election";
// "1990s"; "2015-16", "2006 - 07"; from 1800 also before a plural noun,
// which stays outside the span, since news writes a count of a thousand
// or more with a comma: "the 1998 bombings", "Kenya's 2007 elections",
// "any 2016 candidates", "the 2004 and 2008 conventions" → the years; not
// after a verb in the past ("counted 1804 lines") or in a list of counts
// ("5000 and 2000 machines"); "'49" and "'90s" (also typed with an
// opening quotation mark after a capitalised word or "in", "of",
// "since": "in ‘08", a decade after "the" too: "the ‘90s") with the
// century that puts the year at or before the publication year, or
// 1930-2029 without one; so do decades written with "'s": "the 70's", "the
// '50's", "early 60's", while "the low 40's" is a rating and gives no row;
// a bare two-digit decade joined to a decade year takes its century: "the
// 1950s and 60s" → 1960, "the 1850's and early 60's" → 1860), duration (the unit is second, minute, hour, day,
// week, fortnight, month, year, decade, century, night: "six months",
// "five-year"), rate (a count with a denominator), fraction (a share:
// "two-thirds", "six in 10"), other (a measure: "40 km"), count (everything
// else).
//
// Per: the denominator of a rate, singular: "25 sorties a day", "70 strikes
// per week", "100,000 barrels daily" → "day", "week", "day". Money and
// percent keep their kind and also get Per ("$10 an hour" → money, per
// "hour"). Any singular common noun after "per" is a denominator ("$600 per
// joint", "12 sorties per pilot"), and after "a"/"an" for money and
// percent ("$5 a room"); counts take "a"/"an" only with time and measure
// units. "a day after" is not a rate.
//
// Ranges of days: "May 6 to 10", "April 8 and 9", "June 3-5, 2019", "14-16
// March", "2 to 4 August 2018" give one date row per day (spans "May 6" and
// "10", or "June 3" and "5, 2019"); both share the month and the year.
// More days listed with commas are dates too ("July 26, 27, 28 and 30";
// not "March 4, 12 days after").
// "5.25% to 5.50%" (the sign on both ends) is one range; "from 3.4% to
// 3.5%" and "rose 3% to 5%" are two numbers. The number of a market index
// or list is not a quantity ("S&P 500", "FTSE 100", "Fortune 500").
// Digit pairs with no unit ("the Hawks are 6-8", "a 2-5 mark") are scores
// or won-lost records and are not extracted, nor are clock-time ranges
// ("from 9 to 5 p.m."). "X to Y" after a verb of change ("gained 4.25 to
// 512.30") is two numbers, not a range. A bare number joined to a quantity
// by "to", "and", "or" or a dash (adjectives may stand between) takes its
// unit and kind: "from 35 to 60 percent" → 35 percent; "14 public and 9
// private hospitals" → 14 hospital (the span stays the number).
//
// Notations: "$.50" is 0.50 dollars; "m" and "k" glued to the number are scales after a currency
// or before a plural noun ("$5m", "5m shares", "10k runners"), else "m" is
// a metre ("a 5m wall"); Indian grouping ("3,50,000") and the lakh (1e5) and crore
// (1e7) scales, "Rs"/"Rs." as INR; plural scales after digits ("40
// millions"); mixed fractions ("5-3/4%" → 5.75); spelled numbers with a
// hyphenated part before a scale or after "and" ("twenty-five hundred" →
// 2,500, "one hundred and fifty-one" → 151), a year after "the year" ("in
// the year of Our Lord, one thousand nine hundred and sixty-one"); older ordinals "22d",
// "33d" (two digits or more: "3D" is a dimension).
//
// Dates: Normalized is TIMEX-style ISO: "March 2, 2017" → "2017-03-02",
// "March 2017" and "March of 2017" → "2017-03", "September 30" →
// "XXXX-09-30". Numeric dates are day-first ("18/03/2016" → "2016-03-18")
// unless the second field cannot be a month ("03/18/2016"); "2016-03-18" is
// ISO. Dates without a day of the month are dates too: weekdays ("on
// Tuesday" → "XXXX-WXX-2"), bare
// months after a cue word ("in June", "last May", "mid-February", "March of
// last year") or modifying a noun after a determiner or possessive ("the
// June report", "a flawed November election", "Clinton's July speech"; not
// in a name: "May Day", "the June Jam festival", "the May government"), seasons ("last spring", "the summer of 2016" → "2016-SU"),
// quarters and halves ("the third quarter", "third-quarter", "Q3" →
// "XXXX-Q3"; "first-half" → "XXXX-H1") and clock times with a zone ("1750
// GMT" → "XXXX-XX-XXT17:50Z", "0630 EST" → "XXXX-XX-XXT06:30-05:00", "5
// p.m. GMT" → "XXXX-XX-XXT17:00Z"; "8 p.m. ET" is left alone, its offset
// changing with the season).
//
// Resolution uses the publication date (Doc.Published: JSONL metadata, the
// page's date line, or a date in the file name, see stages/zones) and the
// tense of the date's clause: "last"/"next" ("since": past; "this": the
// publication year) before the date; the past for a date of something said
// or written ("her March remark", "an announcement in September"); else,
// unless the date follows a number ("180,000 in May"), the finite verb
// before the date in its own clause when it is a present or a modal ("Lee
// said the plant opens in March", "would open", "is expected to", "plans
// to": ahead of publication; a present reporting verb such as "says" does
// not count); else the nearest verb form showing tense (a past-tense
// verb or participle, "will", "is to"). A weekday ahead of publication
// that is the day before it is that day, the writer's today ("the votes
// are counted Tuesday" published Wednesday), and a day of a month up to a
// week before publication stays there. A past event is never placed after the
// publication date, a future one never before it ("on March 12" in a
// past-tense sentence published 2016-10-13 → 2016-03-12; "will open on
// March 12" → 2017-03-12); without tense the nearest candidate wins, ties
// to the past. The date of a
// dateline zone ("LINDEN, Calif., Jan. 1 (UPI) —", a date header) is when
// the story was filed: never after publication. Resolved is
// the calendar day of a day or weekday ("on Tuesday", past tense, published
// Thursday 2016-10-13 → 2016-10-11). A month, season, quarter or half names
// no day: Resolved stays empty and Normalized takes the year resolution
// gives ("in June", past tense → "2016-06"; "next summer" → "2017-SU").
// Without a publication date nothing is resolved and Normalized keeps
// "XXXX"; a clock time is never resolved. Relative dates ("yesterday",
// "two days ago") are not extracted.
//
// Not quantities: designators and codes with letters (T4, T62, F-16, G7,
// COVID-19, MH17, 5G), numbers after a capitalised label word ("Flight 17",
// "Resolution 2254", "Stage 2", "Round 3", "World War 2", "Court 7", "No.
// 2", "#10"), bare numbers that are part of a name or identifier: after a
// code in capitals (hull and pennant numbers "DDG 70", "L 12", "CTF 50"),
// after a capitalised word inside the sentence ("Task Force 58", "Boeing
// 737", "Highway 61"; a name of two capitalised words, a code in capitals
// or a brand with an inner capital even before a noun: "Combined Task
// Force 150 patrols", "CTF 50 ships", "PlayStation 4 consoles"; not a
// figure with a comma, "N times", or a line in capitals), ordinals opening a name ("5th Fleet",
// "3rd Infantry Division", "First Amendment"), house numbers ("415 W. Maple Ave.", "22 Orchard Street"),
// list markers ("(3)", "(3.)", "2." alone or before a capitalised word, a
// small number opening a sentence or following a colon before a
// capitalised word with no plural noun: "1 Full payment of ..."), numbers
// of parts of a text ("Fig. 7", "p. 63", "pp. 7 - 11", "Vol. 2", "No. 3";
// "on page 21", "in figure 10", "series 2"; also when the sentence
// splitter cut the abbreviation off), citations of law reports ("348 U.S.
// 385", "269 F. 2d 613", "62 Stat. 604", "42 U.S.C. 1983"), ordinal idioms ("first aid", "first lady", "a third party",
// "first-hand", "first class", "first responders"), "the F word", "one of the", "a day after",
// "once", "twice", "one" as a pronoun ("a significant one", "no one", "one
// another", "one day" as an idiom, and before a modal or a verb in "-s":
// "one cannot", "one seldom hears", "one finds"), "the two" without a noun, "half" as a
// part named by its place or as an adverb ("the other half", "half
// joking", "half-empty"), "weeks-long", "centuries-old", "three-dimensional", vague quantifiers,
// phone numbers, URLs, e-mail addresses, numbers inside markup tags (<tweet
// id="7568...">), clock times ("10:30", "5 p.m."), and a capitalised number
// word ending a name ("Air Force Two", "the Gang of Eight"). "half a dozen"
// and "a half-dozen" are six; a scale word glued to digits counts
// ("$73million"); a bare number after "turned" or "turns" is an age
// ("Bloomberg turned 74").
//
// The files follow the flow:
//
//	quantities.go  the stage: text units, masking, tags; a found quantity to a row
//	scan.go        tokens that keep numbers and hyphenated words whole
//	extract.go     the walk over a sentence's tokens: at each word a date, a
//	               period, a vague amount or a number
//	complete.go    from a parsed number to a quantity
//	numbers.go     numerals in digits and in words
//	dates.go       calendar dates and day ranges
//	periods.go     weekdays, months, seasons, quarters, clock times; tense
//	vague.go       vague amounts
//	fractions.go   shares of a group: "half", "two-thirds", "six in 10"
//	ranges.go      the upper end of a range
//	money.go       currencies around a number
//	measures.go    units of measure, bounds after a number, rates
//	nouns.go       the counted noun
//	context.go     house numbers, list markers, ages, short years
//	ages.go        ages by decade: "in her 40s", "in their early 30s"
//	tense.go       the tense of the clause around a date
//	datephrase.go  the thing a date dates ("her March remark" is past)
//	decades.go     decades written with two digits ("the 70's")
//	names.go       numbers in names and codes; citations; era years
//	lexicon.go     word lists
package quantities
