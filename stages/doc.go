// Package stages lists the stages every document goes through, in order.
//
//	ingest → zones → segment → entities → quantities → quotes → claims
//	                                                             │
//	                        every document, in doc_id order ──► claims.Linker ──► claim_links
//
// The list is written out here, not registered from init functions, so that
// a reader sees the whole chain in one place.
package stages
