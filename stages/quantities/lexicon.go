package quantities

import "github.com/newsclaims/newsclaims/pipeline"

// The word lists below are general English and news conventions; none of
// them is tuned to a particular article.

// cardinalWords maps spelled-out numbers below one hundred to their value.
var cardinalWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// scaleWords multiply what precedes them ("1.5 million", "two hundred").
var scaleWords = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9,
	"trillion": 1e12, "bn": 1e9, "mn": 1e6, "mln": 1e6, "tn": 1e12,
	"trn": 1e12,
	// Plural scales after digits, in older or translated prose ("21
	// millions"), and the Indian lakh (100,000) and crore (10 million).
	"millions": 1e6, "billions": 1e9, "trillions": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}

// glued scale suffixes ("3.5bn", "$5m", "10k"). "m" and "k" count as scales
// only after a currency sign, where they cannot be metres.
var gluedScale = map[string]float64{
	"bn": 1e9, "b": 1e9, "mn": 1e6, "mln": 1e6, "tn": 1e12, "trn": 1e12,
	"m": 1e6, "k": 1e3,
	// "$73million", "$20billion": the scale word written without a space.
	"million": 1e6, "billion": 1e9, "trillion": 1e12,
}

// ordinalWords maps spelled-out ordinals to their value. Compounds such as
// "twenty-first" are parsed from their parts.
var ordinalWords = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
	"hundredth": 100, "thousandth": 1000, "millionth": 1e6,
}

// vagueMultiples are the plural scale words of the "dozens of" idiom. The
// value stored is the idiom's low bound: two of the unit ("dozens" >= 24).
// "scores" is deliberately absent: the gold annotation treats "scores of
// fighters" as a vague quantifier, like "numerous".
var vagueMultiples = map[string]float64{
	"dozens": 12, "hundreds": 100, "thousands": 1000, "millions": 1e6,
	"billions": 1e9, "tens": 10,
}

// qualifierPhrases are the words that may precede a number, longest first
// within each starting word. The value is the Qual constant.
var qualifierPhrases = []struct {
	words []string
	qual  string
}{
	{[]string{"no", "more", "than"}, pipeline.QualAtMost},
	{[]string{"not", "more", "than"}, pipeline.QualAtMost},
	{[]string{"no", "fewer", "than"}, pipeline.QualAtLeast},
	{[]string{"no", "less", "than"}, pipeline.QualAtLeast},
	{[]string{"not", "less", "than"}, pipeline.QualAtLeast},
	{[]string{"a", "minimum", "of"}, pipeline.QualAtLeast},
	{[]string{"a", "maximum", "of"}, pipeline.QualAtMost},
	{[]string{"as", "many", "as"}, pipeline.QualUpTo},
	{[]string{"as", "much", "as"}, pipeline.QualUpTo},
	{[]string{"just", "over"}, pipeline.QualMoreThan},
	{[]string{"just", "under"}, pipeline.QualLessThan},
	{[]string{"more", "than"}, pipeline.QualMoreThan},
	{[]string{"greater", "than"}, pipeline.QualMoreThan},
	{[]string{"upwards", "of"}, pipeline.QualMoreThan},
	{[]string{"in", "excess", "of"}, pipeline.QualMoreThan},
	{[]string{"fewer", "than"}, pipeline.QualLessThan},
	{[]string{"less", "than"}, pipeline.QualLessThan},
	{[]string{"at", "least"}, pipeline.QualAtLeast},
	{[]string{"at", "most"}, pipeline.QualAtMost},
	{[]string{"up", "to"}, pipeline.QualUpTo},
	{[]string{"close", "to"}, pipeline.QualAbout},
	{[]string{"an", "estimated"}, pipeline.QualAbout},
	{[]string{"over"}, pipeline.QualMoreThan},
	{[]string{"above"}, pipeline.QualMoreThan},
	{[]string{"under"}, pipeline.QualLessThan},
	{[]string{"below"}, pipeline.QualLessThan},
	{[]string{"nearly"}, pipeline.QualAbout},
	{[]string{"almost"}, pipeline.QualAbout},
	{[]string{"about"}, pipeline.QualAbout},
	{[]string{"around"}, pipeline.QualAbout},
	{[]string{"roughly"}, pipeline.QualAbout},
	{[]string{"approximately"}, pipeline.QualAbout},
	{[]string{"some"}, pipeline.QualAbout},
	{[]string{"estimated"}, pipeline.QualAbout},
	{[]string{"exactly"}, pipeline.QualExact},
	{[]string{"precisely"}, pipeline.QualExact},
}

// currencySigns map a sign before a number to an ISO 4217 code.
var currencySigns = map[string]string{
	"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
	"₽": "RUB", "₩": "KRW", "₺": "TRY", "C$": "CAD", "A$": "AUD",
	"HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL",
}

// currencyCodes are ISO codes written before or after a number ("USD 5").
var currencyCodes = map[string]bool{
	"USD": true, "EUR": true, "GBP": true, "JPY": true, "CNY": true,
	"RUB": true, "INR": true, "CHF": true, "CAD": true, "AUD": true,
	"SYP": true, "TRY": true, "IRR": true, "SAR": true, "AED": true,
}

// centCurrencies are the currencies whose hundredth is a cent.
var centCurrencies = map[string]bool{
	"USD": true, "EUR": true, "CAD": true, "AUD": true, "NZD": true, "HKD": true,
	"SGD": true, "ZAR": true,
}

// currencyWords map a currency noun after a number to its ISO code.
var currencyWords = map[string]string{
	"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
	"sterling": "GBP", "yen": "JPY",
	"yuan": "CNY", "renminbi": "CNY", "rouble": "RUB", "roubles": "RUB",
	"ruble": "RUB", "rubles": "RUB", "rupee": "INR", "rupees": "INR",
	"franc": "CHF", "francs": "CHF", "lira": "TRY", "liras": "TRY",
	"lire": "TRY", "rial": "IRR", "rials": "IRR", "riyal": "SAR",
	"riyals": "SAR", "dirham": "AED", "dirhams": "AED", "shekel": "ILS",
	"shekels": "ILS", "peso": "MXN", "pesos": "MXN",
}

// nationalCurrencies are a nationality adjective and a currency noun
// ("Canadian dollars", "Syrian pounds").
var nationalCurrencies = map[string]string{
	"canadian dollars": "CAD", "canadian dollar": "CAD",
	"australian dollars": "AUD", "australian dollar": "AUD",
	"singapore dollars": "SGD", "taiwan dollars": "TWD", "zimbabwe dollars": "ZWL",
	"syrian pounds": "SYP", "egyptian pounds": "EGP", "lebanese pounds": "LBP",
	"sudanese pounds": "SDG", "mexican pesos": "MXN", "argentine pesos": "ARS",
	"philippine pesos": "PHP", "indian rupees": "INR", "pakistani rupees": "PKR",
	"swiss francs": "CHF", "iraqi dinars": "IQD", "turkish lira": "TRY",
	"iranian rials": "IRR", "saudi riyals": "SAR", "russian rubles": "RUB",
	"russian roubles": "RUB", "chinese yuan": "CNY", "japanese yen": "JPY",
}

// durationUnits are the time units that make a count a duration.
var durationUnits = map[string]bool{
	"second": true, "minute": true, "hour": true, "day": true, "week": true,
	"fortnight": true, "month": true, "year": true, "decade": true,
	"century": true, "millennium": true, "night": true,
}

// rateDenominators are the nouns after "a", "an", "per", "each" or "every"
// that make a rate ("25 sorties a day").
var rateDenominators = map[string]bool{
	"second": true, "minute": true, "hour": true, "day": true, "week": true,
	"month": true, "year": true, "night": true, "quarter": true,
	"decade": true, "capita": true, "person": true, "head": true,
	"kilometre": true, "kilometer": true, "mile": true, "km": true,
	"litre": true, "liter": true, "gallon": true, "barrel": true,
	"tonne": true, "ton": true, "kilo": true, "kilogram": true, "kg": true,
	"household": true, "share": true, "resident": true, "inhabitant": true,
}

// rateAdverbs are one-word rate denominators ("25 sorties daily").
var rateAdverbs = map[string]string{
	"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year",
	"annually": "year", "hourly": "hour", "nightly": "night",
}

// measureUnits are units of measurement; a number with one is kind other.
// Abbreviations may also be glued to the number ("10km").
var measureUnits = map[string]string{
	"km": "km", "kilometre": "kilometre", "kilometer": "kilometre",
	"kilometres": "kilometre", "kilometers": "kilometre", "mile": "mile",
	"miles": "mile", "m": "metre", "metre": "metre", "meter": "metre",
	"metres": "metre", "meters": "metre", "cm": "cm", "mm": "mm",
	"kg": "kg", "kilogram": "kilogram", "kilograms": "kilogram",
	"kilo": "kilogram", "kilos": "kilogram", "g": "gram", "gram": "gram",
	"grams": "gram", "tonne": "tonne", "tonnes": "tonne", "ton": "ton",
	"tons": "ton", "lb": "lb", "lbs": "lb", "ft": "foot", "feet": "foot",
	"foot": "foot", "inch": "inch", "inches": "inch", "mph": "mph",
	"yard": "yard", "yards": "yard", "pound": "pound", "pounds": "pound",
	"kmh": "km/h", "km/h": "km/h", "kph": "km/h", "knot": "knot", "knots": "knot", "mw": "MW", "gw": "GW", "kw": "kW",
	"kwh": "kWh", "hectare": "hectare", "hectares": "hectare", "ha": "hectare",
	"acre": "acre", "acres": "acre", "litre": "litre", "litres": "litre",
	"liter": "litre", "liters": "litre", "gallon": "gallon",
	"gallons": "gallon", "degree": "degree", "degrees": "degree",
	"celsius": "degree Celsius", "fahrenheit": "degree Fahrenheit",
	"sq": "square", "square": "square", "nautical": "nautical mile",
	"magnitude": "magnitude",
}

// months maps month names and their news abbreviations to 1..12.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5,
	"june": 6, "july": 7, "august": 8, "september": 9, "october": 10,
	"november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
	"jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11,
	"dec": 12,
}

// designatorNouns take a number as a name or label ("Flight 17",
// "Resolution 2254", "Boeing 737"): the number is not a quantity.
var designatorNouns = map[string]bool{
	// market indexes and lists: "S&P 500", "FTSE 100", "Fortune 500"
	"s&p": true, "ftse": true, "nikkei": true, "russell": true, "stoxx": true, "cac": true,
	"dax": true, "nasdaq": true, "fortune": true, "forbes": true,
	"flight": true, "channel": true, "resolution": true, "article": true,
	"section": true, "route": true, "highway": true, "boeing": true,
	"airbus": true, "apollo": true, "chapter": true, "room": true,
	"gate": true, "terminal": true, "level": true, "phase": true,
	"platform": true, "building": true, "block": true, "sector": true,
	"formula": true, "windows": true, "iphone": true, "vision": true,
	"agenda": true, "no": true, "number": true, "page": true, "paragraph": true,
	"clause": true, "amendment": true, "interstate": true, "bus": true,
	"line": true, "track": true, "episode": true, "season": true,
	"version": true, "model": true, "type": true, "mark": true, "series": true,
	"su": true, "mig": true, "tu": true, "il": true, "mi": true, "ka": true,
	"ward": true, "district": true, "zone": true, "camp": true, "unit": true,
	"brigade": true, "battalion": true, "regiment": true, "squadron": true,
	"division": true, "corps": true, "army": true, "fleet": true, "group": true,
	"pier": true, "hangar": true, "runway": true,
	"lot": true, "grade": true, "category": true, "street": true, "avenue": true, "road": true,
	"court": true, "stage": true, "round": true, "war": true, "game": true,
	"week": true, "day": true, "proposition": true, "prop": true, "exit": true,
	"local": true, "box": true, "suite": true, "apartment": true, "apt": true,
	"station": true, "pad": true, "studio": true, "precinct": true, "hall": true,
	"bill": true, "act": true, "title": true, "item": true, "question": true,
	"count": true, "figure": true, "table": true, "step": true, "class": true,
}

// spacedCurrencyPrefixes are written before a number with a space ("Rs
// 500", "Rs. 5 crore"); unlike "$" they are words, not signs.
var spacedCurrencyPrefixes = map[string]string{
	"rs": "INR", "inr": "INR", "usd": "USD", "eur": "EUR", "gbp": "GBP",
}

// streetSuffixes end a street name: the number before the name is a house
// number ("637 E. Pelham Rd.", "10 Downing Street"), not a quantity.
var streetSuffixes = toSet(`st street ave avenue av rd road blvd boulevard dr drive lane ln
way pl place ct cir circle ter terrace pkwy parkway hwy highway sq square plaza pike
turnpike row alley crescent close expressway freeway`)

// compoundUnitNouns are singular nouns that a number turns into a
// modifier without a hyphen ("a 24 hour delay", "an eight point plan", "a
// 500 page report"): the number counts them, not the noun after them.
// "member" is left out: "27 member states" counts states.
var compoundUnitNouns = toSet(`second minute hour day week month year decade century
night point page story storey bed seat man lane inning game`)

// ordinalIdioms are nouns that make an ordinal an idiom, not a rank:
// "first aid", "first lady", "second nature", "a third party".
var ordinalIdioms = map[string]float64{
	"aid": 1, "lady": 1, "ladies": 1, "hand": 0, "nature": 2, "thoughts": 2,
	"fiddle": 2, "glance": 1, "sight": 1, "light": 1,
	"party": 3, "parties": 3, "wind": 2, "guessing": 2, "class": 1, "person": 1, "responder": 1, "responders": 1,
}

// ageWords before a number make it an age ("aged 45", "at age 7", "ages
// 5-12").
var ageWords = toSet(`aged age ages turned turns turning`)

// turnAuxiliaries before "turn" make it the verb of an age ("will turn 18").
var turnAuxiliaries = toSet(`will 'll ’ll would to could may might should shall must`)

// timeSuffixes after a number make it a clock time, which is not counted.
var timeSuffixes = map[string]bool{
	"am": true, "pm": true, "a.m": true, "p.m": true, "gmt": true, "utc": true,
	"o'clock": true, "a.m.": true, "p.m.": true, "hrs": true, "bst": true, "est": true, "edt": true,
	"cet": true, "cest": true,
}

// functionWords end a counted noun phrase. They are closed-class words, so
// the list is the same for any text.
var functionWords = toSet(`a an the this that these those some any each every no
of in on at to from for with by into onto upon about above below under over after before
since during until till between among against across through throughout within without
toward towards near per via as than like unlike despite
and or but nor yet so because although though while whereas if unless whether
who whom whose which what where when why how
i me my we us our you your he him his she her it its they them their one's
is are was were be been being am have has had having do does did done
will would shall should can could may might must ought
not n't never also only just even still already again too very quite rather
more most less least much many few fewer several all both either neither
there here then now ago later earlier today yesterday tomorrow tonight
last next old said says say told according including included
up down out off away back ever another others`)

// relationalAdjectives classify a noun rather than describe it ("military
// advisor", "civilian casualty"), so they stay in the unit. Other adjectives
// ("new", "young", "heavy") are left out of the unit, though kept in the span.
var relationalAdjectives = toSet(`military paramilitary civilian naval nuclear chemical
ballistic medical foreign armed aerial maritime tactical strategic federal
municipal electoral presidential parliamentary legislative judicial criminal
commercial industrial agricultural residential financial economic diplomatic
humanitarian religious academic educational environmental
special elite regular reserve auxiliary`)

// descriptiveAdjectives are common adjectives that a POS-less fallback must
// not mistake for the counted noun.
var descriptiveAdjectives = toSet(`new old young little small large big huge great
heavy light long short high low good bad best worst other such same different
many several few various numerous additional extra further more most less least
major minor key main senior junior top former latest recent early late first last
wounded injured dead killed missing unarmed innocent local international national
alleged suspected unidentified unknown known possible potential total entire whole
separate individual single double triple full empty free private public
red blue green white black brown yellow`)

// invariantPlurals are nouns whose plural is the singular form.
var invariantPlurals = toSet(`aircraft spacecraft hovercraft watercraft personnel
police sheep deer fish cattle livestock series species offspring staff crew
people militia infantry artillery cavalry clergy youth data media`)

// irregularPlurals map plural nouns to their singular lemma.
var irregularPlurals = map[string]string{
	"people": "person", "persons": "person", "children": "child",
	"women": "woman", "men": "man", "policemen": "policeman",
	"policewomen": "policewoman", "gunmen": "gunman", "servicemen": "serviceman",
	"militiamen": "militiaman", "tribesmen": "tribesman", "firemen": "fireman",
	"fishermen": "fisherman", "spokesmen": "spokesman", "congressmen": "congressman",
	"feet": "foot", "teeth": "tooth", "geese": "goose", "mice": "mouse",
	"lives": "life", "wives": "wife", "knives": "knife", "wolves": "wolf",
	"halves": "half", "leaves": "leaf", "thieves": "thief", "shelves": "shelf",
	"selves": "self", "calves": "calf", "loaves": "loaf",
	"crises": "crisis", "analyses": "analysis", "theses": "thesis",
	"diagnoses": "diagnosis", "hypotheses": "hypothesis", "oases": "oasis",
	"criteria": "criterion", "phenomena": "phenomenon", "militias": "militia",
	"heroes": "hero", "potatoes": "potato", "tomatoes": "tomato",
	"echoes": "echo", "vetoes": "veto", "torpedoes": "torpedo",
	"embargoes": "embargo", "volcanoes": "volcano",
	"sorties": "sortie", "movies": "movie", "cookies": "cookie",
	"calories": "calorie", "rookies": "rookie", "zombies": "zombie",
	"ties": "tie", "lies": "lie", "pies": "pie", "prairies": "prairie",
	"headaches": "headache", "niches": "niche", "caches": "cache",
	"avalanches": "avalanche", "cliches": "cliche", "moustaches": "moustache",
	"buses": "bus", "viruses": "virus", "statuses": "status",
	"bonuses": "bonus", "censuses": "census", "campuses": "campus",
	"focuses": "focus", "consensuses": "consensus", "gases": "gas",
	"aliases": "alias", "atlases": "atlas", "canvases": "canvas",
}

func toSet(words string) map[string]bool {
	m := map[string]bool{}
	w := ""
	for _, r := range words + " " {
		if r == ' ' || r == '\n' || r == '\t' {
			if w != "" {
				m[w] = true
			}
			w = ""
			continue
		}
		w += string(r)
	}
	return m
}
