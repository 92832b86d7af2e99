package material

import (
	"fmt"
	"slices"
	"strings"
)

// alternativeDropped returns the alternative one side's "or" joins to a
// word and the other side drops, whatever else changed around it: "legal
// or similarly significant effects" → "legal effects" narrows what the
// sentence covers, though "to make" → "for the making of" beside it made
// the rest read as reworded (a miss found taking batch 78's nominal style
// apart, b78-27). The word before "or" must meet, on the other side, the
// word the alternative led to ("legal effects"), which the first side
// never writes side by side. "" when no alternative was dropped.
func alternativeDropped(old, new []string) string {
	look := func(a, b []string) string {
		for i := 1; i+1 < len(a); i++ {
			if a[i] != "or" || orBound[a[i+1]] {
				continue // "30 days or more": a bound, the force rules' (b405-30)
			}
			left := a[i-1]
			if left == "and" && i >= 2 {
				left = a[i-2] // folding writes "or" as "and or"
			}
			for j := i + 2; j < min(len(a), i+5); j++ {
				if pair := []string{left, a[j]}; hasSeq(b, pair) && !hasSeq(a, pair) && !restated(a[i+1:j], left, b) {
					return fmt.Sprintf("'%s %s' → '%s %s'", left, strings.Join(a[i:j+1], " "), left, a[j])
				}
			}
		}
		return ""
	}
	if s := look(old, new); s != "" {
		return s
	}
	return look(new, old)
}

// restated reports an alternative the other side still writes, a word of
// it anywhere ("or 13 in jurisdictions …" → "In jurisdictions where 13
// is …"), or one that means what the word before "or" does ("keep or
// maintain" → "keep"): nothing was dropped.
func restated(alt []string, left string, other []string) bool {
	wn := wordNet()
	for _, w := range alt {
		if (len(w) > 2 || isNumber(w)) && slices.Contains(other, w) {
			return true
		}
	}
	return len(alt) == 1 && wn.close(left, alt[0])
}

// orBound are the words that make "or" and them a bound of the quantity
// before: "30 days or more", "aged 16 or over", "or fewer" (the bound
// force words of rules.toml). "at least 30 days" → "30 days or more" is
// the same bound (b405-30), never an alternative put in.
var orBound = map[string]bool{"more": true, "longer": true, "over": true, "older": true, "above": true, "higher": true,
	"less": true, "fewer": true, "younger": true, "shorter": true, "lower": true, "below": true, "under": true}
