package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// What data is kept for is a purpose, however the sentence keeps it. A
// retention sentence says how long and what for; a change to its "for"
// phrase of a purpose (not of a period: "for 30 days", "for as long as
// …") changes what the data is used for while kept, a purpose of GDPR
// Art. 13(1)(c): "stored for a longer time, if necessary (upon
// authorities' request, for instance)" → "(upon authorities' request or
// for training our staff, for instance)" (b35-10), "plus 2 years for
// legal compliance" → "plus 2 years, including for legal compliance"
// (b34-31), "retained for customer service, relevant marketing and
// business record purposes" losing "relevant" (b27-34).
//
// keptForPurpose returns "purposes" for a material verdict of retention
// whose change, of a few words on each side and no word of retention, no
// number and no time, is inside a "for" phrase naming no period, or right
// before one ("including for"); "" keeps the verdict's category.
func (c *classifier) keptForPurpose(v Verdict, ch redline.Change) string {
	if v.Category != "retention" || ch.Kind != redline.Replace || namesOwnFact(v.Rule) {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	// Cheap test: "for" in the changed sentences.
	if so == "" || sn == "" || !containsJoined(so, sn, "for ") {
		return ""
	}
	ow, nw := plainWords(so), plainWords(sn)
	p, os, ns := changedSpan(ow, nw)
	if os-p > purposeSpan || ns-p > purposeSpan || os == p && ns == p {
		return ""
	}
	changed := append(slices.Clone(ow[p:os]), nw[p:ns]...)
	if slices.ContainsFunc(changed, isNumber) || len(c.timeNouns(changed)) < len(changed) {
		return "" // a period changed
	}
	if r := c.rb.categoryIndex("retention"); slices.ContainsFunc(c.ix.strongHits(c.ix.fold(strings.Join(changed, " "))), func(h termHit) bool { return int(h.k) == r }) {
		return "" // kept, deleted, anonymised: how, not what for
	}
	for _, side := range []struct {
		ws  []string
		end int
	}{{ow, os}, {nw, ns}} {
		if c.purposeFor(side.ws, p, side.end) {
			return "purposes"
		}
	}
	return ""
}

// purposeSpan is the most words a side of the change may have: a purpose
// named or qualified, not a sentence rewritten.
const purposeSpan = 6

// purposeFor reports a "for" phrase of a purpose that ws[p:end] is in: a
// "for" in it, right after it, or at most purposeReach words before it,
// whose words up to the change name no period ("for 2 years", "for the
// duration of", "for as long as"), no reason of the example's ("for
// instance") and no person, for whom ("for business customers").
func (c *classifier) purposeFor(ws []string, p, end int) bool {
	for i := max(p-purposeReach, 0); i < min(end+1, len(ws)); i++ {
		if ws[i] != "for" || i+1 >= len(ws) || forPeriodWords[ws[i+1]] {
			continue
		}
		// The phrase reaches two words past the change, to the next "for":
		// "for three years" → "for a minimum of three years".
		stop := min(max(end, i+2)+2, len(ws))
		if j := slices.Index(ws[i+1:stop], "for"); j >= 0 {
			stop = i + 1 + j
		}
		phrase := ws[i+1 : stop]
		if slices.ContainsFunc(phrase, func(w string) bool { _, n := numberValue[w]; return n || isNumber(w) }) || len(c.timeNouns(phrase)) < len(phrase) {
			continue
		}
		if p > i+1 && personNoun(ws[p-1]) {
			continue // for whom, not what for: "for business customers (onlyfy)"
		}
		return true
	}
	return false
}

// purposeReach is how many words before a change a "for" may stand to
// make it the change's: "for customer service, relevant marketing".
const purposeReach = 4

// forPeriodWords open a period after "for", not a purpose: "for as
// long as", "for up to", "for no longer than", "for instance", "for
// example".
var forPeriodWords = map[string]bool{"as": true, "up": true, "long": true, "longer": true, "no": true, "at": true, "ever": true,
	"life": true, "instance": true, "example": true, "each": true, "every": true, "a": true, "an": true}
