package entities

import (
	"fmt"
	"strings"
	"testing"
)

// candStrings renders candidates as "words/LABEL" in order.
func candStrings(texts []string, cands []cand) []string {
	var out []string
	for _, c := range cands {
		out = append(out, fmt.Sprintf("%s/%s", strings.Join(texts[c.a:c.b], " "), c.label))
	}
	return out
}

// TestTweetRules covers the rules written from the errors of the tweet
// development set (posts' conventions, lists of persons, organisations'
// accounts and hashtags), each on one
// sentence (space-separated tokens) with the model's candidates given, and
// the cases where they must not fire.
func TestTweetRules(t *testing.T) {
	s := stage(t)
	tests := []struct {
		name  string
		rule  func(sc *scratch, texts []string)
		words string
		cands []cand // from the model
		want  []string
	}{
		{"retweet mark before a user name", dropRetweetMarks,
			"Great news RT @harbourcrew : the ferry runs again", []cand{{a: 2, b: 3, label: "ORG"}}, nil},
		{"retweet mark before a colon", dropRetweetMarks,
			"RT : tickets on sale now", []cand{{a: 0, b: 1, label: "ORG"}}, nil},
		{"modified retweet before a user name", dropRetweetMarks,
			"Worth a read MT @harbourcrew the ferry runs again", []cand{{a: 3, b: 4, label: "ORG"}}, nil},
		{"retweet mark before a link", dropRetweetMarks,
			"Please RT http://example.com/x", []cand{{a: 1, b: 2, label: "ORG"}}, nil},
		{"the broadcaster after a verb", dropRetweetMarks,
			"The minister told RT on Monday that talks had stalled", []cand{{a: 3, b: 4, label: "ORG"}}, []string{"RT/ORG"}},
		{"retweet as a noun in a post", dropRetweetMarks,
			"@harbourcrew Thanks for the RT !", []cand{{a: 4, b: 5, label: "ORG"}}, nil},
		{"the broadcaster in a post, after a verb of speech", dropRetweetMarks,
			"The envoy told RT the talks had stalled http://example.com/x", []cand{{a: 3, b: 4, label: "ORG"}}, []string{"RT/ORG"}},
		{"Montana before a link", dropRetweetMarks,
			"Snow closes roads near Billings MT http://example.com/x", []cand{{a: 5, b: 6, label: "GPE"}}, []string{"MT/GPE"}},
		{"the broadcaster before a possessive", dropRetweetMarks,
			"RT 's correspondent was detained", []cand{{a: 0, b: 1, label: "ORG"}}, []string{"RT/ORG"}},

		{"two known places joined by a slash", s.splitJoinedNames,
			"Trains between France / Germany were cancelled", []cand{{a: 2, b: 5, label: "GPE", fromModel: true}},
			[]string{"France/GPE", "Germany/GPE"}},
		{"two acronyms joined by an ampersand", s.splitJoinedNames,
			"Talks between the SNP & UKIP broke down", []cand{{a: 3, b: 6, label: "ORG", fromModel: true}},
			[]string{"SNP/ORG", "UKIP/ORG"}},
		{"an ampersand inside a company's name", s.splitJoinedNames,
			"Shares of Holloway & Quint rose", []cand{{a: 2, b: 5, label: "ORG", fromModel: true}},
			[]string{"Holloway & Quint/ORG"}},
		{"a single letter after the ampersand", s.splitJoinedNames,
			"He worked at AT & T for years", []cand{{a: 3, b: 6, label: "ORG", fromModel: true}},
			[]string{"AT & T/ORG"}},
		{"a gazetteer span is not the model's", s.splitJoinedNames,
			"Trains between France / Germany were cancelled", []cand{{a: 2, b: 5, label: "GPE"}},
			[]string{"France / Germany/GPE"}},

		{"an opening word of a sentence in another language", s.dropForeignOpeners,
			"Parabéns pelo evento incrível realizado ontem na cidade", []cand{{a: 0, b: 1, label: "PERSON", fromModel: true}}, nil},
		{"a known place opening a sentence in another language", s.dropForeignOpeners,
			"Brasil pelo evento incrível realizado ontem na cidade", []cand{{a: 0, b: 1, label: "GPE", fromModel: true}},
			[]string{"Brasil/GPE"}},
		{"an opening name of an English sentence", s.dropForeignOpeners,
			"Okonkwo said the talks would resume on Monday", []cand{{a: 0, b: 1, label: "PERSON", fromModel: true}},
			[]string{"Okonkwo/PERSON"}},
		{"a name later in a sentence in another language", s.dropForeignOpeners,
			"Parabéns pelo evento incrível realizado ontem em Lisboa", []cand{{a: 7, b: 8, label: "GPE", fromModel: true}},
			[]string{"Lisboa/GPE"}},

		{"the other items of a list of persons", s.personLists,
			"Line-up : Okafor , Brennan , Lindqvist , Tamura and Oduya", []cand{
				{a: 2, b: 3, label: "PERSON", fromModel: true}, {a: 4, b: 5, label: "PERSON", fromModel: true},
				{a: 6, b: 7, label: "GPE", fromModel: true}, {a: 8, b: 9, label: "PERSON", fromModel: true}},
			[]string{"Okafor/PERSON", "Brennan/PERSON", "Lindqvist/PERSON", "Tamura/PERSON", "Oduya/PERSON"}},
		{"a list of places stays", s.personLists,
			"Flights to Lyon , Nice , Lille and Brest", []cand{
				{a: 2, b: 3, label: "GPE", fromModel: true}, {a: 4, b: 5, label: "PERSON", fromModel: true},
				{a: 6, b: 7, label: "GPE", fromModel: true}, {a: 8, b: 9, label: "GPE", fromModel: true}},
			[]string{"Lyon/GPE", "Nice/PERSON", "Lille/GPE", "Brest/GPE"}},
		{"three items are no list", s.personLists,
			"Okafor , Brennan and Lindqvist", []cand{
				{a: 0, b: 1, label: "PERSON", fromModel: true}, {a: 2, b: 3, label: "PERSON", fromModel: true},
				{a: 4, b: 5, label: "GPE", fromModel: true}},
			[]string{"Okafor/PERSON", "Brennan/PERSON", "Lindqvist/GPE"}},
		{"a country in a list of persons stays", s.personLists,
			"Okafor , Brennan , France , Tamura", []cand{
				{a: 0, b: 1, label: "PERSON", fromModel: true}, {a: 2, b: 3, label: "PERSON", fromModel: true},
				{a: 4, b: 5, label: "GPE"}, {a: 6, b: 7, label: "PERSON", fromModel: true}},
			[]string{"Okafor/PERSON", "Brennan/PERSON", "France/GPE", "Tamura/PERSON"}},

		{"an outlet's account read as a person", s.accountNames,
			"Thanks @ValleyNews for the story", []cand{{a: 1, b: 2, label: "PERSON", fromModel: true}},
			[]string{"@ValleyNews/ORG"}},
		{"a club's account the model left out", s.accountNames,
			"Great win for @HarbourTownFC today", nil, []string{"@HarbourTownFC/ORG"}},
		{"a head word glued to a lower-case account", s.accountNames,
			"Road closed says @kestrelpolice", []cand{{a: 3, b: 4, label: "PERSON", fromModel: true}},
			[]string{"@kestrelpolice/ORG"}},
		{"an account named after a known organisation", s.accountNames,
			"Heritage jobs from @UNESCOJobs", nil, []string{"@UNESCOJobs/ORG"}},
		{"a known company glued without case", s.accountNames,
			"New jets from @airbus", []cand{{a: 3, b: 4, label: "PERSON", fromModel: true}},
			[]string{"@airbus/ORG"}},
		{"a person's account stays", s.accountNames,
			"Thanks @MariaOkafor for the story", []cand{{a: 1, b: 2, label: "PERSON", fromModel: true}},
			[]string{"@MariaOkafor/PERSON"}},
		{"a common word after a name is no head word", s.accountNames,
			"Thanks @MariaWrites for the story", []cand{{a: 1, b: 2, label: "PERSON", fromModel: true}},
			[]string{"@MariaWrites/PERSON"}},
		{"a short head word glued to a given name is not read", s.accountNames,
			"Ciao @marco", []cand{{a: 1, b: 2, label: "PERSON", fromModel: true}}, []string{"@marco/PERSON"}},
		{"a hashtag of a country", s.accountNames,
			"Talks resume #NorthKorea", nil, []string{"#NorthKorea/GPE"}},
		{"a hashtag of a country the model read as an organisation", s.accountNames,
			"Talks resume #northkorea", []cand{{a: 2, b: 3, label: "ORG", fromModel: true}}, []string{"#northkorea/GPE"}},
		{"a hashtag of a region", s.accountNames,
			"Dust storms over the #Sahara", nil, []string{"#Sahara/LOC"}},
		{"a hashtag of a city is left to the model", s.accountNames,
			"Sunset in #Lisbon", nil, nil},
		{"a hashtag of a common word", s.accountNames,
			"Big day #news", nil, nil},
		{"an account inside a longer model name", s.accountNames,
			"Reporters of @ValleyNews Weekend said so", []cand{{a: 2, b: 4, label: "ORG", fromModel: true}},
			[]string{"@ValleyNews Weekend/ORG"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			texts := strings.Fields(tc.words)
			sc := &scratch{cands: append([]cand(nil), tc.cands...)}
			tc.rule(sc, texts)
			got := candStrings(texts, sc.cands)
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
