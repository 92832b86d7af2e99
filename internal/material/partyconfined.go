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
	if w, put := partyQualified(fOld, fNew); w != "" {
		v := c.material(ch, cat+".negation", sig, removed, added, "")
		verb, dir := "now only as to", Expands
		if !put {
			verb, dir = "no longer only as to", Restricts
		}
		v.Reason, v.Direction = fmt.Sprintf("A denial said %s some parties, those %s: %s (%s)", verb, quoteWords([]string{w}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
		return v, true
	}
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

// partyNouns are the heads of a phrase naming a class of parties a denial
// can be said of.
var partyNouns = map[string]bool{"third": true, "parties": true, "companies": true, "businesses": true, "vendors": true,
	"organizations": true, "organisations": true, "entities": true, "advertisers": true, "partners": true,
	"affiliates": true, "providers": true, "brokers": true, "marketers": true, "others": true}

// partyQualified returns the one word one side puts before the parties a
// denial is said of, the rest of the sentence the same words, and whether
// it is the new side that puts it: "We do not sell your personal
// information to third parties" → "… to unaffiliated third parties" no
// longer denies a sale to the company's affiliates. A determiner ("to
// any third parties", "to the advertisers") picks out no kind of party.
func partyQualified(old, new []string) (string, bool) {
	if w := qualifiedParty(old, new); w != "" {
		return w, true
	}
	if w := qualifiedParty(new, old); w != "" {
		return w, false
	}
	return "", false
}

// qualifiedParty is partyQualified one way: new is old with one word put
// after "to", "with" or "by" (and a determiner), before a party noun,
// after a denial.
func qualifiedParty(old, new []string) string {
	if len(new) != len(old)+1 {
		return ""
	}
	k := 0
	for k < len(old) && old[k] == new[k] {
		k++
	}
	if k == 0 || k+1 >= len(new) || !equalWords(new[k+1:], old[k:]) {
		return ""
	}
	w := new[k]
	if determiners[w] || universalParties[w] || denial(w) || !partyNouns[new[k+1]] {
		return ""
	}
	p := k - 1
	if determiners[new[p]] && p > 0 {
		p--
	}
	if new[p] != "to" && new[p] != "with" && new[p] != "by" {
		return ""
	}
	if !slices.ContainsFunc(new[:p], denial) {
		return ""
	}
	return w
}
