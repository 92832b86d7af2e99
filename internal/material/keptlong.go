package material

import (
	"github.com/redline-legal/redline/internal/redline"
)

// How long data is kept is retention's, whatever words the period is
// said in. A period said by a condition, "for as long as needed or
// permitted", "until you close your account", is a list of cases or an
// event, and a change to it ("for as long as needed or permitted" →
// "for as long as permitted") reads like a purpose dropped from a list,
// or a right, or an act of the reader's; but it says when the data
// stops being kept: the retention period of GDPR Art. 13(2)(a).
//
// keptHowLong returns "retention" for a material verdict of another
// category whose change, of a few words, is inside such a period: after
// "as long as" or "until", which follows a word of keeping ("retain",
// "keep", "store") within keptLongReach words, the change itself at most
// keptLongReach words further on. "" keeps the verdict's category; so do
// a change before the period (what is kept: "retain your contact
// information for as long as …"), a name and a number.
func (c *classifier) keptHowLong(v Verdict, ch redline.Change) string {
	ow, nw, p, _, _, ok := c.recategorisable(v, ch, "retention", keptLongStems, keptLongSpan)
	if !ok {
		return ""
	}
	for _, ws := range [][]string{ow, nw} {
		if !keptUntil(ws, p) {
			return ""
		}
	}
	return "retention"
}

// keptUntil reports a period opened by "as long as" or "until" at most
// keptLongReach words before ws[p], after a word of keeping at most
// keptLongReach words before it.
func keptUntil(ws []string, p int) bool {
	for i := p - 1; i >= max(p-keptLongReach, 0); i-- {
		start := -1
		switch {
		case ws[i] == "until" || ws[i] == "till":
			start = i
		case ws[i] == "as" && i+2 < len(ws) && ws[i+1] == "long" && ws[i+2] == "as" && i+2 < p:
			start = i
		}
		if start < 0 {
			continue
		}
		for j := start - 1; j >= max(start-keptLongReach, 0); j-- {
			if keepVerbs[ws[j]] {
				return true
			}
		}
		return false
	}
	return false
}

// keptLongStems are the verbs of keeping by their stems, for the cheap
// test.
var keptLongStems = []string{"retain", "keep", "kept", "stor", "hold", "held"}

// keptLongSpan is the most words a side of the change may have, and
// keptLongReach how far apart the verb, the period and the change may be:
// "retain your personal information for as long as needed".
const (
	keptLongSpan  = 6
	keptLongReach = 6
)
