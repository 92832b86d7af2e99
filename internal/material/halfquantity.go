package material

import "strings"

// A half of a unit is an exact quantity: "half a year" is six months,
// "half an hour" thirty minutes, "a year and a half" and "one and a half
// years" eighteen months. Read so, "within 6 months" → "within half a
// year" restates a period; "3 months" → "half a year" still changes it.
// "Half of your data" is no quantity: only a half of a time unit is read.

// halfPeriod reads "half a UNIT" / "half an UNIT" at the start of ws (ws[0]
// is "half"): the quantity and the words read, 0 when there is none.
func halfPeriod(ws []string) (qty, int) {
	if len(ws) < 3 || ws[0] != "half" || ws[1] != "a" && ws[1] != "an" {
		return qty{}, 0
	}
	u, ok := unitOf[ws[2]]
	if !ok || ws[2][len(ws[2])-1] == 's' {
		return qty{}, 0
	}
	return qty{value: u.factor / 2, unit: u.unit}, 3
}

// andAHalf reports "and a half" at the start of ws: "one and a half
// years", "a year and a half".
func andAHalf(ws []string) bool {
	return len(ws) >= 3 && ws[0] == "and" && ws[1] == "a" && ws[2] == "half"
}

// halfUnits are the halves of a unit said exactly in a smaller one, as
// fold writes them: "within half a year of the last message" is "within 6
// months of" it for every rule that reads a period ("within N UNIT of",
// a number changed, a bound). Half a month has no exact smaller unit and
// is left to quantities.
var halfUnits = map[string]string{"half a year": "6 months", "half a day": "12 hours", "half a week": "84 hours",
	"half an hour": "30 minutes", "half a minute": "30 seconds"}

// foldHalfUnits puts halfUnits among the phrases fold rewrites.
func (ix *index) foldHalfUnits() {
	for phrase, canonical := range halfUnits {
		ws := plainWords(phrase)
		key := strings.Join(ws, " ")
		ix.canon[key] = canonical
		ix.canonWords[key] = strings.Fields(canonical)
		ix.phraseLen[ws[0]] = max(ix.phraseLen[ws[0]], len(ws))
	}
}

// halfUnitIn returns the half of a unit in lower (a lower-cased text)
// that fold wrote as num and its unit ("half a year" for "6"), "" when
// there is none: a reason quotes what the policy says.
func halfUnitIn(lower, num string) string {
	if !strings.Contains(lower, "half a") {
		return ""
	}
	for phrase, canonical := range halfUnits {
		if n, _, _ := strings.Cut(canonical, " "); n == num && strings.Contains(lower, phrase) {
			return phrase
		}
	}
	return ""
}
