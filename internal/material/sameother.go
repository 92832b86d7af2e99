package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// sameOther: a word saying a thing is the very one named ("the message
// itself", "the same database") traded for one saying it is another ("a
// separate message", "a different database"), or the converse. Where a
// reader's objection must be made, where data is kept, which form asks
// for consent: the commitment is about another thing. "Unless noted
// otherwise in the message itself, we may publish such messages" → "…
// in a separate message to us" (b41-24).

// sameWords say a thing is the one named; otherWords that it is not.
var (
	sameWords  = map[string]bool{"itself": true, "themselves": true, "same": true}
	otherWords = map[string]bool{"separate": true, "separately": true, "another": true, "different": true, "distinct": true, "other": true}
)

// sameTradedForOther returns the word of sameness and the word of
// otherness when one of them is removed and the other added (folded
// words), and which side says "the same": true for old.
func sameTradedForOther(removed, added []string) (same, other string, oldSame bool) {
	find := func(ws []string, m map[string]bool) string {
		for _, w := range ws {
			if m[w] {
				return w
			}
		}
		return ""
	}
	if s, o := find(removed, sameWords), find(added, otherWords); s != "" && o != "" && find(added, sameWords) == "" && find(removed, otherWords) == "" {
		return s, o, true
	}
	if s, o := find(added, sameWords), find(removed, otherWords); s != "" && o != "" && find(removed, sameWords) == "" && find(added, otherWords) == "" {
		return s, o, false
	}
	return "", "", false
}

// sameOtherVerdict is the verdict on sameness traded for otherness, or
// the converse, if there is one (judgeText).
func (c *classifier) sameOtherVerdict(ch redline.Change, cat string, sig *signals, removed, added []string, ctxOld, ctxNew string) (Verdict, bool) {
	s, o, oldSame := sameTradedForOther(removed, added)
	if s == "" {
		return Verdict{}, false
	}
	v := c.material(ch, cat+".scope", sig, removed, added, "")
	from, to := s, o
	if !oldSame {
		from, to = o, s
	}
	v.Reason = fmt.Sprintf("Commitment changed: the same thing or another one, %s → %s: %s (%s)", quoteWords([]string{from}), quoteWords([]string{to}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
	return v, true
}
