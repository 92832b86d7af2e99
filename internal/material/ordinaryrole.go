package material

import "slices"

// Ordinary words carry a commitment in some places: the verb of a
// purpose ("uses them solely to contact the owner" → "to identify the
// owner") and the kind of clause a limit opens ("only to perform support"
// → "only while performing support": a purpose made a time). There, one word traded for another WordNet does not relate is a
// change of what is committed to, not a rewording.

// roleTraded returns the role in which the one word removed (o) and the
// one added (n) changed what a sentence commits to, "" when neither
// stands in such a place. old and new are the folded words.
func roleTraded(old, new []string, o, n string) string {
	wn := wordNet()
	if o == n || wn.close(o, n) || wn.close(n, o) || stem(o) == stem(n) {
		return ""
	}
	io, in := slices.Index(old, o), slices.Index(new, n)
	if io < 1 || in < 1 {
		return ""
	}
	switch {
	case old[io-1] == "to" && new[in-1] == "to" && lexPOS(o, 'v') && lexPOS(n, 'v') && usePurposeLead(old[:io-1]) && usePurposeLead(new[:in-1]):
		return "purpose"
	}
	return ""
}

// usePurposeLead reports words that end in a use or a limit, before the
// "to" of a purpose: "uses them solely", "we process it only".
func usePurposeLead(ws []string) bool {
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-4; i-- {
		switch ws[i] {
		case "use", "uses", "used", "process", "processes", "processed", "only", "solely", "exclusively":
			return true
		}
	}
	return false
}

// limitClauseKind returns the kinds of clause a limit opens in old and in
// new when they differ: "only to perform" (a purpose) → "only while
// performing" (a time). A time and a condition are both occasions: "only
// when necessary" and "only if it is necessary" limit to the same cases.
func limitClauseKind(old, new []string) (string, string) {
	kind := func(ws []string) string {
		for i := 0; i+1 < len(ws); i++ {
			if !limitWords[ws[i]] {
				continue
			}
			switch ws[i+1] {
			case "to", "for":
				return "a purpose"
			case "while", "when", "during", "until", "whilst":
				return "a time"
			case "if", "where", "unless":
				return "a condition"
			}
		}
		return ""
	}
	ko, kn := kind(old), kind(new)
	if ko == "" || kn == "" || ko == kn || ko != "a purpose" && kn != "a purpose" {
		return "", ""
	}
	return ko, kn
}
