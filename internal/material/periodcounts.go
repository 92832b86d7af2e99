package material

import "strings"

// "Chat conversations: 90 days" are kept 90 days; "90 days of activity"
// are kept until the account has been active for 90 days, which may be
// never. What a period counts, said after it ("of activity", "of
// inactivity", "of use"), put or taken away with the number kept, is how
// long the data is kept. (A moment after "of", "within 30 days of
// closing", is where a period starts: not this.)

// periodCounted returns the noun a period of time counts in ws ("90 days
// of activity" → "activity"), for each period, in order; "" for a period
// with none.
func periodCounted(ws []string) []string {
	var out []string
	for i := 1; i < len(ws); i++ {
		if unitOf[ws[i]].unit != "h" || !isNumber(ws[i-1]) && numberValue[ws[i-1]] == 0 {
			continue
		}
		what := ""
		if i+2 < len(ws) && ws[i+1] == "of" && countedStates[ws[i+2]] && (i < 2 || !anchorWords[ws[i-2]]) {
			what = ws[i+2]
		}
		out = append(out, what)
	}
	return out
}

// periodCountChanged returns what a period counts in old and in new, when
// old and new give the same periods and one of them counts another thing:
// "90 days" → "90 days of activity". It reads the words as written
// (folding drops some nouns of what a period counts), and fOld and fNew
// must give the same quantities.
func periodCountChanged(old, new string, fOld, fNew []string) (string, string, bool) {
	if !sameQuantities(fOld, fNew) {
		return "", "", false
	}
	o, n := periodCounted(plainWords(old)), periodCounted(plainWords(new))
	if len(o) == 0 || len(o) != len(n) {
		return "", "", false
	}
	for i := range o {
		if o[i] != n[i] {
			return o[i], n[i], true
		}
	}
	return "", "", false
}

// periodCountDiffers reports what periodCountChanged finds.
func periodCountDiffers(old, new string, fOld, fNew []string) bool {
	if !strings.Contains(old, " of ") && !strings.Contains(new, " of ") {
		return false
	}
	_, _, ok := periodCountChanged(old, new, fOld, fNew)
	return ok
}

// countedStates are what a period can count rather than start from: "90
// days of activity", "two years of inactivity". After "within" or
// "after", "of" names where a period starts ("within 30 days of
// closing"), which the period-bound rules read.
var countedStates = map[string]bool{"activity": true, "inactivity": true, "use": true, "usage": true, "non-use": true, "nonuse": true,
	"engagement": true, "membership": true, "subscription": true, "service": true}

// anchorWords put a period against a moment.
var anchorWords = map[string]bool{"within": true, "after": true, "before": true, "from": true, "of": true, "following": true, "until": true}
