package material

import (
	"fmt"
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A deadline is as long as the event it runs from: "we will respond
// within one month of receiving your request" answers sooner than
// "within one month of verifying it", the number the same. The event is
// said in ordinary words, so the rules read the same commitments; it is
// compared here, for a period counted from an event ("of", "from",
// "after", "following"), whatever the period is of. (How long data is
// kept after an event is periodbound.go's.)

// deadlineFrom opens the event a deadline is counted from.
var deadlineFrom = map[string]bool{"of": true, "from": true, "after": true, "following": true}

// deadlineAnchorTraded returns the words of the event a period is counted
// from on each side, where those (at most three words a side, both
// sides some) are all that changed and they say another event.
func (c *classifier) deadlineAnchorTraded(old, new []string) ([]string, []string) {
	p, os, ns := changedSpan(old, new)
	if os == p || ns == p || os-p > 3 || ns-p > 3 {
		return nil, nil
	}
	anchored := false
	for j := max(p-4, 0); j+1 < len(old) && j+1 <= p; j++ {
		if periodUnit(old[j]) && deadlineFrom[old[j+1]] {
			anchored = true
		}
	}
	if !anchored {
		return nil, nil
	}
	o, n := old[p:os], new[p:ns]
	uo, ua := c.pair(c.content(o), c.content(n))
	// A verb and its noun of one root pair too: "receiving" and "receipt"
	// begin alike for most of the shorter word.
	oneRoot := func(a, b string) bool {
		k := 0
		for k < len(a) && k < len(b) && a[k] == b[k] {
			k++
		}
		return k >= 5 && 5*k >= 3*min(len(a), len(b))
	}
	left := 0
	for _, r := range uo {
		paired := false
		for _, a := range ua {
			paired = paired || oneRoot(r, a)
		}
		if !paired {
			left++
		}
	}
	// A word added that the sentence already says names nothing new:
	// "of discovery" → "of discovering the breach", the breach named
	// before.
	fresh := 0
	for _, a := range ua {
		if !slices.Contains(old, a) {
			fresh++
		}
	}
	if left == 0 && fresh <= len(uo) {
		return nil, nil // the same event said another way: "of receipt of it" → "of receiving it"
	}
	return o, n
}

// deadlineAnchorVerdict is the verdict on a period counted from another
// event (deadlineAnchorTraded).
func (c *classifier) deadlineAnchorVerdict(ch redline.Change, cat string, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	if !periodUnitIn(old) {
		return Verdict{}, false
	}
	o, _ := c.deadlineAnchorTraded(old, new)
	if o == nil {
		return Verdict{}, false
	}
	if cat == "" || c.rb.categoryIndex(cat) < 0 {
		cat = "unclassified"
	}
	v := c.material(ch, cat+".period", &signals{}, nil, nil, "")
	v.Reason = fmt.Sprintf("What a period is counted from changed: %s (%s)", quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
	return v, true
}

// periodUnitIn is the cheap test before deadlineAnchorTraded.
func periodUnitIn(ws []string) bool {
	for _, w := range ws {
		if periodUnit(w) {
			return true
		}
	}
	return false
}
