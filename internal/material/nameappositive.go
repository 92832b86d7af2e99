package material

import (
	"strings"
)

// An appositive after a product's name that says what kind of offering it
// is, in the name's own words, names nothing new: "when you use our Omni
// Lead Management Software" → "when you use Omni Lead Management
// Software, our lead management platform" (b79-31, read "the rules
// cannot tell whether 'management' changes a commitment"). Its head is a
// noun of an offering (ownNouns: "platform", "app", "service"), its other
// words are the name's, and it opens with "our", "a" or "the": it says
// the product is one, as the name already does. An appositive with a word
// the name lacks ("our lead management and analytics platform"), or after
// no name, is compared as written.

// productAppositiveRE finds ", our … noun" (or "a", "an", "the") after a
// capitalised word, up to the comma, bracket or stop that ends it.
var productAppositiveRE = mustPattern(`(\p{Lu}[\p{L}\p{N}]*),\s+(?:our|an?|the)\s+([\p{L}\s-]{2,60}?)\s*([,.;(]|$)`)

// productAppositiveOut returns s without each appositive that restates
// the name before it (the last words of the capitalised name that ends at
// the appositive's comma), and the appositives taken out.
func productAppositiveOut(s string) (string, []string) {
	if !strings.Contains(s, ", our ") && !strings.Contains(s, ", a ") && !strings.Contains(s, ", an ") && !strings.Contains(s, ", the ") {
		return s, nil // most text has none: the expression is not run
	}
	ms := productAppositiveRE.FindAllStringSubmatchIndex(s, -1)
	var b strings.Builder
	var out []string
	at := 0
	for _, m := range ms {
		words := strings.Fields(strings.ToLower(strings.ReplaceAll(s[m[4]:m[5]], "-", " ")))
		if len(words) == 0 || !ownNouns[words[len(words)-1]] {
			continue
		}
		// The name: the capitalised words that end at the comma.
		name := map[string]bool{}
		pre := strings.Fields(s[:m[3]])
		for k := len(pre) - 1; k >= 0 && k >= len(pre)-6; k-- {
			w := strings.Trim(pre[k], `"“”'‘’`)
			if w == "" || !isUpperInitial(w) {
				break
			}
			name[strings.ToLower(w)] = true
		}
		restated := len(name) > 0
		for _, w := range words[:len(words)-1] {
			restated = restated && name[w]
		}
		if !restated {
			continue
		}
		b.WriteString(s[at:m[3]])
		if m[6] < len(s) && s[m[6]] == '(' {
			b.WriteByte(' ') // "Software (the "Service")", as the name stood
		}
		out = append(out, strings.TrimSpace(strings.TrimPrefix(s[m[3]:m[6]], ",")))
		at = m[6]
	}
	if out == nil {
		return s, nil
	}
	b.WriteString(s[at:])
	return b.String(), out
}

// isUpperInitial reports a word that opens with a capital letter.
func isUpperInitial(w string) bool {
	for _, r := range w {
		return r >= 'A' && r <= 'Z' || r > 127 && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
	}
	return false
}

// productAppositivesOut is productAppositiveOut of both sides, where one
// side has an appositive the other lacks; what quotes them ("" when none).
func productAppositivesOut(old, new string) (o, n, what string) {
	o, ao := productAppositiveOut(old)
	n, an := productAppositiveOut(new)
	if len(ao) == len(an) {
		return old, new, ""
	}
	return o, n, "'" + strings.Join(append(ao, an...), "', '") + "'"
}
