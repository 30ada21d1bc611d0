package quantities

// Currencies around a number: a sign or code before it ("$", "US$", "€",
// "USD", "Rs."), a sign after "to" in a range, the currency of an amount
// in cents, and "a share".

// currencyBefore returns the currency written just before toks[i] ("$",
// "US$", "€", "USD") and where it starts.
func (x *extractor) currencyBefore(i int) (string, int) {
	toks := x.toks
	if i == 0 {
		return "", i
	}
	p := toks[i-1]
	if code, ok := currencySigns[p.text]; ok && p.end == toks[i].start {
		// "US$", "HK$", "C$": a prefix glued to the sign.
		if i >= 2 && toks[i-2].end == p.start {
			if c2, ok := currencySigns[toks[i-2].text+p.text]; ok {
				return c2, i - 2
			}
		}
		if i >= 2 && (toks[i-2].text == "US" || toks[i-2].text == "U.S.") && code == "USD" {
			return code, i - 2 // "US $13.73"
		}
		return code, i - 1
	}
	if currencyCodes[p.text] {
		return p.text, i - 1
	}
	if p.text == "Rs" || p.text == "RS" {
		return spacedCurrencyPrefixes["rs"], i - 1
	}
	if p.text == "." && i >= 2 && toks[i-2].text == "Rs" && toks[i-2].end == p.start {
		return spacedCurrencyPrefixes["rs"], i - 2 // "Rs. 500"
	}
	return "", i
}

// centCurrency is the currency a number of cents is in: that of the first
// amount of the sentence in a currency divided into cents ("fell 30 cents
// to €1.80"), or the dollar.
func (x *extractor) centCurrency() string {
	for k, t := range x.toks {
		code := currencySigns[t.text]
		if code == "" && currencyCodes[t.text] {
			code = t.text
		}
		if code == "" {
			code = currencyWords[t.lower]
			if code == "" && k > 0 {
				code = nationalCurrencies[x.toks[k-1].lower+" "+t.lower]
			}
		}
		if centCurrencies[code] {
			return code
		}
	}
	return "USD"
}

// perShare reports whether toks[k:] begin "a share" or "per share".
func (x *extractor) perShare(k int) bool {
	return k+1 < len(x.toks) && (x.toks[k].lower == "a" || x.toks[k].lower == "per") && (x.toks[k+1].lower == "share" || x.toks[k+1].lower == "shares")
}

// currencyAt returns the currency sign at toks[k] and the index after it.
func (x *extractor) currencyAt(k int) (string, int) {
	if k < len(x.toks) {
		if code, ok := currencySigns[x.toks[k].text]; ok {
			return code, k + 1
		}
	}
	return "", k
}
