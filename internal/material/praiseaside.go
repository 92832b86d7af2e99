package material

import "strings"

// Praise commits to nothing: "the award-winning OmniCRM website",
// "best-in-class products", "lightning-fast, contextually relevant
// replies", "military-grade AES-256" (batch 337, a marketing team adding
// promotional language: each sent to a reviewer as words the rules cannot
// tell, their hyphenated parts read one by one as nouns, "winning",
// "class", "grade"). The praise is set aside on the side that adds or
// drops it and the rest judged alone: what it praises, and anything else
// changed beside it, is compared as written ("military-grade encryption"
// where nothing was encrypted is still encryption added). "Trusted" is
// not praise: "trusted partners" may be a narrower set.

// praiseRE is an adjective of praise, with the comma or "and" that joins
// it to another before the noun it praises. Its alternatives are grouped
// so that a pattern's prefilter can be worked out (at most maxNeeds
// strings): most texts praise nothing, and the expression is then not run.
var praiseRE = mustPattern(`(?i)\b(?:(?:award|prize)-winning|(?:industry|market|world)-leading|(?:best-in|world)-class|(?:military|bank|enterprise)-grade|(?:lightning|blazing)-fast|privacy-first|cutting-edge|state-of-the-art|innovative|exciting|seamless)(?:,\s*|\s+and\s+)?\s*`)

// praiseOut returns old and new without the words of praise one side has
// and the other does not, and those words; what is "" where there are
// none.
func praiseOut(old, new string) (o, n, what string) {
	mo, mn := praiseRE.FindAllString(old, -1), praiseRE.FindAllString(new, -1)
	if len(mo) == 0 && len(mn) == 0 {
		return old, new, ""
	}
	key := func(m string) string {
		return strings.ToLower(strings.TrimRight(strings.TrimSuffix(strings.TrimSpace(m), " and"), ", "))
	}
	count := func(ms []string) map[string]int {
		c := map[string]int{}
		for _, m := range ms {
			c[key(m)]++
		}
		return c
	}
	co, cn := count(mo), count(mn)
	var set []string
	strip := func(s string, mine, other map[string]int) string {
		return praiseRE.ReplaceAllStringFunc(s, func(m string) string {
			k := key(m)
			if mine[k] > other[k] {
				set = append(set, "'"+k+"'")
				return ""
			}
			return m
		})
	}
	o, n = strip(old, co, cn), strip(new, cn, co)
	if len(set) == 0 {
		return old, new, ""
	}
	return o, n, strings.Join(set, ", ")
}
