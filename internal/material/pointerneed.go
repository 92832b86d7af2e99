package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A limit set by what the policy lists ("no other device data beyond what
// is listed above") traded for one set by what the author needs ("beyond
// what we need") lets the author decide what the limit is: the list no
// longer bounds it (b276-21, a miss read "Same commitments, reworded").
// The other way round, a need made a list, binds the author to the list.

// listPointers point to a list of the policy itself.
var listPointers = []string{"listed above", "listed below", "set out above", "set out below", "described above", "described below",
	"listed in this", "set out in this", "described in this", "specified above", "specified below", "identified above"}

// needPhrases say a limit is what the author needs.
var needPhrases = []string{"what we need", "what is needed", "what is necessary", "what we require", "what is required",
	"what we consider necessary", "what we deem necessary", "what is reasonably necessary", "what we reasonably need"}

// pointerNeed returns the pointer old writes and new trades for a need,
// "" when there is none. old and new are the changed sentences as written.
func pointerNeed(old, new string) string {
	lo, ln := strings.ToLower(old), strings.ToLower(new)
	if len(lo)+len(ln) > 4000 {
		return ""
	}
	for _, p := range listPointers {
		if !strings.Contains(lo, "what is "+p) && !strings.Contains(lo, "what we have "+p) || strings.Contains(ln, p) {
			continue
		}
		for _, n := range needPhrases {
			if strings.Contains(ln, n) && !strings.Contains(lo, n) {
				return p
			}
		}
	}
	return ""
}

// pointerNeedVerdict is the verdict on a limit set by a list of the
// policy made one set by need, or the other way (pointerNeed).
func (c *classifier) pointerNeedVerdict(ch redline.Change, cat, ctxOld, ctxNew string) (Verdict, bool) {
	what, dir := "now what the author needs, not what the policy lists", Expands
	p := pointerNeed(ctxOld, ctxNew)
	if p == "" {
		if p = pointerNeed(ctxNew, ctxOld); p == "" {
			return Verdict{}, false
		}
		what, dir = "now what the policy lists, not what the author needs", Restricts
	}
	v := c.material(ch, c.categoryOr(cat, "unclassified")+".scope", &signals{}, nil, nil, "")
	v.Reason, v.Direction = fmt.Sprintf("Limit changed, %s ('%s'): %s (%s)", what, p, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
	return v, true
}
