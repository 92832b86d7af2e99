package material

import "strings"

// respectivelyMerged reports two statements of one shape ("Encryption at
// Rest: All stored data is encrypted using AES-256", "Encryption in
// Transit: All data transfers use TLS 1.3") merged into one that pairs
// their parts with "respectively" ("… at Rest and in Transit: All stored
// data and all data transfers are encrypted using AES-256 and TLS 1.3
// respectively"), or one split into two (b17-31): the same words of
// content, the same numbers, the same force, and each pair joined by
// "and" in the order of the statements it came from. A part paired with
// the other statement's, a word or number added or dropped, is not; one
// paired with the other statement's, all else the same, is crossed: "at
// rest and in transit … TLS and AES respectively" puts each measure on
// the other data.
func (c *classifier) respectivelyMerged(old, new string) (same, crossed bool) {
	one, two := new, old
	if !strings.Contains(strings.ToLower(new), "respectively") {
		one, two = old, new
		if !strings.Contains(strings.ToLower(old), "respectively") {
			return false, false
		}
	}
	if len(sentences(one)) != 1 {
		return false, false
	}
	parts := sentences(two)
	if len(parts) != 2 {
		return false, false
	}
	ix := c.ix
	merged := slicesWithout(ix.fold(one), "respectively")
	a, b := ix.fold(parts[0]), ix.fold(parts[1])
	both := append(append([]string{}, a...), b...)
	if !equalWords(quantities(merged), quantities(both)) || c.compareForce(both, merged) != nil {
		return false, false
	}
	// The words of content are compared as written, by their stems:
	// folding puts "via" for "using" but keeps "use".
	stems := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range plainWords(strings.ToLower(s)) {
			if !ix.grammar[w] && w != "and" && w != "respectively" {
				m[respKey(w)] = true
			}
		}
		return m
	}
	sm, sa, sb := stems(one), stems(parts[0]), stems(parts[1])
	for w := range sm {
		if !sa[w] && !sb[w] {
			return false, false
		}
	}
	for w := range sa {
		if !sm[w] {
			return false, false
		}
	}
	for w := range sb {
		if !sm[w] {
			return false, false
		}
	}
	// Each "and" that joins a part of the first statement to one of the
	// second joins them in that order.
	oriented := false
	pw := plainWords(strings.ToLower(one))
	for k := 1; k+1 < len(pw); k++ {
		if pw[k] != "and" {
			continue
		}
		l, r := respKey(pw[k-1]), ""
		for _, w := range pw[k+1:] {
			if !ix.grammar[w] {
				r = respKey(w)
				break
			}
		}
		onlyA := func(w string) bool { return sa[w] && !sb[w] }
		onlyB := func(w string) bool { return sb[w] && !sa[w] }
		switch {
		case onlyB(l) && onlyA(r):
			return false, true
		case onlyA(l) && onlyB(r):
			oriented = true
		}
	}
	return oriented, false
}

// slicesWithout returns ws without the word w.
func slicesWithout(ws []string, w string) []string {
	out := make([]string, 0, len(ws))
	for _, x := range ws {
		if x != w {
			out = append(out, x)
		}
	}
	return out
}

// respKey is a word without its ending of inflection: "using", "use",
// "used" → "us"; "transfers" → "transfer".
func respKey(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s", "e"} {
		if len(w)-len(suf) >= 2 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}
