package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A period said without a number, "for several days", "within a few
// hours", "within weeks", is still a period: its unit is the one term the
// reader can hold it to, and a longer unit keeps data longer or lets a
// deadline run longer. "extract your calendar events for several days in
// advance" → "… for several weeks in advance" (b49-11). The count word
// and the unit are ordinary English, so the rules read the same
// commitments; the unit is read here. The count word changed with the
// unit kept ("several" → "a few") is no change of term.

// vagueUnitRanks rank the units of time, shortest first.
var vagueUnitRanks = map[string]int{"second": 1, "minute": 2, "hour": 3, "day": 4, "week": 5, "fortnight": 6, "month": 7,
	"quarter": 8, "year": 9, "decade": 10}

// vagueCounts are the words that count a unit without a number.
var vagueCounts = map[string]bool{"several": true, "few": true, "a": true, "an": true, "couple": true, "of": true,
	"some": true, "many": true, "various": true, "multiple": true, "number": true, "the": true}

// vagueUnitRank returns the rank of a unit of time, singular or plural, or 0.
func vagueUnitRank(w string) int {
	if r := vagueUnitRanks[w]; r > 0 {
		return r
	}
	return vagueUnitRanks[strings.TrimSuffix(w, "s")]
}

// vagueUnitChanged returns the unit each side gives a period counted
// without a number, where only the count words and the unit changed:
// "several days" → "several weeks" gives "days", "weeks".
func vagueUnitChanged(old, new []string) (string, string) {
	p, os, ns := changedSpan(old, new)
	unit := func(span []string) string {
		u := ""
		for _, w := range span {
			switch {
			case vagueUnitRank(w) > 0 && u == "":
				u = w
			case !vagueCounts[w]:
				return ""
			}
		}
		return u
	}
	// The changed words must hold the unit: widen the span by the word
	// after it when one side changed only its count.
	uo, un := unit(old[p:os]), unit(new[p:ns])
	if uo == "" || un == "" || vagueUnitRank(uo) == vagueUnitRank(un) {
		return "", ""
	}
	// A number said beside the unit is read by the rules of quantities.
	for _, ws := range [][]string{old, new} {
		for _, w := range ws[max(p-2, 0):p] {
			if w != "" && w[0] >= '0' && w[0] <= '9' {
				return "", ""
			}
		}
	}
	return uo, un
}

// keepWords say data is kept, or deleted at the end of a period.
var keepWords = map[string]bool{"keep": true, "keeps": true, "kept": true, "retain": true, "retains": true, "retained": true,
	"store": true, "stores": true, "stored": true, "hold": true, "holds": true, "held": true, "expire": true, "expires": true}

// vaguePeriodVerdict is the verdict on the unit of a period counted
// without a number (vagueUnitChanged): retention's where the sentence
// keeps or deletes data.
func (c *classifier) vaguePeriodVerdict(ch redline.Change, cat string, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	uo, un := vagueUnitChanged(old, new)
	if uo == "" {
		return Verdict{}, false
	}
	if (deletionIn(new) || anyWordIn(new, keepWords)) && c.rb.categoryIndex("retention") >= 0 {
		cat = "retention"
	}
	if cat == "" || c.rb.categoryIndex(cat) < 0 {
		cat = "unclassified"
	}
	v := c.material(ch, cat+".period", &signals{}, nil, nil, "")
	v.Direction = Restricts
	verb := "shortened"
	if vagueUnitRank(un) > vagueUnitRank(uo) {
		v.Direction, verb = Expands, "lengthened"
	}
	v.Reason = fmt.Sprintf("Period %s: a period counted without a number, its unit changed, '%s' → '%s': %s (%s)", verb, uo, un, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
	return v, true
}
