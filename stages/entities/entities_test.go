package entities

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
	"github.com/newsclaims/newsclaims/stages/segment"
	"github.com/newsclaims/newsclaims/stages/zones"
)

var (
	shared    *Stage
	segmenter *segment.Stage
)

func stage(t testing.TB) *Stage {
	t.Helper()
	if shared == nil {
		s, err := New()
		if err != nil {
			t.Fatal(err)
		}
		s.model = withLabelBias(t, s.model) // NER_O_BIAS, for the seeds and GMB dev
		shared = s
	}
	return shared
}

func TestDevSplit(t *testing.T) {
	fh, err := os.Open(filepath.Join("..", "..", "data", "ner", "dev.conll"))
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	dev, err := ner.ReadCoNLL(fh)
	if err != nil {
		t.Fatal(err)
	}
	s := stage(t)
	c := ner.Evaluate(s.model, s.feat, dev)
	floors := map[string]float64{"PERSON": 0.84, "ORG": 0.72, "GPE": 0.90, "LOC": 0.74, "NORP": 0.94}
	for ti, name := range ner.Types {
		p, r, f := c.PRF(ti)
		t.Logf("dev %-6s P %.3f R %.3f F1 %.3f (gold %d)", name, p, r, f, c.Gold[ti])
		if floor, ok := floors[name]; ok && f < floor {
			t.Errorf("dev %s F1 %.3f below floor %.2f", name, f, floor)
		}
	}
	p, r, f := c.PRF(0, 1, 2, 3)
	t.Logf("dev PERSON/ORG/GPE/LOC micro P %.3f R %.3f F1 %.3f", p, r, f)
	if f < 0.85 {
		t.Errorf("dev PERSON/ORG/GPE/LOC micro F1 %.3f below 0.85", f)
	}
}

// bodyDoc runs segment over text as one body zone.
func bodyDoc(t testing.TB, text string) *pipeline.Doc {
	t.Helper()
	d := &pipeline.Doc{Text: text}
	zones.BareText(d)
	if segmenter == nil {
		seg, err := segment.New()
		if err != nil {
			t.Fatal(err)
		}
		segmenter = seg
	}
	if err := segmenter.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

func mentionStrings(d *pipeline.Doc) []string {
	var out []string
	for _, m := range d.Mentions {
		s := m.Text + "/" + m.Label
		if m.Canonical != m.Text {
			s += "=" + m.Canonical
		}
		out = append(out, s)
	}
	return out
}

// TestOneEntityPerName checks that the short forms of a name in one
// document (surname, given name, title and surname, a parenthesised or
// initial-letter acronym, a gazetteer alias) resolve to the full name when
// one candidate fits, and stay apart when two do.
func TestOneEntityPerName(t *testing.T) {
	tests := []struct {
		name string
		text string
		want map[string]string // mention text -> canonical
	}{
		{"surname and given name", "Hillary Clinton spoke in Ohio on Tuesday. Clinton said the plan was wrong, and Hillary later left.",
			map[string]string{"Hillary Clinton": "Hillary Clinton", "Clinton": "Hillary Clinton", "Hillary": "Hillary Clinton"}},
		{"title and surname", "The minister, Tobias Ellwood, visited the base. Mr Ellwood said the talks went well.",
			map[string]string{"Tobias Ellwood": "Tobias Ellwood", "Ellwood": "Tobias Ellwood"}},
		{"middle initial", "Donald J. Trump met the governors. Trump said the meeting went well.",
			map[string]string{"Donald J. Trump": "Donald Trump", "Trump": "Donald Trump"}},
		{"surname of two people stays apart", "Bill Clinton and Hillary Clinton arrived. Clinton spoke first.",
			map[string]string{"Bill Clinton": "Bill Clinton", "Hillary Clinton": "Hillary Clinton", "Clinton": "Clinton"}},
		{"parenthesised acronym", "The Regional Maritime Forces Command (REMAFOC) said a ship was seized. REMAFOC sent two boats.",
			map[string]string{"Regional Maritime Forces Command": "Regional Maritime Forces Command", "REMAFOC": "Regional Maritime Forces Command"}},
		{"acronym of a unit named after a known parent", "The U.S. Army Materiel Command (AMC) issued a statement. AMC said the contract was signed.",
			map[string]string{"U.S. Army Materiel Command": "U.S. Army Materiel Command", "AMC": "U.S. Army Materiel Command"}},
		{"initials of a name in the text", "The Federal Bureau of Investigation opened an inquiry. The FBI declined to comment.",
			map[string]string{"Federal Bureau of Investigation": "Federal Bureau of Investigation", "FBI": "Federal Bureau of Investigation"}},
		{"gazetteer alias without its expansion", "SDF fighters entered the town on Monday.",
			map[string]string{"SDF": "Syrian Democratic Forces"}},
		{"gazetteer alias and full name", "The Syrian Democratic Forces advanced. The SDF said 20 fighters died.",
			map[string]string{"Syrian Democratic Forces": "Syrian Democratic Forces", "SDF": "Syrian Democratic Forces"}},
	}
	s := stage(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := processText(t, s, tc.text)
			got := map[string]string{}
			for _, m := range d.Mentions {
				got[m.Text] = m.Canonical
			}
			for text, canon := range tc.want {
				if c, ok := got[text]; !ok || c != canon {
					t.Errorf("%q: canonical %q (found %v), want %q; mentions %q", text, c, ok, canon, mentionStrings(d))
				}
			}
		})
	}
}

func TestProcess(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"person and surname", "Andrew Parasiliti, director of the center, spoke on Monday. Parasiliti said the offensive would fail.",
			[]string{"Andrew Parasiliti/PERSON", "Parasiliti/PERSON=Andrew Parasiliti"}},
		{"alias to canonical", "ISIS fighters withdrew from Raqqah after Daesh lost the town.",
			[]string{"ISIS/ORG=Islamic State", "Raqqah/GPE=Raqqa", "Daesh/ORG=Islamic State"}},
		{"acronym to expansion", "The Syrian Observatory for Human Rights (SOHR) counted the dead. SOHR said 39 civilians died.",
			[]string{"Syrian Observatory for Human Rights/ORG", "SOHR/ORG=Syrian Observatory for Human Rights", "SOHR/ORG=Syrian Observatory for Human Rights"}},
		{"possessive and the dropped", "The United States said Russia’s jets hit the town.",
			[]string{"United States/GPE", "Russia/GPE"}},
		{"embedded names", "The U.S.-led coalition and anti-ISIS forces met Britain-based monitors.",
			[]string{"U.S./GPE=United States", "ISIS/ORG=Islamic State", "Britain/GPE=United Kingdom"}},
		{"institution", "The Syrian army repelled the attack, while Russian military advisors watched.",
			[]string{"Syrian army/ORG=Syrian Arab Army", "Russian/NORP"}},
		{"headline is not junk", "ISIS Renews Attacks On Palmyra In Attempt To Retake Historic City",
			[]string{"ISIS/ORG=Islamic State", "Palmyra/GPE"}},
		{"all caps headline", "SYRIAN ARMY RETAKES PALMYRA FROM ISLAMIC STATE",
			[]string{"SYRIAN ARMY/ORG=Syrian Arab Army", "PALMYRA/GPE=Palmyra", "ISLAMIC STATE/ORG=Islamic State"}},
		{"IS with context", "IS fighters shelled the town. The group's leaders fled.",
			[]string{"IS/ORG=Islamic State"}},
		{"IS in all caps is a verb", "THE CITY IS CALM AGAIN",
			nil},
		{"AP as a news agency", "The Associated Press reported the attack. AP said 12 people died.",
			[]string{"Associated Press/ORG", "AP/ORG=Associated Press"}},
		{"RT needs support", "Retweet this: RT if you agree",
			nil},
		{"organisation head word ends or begins the name", "She studied at Harvard University and later joined the Bank of England.",
			[]string{"Harvard University/ORG", "Bank of England/ORG"}},
		{"head-word run after a sentence-opening word", "Officials of the Kiev Institute of Sociology met the Labour Party leaders.",
			[]string{"Kiev Institute of Sociology/ORG", "Labour Party/ORG"}},
		{"model span reaching outside the run is kept", "The Economic and Monetary Union began in 1999.",
			[]string{"Economic and Monetary Union/ORG"}},
		{"place ending in a head word stays a place", "The Soviet Union collapsed.",
			[]string{"Soviet Union/GPE"}},
		{"nationality outside the model's span stays out", "He met the Afghan Supreme Court judges.",
			[]string{"Afghan/NORP", "Supreme Court/ORG"}},
		{"title case heading with a head word", "Harvard University Wins Award In Boston",
			[]string{"Harvard University/ORG", "Boston/GPE"}},
		{"all caps common words are not towns", "YOUNG MAN IN A HURRY",
			nil},
		{"given name to the full name", "Central bank governor Teresa Ribas spoke on Monday. Teresa said rates would stay low.",
			[]string{"Teresa Ribas/PERSON", "Teresa/PERSON=Teresa Ribas"}},
		{"all caps countries", "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .",
			[]string{"JAPAN/GPE=Japan", "CHINA/GPE=China"}},
	}
	s := stage(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := processText(t, s, tc.text)
			got := mentionStrings(d)
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
			for _, m := range d.Mentions {
				if m.EntityID != pipeline.EntityID(m.Label, m.Canonical) {
					t.Errorf("%q: entity id does not match label and canonical", m.Text)
				}
			}
		})
	}
}

// TestSkipsBylines checks that byline and credit lines give no mentions
// while the body around them does.
func TestSkipsBylines(t *testing.T) {
	text := "Reporting by Olena Harmash; Editing by Andrew Heavens\nThe governor of Belgorod said homes lost power."
	d := &pipeline.Doc{Text: text}
	nl := strings.IndexByte(text, '\n')
	d.Zones = []pipeline.Zone{
		{Span: pipeline.Span{Start: 0, End: nl}, Kind: pipeline.ZoneByline},
		{Span: pipeline.Span{Start: nl + 1, End: len(text)}, Kind: pipeline.ZoneBody},
	}
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	if err := seg.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if err := stage(t).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	got := mentionStrings(d)
	if strings.Join(got, ",") != "Belgorod/GPE" {
		t.Errorf("mentions = %q, want only Belgorod from the body", got)
	}
}

func TestKnowledgeBaseIDs(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string // mention text -> kb id
	}{
		{"country and city", "Fighting went on in Syria, around Raqqa.",
			map[string]string{"Syria": "iso3166:SY", "Raqqa": "geonames:172955"}},
		{"alias gets the canonical's id", "Shelling hit Raqqah.", map[string]string{"Raqqah": "geonames:172955"}},
		{"organisations have none", "Islamic State fighters left.", map[string]string{"Islamic State": ""}},
	}
	s := stage(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := processText(t, s, tc.text)
			got := map[string]string{}
			for _, m := range d.Mentions {
				got[m.Text] = m.KBID
			}
			for text, id := range tc.want {
				if kb, ok := got[text]; !ok || kb != id {
					t.Errorf("%q: kb id %q (found %v), want %q", text, kb, ok, id)
				}
			}
		})
	}
}

// processText runs the stage over text segmented as one body zone.
func processText(t *testing.T, s *Stage, text string) *pipeline.Doc {
	t.Helper()
	d := bodyDoc(t, text)
	if err := s.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}
