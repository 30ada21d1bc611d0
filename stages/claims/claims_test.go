package claims

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/segment"
	"github.com/newsclaims/newsclaims/stages/zones"
)

// ent, qty and quoteSpec describe hand-made layers for test documents.
type ent struct{ text, label, canonical string }

type qty struct {
	text      string
	value     float64
	qualifier string
	unit      string
}

type quoteSpec struct{ content, source, cue, speaker string }

var testSegmenter *segment.Stage

func segmenter(t testing.TB) *segment.Stage {
	t.Helper()
	if testSegmenter == nil {
		s, err := segment.New()
		if err != nil {
			t.Fatal(err)
		}
		testSegmenter = s
	}
	return testSegmenter
}

// handDoc builds a document whose lines are body zones, with real sentences
// and tokens and hand-made mentions, quantities and quotes, and runs the
// claims stage on it.
func handDoc(t testing.TB, outlet, published, text string, ents []ent, qs []qty, quotes []quoteSpec) *pipeline.Doc {
	t.Helper()
	d := &pipeline.Doc{ID: pipeline.DocID([]byte(outlet + text)), Text: text, Outlet: outlet, Published: published, Source: outlet}
	zones.BareText(d)
	if err := segmenter(t).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		for at := 0; ; {
			i := strings.Index(text[at:], e.text)
			if i < 0 {
				break
			}
			sp := pipeline.Span{Start: at + i, End: at + i + len(e.text)}
			d.Mentions = append(d.Mentions, pipeline.Mention{Span: sp, Sentence: d.SentenceAt(sp.Start), Text: e.text,
				Label: e.label, Canonical: e.canonical, EntityID: pipeline.EntityID(e.label, e.canonical)})
			at = sp.End
		}
	}
	sortMentions(d)
	for _, q := range qs {
		i := strings.Index(text, q.text)
		if i < 0 {
			t.Fatalf("quantity %q not in text", q.text)
		}
		v := q.value
		d.Quantities = append(d.Quantities, pipeline.Quantity{Span: pipeline.Span{Start: i, End: i + len(q.text)},
			Sentence: d.SentenceAt(i), Text: q.text, Value: &v, Qualifier: q.qualifier, Unit: q.unit, Kind: pipeline.KindCount})
	}
	for _, q := range quotes {
		span := func(s string) pipeline.Span {
			if s == "" {
				return pipeline.Span{}
			}
			i := strings.Index(text, s)
			if i < 0 {
				t.Fatalf("%q not in text", s)
			}
			return pipeline.Span{Start: i, End: i + len(s)}
		}
		pq := pipeline.Quote{Type: pipeline.QuoteIndirect, Content: span(q.content), Source: span(q.source), Cue: span(q.cue),
			Speaker: q.speaker, EmbeddedIn: -1}
		for _, m := range d.Mentions {
			if m.Canonical == q.speaker {
				pq.SpeakerEntityID = m.EntityID
			}
		}
		d.Quotes = append(d.Quotes, pq)
	}
	st, _ := New()
	if err := st.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

func sortMentions(d *pipeline.Doc) {
	ms := d.Mentions
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

var (
	idlib  = ent{"Idlib", pipeline.LabelGPE, "Idlib"}
	russia = ent{"Russia", pipeline.LabelGPE, "Russia"}
	turkey = ent{"Turkey", pipeline.LabelGPE, "Turkey"}
	rusAdj = ent{"Russian", pipeline.LabelNORP, "Russian"}
	moscow = ent{"Moscow", pipeline.LabelGPE, "Russia"}
	jenin  = ent{"Jenin", pipeline.LabelGPE, "Jenin"}
	hebron = ent{"Hebron", pipeline.LabelGPE, "Hebron"}
)

// pairSide is one document of a claimPairs case.
type pairSide struct {
	text   string
	ents   []ent
	qs     []qty
	quotes []quoteSpec
}

// claimPairs are pairs of one-claim documents and how the claims relate.
var claimPairs = []struct {
	name string
	a, b pairSide
	// sameOutlet makes both documents come from one outlet.
	sameOutlet bool
	// want is the relation expected between the two documents' claims,
	// or "" for no link.
	want string
}{
	{
		name:       "update by the same source",
		a:          pairSide{text: "Air strikes killed 12 civilians in Idlib on Sunday.", ents: []ent{idlib}, qs: []qty{{"12 civilians", 12, pipeline.QualExact, "civilian"}}},
		b:          pairSide{text: "Air strikes killed 19 civilians in Idlib on Sunday.", ents: []ent{idlib}, qs: []qty{{"19 civilians", 19, pipeline.QualExact, "civilian"}}},
		sameOutlet: true,
		want:       pipeline.RelationUpdates,
	},
	{
		name: "agree on a number",
		a:    pairSide{text: "Air strikes killed at least 40 civilians in Idlib on Sunday.", ents: []ent{idlib}, qs: []qty{{"at least 40 civilians", 40, pipeline.QualAtLeast, "civilian"}}},
		b:    pairSide{text: "Air strikes killed 42 civilians in Idlib on Sunday.", ents: []ent{idlib}, qs: []qty{{"42 civilians", 42, pipeline.QualExact, "civilian"}}},
		want: pipeline.RelationAgrees,
	},
	{
		name: "conflict by number",
		a:    pairSide{text: "Air strikes killed 12 civilians in Idlib on Sunday.", ents: []ent{idlib}, qs: []qty{{"12 civilians", 12, pipeline.QualExact, "civilian"}}},
		b:    pairSide{text: "Air strikes killed 30 civilians in Idlib on Sunday.", ents: []ent{idlib}, qs: []qty{{"30 civilians", 30, pipeline.QualExact, "civilian"}}},
		want: pipeline.RelationConflicts,
	},
	{
		name: "conflict by negation",
		a:    pairSide{text: "Russian warplanes carried out air strikes in Idlib on Sunday.", ents: []ent{rusAdj, idlib}},
		b:    pairSide{text: "Russia staged no air strikes in Idlib on Sunday.", ents: []ent{russia, idlib}},
		want: pipeline.RelationConflicts,
	},
	{
		name: "conflict by denial",
		a:    pairSide{text: "The attack on the hospital in Idlib killed nine people on Sunday.", ents: []ent{idlib}},
		b: pairSide{text: "Moscow denied any role in the attack on the hospital in Idlib.", ents: []ent{moscow, idlib},
			quotes: []quoteSpec{{content: "any role in the attack on the hospital in Idlib", source: "Moscow", cue: "denied", speaker: "Russia"}}},
		want: pipeline.RelationConflicts,
	},
	{
		// the source's negated statement has the stance denies and a
		// negation: it says once that it is not so, not twice
		name: "a source's negated statement against the assertion",
		a: pairSide{text: "Donna Brazile leaked the debate questions to the campaign on Sunday.",
			ents: []ent{{"Donna Brazile", pipeline.LabelPerson, "Donna Brazile"}}},
		b: pairSide{text: "Donna Brazile said she never leaked the debate questions to the campaign on Sunday.",
			ents:   []ent{{"Donna Brazile", pipeline.LabelPerson, "Donna Brazile"}},
			quotes: []quoteSpec{{content: "she never leaked the debate questions to the campaign on Sunday", source: "Donna Brazile", cue: "said", speaker: "Donna Brazile"}}},
		want: pipeline.RelationConflicts,
	},
	{
		// the denied act is a verb of the report, not its main verb
		name: "a denial of an act another outlet reports",
		a: pairSide{text: "Governor Mark Stone gave a budget speech copied in part from one given by Ann Lee.",
			ents: []ent{{"Mark Stone", pipeline.LabelPerson, "Mark Stone"}, {"Ann Lee", pipeline.LabelPerson, "Ann Lee"}}},
		b: pairSide{text: "Tom Reed said there was no copying of Ann Lee's speech.",
			ents:   []ent{{"Tom Reed", pipeline.LabelPerson, "Tom Reed"}, {"Ann Lee", pipeline.LabelPerson, "Ann Lee"}},
			quotes: []quoteSpec{{content: "there was no copying of Ann Lee's speech", source: "Tom Reed", cue: "said", speaker: "Tom Reed"}}},
		want: pipeline.RelationConflicts,
	},
	{
		name: "no plans to meet, and a meeting",
		a: pairSide{text: "The ministry said Ann Lee has no plans to meet Mark Stone this week.",
			ents:   []ent{{"Ann Lee", pipeline.LabelPerson, "Ann Lee"}, {"Mark Stone", pipeline.LabelPerson, "Mark Stone"}},
			quotes: []quoteSpec{{content: "Ann Lee has no plans to meet Mark Stone this week", source: "The ministry", cue: "said", speaker: ""}}},
		b: pairSide{text: "Ann Lee met Mark Stone at the palace on Saturday.",
			ents: []ent{{"Ann Lee", pipeline.LabelPerson, "Ann Lee"}, {"Mark Stone", pipeline.LabelPerson, "Mark Stone"}}},
		want: pipeline.RelationConflicts,
	},
	{
		name: "one did not do what another did",
		a: pairSide{text: "Mark Stone never mentioned Ann Lee in his speech.",
			ents: []ent{{"Mark Stone", pipeline.LabelPerson, "Mark Stone"}, {"Ann Lee", pipeline.LabelPerson, "Ann Lee"}}},
		b: pairSide{text: "Tom Reed mentioned Ann Lee and the budget in his speech.",
			ents: []ent{{"Tom Reed", pipeline.LabelPerson, "Tom Reed"}, {"Ann Lee", pipeline.LabelPerson, "Ann Lee"}}},
		want: "",
	},
	{
		name: "a place named by a denial and a report",
		a: pairSide{text: "Only one candidate has not won in both Kent and Surrey.",
			ents: []ent{{"Kent", pipeline.LabelGPE, "Kent"}, {"Surrey", pipeline.LabelGPE, "Surrey"}}},
		b: pairSide{text: "Ann Lee won Surrey and Kent on Tuesday.",
			ents: []ent{{"Ann Lee", pipeline.LabelPerson, "Ann Lee"}, {"Surrey", pipeline.LabelGPE, "Surrey"}, {"Kent", pipeline.LabelGPE, "Kent"}}},
		want: "",
	},
	{
		name: "shared entity, different measure",
		a:    pairSide{text: "Air strikes killed 12 civilians in Idlib on Sunday.", ents: []ent{idlib}, qs: []qty{{"12 civilians", 12, pipeline.QualExact, "civilian"}}},
		b:    pairSide{text: "Turkey sent 300 soldiers to Idlib on Sunday.", ents: []ent{turkey, idlib}, qs: []qty{{"300 soldiers", 300, pipeline.QualExact, "soldier"}}},
		want: "",
	},
	{
		name: "negation in another region",
		a:    pairSide{text: "Russian warplanes carried out air strikes in southern Syria on Sunday.", ents: []ent{rusAdj}},
		b:    pairSide{text: "Russia staged no air strikes in northern Syria on Sunday.", ents: []ent{russia}},
		want: "",
	},
	{
		name: "counts at two different towns",
		a:    pairSide{text: "Army troops killed two militants in Jenin on Sunday.", ents: []ent{jenin}, qs: []qty{{"two militants", 2, pipeline.QualExact, "militant"}}},
		b:    pairSide{text: "Army troops killed five militants in Hebron on Sunday.", ents: []ent{hebron}, qs: []qty{{"five militants", 5, pipeline.QualExact, "militant"}}},
		want: "",
	},
	{
		name: "counts with no date across documents",
		a:    pairSide{text: "Air strikes killed 12 civilians in Idlib.", ents: []ent{idlib}, qs: []qty{{"12 civilians", 12, pipeline.QualExact, "civilian"}}},
		b:    pairSide{text: "Air strikes killed 30 civilians in Idlib.", ents: []ent{idlib}, qs: []qty{{"30 civilians", 30, pipeline.QualExact, "civilian"}}},
		want: "",
	},
	{
		name: "counts in opposite parts of one place",
		a:    pairSide{text: "Air strikes killed 12 civilians in northern Idlib on Sunday.", ents: []ent{idlib}, qs: []qty{{"12 civilians", 12, pipeline.QualExact, "civilian"}}},
		b:    pairSide{text: "Air strikes killed 30 civilians in southern Idlib on Sunday.", ents: []ent{idlib}, qs: []qty{{"30 civilians", 30, pipeline.QualExact, "civilian"}}},
		want: "",
	},
	{
		name: "no intention of an event is not its denial",
		a:    pairSide{text: "Russian jets attacked rebel positions in Idlib on Sunday.", ents: []ent{rusAdj, idlib}},
		b:    pairSide{text: "Russia has no intention of attacking Idlib, the minister wrote on Sunday.", ents: []ent{russia, idlib}},
		want: "",
	},
	{
		name: "negation of another verb",
		a:    pairSide{text: "Turkish artillery shelled villages near Idlib on Sunday.", ents: []ent{{"Turkish", pipeline.LabelNORP, "Turkish"}, idlib}},
		b:    pairSide{text: "Turkey's security needs do not justify the shelling near Idlib on Sunday.", ents: []ent{turkey, idlib}},
		want: "",
	},
	{
		name: "opposite events at different places",
		a:    pairSide{text: "Turkish troops captured the town of Afrin on Sunday.", ents: []ent{{"Turkish", pipeline.LabelNORP, "Turkish"}, {"Afrin", pipeline.LabelGPE, "Afrin"}}},
		b:    pairSide{text: "Turkish troops withdrew from Idlib on Sunday.", ents: []ent{{"Turkish", pipeline.LabelNORP, "Turkish"}, idlib}},
		want: "",
	},
	{
		name: "a denial of one event against another event at the place",
		a:    pairSide{text: "Fighting killed 40 people in Idlib on Sunday.", ents: []ent{idlib}, qs: []qty{{"40 people", 40, pipeline.QualExact, "person"}}},
		b: pairSide{text: "Moscow denied any role in the raids on Idlib villages in which 40 people were killed.", ents: []ent{moscow, idlib},
			quotes: []quoteSpec{{content: "any role in the raids on Idlib villages in which 40 people were killed", source: "Moscow", cue: "denied", speaker: "Russia"}}},
		want: "",
	},
	{
		name: "same kind of event by one actor, no date",
		a:    pairSide{text: "Russian jets bombed a market in Idlib.", ents: []ent{rusAdj, idlib}},
		b:    pairSide{text: "Russian jets bombed a hospital in Idlib.", ents: []ent{rusAdj, idlib}},
		want: "",
	},
	{
		name: "same event, different actor",
		a:    pairSide{text: "Turkish troops captured the town of Afrin on Sunday.", ents: []ent{{"Turkish", pipeline.LabelNORP, "Turkish"}, {"Afrin", pipeline.LabelGPE, "Afrin"}}},
		b:    pairSide{text: "Kurdish fighters withdrew from Afrin on Sunday.", ents: []ent{{"Kurdish", pipeline.LabelNORP, "Kurdish"}, {"Afrin", pipeline.LabelGPE, "Afrin"}}},
		want: "",
	},
}

// TestClaimPairs checks how the linker relates pairs of claims from two
// outlets writing on the same day.
func TestClaimPairs(t *testing.T) {
	for _, tc := range claimPairs {
		t.Run(tc.name, func(t *testing.T) {
			da := handDoc(t, "Alpha News", "2024-05-06", tc.a.text, tc.a.ents, tc.a.qs, tc.a.quotes)
			outletB := "Beta Times"
			if tc.sameOutlet {
				outletB = "Alpha News"
			}
			db := handDoc(t, outletB, "2024-05-06", tc.b.text, tc.b.ents, tc.b.qs, tc.b.quotes)
			if len(da.Claims) == 0 || len(db.Claims) == 0 {
				t.Fatalf("no claims: %d and %d", len(da.Claims), len(db.Claims))
			}
			l := NewLinker()
			l.Add(da, nil)
			l.Add(db, nil)
			got := ""
			for link := range l.Links() {
				if link.A.DocID != link.B.DocID {
					got = link.Relation
					t.Logf("%s: %s", link.Relation, link.Reason)
				}
			}
			if got != tc.want {
				t.Errorf("relation %q, want %q", got, tc.want)
			}
		})
	}
}

// TestNoConflictsInvented runs the linker over a corpus of unrelated,
// consistent reports: it must not invent a conflict.
func TestNoConflictsInvented(t *testing.T) {
	texts := []string{
		"The city council approved a new budget of 40 million euros on Tuesday.\nThe mayor said the vote was close.",
		"Heavy rain flooded 200 homes in the valley on Tuesday.\nEmergency crews evacuated residents overnight.",
		"The central bank kept interest rates unchanged on Tuesday.\nAnalysts had expected the decision.",
		"The city council approved a new budget of 40 million euros on Tuesday after a long debate.",
		// a narrative: its own sentences in sequence, not contradictions
		"Morgan did not leave before he had written a letter to his wife.\nThe militia had fled by then, and Morgan left the camp at dawn.",
		"Curt was holding the gun in his left hand.\nHe left the stall without a word.\nChief Moore is out to kill the dog, she said.\nNobody killed the dog.",
		"The bank counted 1,200 accounts in March.\nBy May it counted 1,500 accounts.",
	}
	l := NewLinker()
	for i, text := range texts {
		d := handDoc(t, string(rune('A'+i)), "2024-05-07", text, nil, nil, nil)
		l.Add(d, nil)
	}
	for link := range l.Links() {
		if link.Relation == pipeline.RelationConflicts {
			t.Errorf("invented conflict: %s", link.Reason)
		}
	}
}

// TestOppositeEventsNeedOneDoer: "captured" and "left" are opposite events
// only when one actor does both; a person named after a subordinate
// clause's verb ("after the mayor left, Ann Lee came in") did not leave.
func TestOppositeEventsNeedOneDoer(t *testing.T) {
	d := handDoc(t, "Alpha News", "2024-05-06",
		"Ann Lee captured the support of young voters in Springfield, the poll showed.\nOnly an hour after he left, Ann Lee came in and was met with applause, the agency said.",
		[]ent{{"Ann Lee", pipeline.LabelPerson, "Ann Lee"}, {"Springfield", pipeline.LabelGPE, "Springfield"}}, nil,
		[]quoteSpec{{content: "Ann Lee captured the support of young voters in Springfield", source: "the poll", cue: "showed", speaker: "the poll"},
			{content: "Only an hour after he left, Ann Lee came in and was met with applause", source: "the agency", cue: "said", speaker: "the agency"}})
	l := NewLinker()
	l.Add(d, nil)
	if len(d.Claims) < 2 {
		t.Fatalf("%d claims, want 2", len(d.Claims))
	}
	for link := range l.Links() {
		if link.Relation == pipeline.RelationConflicts {
			t.Errorf("invented conflict: %s", link.Reason)
		}
	}
}

// TestOneDocumentCounts checks number links inside one article, where two
// sources give counts of the same kind.
func TestOneDocumentCounts(t *testing.T) {
	tests := []struct {
		name, text string
		qs         []qty
		quotes     []quoteSpec
		want       string
	}{
		{
			name: "a dated count beside a running total",
			text: "A roadside bomb killed one Afghan soldier near the border on Thursday, the army said.\nSuch bombs have killed more than 1,200 Afghan soldiers, officials said.",
			qs:   []qty{{"one Afghan soldier", 1, pipeline.QualExact, "soldier"}, {"more than 1,200 Afghan soldiers", 1200, pipeline.QualMoreThan, "soldier"}},
			quotes: []quoteSpec{{content: "A roadside bomb killed one Afghan soldier near the border on Thursday", source: "the army", cue: "said", speaker: "Army"},
				{content: "Such bombs have killed more than 1,200 Afghan soldiers", source: "officials", cue: "said", speaker: "officials"}},
			want: "",
		},
		{
			name: "two sources, one day",
			text: "A roadside bomb killed four Afghan soldiers on Thursday, the army said.\nThe bomb killed nine Afghan soldiers on Thursday, witnesses said.",
			qs:   []qty{{"four Afghan soldiers", 4, pipeline.QualExact, "soldier"}, {"nine Afghan soldiers", 9, pipeline.QualExact, "soldier"}},
			quotes: []quoteSpec{{content: "A roadside bomb killed four Afghan soldiers on Thursday", source: "the army", cue: "said", speaker: "Army"},
				{content: "The bomb killed nine Afghan soldiers on Thursday", source: "witnesses", cue: "said", speaker: "witnesses"}},
			want: pipeline.RelationConflicts,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := handDoc(t, "Alpha News", "2024-05-06", tc.text, []ent{{"Afghan", pipeline.LabelNORP, "Afghan"}}, tc.qs, tc.quotes)
			l := NewLinker()
			l.Add(d, nil)
			got := ""
			for link := range l.Links() {
				got = link.Relation
				t.Logf("%s: %s", link.Relation, link.Reason)
			}
			if got != tc.want {
				t.Errorf("relation %q, want %q", got, tc.want)
			}
		})
	}
}

// TestStage checks the fields of single claims.
func TestStage(t *testing.T) {
	tests := []struct {
		name                    string
		text                    string
		ents                    []ent
		quotes                  []quoteSpec
		wantText, wantClaimant  string // where empty: the whole text, the outlet
		wantHedged              bool
		wantStance, wantPred    string
		wantTime, wantPlaceName string
	}{
		{
			name:       "own voice with a weekday",
			text:       "Air strikes killed 12 civilians in Idlib on Sunday.",
			ents:       []ent{idlib},
			wantStance: pipeline.StanceAsserts, wantPred: "kill", wantTime: "2024-05-05", wantPlaceName: "Idlib",
		},
		{
			name:     "reported and hedged",
			text:     "Rebels reportedly retook the airport, the army said.",
			quotes:   []quoteSpec{{content: "Rebels reportedly retook the airport", source: "the army", cue: "said", speaker: "Syrian Army"}},
			wantText: "Rebels reportedly retook the airport", wantClaimant: "Syrian Army", wantHedged: true,
			wantStance: pipeline.StanceAsserts, wantPred: "retake",
		},
		{
			name:     "denial",
			text:     "Moscow denied any role in the attack.",
			ents:     []ent{moscow},
			quotes:   []quoteSpec{{content: "any role in the attack", source: "Moscow", cue: "denied", speaker: "Russia"}},
			wantText: "any role in the attack", wantClaimant: "Russia",
			wantStance: pipeline.StanceDenies, wantPred: "deny",
		},
		{
			name:       "wire dateline left out",
			text:       "WASHINGTON (AP) — Senate Republicans released the bill on Thursday.",
			wantText:   "Senate Republicans released the bill on Thursday.",
			wantStance: pipeline.StanceAsserts, wantPred: "release", wantTime: "2024-05-02",
		},
		{
			name:       "dateline with a country and an agency",
			text:       "BEIRUT, Lebanon (Reuters) - Air strikes killed 12 civilians in Idlib on Sunday.",
			ents:       []ent{idlib},
			wantText:   "Air strikes killed 12 civilians in Idlib on Sunday.",
			wantStance: pipeline.StanceAsserts, wantPred: "kill", wantTime: "2024-05-05", wantPlaceName: "Idlib",
		},
		{
			name:       "dateline with a date",
			text:       "LONDON, Oct 3 (AP) — Senate Republicans released the bill on Thursday.",
			wantText:   "Senate Republicans released the bill on Thursday.",
			wantStance: pipeline.StanceAsserts, wantPred: "release", wantTime: "2024-05-02",
		},
		{
			name:       "dateline with a capitalised place and an agency",
			text:       "Washington (CNN) — Senate Republicans released the bill on Thursday.",
			wantText:   "Senate Republicans released the bill on Thursday.",
			wantStance: pipeline.StanceAsserts, wantPred: "release", wantTime: "2024-05-02",
		},
		{
			name:       "capitals that are no dateline",
			text:       "NATO jets struck rebel positions in Idlib on Sunday.",
			ents:       []ent{idlib},
			wantStance: pipeline.StanceAsserts, wantPred: "strike", wantTime: "2024-05-05", wantPlaceName: "Idlib",
		},
		{
			name:       "the noun dispute sets no stance",
			text:       "The chief resigned his post after a pay dispute with the council.",
			wantStance: pipeline.StanceAsserts, wantPred: "resign",
		},
		{
			name:       "a judge dismissing cases is no denial",
			text:       "The remaining cases were dismissed by the judge on Friday.",
			wantStance: pipeline.StanceAsserts, wantPred: "dismiss", wantTime: "2024-05-03",
		},
		{
			name:       "rejecting a claim is a denial",
			text:       "The court rejected the ministry's claim of immunity.",
			wantStance: pipeline.StanceDenies, wantPred: "reject",
		},
		{
			name:       "a contention denied in the passive",
			text:       "Their contention was denied by three bankers in the hearing.",
			wantStance: pipeline.StanceDenies, wantPred: "deny",
		},
		{
			name:       "a refusal cue before a person stays in the article's voice",
			text:       "The college rejected them on several pretexts.",
			quotes:     []quoteSpec{{content: "them on several pretexts", source: "The college", cue: "rejected", speaker: "college"}},
			wantStance: pipeline.StanceAsserts, wantPred: "reject",
		},
		{
			name:       "the month May is no hedge",
			text:       "The militia seized the town in May after a long siege.",
			wantStance: pipeline.StanceAsserts, wantPred: "seize",
		},
		{
			name:       "could is a hedge",
			text:       "The defendant could receive up to ten years in prison.",
			wantHedged: true,
			wantStance: pipeline.StanceAsserts, wantPred: "receive",
		},
		{
			name:       "likely voters are no hedge",
			text:       "The poll found the mayor ahead among likely voters in the eastern wards.",
			wantStance: pipeline.StanceAsserts, wantPred: "find",
		},
		{
			name:       "likely before a verb is a hedge",
			text:       "The mayor likely won the eastern wards by a wide margin.",
			wantHedged: true,
			wantStance: pipeline.StanceAsserts, wantPred: "win",
		},
		{
			name:     "a source's negation is a denial",
			text:     "“The council never sold the depot,” the mayor said.",
			quotes:   []quoteSpec{{content: "The council never sold the depot,", source: "the mayor", cue: "said", speaker: "Ann Lee"}},
			wantText: "The council never sold the depot", wantClaimant: "Ann Lee",
			wantStance: pipeline.StanceDenies, wantPred: "sell",
		},
		{
			name:     "not just is a contrast, not a denial",
			text:     "“The council not only sold the depot but also closed the bus line,” the mayor said.",
			quotes:   []quoteSpec{{content: "The council not only sold the depot but also closed the bus line,", source: "the mayor", cue: "said", speaker: "Ann Lee"}},
			wantText: "The council not only sold the depot but also closed the bus line", wantClaimant: "Ann Lee",
			wantStance: pipeline.StanceAsserts, wantPred: "sell",
		},
		{
			name:     "not just after a copula is a contrast",
			text:     "“The fight is not just about the depot,” the mayor said.",
			quotes:   []quoteSpec{{content: "The fight is not just about the depot,", source: "the mayor", cue: "said", speaker: "Ann Lee"}},
			wantText: "The fight is not just about the depot", wantClaimant: "Ann Lee",
			wantStance: pipeline.StanceAsserts, wantPred: "be",
		},
		{
			name:       "could not states a fact",
			text:       "The police could not find the weapon in the house.",
			wantStance: pipeline.StanceAsserts, wantPred: "find",
		},
		{
			name:       "subordinate clause split",
			text:       "Although the talks stalled, the army withdrew 300 troops from the border.",
			wantText:   "the army withdrew 300 troops from the border.",
			wantStance: pipeline.StanceAsserts, wantPred: "withdraw",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			const outlet = "Alpha News"
			wantText, wantClaimant := cmp.Or(tc.wantText, tc.text), cmp.Or(tc.wantClaimant, outlet)
			d := handDoc(t, outlet, "2024-05-06", tc.text, tc.ents, nil, tc.quotes)
			var c *pipeline.Claim
			for i := range d.Claims {
				if d.Claims[i].Text == wantText {
					c = &d.Claims[i]
				}
			}
			if c == nil {
				var got []string
				for _, c := range d.Claims {
					got = append(got, c.Text)
				}
				t.Fatalf("no claim %q; got %q", wantText, got)
			}
			if c.Claimant != wantClaimant || c.Hedged != tc.wantHedged || c.Stance != tc.wantStance || c.Predicate != tc.wantPred || c.Time != tc.wantTime {
				t.Errorf("got claimant %q hedged %v stance %q predicate %q time %q", c.Claimant, c.Hedged, c.Stance, c.Predicate, c.Time)
			}
			if tc.wantPlaceName != "" && c.PlaceEntityID != pipeline.EntityID(pipeline.LabelGPE, tc.wantPlaceName) {
				t.Errorf("place %q, want %s", c.PlaceEntityID, tc.wantPlaceName)
			}
		})
	}
}

// TestCheckable checks which clauses are kept as checkable assertions.
func TestCheckable(t *testing.T) {
	tests := []struct {
		name, text string
		quotes     []quoteSpec
		want       bool
	}{
		{"an event", "The council approved the new budget on Tuesday.", nil, true},
		{"an evaluative copula", "The new budget is sound and sensible.", nil, false},
		{"an evaluative noun phrase", "It was a good use of public money.", nil, false},
		{"a title is not a judgement", "His cousin was best man at the wedding.", nil, true},
		{"a verb of desert", "The nurses deserve far more support than they get.", nil, false},
		{"a normative modal", "The agency must publish its accounts every year.", nil, false},
		{"a ruling reported with must", "The court held that the agency must publish its accounts.", nil, true},
		{"a judgement in a leading adverbial clause", "Since the old rule was unfair, the board replaced it in March.", nil, true},
		{"a condition", "If the talks fail, the strike goes on for another week.", nil, false},
		{"first person after a connective", "Still, I do not want to judge the officers too harshly.", nil, false},
		{"a question in quote marks", "“Will the depot ever open again?”", nil, false},
		{"a question reported in quote marks", "At the hearing a farmer asked, “Will the depot ever open again?”", nil, true},
		{"an exhortation to the listeners", "“You have to close the depot by June,” the mayor said.",
			[]quoteSpec{{content: "You have to close the depot by June,", source: "the mayor", cue: "said", speaker: "mayor"}}, false},
		{"an exhortation with an adverb", "“We really need to be much tougher on the smugglers,” the mayor said.",
			[]quoteSpec{{content: "We really need to be much tougher on the smugglers,", source: "the mayor", cue: "said", speaker: "mayor"}}, false},
		{"a rule a third party has to follow", "“The towns have to balance their budgets every year,” the mayor said.",
			[]quoteSpec{{content: "The towns have to balance their budgets every year,", source: "the mayor", cue: "said", speaker: "mayor"}}, true},
		{"what we had to do", "“We had to close the depot in June,” the mayor said.",
			[]quoteSpec{{content: "We had to close the depot in June,", source: "the mayor", cue: "said", speaker: "mayor"}}, true},
		{"a quote without its subject", "The departments which the jury said are well run and follow sound rules.",
			[]quoteSpec{{content: "are well run and follow sound rules", source: "the jury", cue: "said", speaker: "jury"}}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := handDoc(t, "Alpha News", "2024-05-06", tc.text, nil, nil, tc.quotes)
			got := false
			for _, c := range d.Claims {
				if tc.quotes == nil || c.Quote >= 0 && c.Claimant != "Alpha News" {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("kept %v, want %v (claims %+v)", got, tc.want, d.Claims)
			}
		})
	}
}

// TestDanglingWord checks that a clause cut before a relative or a
// conjunction does not end on it.
func TestDanglingWord(t *testing.T) {
	d := handDoc(t, "Alpha News", "2024-05-06", "The city council did not elaborate, but officials said the funds were misused.", nil, nil,
		[]quoteSpec{{content: "the funds were misused", source: "officials", cue: "said", speaker: "officials"}})
	found := false
	for _, c := range d.Claims {
		if strings.HasSuffix(strings.TrimSpace(c.Text), "but") {
			t.Errorf("claim ends on its conjunction: %q", c.Text)
		}
		found = found || c.Text == "The city council did not elaborate"
	}
	if !found {
		t.Errorf("no claim for the clause before the report; got %+v", d.Claims)
	}
}

// TestLemma checks the verb lemmatiser on regular and irregular forms.
func TestLemma(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"killed", "kill"}, {"liberated", "liberate"}, {"repelled", "repel"}, {"stopped", "stop"},
		{"withdrew", "withdraw"}, {"fled", "flee"}, {"staged", "stage"}, {"carries", "carry"},
		{"retakes", "retake"}, {"conducting", "conduct"}, {"moving", "move"}, {"seized", "seize"},
		{"denied", "deny"}, {"struck", "strike"}, {"announced", "announce"}, {"used", "use"},
		// a lost e, a doubled consonant, -es after a non-sibilant, an
		// unstressed last syllable, irregular forms
		{"filed", "file"}, {"expires", "expire"}, {"getting", "get"}, {"admitted", "admit"}, {"assumed", "assume"},
		{"occurred", "occur"}, {"settled", "settle"}, {"dragging", "drag"}, {"recognizes", "recognize"},
		{"hammered", "hammer"}, {"opened", "open"}, {"visited", "visit"}, {"invited", "invite"}, {"completed", "complete"},
		{"developed", "develop"}, {"expelled", "expel"}, {"killed", "kill"}, {"required", "require"}, {"pushes", "push"},
		{"drew", "draw"}, {"sought", "seek"}, {"arranged", "arrange"}, {"erred", "err"}, {"installed", "install"}, {"played", "play"}, {"longed", "long"},
		// a lost e after s; not after a double s or after u
		{"eased", "ease"}, {"collapsed", "collapse"}, {"raising", "raise"}, {"releases", "release"}, {"increases", "increase"},
		{"passed", "pass"}, {"passes", "pass"}, {"focused", "focus"}, {"focuses", "focus"}, {"pressed", "press"},
		{"refused", "refuse"}, {"refuses", "refuse"}, {"confused", "confuse"}, {"accused", "accuse"}, {"sensed", "sense"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := lemma(tc.in); got != tc.want {
				t.Errorf("lemma(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestCopiesLinkToTheFirst checks that a story republished word for word
// links each claim to its first appearance alone: n copies give n-1 repeats
// links per claim and no links between the copies' other claims.
func TestCopiesLinkToTheFirst(t *testing.T) {
	text := "Russian jets carried out air strikes in Idlib on Sunday.\nRussia staged no air strikes in Idlib on Sunday, the ministry said."
	ents := []ent{{"Russian", pipeline.LabelNORP, "Russian"}, {"Idlib", pipeline.LabelGPE, "Idlib"}, {"Russia", pipeline.LabelGPE, "Russia"}, {"Idlib", pipeline.LabelGPE, "Idlib"}}
	quotes := []quoteSpec{{content: "Russia staged no air strikes in Idlib on Sunday", source: "the ministry", cue: "said", speaker: "Russian Ministry of Defence"}}
	const copies = 4
	l := NewLinker()
	var first string
	for i := range copies {
		d := handDoc(t, string(rune('A'+i))+" Wire", "2024-05-06", text, ents, nil, quotes)
		if i == 0 {
			first = d.ID
		}
		l.Add(d, nil)
	}
	perPair := map[string]int{}
	for link := range l.Links() {
		switch {
		case link.A.DocID == link.B.DocID:
			perPair["within"]++
		case link.Relation == pipeline.RelationRepeats && link.A.DocID == first:
			perPair["repeats of the first"]++
		default:
			t.Errorf("link between copies other than to the first: %s %s", link.Relation, link.Reason)
		}
	}
	if perPair["within"]%copies != 0 {
		t.Errorf("within-document links %d not the same in every copy", perPair["within"])
	}
	if perPair["repeats of the first"] == 0 || perPair["repeats of the first"]%(copies-1) != 0 {
		t.Errorf("repeats of the first copy: %d, want a multiple of %d", perPair["repeats of the first"], copies-1)
	}
}

// TestDocKeysAreNecessary checks that the blocking of one document's
// claims never skips a pair that relate links: over the seeds through the
// real chain, and over each claimPairs case written as one document.
func TestDocKeysAreNecessary(t *testing.T) {
	var docs []*pipeline.Doc
	chain := realChain(t)
	for _, name := range seedNames {
		_, text := loadGold(t, name)
		d := &pipeline.Doc{Source: name, Raw: []byte(text), ID: pipeline.DocID([]byte(text))}
		for _, s := range chain {
			if err := s.Process(context.Background(), d); err != nil {
				t.Fatalf("%s: %s: %v", name, s.Name(), err)
			}
		}
		docs = append(docs, d)
	}
	for _, tc := range claimPairs {
		var quotes []quoteSpec
		quotes = append(append(quotes, tc.a.quotes...), tc.b.quotes...)
		docs = append(docs, handDoc(t, "Alpha News", "2024-05-06", tc.a.text+"\n"+tc.b.text,
			append(append([]ent{}, tc.a.ents...), tc.b.ents...), append(append([]qty{}, tc.a.qs...), tc.b.qs...), quotes))
	}
	// the same claim twice, with no entity: linked by wording alone
	again := "Food prices rose by a third across the region last month, traders said."
	docs = append(docs, handDoc(t, "Alpha News", "2024-05-06", again+"\n"+again, nil, nil, nil))
	linked, skipped := 0, 0
	for _, d := range docs {
		l := NewLinker()
		l.docs = append(l.docs, docInfo{id: d.ID})
		prepared := l.Prepare(d).([]preparedClaim)
		views := make([]claimView, len(prepared))
		for i := range prepared {
			views[i] = l.view(0, &prepared[i])
		}
		for bi := range views {
			for ai := range bi {
				a, b := &views[ai], &views[bi]
				rel, reason, ok := l.relate(a, b, false)
				if ok {
					linked++
				}
				if !slices.ContainsFunc(docKeys(a, nil), func(k uint32) bool { return slices.Contains(docKeys(b, nil), k) }) {
					skipped++
					if ok {
						t.Errorf("%s: no shared document key for a pair relate links (%s: %s)", d.Source, rel, reason)
					}
				}
			}
		}
	}
	t.Logf("%d documents: %d pairs linked, %d skipped", len(docs), linked, skipped)
	if linked == 0 || skipped == 0 {
		t.Errorf("%d pairs linked, %d skipped: the test checks nothing", linked, skipped)
	}
}

// TestMayOverlapBoundsOverlap checks that the check before wordOverlap
// never skips a pair that overlaps enough: over every pair of subsets of
// ten word ids (with word bits, as for claims of one document, and
// without, as for kept claims), wordOverlap >= 0.8 implies mayOverlap.
func TestMayOverlapBoundsOverlap(t *testing.T) {
	view := func(mask int, withBits bool) *claimView {
		v := &claimView{}
		for i := uint32(0); i < 10; i++ {
			if mask&(1<<i) != 0 {
				v.words = append(v.words, 7*i+3)
			}
		}
		if withBits {
			v.wordBits = wordBitsOf(v.words)
		}
		return v
	}
	skipped := 0
	for x := 0; x < 1024; x++ {
		for y := 0; y < 1024; y++ {
			for _, withBits := range []bool{true, false} {
				a, b := view(x, withBits), view(y, withBits)
				overlap := wordOverlap(a.words, b.words) >= 0.8
				may := mayOverlap(a, b, 0.8)
				if overlap && !may {
					t.Fatalf("%v and %v overlap %.2f but mayOverlap says no", a.words, b.words, wordOverlap(a.words, b.words))
				}
				if !may {
					skipped++
				}
			}
		}
	}
	if skipped == 0 {
		t.Error("mayOverlap never skips a pair")
	}
}
