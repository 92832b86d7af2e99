package material

import (
	"fmt"
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// confinedParties are the heads of a phrase that names some parties and
// not others: "to others" leaves out the one who speaks, "to third
// parties" the company's own group.
var confinedParties = map[string]bool{"others": true, "other": true, "third": true, "outsiders": true, "outside": true,
	"public": true, "strangers": true, "advertisers": true, "partners": true}

// universalParties are the heads of a phrase that names everyone: "to
// anyone" confines nothing (but "anyone else" does).
var universalParties = map[string]bool{"anyone": true, "anybody": true, "everyone": true, "everybody": true, "any": true, "all": true}

// partyConfined returns the phrase one side adds to a denial to say to
// whom, or by whom, the thing denied would be done, the rest of the
// sentence the same words, and whether it is the new side that adds it:
// "not in a way that would identify you personally" → "… personally to
// others" no longer denies that the company itself can identify you. A
// phrase naming everyone ("to anyone") stresses the denial and confines
// nothing.
func partyConfined(old, new []string) (string, bool) {
	if p := confinedPhrase(old, new); p != "" {
		return p, true
	}
	if p := confinedPhrase(new, old); p != "" {
		return p, false
	}
	return "", false
}

// confinedPhrase is partyConfined one way: new is old with a phrase "to
// …", "with …" or "by …" put in after a denial.
func confinedPhrase(old, new []string) string {
	n := len(new) - len(old)
	if n < 2 || n > 4 {
		return ""
	}
	for k := 1; k+n <= len(new); k++ {
		p := new[k]
		if p != "to" && p != "with" && p != "by" {
			continue
		}
		if !equalWords(new[:k], old[:k]) || !equalWords(new[k+n:], old[k:]) {
			continue
		}
		phrase := new[k : k+n]
		head := 1
		if determiners[phrase[head]] && head+1 < len(phrase) {
			head++
		}
		h := phrase[head]
		if universalParties[h] && !slices.Contains(phrase, "else") && !slices.Contains(phrase, "other") {
			return ""
		}
		if !confinedParties[h] && !(universalParties[h] && (slices.Contains(phrase, "else") || slices.Contains(phrase, "other"))) {
			return ""
		}
		if !slices.ContainsFunc(old[:k], denial) {
			return ""
		}
		return strings.Join(phrase, " ")
	}
	return ""
}

// partyConfinedVerdict is the verdict on a denial confined to some
// parties, or freed of that (partyConfined). Asked only where a word of
// confinedParties or "else" is among the words removed or added.
func (c *classifier) partyConfinedVerdict(ch redline.Change, cat string, sig *signals, removed, added, fOld, fNew []string, ctxOld, ctxNew string) (Verdict, bool) {
	named := func(w string) bool { return confinedParties[w] || w == "else" }
	if !slices.ContainsFunc(removed, named) && !slices.ContainsFunc(added, named) {
		return Verdict{}, false
	}
	p, put := partyConfined(fOld, fNew)
	if p == "" {
		return Verdict{}, false
	}
	v := c.material(ch, cat+".negation", sig, removed, added, "")
	verb, dir := "now only as to", Expands
	if !put {
		verb, dir = "no longer only as to", Restricts
	}
	v.Reason, v.Direction = fmt.Sprintf("A denial said %s some parties, %s: %s (%s)", verb, quoteWords([]string{p}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
	return v, true
}
