package ner

// BILOU tags (Ratinov and Roth 2009): a span's last token (L-) and a
// one-token span (U-) get their own tags, so the tagger learns where names
// end, not only where they start. Tag index 0 is O; type t has
// 1+4t+{B, I, L, U}. Training converts the BIO labels of the data; Tag
// converts its BILOU decision back to BIO.
const (
	bilouB = iota
	bilouI
	bilouL
	bilouU
)

// numTags returns the size of the decoder's tag set for a feature set.
func numTags(set uint32) int {
	if set&FeatBILOU != 0 {
		return 1 + 4*len(Types)
	}
	return NumLabels
}

// toBILOU converts BIO labels to BILOU tags.
func toBILOU(bio []int, out []int) []int {
	out = grow(out, len(bio))
	for i, l := range bio {
		if l == 0 {
			continue
		}
		t := TypeOf(l)
		cont := i+1 < len(bio) && bio[i+1] > 0 && !IsBegin(bio[i+1]) && TypeOf(bio[i+1]) == t
		var k int
		switch {
		case IsBegin(l) && cont:
			k = bilouB
		case IsBegin(l):
			k = bilouU
		case cont:
			k = bilouI
		default:
			k = bilouL
		}
		out[i] = 1 + 4*t + k
	}
	return out
}

// bilouToBIO maps one BILOU tag to its BIO label.
func bilouToBIO(tag int) int {
	if tag == 0 {
		return 0
	}
	t, k := (tag-1)/4, (tag-1)%4
	if k == bilouB || k == bilouU {
		return 1 + 2*t
	}
	return 2 + 2*t
}

// allowedTag reports whether tag may follow prev at position i of n.
func allowedTag(bilou bool, prev, tag, i, n int) bool {
	if !bilou {
		return allowed(prev, tag)
	}
	open := prev > 0 && ((prev-1)%4 == bilouB || (prev-1)%4 == bilouI)
	if tag == 0 {
		return !open
	}
	k := (tag - 1) % 4
	if open {
		return (tag-1)/4 == (prev-1)/4 && (k == bilouI || k == bilouL) && (k == bilouL || i+1 < n)
	}
	return k == bilouU || k == bilouB && i+1 < n
}
