package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// What a retention period is measured by is a term of keeping the data:
// GDPR Art. 13(2)(a) asks for "the period for which the personal data will
// be stored, or if that is not possible, the criteria used to determine
// that period". So a change of a few words inside the clause that bounds
// the period, after "for as long as", "for a … period" or "until" that
// follows a verb of keeping, or right after the period's own name
// ("retention periods", "a storage period"), is the retention and
// deletion of data, though its words name data, a purpose or a law:
// "for as long as necessary for … other legitimate business purposes,
// including to meet our legal obligations" → "namely to meet" (b37-22);
// "for the purposes for which we originally collected it" → "… collected
// it or later use it" (b42-25); "for a reasonable period of time from the
// date the information was created" → "was last used" (b40-21); "shorter
// retention periods" → "shorter retention periods for chat conversations"
// (b33-35); "a storage period stipulated by applicable laws" → "… in our
// contracts" (b41-03).
//
// keptCriteria returns "retention" for a material verdict of another
// category whose change, within one sentence on each side, stands so. The
// words changed may name a purpose, data or a legal basis, the usual
// criteria; a word of a purpose or of data counts as one only in a clause
// that says which ones or from when ("for which", "from the date"), or
// right after the period's name: "for as long as your account is open" →
// "… open and use it for marketing" adds a purpose to the sentence,
// not a criterion. A word of any other category is a fact of its own
// ("… and share it with our partners"); so are a name and a number.
func (c *classifier) keptCriteria(v Verdict, ch redline.Change) string {
	ow, nw, p, os, ns, ok := c.recategorisable(v, ch, "retention", keptCriteriaStems, keptCriteriaSpan)
	if !ok {
		return ""
	}
	if so, sn := c.changedSentences(ch.Old, ch.New); len(sentences(so)) != 1 || len(sentences(sn)) != 1 {
		return ""
	}
	bo, no := periodBounded(ow, p)
	bn, nn := periodBounded(nw, p)
	if !bo || !bn {
		return ""
	}
	changed := append(slices.Clone(ow[p:os]), nw[p:ns]...)
	for _, h := range c.ix.strongHits(c.ix.fold(strings.Join(changed, " "))) {
		switch c.rb.Categories[h.k].ID {
		case "retention":
		case "legal-basis": // "stipulated by law" → "in our contracts"
		case "purposes", "data":
			if !no || !nn {
				return "" // "… open and use it for marketing": a purpose of its own
			}
		default:
			return ""
		}
	}
	return "retention"
}

// periodBounded reports a change at ws[p:] that stands in the clause that
// bounds a period of keeping, and whether it is also named as one
// (narrowed): in a clause saying which ones or from when ("for which we
// collected it", "from the date it was created"), or within a few words
// after the period's own name.
func periodBounded(ws []string, p int) (in, narrowed bool) {
	// "retention periods [for chat conversations]", "a storage period
	// stipulated [by applicable laws]"
	for q := p - 1; q >= 0 && p-q <= keptCriteriaAfterName; q-- {
		if (ws[q] == "period" || ws[q] == "periods") && q > 0 && (ws[q-1] == "retention" || ws[q-1] == "storage") {
			return true, true
		}
	}
	// A verb of keeping, then what opens its bound, then the change.
	verb := -1
	for i := 0; i < p; i++ {
		if keptMannerVerbs[ws[i]] && (i+1 >= len(ws) || ws[i+1] != "you") {
			verb = i // "keep you informed" keeps no data
		}
	}
	if verb < 0 {
		return false, false
	}
	opened := false
	for i := verb + 1; i < p; i++ {
		switch {
		case ws[i] == "as" && i+2 < p && ws[i+1] == "long" && ws[i+2] == "as",
			ws[i] == "period" || ws[i] == "until":
			opened = true
		case opened && (ws[i] == "which" || ws[i] == "whom" || ws[i] == "from" || ws[i] == "since"):
			narrowed = true
		}
	}
	return opened, narrowed
}

// keptCriteriaStems are the words of keeping and of a retention period by
// their stems, for the cheap test.
var keptCriteriaStems = []string{"retain", "retention", "keep", "kept", "stor"}

// keptCriteriaSpan is the most words a side of the change may have.
const keptCriteriaSpan = 8

// keptCriteriaAfterName is the most words between a period's name and the
// change that qualifies it.
const keptCriteriaAfterName = 3
