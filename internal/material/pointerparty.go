package material

import (
	"slices"
	"strings"
)

// possessiveNameRE is a capitalised name in the possessive: "Stripe’s",
// "Google's".
var possessiveNameRE = mustPattern(`\b([A-Z][\p{L}0-9.&-]*)['’]s\b`)

// pointedOwners returns the parties a pointer names as owners ("see
// Stripe's terms") where the two sides name different ones and neither is
// the author: the old and the new, joined; "" otherwise.
func (c *classifier) pointedOwners(old, new string) (string, string) {
	owners := func(s string) []string {
		var out []string
		for _, m := range possessiveNameRE.FindAllStringSubmatch(s, -1) {
			if !c.ownName(false, m[1]) && !slices.Contains(out, m[1]) {
				out = append(out, m[1])
			}
		}
		return out
	}
	if !strings.Contains(old, "'") && !strings.Contains(old, "’") || !strings.Contains(new, "'") && !strings.Contains(new, "’") {
		return "", "" // the cheap test
	}
	o, n := owners(old), owners(new)
	if len(o) == 0 || len(n) == 0 || slices.Equal(o, n) {
		return "", ""
	}
	from, to := minusNames(o, n), minusNames(n, o)
	if len(from) == 0 || len(to) == 0 {
		return "", "" // a party added beside the same ones, judged elsewhere
	}
	return strings.Join(from, ", "), strings.Join(to, ", ")
}
