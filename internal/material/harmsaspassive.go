package material

import (
	"strings"
)

// unauthorizedNounsRE is a list of harms said as nouns after
// "unauthorized": "unauthorized access, use, alteration, and
// disclosure".
var unauthorizedNounsRE = mustPattern(`(?i)\bunauthori[sz]ed\s+([a-z]+(?:\s*,\s*[a-z]+)*)(?:\s*,)?\s+(and|or)\s+([a-z]+)\b`)

// withoutAuthorizationRE is the same list said as passive verbs: "being
// accessed, used, altered, and disclosed without authorization".
var withoutAuthorizationRE = mustPattern(`(?i)\b(?:being|be)\s+([a-z]+ed(?:\s*,\s*[a-z]+ed)*)(?:\s*,)?\s+(and|or)\s+([a-z]+ed)\s+without\s+(?:any\s+)?authori[sz]ation\b`)

// harmsAsNouns writes, in s, harms said as passive verbs done "without
// authorization" as the nouns other says after "unauthorized", where
// they are the same harms in the same order joined by the same "and" or
// "or": protecting data "from being accessed, used, altered, and
// disclosed without authorization" is protecting it "from unauthorized
// access, use, alteration, and disclosure". Each verb must be of the
// noun's family (the same first five letters, or the whole of the
// shorter word: "used" and "use", "altered" and "alteration"). A harm
// added, dropped or traded, or "and" for "or", leaves s as it stands, to
// be compared (threatsChanged).
func harmsAsNouns(s, other string) string {
	if !strings.Contains(s, "uthori") || !strings.Contains(other, "nauthori") {
		return s
	}
	vm := withoutAuthorizationRE.FindStringSubmatchIndex(s)
	nm := unauthorizedNounsRE.FindStringSubmatchIndex(other)
	if vm == nil || nm == nil {
		return s
	}
	items := func(s string, m []int) ([]string, string) {
		var out []string
		for _, w := range strings.Split(s[m[2]:m[3]], ",") {
			out = append(out, strings.ToLower(strings.TrimSpace(w)))
		}
		return append(out, strings.ToLower(s[m[6]:m[7]])), strings.ToLower(s[m[4]:m[5]])
	}
	verbs, vj := items(s, vm)
	nouns, nj := items(other, nm)
	if vj != nj || len(verbs) != len(nouns) {
		return s
	}
	for i, v := range verbs {
		if !sameFamily(strings.TrimSuffix(strings.TrimSuffix(v, "ed"), "d"), nouns[i]) && !sameFamily(strings.TrimSuffix(v, "d"), nouns[i]) {
			return s
		}
	}
	return s[:vm[0]] + other[nm[0]:nm[1]] + s[vm[1]:]
}

// sameFamily reports a verb's stem and a noun that open with the same
// five letters, or where the shorter is the start of the longer: "alter"
// and "alteration", "use" and "use", "disclos" and "disclosure".
func sameFamily(v, n string) bool {
	k := min(5, len(v), len(n))
	return k >= 3 && v[:k] == n[:k]
}
