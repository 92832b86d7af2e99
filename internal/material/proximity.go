package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// How close an act stands to the event it follows or precedes is its
// deadline when no number is given: "We delete recordings right after we
// transcribe them" → "… long after we transcribe them" keeps them for
// as long as the author likes; "We will tell you well before the change"
// → "… shortly before the change" leaves the reader less time. The words
// are ordinary English, so the rules read the same commitments; how near
// is read here. A word of the same nearness ("shortly after" → "soon
// after") is no change.

// nearWords put an act close to the event; farWords put it at a
// distance. ("immediately" and "promptly" are the force words' and
// judged there.)
var (
	nearWords = map[string]bool{"right": true, "shortly": true, "soon": true, "directly": true, "just": true, "quickly": true, "straight": true}
	farWords  = map[string]bool{"long": true, "well": true, "eventually": true, "sometime": true, "some": true, "time": true, "later": true, "much": true}
	// timeLinks are the words an act is put before or after an event by
	// ("before" folds to "prior to").
	timeLinks = map[string]bool{"after": true, "before": true, "prior": true, "following": true}
)

// nearness returns "near", "far" or "none" (no word at all) for the
// changed words put before a word of time, "" for other words.
func nearness(span []string) string {
	if len(span) == 0 {
		return "none"
	}
	n := ""
	for _, w := range span {
		s := ""
		switch {
		case nearWords[w]:
			s = "near"
		case farWords[w]:
			s = "far"
		default:
			return ""
		}
		if n != "" && n != s {
			return ""
		}
		n = s
	}
	return n
}

// nearnessChanged returns the words each side puts before "after" or
// "before" where only their nearness changed: "right after"
// → "long after" gives "right after", "long after".
func nearnessChanged(old, new []string) (string, string) {
	p, os, ns := changedSpan(old, new)
	if os == len(old) || ns == len(new) || !timeLinks[old[os]] || os == p && ns == p || os-p > 2 || ns-p > 2 {
		return "", ""
	}
	no, nn := nearness(old[p:os]), nearness(new[p:ns])
	if no == "" || nn == "" || no == nn {
		return "", ""
	}
	link := old[os]
	return strings.TrimSpace(strings.Join(old[p:os], " ") + " " + link), strings.TrimSpace(strings.Join(new[p:ns], " ") + " " + link)
}

// nearnessVerdict is the verdict on how near an act is put to an event
// (nearnessChanged).
func (c *classifier) nearnessVerdict(ch redline.Change, cat string, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	wo, wn := nearnessChanged(old, new)
	if wo == "" {
		return Verdict{}, false
	}
	if (deletionIn(new) || anyWordIn(new, keepWords)) && c.rb.categoryIndex("retention") >= 0 {
		cat = "retention"
	}
	if cat == "" || c.rb.categoryIndex(cat) < 0 {
		cat = "unclassified"
	}
	v := c.material(ch, cat+".timing", &signals{}, nil, nil, "")
	v.Direction = Neutral
	v.Reason = fmt.Sprintf("When it happens changed: how near the event it is put, '%s' → '%s': %s (%s)", wo, wn, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
	return v, true
}
