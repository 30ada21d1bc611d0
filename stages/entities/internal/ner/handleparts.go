package ner

// The stage's rules for user names and hashtags read them as the model's
// features do (handles.go): these exported forms give the stage the same
// parts and the same gazetteer lookup of a glued body.

// HandleParts returns the body of a user name or hashtag ("@CityNewsDesk",
// "#ElectionNight") with its sign ('@' or '#') and its parts ("City",
// "News", "Desk"), appended to out; sign is 0 when tok is neither (no
// letter after the sign). At most six parts are read, as the features do.
func HandleParts(tok string, out []string) (sign byte, body string, parts []string) {
	kind, body := handleKind(tok)
	if kind == 0 {
		return 0, "", out
	}
	var buf [maxHandleParts]handlePart
	for _, p := range splitHandle(body, buf[:0]) {
		out = append(out, body[p.start:p.end])
	}
	return tok[0], body, out
}

// GluedEntries returns the entries whose surface, case and white space
// ignored, is s ("bbcnews" and "BBCNews" find "BBC News"): named lists in
// named, feature-only name lists (companies, clubs, people) in names.
// Unlike Lookup it does not ask for as many words as the surface has: a
// user name or hashtag glues them.
func (g *Gazetteer) GluedEntries(s string) (named, names []int32) {
	h := Hash(s, true)
	named, _ = g.folded.get(h)
	names, _ = g.nameFolded.get(h)
	return named, names
}
