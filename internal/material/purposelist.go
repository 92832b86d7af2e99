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
