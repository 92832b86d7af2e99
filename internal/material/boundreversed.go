package material

// lowerBound and upperBound are the words that put a number as a ceiling
// or as a floor: "under 13", "below the age of 16"; "over 13", "above
// 16". ("younger than" folds to "under", and a reason quotes the words
// written: "older" is left to the rules that read it already.)
var lowerBound = map[string]bool{"under": true, "below": true}
var upperBound = map[string]bool{"over": true, "above": true}

// boundReversed returns "a → b" for a word a that puts a number as a
// ceiling traded for one b that puts it as a floor, or the reverse, each
// with its number after it: "children under 13" → "children over 13"
// speaks of the other people. WordNet files "under" and "over" as no
// opposites, and "under" is left out where it is only a preposition
// ("under the GDPR"): with a number after it, it is a bound. "" when
// there is none.
func boundReversed(removed, added, old, new []string) string {
	for _, r := range removed {
		if !lowerBound[r] && !upperBound[r] {
			continue
		}
		for _, a := range added {
			if (lowerBound[r] && upperBound[a] || upperBound[r] && lowerBound[a]) && numberAfter(old, r) && numberAfter(new, a) {
				return "'" + r + "' → '" + a + "'"
			}
		}
	}
	return ""
}

// numberAfter reports a number within the four words after w in ws:
// "under 13", "over the age of 16".
func numberAfter(ws []string, w string) bool {
	for i, x := range ws {
		if x != w {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+4; k++ {
			if isNumber(ws[k]) || numberValue[ws[k]] > 0 {
				return true
			}
		}
	}
	return false
}
