package material

import (
	"slices"
	"strings"
)

// purposeAsTo returns folded words ws with a purpose said by a noun or an
// enabling verb said by "to" and the verb, where other says it that way:
// "for the purpose of identifying your purchases" is "to identify your
// purchases", and "to enable us to provide support" (allow, permit) is "to
// provide support", our own ability being the purpose. Whose ability it is
// stays: "to enable our partners to provide support" names a party and is
// left as it stands, as is a gerund WordNet does not know as a verb. Only
// a verb other says after "to" (or after "and", for the second of two
// purposes), with no "purpose" or "enable" of its own, is rewritten, so a
// purpose added or removed, or said the same way on both sides, keeps its
// words.
// ws itself when nothing is rewritten.
func purposeAsTo(ws, other []string) []string {
	if !slices.Contains(ws, "purpose") && !slices.Contains(ws, "purposes") && !slices.Contains(ws, "us") {
		return ws
	}
	said := func(v string) bool {
		for k := 1; k < len(other); k++ {
			if other[k] == v && (other[k-1] == "to" || other[k-1] == "and") {
				return true
			}
		}
		return false
	}
	return replaceRuns(ws, func(ws []string, i int) (int, []string) {
		at := func(k int, w ...string) bool { return k+len(w) <= len(ws) && equalWords(ws[k:k+len(w)], w) }
		switch {
		case (ws[i] == "for" || ws[i] == "with") && (at(i+1, "the", "purpose", "of") || at(i+1, "the", "purposes", "of")) && i+4 < len(ws):
			if v := gerundBase(ws[i+4]); v != "" && said(v) && !slices.Contains(other, ws[i+2]) {
				return 5, []string{"to", v}
			}
		case ws[i] == "to" && i+4 < len(ws) && enablingVerbs[ws[i+1]] && ws[i+2] == "us" && ws[i+3] == "to" && said(ws[i+4]) && !slices.Contains(other, ws[i+1]):
			return 4, []string{"to"}
		}
		return 0, nil
	})
}

// enablingVerbs say that an act is made possible: "to enable us to".
var enablingVerbs = map[string]bool{"enable": true, "allow": true, "permit": true}

// gerundBase returns the verb a gerund is a form of, as WordNet knows it
// ("identifying" → "identify", "providing" → "provide", "running" →
// "run"), "" when w is none. A stem that ends in one consonant after one
// vowel takes its "e" back when that is a verb too ("hoping" is "hope",
// where "hopping" would double the "p").
func gerundBase(w string) string {
	s, ok := strings.CutSuffix(w, "ing")
	if !ok || len(s) < 2 {
		return ""
	}
	verb := func(v string) bool {
		e, ok := wordNet().lookup(v)
		return ok && strings.Contains(e.pos, "v")
	}
	if u := undoubled(w); u != "" && verb(u) {
		return u
	}
	n := len(s)
	cvc := n >= 3 && !strings.ContainsRune("aeiou", rune(s[n-1])) && strings.ContainsRune("aeiou", rune(s[n-2])) && !strings.ContainsRune("aeiou", rune(s[n-3]))
	if cvc && verb(s+"e") {
		return s + "e"
	}
	if verb(s) {
		return s
	}
	if verb(s + "e") {
		return s + "e"
	}
	return ""
}
