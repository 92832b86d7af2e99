package material

import "slices"

// freeOfCharge returns folded words with a price of nothing written one
// way, "free of charge": "we do not charge a fee to correct …", "there is
// no fee for …", "without charge", "at no cost". A negation of a price is
// no limit lifted when the other side says the same price as a positive:
// "We do not charge a fee to correct or delete …" is "Correction or
// deletion … is provided free of charge". Only a negation next to the
// price is read so: "we do not normally charge" keeps its hedge, and is
// left as written. ws is not changed; a copy is returned when a phrase is.
func freeOfCharge(ws []string) []string {
	price := func(w string) bool {
		return w == "charge" || w == "charges" || w == "fee" || w == "fees" || w == "cost"
	}
	var out []string
	for i := 0; i < len(ws); i++ {
		n := 0 // how many words the phrase at i has
		switch j := i + 1; {
		case j < len(ws) && ws[i] == "not" && (ws[j] == "charge" || ws[j] == "be" && j+1 < len(ws) && ws[j+1] == "charged"):
			// "do not charge (you) (a fee)", "will not be charged"
			if n = 2; ws[j] == "be" {
				n = 3
			}
			if k := i + n; k < len(ws) && ws[k] == "you" {
				n++
			}
			if k := i + n; k+1 < len(ws) && (ws[k] == "a" || ws[k] == "any") && (ws[k+1] == "fee" || ws[k+1] == "charge") {
				n += 2
			}
		case j < len(ws) && (ws[i] == "no" || ws[i] == "without") && price(ws[j]):
			n = 2 // "no fee", "without charge"
		case j+1 < len(ws) && ws[i] == "without" && (ws[j] == "a" || ws[j] == "any") && price(ws[j+1]):
			n = 3
		case j+1 < len(ws) && ws[i] == "at" && ws[j] == "no" && price(ws[j+1]):
			n = 3 // "at no cost"
		}
		if n == 0 {
			if out != nil {
				out = append(out, ws[i])
			}
			continue
		}
		if out == nil {
			out = slices.Clone(ws[:i])
		}
		if k := len(out) - 1; ws[i] == "not" && k >= 0 && (out[k] == "do" || out[k] == "does") {
			out = out[:k]
		}
		out = append(out, "free", "of", "charge")
		i += n - 1
	}
	if out == nil {
		return ws
	}
	return out
}

// freeBoth is freeOfCharge(ws) where the other side, other, also states a
// price of nothing: "we will not charge you" → "we will charge you" keeps
// its "not", and the negation lost is compared as one.
func (c *classifier) freeBoth(ws, other []string) []string {
	free := []string{"free", "of", "charge"}
	a, b := freeOfCharge(ws), freeOfCharge(other)
	if !hasTerm(a, free) || !hasTerm(b, free) {
		return ws
	}
	return a
}
