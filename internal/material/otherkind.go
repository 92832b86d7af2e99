package material

import (
	"strings"
)

// "A and other B" says that A is one of the B: "Our website uses tracking
// technologies" → "… uses cookies and other tracking technologies"
// (b379-06), "individuals whose personal data …" → "guests and other
// individuals whose …" (b278-01), "legal compliance purposes" →
// "anti-money-laundering and other legal compliance purposes" (b310-28).
// What the line covers is still all of B; A is named as one of them.
// Only such words put in before words the line had, and nothing else
// changed, are read so, where A is plain words: a name ("Swissport and
// other ground handlers") is a party named, a number or a word of force
// or condition changes more than a kind, and a party or a country may be
// one the reader was not told of.

// otherKindAdded returns A where new only puts "A and other" (or "A or
// other", "A and any other") before words old has; else "".
func (c *classifier) otherKindAdded(old, new string) string {
	if len(new) <= len(old) || !strings.Contains(new, " other ") {
		return ""
	}
	i := 0
	for i < len(old) && old[i] == new[i] {
		i++
	}
	for i > 0 && isWordByte(new[i-1]) {
		i-- // the words put in start at a word's edge
	}
	j := len(new) - (len(old) - i)
	if j < i || new[j:] != old[i:] || j >= len(new) || !isWordByte(new[j]) {
		return ""
	}
	ins := strings.TrimSpace(new[i:j])
	a, ok := strings.CutSuffix(ins, " other")
	if !ok {
		return ""
	}
	a = strings.TrimSuffix(a, " any")
	a, ok = strings.CutSuffix(a, " and")
	if !ok {
		if a, ok = strings.CutSuffix(a, " or"); !ok {
			return ""
		}
	}
	a = strings.TrimSpace(a)
	if a == "" || len(a) > 80 || strings.ContainsAny(a, "0123456789()[];:@") {
		return ""
	}
	var plain []string
	for _, w := range strings.Fields(strings.ReplaceAll(a, ",", " ")) {
		lw := strings.ToLower(w)
		if controlBar[lw] || !c.ordinaryWords(lw) {
			return "" // a name, or a word of condition or force
		}
		plain = append(plain, lw)
	}
	for _, e := range c.entities(new) {
		if strings.Contains(a, e) {
			return "" // "Google and other analytics providers" names a party
		}
	}
	if c.wordsOfAny(plain, "recipients", "transfers") {
		return ""
	}
	return a
}
