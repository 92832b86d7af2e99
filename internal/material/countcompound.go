package material

import (
	"strings"
)

// A count written into a compound modifier counts the parts of a kind of
// measure, not data, parties or days: "two-factor authentication" is
// authentication by two factors, "multi-factor authentication" by more
// than one ("multi-" is "multiple", rules.toml). Two is the least count
// that is more than one, so either compound promises the same floor, at
// least two factors, and a reader relying on one is kept by the other
// (tumblr-017: "such as by enabling two-factor" → "multi-factor
// authentication", read "Commitment weakened"). Only "two" and "multi"
// are alike: "three-factor" → "multi-factor" lowers the floor,
// "multi-factor" → "single-factor" lowers it to one, and a compound whose
// head is a unit of time ("two-day", "two-year") is a period, compared as
// written.

// countCompoundRE finds a compound opened by a count of two or by
// "multi": "two-factor", "2-step", "multi-factor", "multifactor".
var countCompoundRE = mustPattern(`(?i)\b(two-|2-|multi-?)(\p{L}{3,})\b`)

// countCompoundsAlike returns old and new with each "two-" compound of one
// side written "multi-" where the other side writes the same head with
// "multi-" (and only then), and what was read alike ("" when nothing).
func countCompoundsAlike(old, new string) (o, n, what string) {
	if !lowerHasAny(old+new, "multi") { // as the lowered text would hold it, without lowering it
		return old, new, "" // most text has none: the expression is not run
	}
	heads := func(s string) (two, multi map[string]bool) {
		two, multi = map[string]bool{}, map[string]bool{}
		for _, m := range countCompoundRE.FindAllStringSubmatch(s, -1) {
			h := strings.ToLower(m[2])
			if unitOf[h].unit != "" {
				continue // "two-day": a period
			}
			if strings.HasPrefix(strings.ToLower(m[1]), "multi") {
				multi[h] = true
			} else {
				two[h] = true
			}
		}
		return two, multi
	}
	twoOld, multiOld := heads(old)
	twoNew, multiNew := heads(new)
	var said []string
	rewrite := func(s string, two, other map[string]bool) string {
		return countCompoundRE.ReplaceAllStringFunc(s, func(w string) string {
			m := countCompoundRE.FindStringSubmatch(w)
			h := strings.ToLower(m[2])
			if strings.HasPrefix(strings.ToLower(m[1]), "multi") || !two[h] || !other[h] || unitOf[h].unit != "" {
				return w
			}
			said = append(said, "'"+w+"' → 'multi-"+m[2]+"'")
			return "multi-" + m[2]
		})
	}
	o = rewrite(old, twoOld, multiNew)
	n = rewrite(new, twoNew, multiOld)
	if len(said) == 0 {
		return old, new, ""
	}
	return o, n, strings.Join(said, ", ")
}
