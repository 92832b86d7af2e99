package material

import (
	"fmt"
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// eventBack: a commitment that waits for an event the text named before,
// pointed back to ("When we do so, we will update this notice", "when
// this happens"), made to wait for an act the text does not name, or the
// converse: "We may add further companies in the future. When we do so,
// we will update this notice." → "… We will update this notice when we
// next review it." (b41-33). The notice no longer follows the event. The
// act the pointer stood for, said in words ("when we add a company"), is
// the same event.

// eventConjunctions open a clause naming when a commitment applies.
var eventConjunctions = map[string]bool{"when": true, "whenever": true, "once": true, "after": true, "if": true, "where": true, "soon": true}

// eventPointer reports a clause of ws that names its event by pointing
// back: a conjunction, then within three words "do so" (or "did so", "do
// this"), or "this", "that" or "it" with "happens" or "occurs".
func eventPointer(ws []string) bool {
	for i := 0; i+2 < len(ws); i++ {
		// "Should this happen" is "if this happens" (invertedif).
		if ws[i] == "should" && (ws[i+1] == "this" || ws[i+1] == "that" || ws[i+1] == "it") && (ws[i+2] == "happen" || ws[i+2] == "occur") {
			return true
		}
	}
	for i, w := range ws {
		if !eventConjunctions[w] {
			continue
		}
		for j := i + 1; j < min(len(ws)-1, i+4); j++ {
			a, b := ws[j], ws[j+1]
			switch {
			case (a == "do" || a == "does" || a == "did" || a == "doing") && (b == "so" || b == "this" || b == "that"):
				return true
			case (a == "this" || a == "that" || a == "it") && (b == "happens" || b == "happen" || b == "occurs" || b == "occur" || b == "happened" || b == "occurred"):
				return true
			}
		}
	}
	return false
}

// eventRenamed returns the words of the act one side names where the
// other pointed back to an event, when one of them is not in the
// pointing side's block (fOld and fNew are folded words): the commitment waits for
// another event. pointerOld says which side pointed back.
func (c *classifier) eventRenamed(fOld, fNew, removed, added []string, blockOld, blockNew string) (act []string, pointerOld bool) {
	if !slices.Contains(removed, "so") && !slices.Contains(added, "so") && !slices.ContainsFunc(append(slices.Clip(removed), added...), func(w string) bool {
		return w == "happens" || w == "happen" || w == "occurs" || w == "occur" || w == "happened" || w == "occurred"
	}) {
		return nil, false
	}
	po, pn := eventPointer(fOld), eventPointer(fNew)
	if po == pn {
		return nil, false
	}
	block, named := blockOld, added
	if pn {
		block, named = blockNew, removed
	}
	said := c.ix.fold(block)
	for _, w := range c.content(named) {
		if pronouns[w] || w == "so" || eventConjunctions[w] {
			continue
		}
		if !slices.ContainsFunc(said, func(v string) bool { return v == w || stem(v) == stem(w) }) {
			act = append(act, w)
		}
	}
	return act, po
}

// eventBackVerdict is the verdict on an event pointed back to, renamed as
// an act of its own or the converse, if there is one (judgeText).
func (c *classifier) eventBackVerdict(ch redline.Change, cat string, sig *signals, removed, added, fOld, fNew []string, ctxOld, ctxNew string) (Verdict, bool) {
	act, pointerOld := c.eventRenamed(fOld, fNew, removed, added, ch.Old, ch.New)
	if len(act) == 0 {
		return Verdict{}, false
	}
	v := c.material(ch, cat+".condition", sig, removed, added, "")
	how := "an event said before, now an act of its own"
	if !pointerOld {
		how = "an act of its own, now an event said before"
	}
	v.Reason = fmt.Sprintf("Condition changed: what the commitment waits for, %s (%s): %s (%s)", how, quoteWords(act), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
	return v, true
}
