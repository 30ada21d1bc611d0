// Package newsnames holds the small word tests that more than one stage
// needs: the forms news copy writes around names, such as a legislator's
// party and state ("R-Ky."), which the entity stage must not tag and the
// quote stage must keep in a speaker's span, and words in capitals (a wire
// dateline's place, an acronym).
//
//	"Sen. Ann Lee (R-Ky.) said …" ── PartyDesignation ──► entities: no tag of its own
//	                                                  └─► quotes: kept in the speaker's span
//	"WASHINGTON", "ANN LEE" ── AllCaps ──► entities: a name in capitals looked up
//	                                       in any case; a dateline's place
//	                                   └─► quotes: a transcript label in capitals
package newsnames
