package material

import (
	"regexp"
	"strings"
)

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
// it to another before the noun it praises.
var praiseRE = regexp.MustCompile(`(?i)\b(?:award-winning|prize-winning|(?:industry|market|world)-leading|best-in-class|world-class|(?:military|bank|enterprise)-grade|lightning-fast|blazing-fast|privacy-first|cutting-edge|state-of-the-art|innovative|exciting|seamless)(?:,\s*|\s+and\s+)?\s*`)

// praiseOut returns old and new without the words of praise one side has
// and the other does not, and those words; what is "" where there are
// none.
func praiseOut(old, new string) (o, n, what string) {
	if !praiseHint(old) && !praiseHint(new) {
		return old, new, "" // most texts praise nothing: the expression is not tried
	}
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

// praiseHints are parts of every word praiseRE finds, as written in any
// case but the first letter's.
var praiseHints = []string{"-winning", "-leading", "-class", "-grade", "-fast", "-first", "-edge", "-of-the-art", "nnovative", "xciting", "eamless"}

// praiseHint reports a text that may hold a word of praise.
func praiseHint(s string) bool {
	for _, h := range praiseHints {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}
