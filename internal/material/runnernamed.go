package material

import (
	"slices"
	"strings"
)

// runnerNamed drops from added the companies put at the head of an entry
// in place of a product they run, the product kept further on in that
// entry: "Hetzner Cloud (Germany): Production hosting" → "Hetzner Online
// GmbH (Germany): Production hosting on Hetzner Cloud" (b24-38). The
// company shares the product's first word (its brand) and ends in a legal
// form; the product's name, of two words or more and no legal form, is
// written on both sides, and the new text gives the company exactly where
// the old gave the product, after the same words. That is the party the
// entry named, now by its legal entity, not a recipient beside it. A
// company of the brand added beside the product ("Amazon Web Services and
// Amazon Advertising LLC"), or in place of a product the entry no longer
// names, may be another company, and stays. It returns the names dropped
// with their products, whose words explain themselves.
func runnerNamed(added, eo, en []string, old, new string) (a, names []string) {
	if len(added) == 0 {
		return added, nil
	}
	for _, e := range added {
		ws := strings.Fields(e)
		if len(ws) < 2 || !formWord(strings.ToLower(strings.Trim(ws[len(ws)-1], ".,"))) {
			continue
		}
		j := strings.Index(new, e)
		if j < 0 {
			continue
		}
		for _, p := range eo {
			pw := strings.Fields(p)
			if len(pw) < 2 || p == e || pw[0] != ws[0] || formWord(strings.ToLower(strings.Trim(pw[len(pw)-1], ".,"))) || !slices.Contains(en, p) {
				continue
			}
			i := strings.Index(old, p)
			if i < 0 || old[:i] != new[:j] || !strings.Contains(new[j+len(e):], p) {
				continue
			}
			names = append(names, e, p)
			break
		}
	}
	if len(names) == 0 {
		return added, nil
	}
	return slices.DeleteFunc(slices.Clone(added), func(e string) bool { return slices.Contains(names, e) }), names
}
