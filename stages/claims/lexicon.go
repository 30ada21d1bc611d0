package claims

import "strings"

// The lexicons below are general English and general news vocabulary: verb
// inflections, the event classes that let two differently worded claims be
// compared, hedges and demonyms. None of them is specific to one article.

// irregularVerbs maps irregular inflected forms to their lemma.
var irregularVerbs = map[string]string{
	"is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be", "am": "be",
	"'s": "be", "'re": "be", "'m": "be", "’s": "be", "’re": "be",
	"has": "have", "had": "have", "having": "have", "'ve": "have", "’ve": "have",
	"does": "do", "did": "do", "done": "do", "doing": "do",
	"went": "go", "gone": "go", "goes": "go",
	"took": "take", "taken": "take", "retook": "retake", "retaken": "retake",
	"fled": "flee", "withdrew": "withdraw", "withdrawn": "withdraw",
	"left": "leave", "kept": "keep", "held": "hold", "lost": "lose", "fought": "fight",
	"hit": "hit", "shot": "shoot", "struck": "strike", "stricken": "strike",
	"drove": "drive", "driven": "drive", "flew": "fly", "flown": "fly", "flies": "fly",
	"sent": "send", "brought": "bring", "began": "begin", "begun": "begin",
	"came": "come", "became": "become", "saw": "see", "seen": "see", "said": "say", "says": "say",
	"told": "tell", "made": "make", "gave": "give", "given": "give", "got": "get", "gotten": "get",
	"found": "find", "thought": "think", "knew": "know", "known": "know", "spoke": "speak", "spoken": "speak",
	"led": "lead", "met": "meet", "ran": "run", "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall",
	"won": "win", "beat": "beat", "beaten": "beat", "broke": "break", "broken": "break",
	"built": "build", "bought": "buy", "caught": "catch", "chose": "choose", "chosen": "choose",
	"dealt": "deal", "felt": "feel", "forgot": "forget", "grew": "grow", "grown": "grow",
	"heard": "hear", "hid": "hide", "hidden": "hide", "laid": "lay", "lay": "lie", "meant": "mean",
	"overran": "overrun", "overrun": "overrun", "paid": "pay", "put": "put", "read": "read",
	"sold": "sell", "set": "set", "shut": "shut", "sat": "sit", "slept": "sleep", "spent": "spend",
	"stood": "stand", "stole": "steal", "stolen": "steal", "swept": "sweep", "taught": "teach",
	"threw": "throw", "thrown": "throw", "understood": "understand", "woke": "wake", "wrote": "write",
	"written": "write", "bore": "bear", "borne": "bear", "blew": "blow", "blown": "blow",
	"undertook": "undertake", "undertaken": "undertake", "overtook": "overtake", "overtaken": "overtake",
	"ousted": "oust", "dying": "die", "lying": "lie", "tied": "tie",
	"drew": "draw", "drawn": "draw", "wore": "wear", "worn": "wear", "tore": "tear", "torn": "tear",
	"swore": "swear", "sworn": "swear", "bit": "bite", "bitten": "bite", "ate": "eat", "eaten": "eat",
	"froze": "freeze", "frozen": "freeze", "hung": "hang", "rode": "ride", "ridden": "ride",
	"rang": "ring", "rung": "ring", "sang": "sing", "sung": "sing", "sank": "sink", "sunk": "sink",
	"sprang": "spring", "sprung": "spring", "stuck": "stick", "stung": "sting", "swam": "swim", "swum": "swim",
	"swung": "swing", "spun": "spin", "spread": "spread", "quit": "quit", "cast": "cast", "cut": "cut",
	"hurt": "hurt", "let": "let", "lent": "lend", "bent": "bend", "lit": "light", "fed": "feed",
	"bled": "bleed", "bred": "breed", "sped": "speed", "dug": "dig", "clung": "cling", "flung": "fling",
	"wept": "weep", "crept": "creep", "leapt": "leap", "sought": "seek", "shook": "shake",
	"shaken": "shake", "forbade": "forbid", "forbidden": "forbid", "withheld": "withhold", "upheld": "uphold",
	"overcame": "overcome", "withstood": "withstand", "mistook": "mistake", "mistaken": "mistake",
	"foresaw": "foresee", "foreseen": "foresee", "overthrew": "overthrow", "overthrown": "overthrow",
	"arose": "arise", "arisen": "arise", "awoke": "awake", "strove": "strive", "striven": "strive",
	"drank": "drink", "drunk": "drink", "shone": "shine", "slid": "slide", "bound": "bind", "wound": "wind",
	"rebuilt": "rebuild", "forgave": "forgive", "forgiven": "forgive", "forgotten": "forget", "knelt": "kneel",
	"slain": "slay", "slew": "slay", "wove": "weave", "woven": "weave", "befell": "befall",
	"undid": "undo", "undone": "undo", "outran": "outrun", "oversaw": "oversee", "overseen": "oversee",
	"withdrawing": "withdraw", "seeing": "see", "fleeing": "flee", "agreeing": "agree",
}

// verbLemmas are the lemmas used to pick between candidate stems of a
// regular inflection ("liberated" -> liberate, not liberat). A lemma not
// listed is still found by the suffix rules; the list only settles the
// e-restoration and consonant doubling that rules alone get wrong.
var verbLemmas = setOf(`focus abandon accuse acknowledge add advance agree aid aim allege allow announce
appear approve argue arrest arrive ask assert assess attack attempt back ban battle become begin
believe belittle blame bomb bombard break brief bring build burn call capture carry cause celebrate
change charge cite claim clash close come complete conclude condemn confirm conduct consider contain
continue contradict control cooperate cost create cross cut damage declare decline defeat defend
deliver deny deploy describe destroy detain die direct dismiss displace dispute doubt drive drop
end engage enter escape establish evacuate exchange execute expand expect explode fail fall fear
fight finish fire flee fly force free gain give guarantee halt happen help hit hold host hurt identify
impose include increase injure insist intensify intervene invade involve issue join keep kill launch
lead leave liberate lift limit live lose maintain manage move murder name need note occupy offer open
operate order overrun oust paralyse paralyze perform plan play post praise prepare press prevent
protest provide pull purport push raid raise reach recapture receive reclaim recover reduce regain
reinforce reject release remain remove renew repel report repulse rescue resume retake retreat return
reveal rise rule say secure seize sell send shell shoot show sign stage start stay stop storm strike
struggle suffer supply support surrender surround suspend take target tell threaten train try use
violate wage warn win withdraw wound`)

// auxiliaries are verbs that carry tense or mood but not the claim's event
// when another verb follows them.
var auxiliaries = setOf(`be have do will would shall should can could may might must ought`)

// raisingVerbs introduce the verb that carries the event ("managed to
// retake", "appears to have fired", "continues to strike", "try to reclaim").
var raisingVerbs = setOf(`appear seem manage try attempt continue begin start expect believe say
report claim purport want need plan go use help`)

// lightVerbs take their event from a following noun ("ordered the
// withdrawal", "conducted 64 airstrikes", "carried out air strikes").
var lightVerbs = setOf(`order announce conduct carry stage launch make wage take complete begin start
resume continue renew undertake perform mount fly`)

// eventClasses groups verb lemmas and event nouns that name the same kind
// of event, so that "retake", "recapture" and "liberate" compare equal.
var eventClasses = map[string]string{}

func init() {
	for class, words := range map[string]string{
		"strike":   "strike airstrike air_strike raid sortie bomb bombing bombard bombardment shell shelling",
		"capture":  "capture recapture retake regain seize liberate liberation reclaim overrun storm occupy",
		"withdraw": "withdraw withdrawal retreat flee leave pull pullback evacuate evacuation",
		"repel":    "repel repulse",
		"expel":    "expel oust drive defeat rout",
		"kill":     "kill death dead casualty",
		"attack":   "attack assault offensive",
		"end":      "end over complete finish conclude",
		"change":   "change movement move redeploy redeployment",
		"deploy":   "deploy deployment send dispatch",
		"rubble":   "rubble ruin ruins",
	} {
		for _, w := range strings.Fields(words) {
			eventClasses[strings.ReplaceAll(w, "_", " ")] = class
		}
	}
}

// antonymClasses are pairs of event classes that cannot both be true of the
// same actor at the same place and time.
var antonymClasses = map[[2]string]bool{
	{"capture", "withdraw"}: true, {"withdraw", "capture"}: true,
	{"repel", "withdraw"}: true, {"withdraw", "repel"}: true,
}

// Extent of an event: how much of something a withdrawal or change covers.
const (
	extentUnknown = iota
	extentLow     // partial, some, limited, little
	extentHigh    // most, majority
	extentTotal   // all, entire, complete
)

// extentWords grade the scope words that qualify an event or its object.
var extentWords = map[string]int{
	"partial": extentLow, "partly": extentLow, "some": extentLow, "limited": extentLow,
	"most": extentHigh, "majority": extentHigh, "bulk": extentHigh,
	"all": extentTotal, "entire": extentTotal, "complete": extentTotal, "completely": extentTotal,
	"full": extentTotal, "fully": extentTotal, "total": extentTotal,
}

// forceTypes say which branch a noun names, so that a withdrawal of
// warplanes is not compared with a movement of ground troops.
var forceTypes = map[string]string{
	"warplane": "air", "jet": "air", "aircraft": "air", "plane": "air", "helicopter": "air",
	"bomber": "air", "fighter jet": "air", "air force": "air", "sortie": "air", "airstrike": "air",
	"air strike": "air",
	"troop":      "ground", "ground force": "ground", "soldier": "ground", "tank": "ground",
	"artillery": "ground", "infantry": "ground",
	"warship": "naval", "frigate": "naval", "submarine": "naval", "navy": "naval",
}

// hedgeCues mark a claim its claimant does not vouch for (lower case,
// matched on word boundaries).
var hedgeCues = []string{
	"reportedly", "purportedly", "purport", "purports", "purported", "allegedly", "alleged",
	"believed", "believed to", "appears", "appeared to", "apparently", "seems", "seemingly", "probably",
	"possibly", "presumably", "perhaps", "may", "might", "could", "as far as i know", "is expected to", "are expected to",
	"was expected to", "long considered", "is considered", "are considered", "cannot know", "can't know",
	"according to reports", "unconfirmed", "it is thought", "said to be", "is likely", "are likely",
	"unverified", "claimed to", "suggests", "suggested", "suggest", "likely", "expect", "expects", "expected to",
	"more likely", "most likely", "unlikely",
}

// denialCues and disputeCues are cue lemmas that set a reported claim's stance.
var (
	denialCues  = setOf(`deny denial reject dismiss refute rebuff`)
	disputeCues = setOf(`dispute contradict challenge question rebut doubt contest counter`)
)

// negators negate the verb or noun they precede.
var negators = setOf(`not n't ’t never no none nothing neither nor without little few`)

// subordinators open a clause that is split from the main clause: the
// claim is the subordinate content, without the word itself.
var subordinators = setOf(`because although though whereas while`)

// locativePreps introduce a place ("in Raqa", "near Palmyra").
var locativePreps = setOf(`in near at around outside inside within across into from to toward towards
over on of`)

// placePreps are the prepositions that make a place the claim's place.
var placePreps = setOf(`in near at around outside inside within across into toward towards`)

// demonyms maps nationality words to the country they name, so that
// "Russian warplanes" and "Russia" share an actor.
var demonyms = map[string]string{
	"russian": "Russia", "russians": "Russia", "syrian": "Syria", "syrians": "Syria",
	"american": "United States", "americans": "United States", "us": "United States", "u.s.": "United States",
	"british": "United Kingdom", "iraqi": "Iraq", "iraqis": "Iraq", "iranian": "Iran", "iranians": "Iran",
	"turkish": "Turkey", "israeli": "Israel", "israelis": "Israel", "french": "France", "german": "Germany",
	"chinese": "China", "ukrainian": "Ukraine", "ukrainians": "Ukraine", "kurdish": "Kurdistan",
	"lebanese": "Lebanon", "jordanian": "Jordan", "saudi": "Saudi Arabia", "egyptian": "Egypt",
	"afghan": "Afghanistan", "pakistani": "Pakistan", "indian": "India", "japanese": "Japan",
	"korean": "Korea", "libyan": "Libya", "yemeni": "Yemen", "palestinian": "Palestine",
	"qatari": "Qatar", "emirati": "United Arab Emirates", "canadian": "Canada", "australian": "Australia",
	"italian": "Italy", "spanish": "Spain", "polish": "Poland", "dutch": "Netherlands",
}

// weekdays maps weekday names to time.Weekday numbers.
var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// lemma returns the lemma of a verb form (lower case). Irregular forms come
// from a table; regular ones lose -s, -es, -ies, -ed, -ied or -ing, and the
// candidate stems (with a restored e, with a doubled consonant undone) are
// checked against verbLemmas before a rule decides.
func lemma(word string) string {
	w := strings.ToLower(word)
	if l, ok := irregularVerbs[w]; ok {
		return l
	}
	if verbLemmas[w] {
		return w
	}
	var stems []string
	switch {
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		stems = []string{w[:len(w)-3] + "y"}
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		stems = []string{w[:len(w)-3] + "y"}
	case strings.HasSuffix(w, "ed") && len(w) > 3:
		stems = regularStems(w[:len(w)-2])
	case strings.HasSuffix(w, "ing") && len(w) > 4:
		stems = regularStems(w[:len(w)-3])
	case strings.HasSuffix(w, "es") && len(w) > 3:
		// -es follows a sibilant or o ("pushes", "goes"); otherwise the
		// lemma ends in e ("recognizes", "expires")
		stems = []string{w[:len(w)-1], w[:len(w)-2]}
		if b := w[:len(w)-2]; strings.HasSuffix(b, "ss") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z") && !strings.HasSuffix(b, "iz") ||
			strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "o") {
			stems = []string{b, w[:len(w)-1]}
		}
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 2:
		stems = []string{w[:len(w)-1]}
	default:
		return w
	}
	for _, s := range stems {
		if verbLemmas[s] {
			return s
		}
	}
	return stems[0]
}

// regularStems gives the candidate lemmas of a stem left by -ed or -ing,
// most likely first: a doubled final consonant undone ("stopped",
// "admitted", "getting"), a restored e ("liberated", "filed", "settled"),
// or the stem itself ("opened", "hammered", "visited").
func regularStems(stem string) []string {
	n := len(stem)
	if n >= 4 && stem[n-1] == stem[n-2] && !isVowel(stem[n-1]) { // "erred" keeps "err"
		undone := stem[:n-1]
		switch c := stem[n-1]; {
		case strings.IndexByte("bdgkmnprtvz", c) >= 0,
			c == 'l' && vowelGroups(undone) > 1 && (strings.HasSuffix(undone, "el") || strings.HasSuffix(undone, "ol")):
			// "expelled", "patrolled"; but "killed", "passed", "staffed"
			return []string{undone, stem}
		}
		return []string{stem, undone}
	}
	if restoresE(stem) {
		return []string{stem + "e", stem}
	}
	return []string{stem, stem + "e"}
}

// restoresE says whether a stem left by -ed or -ing lost a final e. After
// a single vowel and a single consonant (which a stressed final syllable
// would have doubled), a one-syllable stem did ("filed", "hoped"); a longer
// one did unless its last syllable is one that English leaves unstressed
// and e-less ("hammered", "opened", "developed", "visited", "canceled").
func restoresE(stem string) bool {
	n := len(stem)
	if n < 2 {
		return false
	}
	last, prev := stem[n-1], stem[n-2]
	switch {
	case last == 'u' || last == 'v' || last == 'c' || last == 'g' && !strings.HasSuffix(stem, "ong"):
		// "argued", "moved", "forced", "staged", "urged", "arranged"; not
		// "longed", "wronged"
		return true
	case last == 'z':
		return true // "seized", "organized"
	case last == 's':
		// "eased", "raised", "released", "collapsed", "refused"; not
		// "passed" (a double s is no lost e); "focused" is in verbLemmas
		return prev != 's'

	case last == 'l' && strings.IndexByte("bdfgkptz", prev) >= 0:
		return true // "settled", "struggled", "handled"
	}
	vowelBefore := n >= 3 && isVowel(stem[n-3]) && !(n >= 4 && stem[n-3] == 'u' && stem[n-4] == 'q') // "requir" is CVC
	if !isVowel(prev) || vowelBefore || strings.IndexByte("wxyh", last) >= 0 {
		return false // "helped", "rained", "played"
	}
	if vowelGroups(stem) == 1 {
		return true
	}
	switch string([]byte{prev, last}) {
	case "er", "en", "on", "el", "al", "op", "em":
		return false
	case "it":
		// "united", "invited", "excited", "ignited" against "visited",
		// "edited", "limited", "credited"
		return n >= 3 && strings.IndexByte("cvn", stem[n-3]) >= 0
	case "et":
		return n >= 3 && strings.IndexByte("lp", stem[n-3]) >= 0 // "completed", "deleted"
	}
	return true
}

// vowelGroups counts the runs of vowels in a word, a rough syllable count.
func vowelGroups(w string) int {
	n, in := 0, false
	for i := 0; i < len(w); i++ {
		v := isVowel(w[i]) || w[i] == 'y' && i > 0
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// nounLemma singularises a noun (lower case): "strikes" -> strike,
// "casualties" -> casualty.
func nounLemma(word string) string {
	w := strings.ToLower(word)
	// A plural whose singular is a known event or force noun ("sorties").
	if strings.HasSuffix(w, "s") {
		if s := w[:len(w)-1]; eventClasses[s] != "" || forceTypes[s] != "" {
			return s
		}
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}
