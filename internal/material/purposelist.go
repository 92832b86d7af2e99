package material

import (
	"slices"
	"strings"
)

// A list of purposes run into a sentence ("retained for customer service,
// relevant marketing and business record purposes") names each purpose by
// its own words, ordinary as they may be: "…, dispute handling and
// business record purposes" keeps the data for one purpose more (b249-06).
// A word of the rulebook is read by the other rules; an item of ordinary
// words put into such a list is a purpose added all the same.

// purposeListRE finds a list run in before "purposes" or "reasons": "for
// customer service, relevant marketing and business record purposes".
var purposeListRE = mustPattern(`(?i)\bfor ((?:[\w-]+ ){0,4}[\w-]+(?:, (?:[\w-]+ ){0,4}[\w-]+)*,? (?:and|or) (?:[\w-]+ ){0,4}?)(purposes|reasons)\b`)

// purposeItemAdded returns an item of a run-in list of purposes new has
// and old, which has the list, does not: "dispute handling". It returns ""
// when there is none.
func purposeItemAdded(old, new string) string {
	if len(old)+len(new) > maxReread || !containsFold(new, "purposes") && !containsFold(new, "reasons") {
		return ""
	}
	mo, mn := purposeListRE.FindStringSubmatch(old), purposeListRE.FindStringSubmatch(new)
	if mo == nil || mn == nil || !strings.EqualFold(mo[2], mn[2]) {
		return ""
	}
	io, in := purposeItems(mo[1]), purposeItems(mn[1])
	if len(in) <= len(io) {
		return ""
	}
	for _, it := range in {
		if !slices.Contains(io, it) && !strings.Contains(strings.ToLower(old), it) {
			return it
		}
	}
	return ""
}

// purposeItems splits a run-in list into its items, lower-cased.
func purposeItems(list string) []string {
	list = strings.ToLower(strings.TrimSpace(list))
	list = strings.ReplaceAll(strings.ReplaceAll(list, ", and ", ", "), ", or ", ", ")
	list = strings.ReplaceAll(strings.ReplaceAll(list, " and ", ", "), " or ", ", ")
	var out []string
	for _, it := range strings.Split(list, ", ") {
		if it = strings.TrimSpace(it); it != "" {
			out = append(out, it)
		}
	}
	return out
}

// A sentence of purpose that lists what it is for, each by its verb ("To
// monitor system performance and maintain platform security"), names a
// purpose more when it gains a part of its own words: "…, maintain
// platform security and tailor travel offers to your trips" (b251-05).
// A part that says an old one again in other words shares a word of
// substance with it ("keep the platform secure").

// purposePartAdded returns a part a sentence of purpose new has, and old
// does not, none of whose words of substance old writes. It returns ""
// when there is none or when either is no sentence of purpose.
func (c *classifier) purposePartAdded(old, new string) string {
	po, pn := purposeParts(old), purposeParts(new)
	if len(po) == 0 || len(pn) <= len(po) {
		return ""
	}
	had := map[string]bool{}
	for _, w := range c.ix.fold(old) {
		had[w] = true
	}
	for _, p := range pn {
		if slices.Contains(po, p) {
			continue
		}
		fresh := 0
		for _, w := range c.content(c.ix.fold(p)) {
			if had[w] {
				fresh = -1
				break
			}
			if len(w) > 3 && !c.ix.grammar[w] {
				fresh++
			}
		}
		if fresh >= 2 {
			return p
		}
	}
	return ""
}

// purposeForAdded returns the words of a "for …" a sentence of purpose new
// puts after what old's is for, where nothing else but grammar changed:
// "To analyze usage patterns and improve the Service" → "To analyze usage
// patterns for underwriting and to improve …" (b271-33, a miss) names a
// purpose the patterns now serve. "" when there is none.
func (c *classifier) purposeForAdded(old, new string) string {
	if purposeParts(old) == nil || purposeParts(new) == nil {
		return ""
	}
	wo, wn := plainWords(old), plainWords(new)
	removed, added := diffWords(wo, wn)
	if len(removed) > 0 || len(added) < 2 || len(added) > 6 || !slices.Contains(added, "for") {
		return ""
	}
	var fresh []string
	for _, w := range added {
		if w != "for" && !c.ix.grammar[w] {
			if slices.Contains(wo, w) {
				return ""
			}
			fresh = append(fresh, w)
		}
	}
	if len(fresh) == 0 || len(fresh) > 3 {
		return ""
	}
	// the words of substance put in come right after a "for" put in
	for i, w := range wn {
		if w == "for" && i+len(fresh) < len(wn) && slices.Equal(wn[i+1:i+1+len(fresh)], fresh) {
			return "for " + strings.Join(fresh, " ")
		}
	}
	return ""
}

// purposeParts returns the parts of a sentence of purpose ("To monitor
// X, maintain Y and tailor Z."), lower-cased, or nil for any other text.
func purposeParts(s string) []string {
	s = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s), "-*•0123456789. "))
	if len(s) < 4 || len(s) > 400 || !strings.EqualFold(s[:3], "to ") || strings.ContainsAny(s, ";:") || len(sentences(s)) != 1 {
		return nil
	}
	return purposeItems(strings.TrimRight(s[3:], ". "))
}
