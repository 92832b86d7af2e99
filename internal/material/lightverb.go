package material

import (
	"slices"
	"strings"
)

// supportVerbs are the verbs that only say an act named by its noun
// happens: "make a decision", "carry out a review", "conduct an audit".
var supportVerbs = map[string]bool{"make": true, "makes": true, "made": true, "carry": true, "carries": true, "carried": true,
	"conduct": true, "conducts": true, "conducted": true, "perform": true, "performs": true, "performed": true}

// actSaidAsNoun returns folded words with a support verb and the noun of
// an act written as the act's verb, where the other side says that verb
// and not the noun: "we will make a decision on your request" is "we will
// decide on your request", "we carry out the deletion of your data" is
// "we delete your data". The noun must be of the verb's own family by a
// regular suffix ("decision" of "decide", "deletion" of "delete",
// "review" of "review"): another act is still compared. a and b are not
// changed; copies are returned when a phrase is rewritten.
func actSaidAsNoun(a, b []string) ([]string, []string) {
	return actSaidAsNounOnce(a, b), actSaidAsNounOnce(b, a)
}

func actSaidAsNounOnce(ws, other []string) []string {
	for i := 0; i+1 < len(ws); i++ {
		if !supportVerbs[ws[i]] {
			continue
		}
		j := i + 1
		if j < len(ws) && ws[j] == "out" {
			j++ // "carry out"
		}
		if j < len(ws) && (ws[j] == "a" || ws[j] == "an" || ws[j] == "the") {
			j++
		}
		if j >= len(ws) || slices.Contains(other, ws[j]) {
			continue
		}
		n := ws[j]
		for _, v := range other {
			if v == n || slices.Contains(ws, v) || !(n == v || deverbal(n, v)) {
				continue
			}
			end := j + 1
			if end < len(ws) && ws[end] == "of" {
				end++ // "the deletion of your data"
			}
			return slices.Replace(slices.Clone(ws), i, end, v)
		}
	}
	return ws
}

// deverbal reports n a noun English makes of the verb v by a regular
// suffix: "decision" of "decide", "deletion" of "delete", "closure" of
// "close", "removal" of "remove", "application" of "apply", "payment" of
// "pay".
func deverbal(n, v string) bool {
	n = strings.TrimSuffix(n, "s")
	if len(v) < 3 || len(n) <= len(v) {
		return false
	}
	switch {
	case strings.HasSuffix(v, "de") && len(v) >= 5 && n == v[:len(v)-2]+"sion":
		return true
	case strings.HasSuffix(v, "y") && n == v[:len(v)-1]+"ication":
		return true
	case strings.HasSuffix(v, "e"):
		b := v[:len(v)-1]
		return n == b+"ion" || n == b+"ation" || n == b+"ure" || n == b+"al"
	}
	return n == v+"ment" || n == v+"al" || n == v+"ance" || n == v+"ence" || n == v+"ion" || n == v+"ation"
}
