// Package turnlabel resolves the label of a transcript turn (Doc.Turns,
// read by the zones stage) with the entity layer: the person a label names
// ("MARTINEZ" for "Ana Martinez"), a place that makes the label a dateline
// ("NEW DELHI:"), and how to write a label that names no one found. Claims
// and quotes both read turns; they resolve them here so that the two
// tables give a turn one speaker. Kicker, which needs no entity layer,
// tells the zones stage which labels are no turn at all ("UPDATE:").
//
//	zones:  line "UPDATE: …" ── Kicker ──► no turn
//	        line "MARTINEZ: …" ──────────► Doc.Turns
//	                                          │
//	quotes, claims: a turn's label ── Place ──► a dateline, no speaker
//	                               ── Person ─► the person the page names so
//	                               ── TitleCase (no one found) ─► "Martinez"
package turnlabel
