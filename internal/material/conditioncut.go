package material

import (
	"slices"
	"strings"
)

// A condition at the end of a list reaches every item of it: "Device
// type, browser type, and operating system — only with your analytics
// consent". Put a full stop inside the list and it reaches only the items
// after the stop: "Device type and browser type. Operating system only
// with your analytics consent" collects the first two without consent
// (b331-22, read "Words reordered, with the same words"). The words are
// the same; which sentence each stands in is not.

// conditionCut returns the words of a limit or a condition (folded), the
// sentences of the split side that hold words its sentence held on the
// joined side (as written), and whether new is the joined side, where old
// and new have the same words and the condition's sentence was split or
// joined; nil where no condition's reach changed.
func (c *classifier) conditionCut(old, new string) (cond, cut []string, joined bool) {
	so, sn := c.changedSentences(old, new)
	a, b := sentences(so), sentences(sn)
	if len(a) == len(b) || len(a) > 12 || len(b) > 12 {
		return nil, nil, false
	}
	if joined = len(a) > len(b); joined {
		a, b = b, a // a: the sentences joined, b: split
	}
	for _, s := range a {
		ws := c.ix.fold(s)
		i := slices.IndexFunc(ws, func(w string) bool { return limitWords[w] || conditionOpeners[w] })
		if i < 0 {
			continue
		}
		// The sentence of b that holds the condition with the words
		// after it.
		tail := ws[i:min(len(ws), i+4)]
		for _, t := range b {
			tw := c.ix.fold(t)
			if !hasSeq(tw, tail) || !slices.ContainsFunc(c.content(ws[:i]), func(w string) bool { return !slices.Contains(tw, w) }) {
				continue
			}
			// The sentences of b the condition's words left, as written.
			var others []string
			for _, o := range b {
				if o != t && o != s {
					others = append(others, strings.TrimRight(strings.TrimLeft(o, "-•*+ \t"), ".;:"))
				}
			}
			return tail, others, joined
		}
	}
	return nil, nil, false
}

// conditionCutReason says what a condition no longer reaches, or now does.
func conditionCutReason(cond, cut []string, joined bool) string {
	how := "no longer reaches"
	if joined {
		how = "now reaches"
	}
	return "'" + strings.Join(cond, " ") + "' " + how + " " + quoteWords(cut)
}
