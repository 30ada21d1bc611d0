// Package ingest turns the bytes of one article into the text every later
// stage reads.
//
//	Doc.Raw ──► decode (UTF-8, or UTF-16 with a byte-order mark)
//	        ──► reject empty and binary input
//	        ──► invalid UTF-8 → U+FFFD (warning)
//	        ──► \r\n and \r → \n
//	        ──► Doc.Text
//
// Doc.ID is set by the reader before ingest (the sha256 of the raw bytes), so
// that duplicates can be found before any work is done.
package ingest
