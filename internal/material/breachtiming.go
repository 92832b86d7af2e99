package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// When and whom a breach is told is a security commitment (GDPR Arts. 33
// and 34), whatever else the sentence names: "If a breach is likely to
// result in a high risk to your rights and freedoms, we will notify you
// without undue delay" → "… without undue delay once the supervisory
// authority has been notified" (b34-33) holds the reader's notice back
// until the authority's; "rights and freedoms" and "supervisory
// authority" say whose risk and which authority, not the reader's rights.
//
// breachTiming returns "security" for a material verdict of another
// category whose changed sentences, on both sides, tell of a breach
// (breachTold) and whose change, of a few words, is of the telling: a
// word of telling ("notified", "inform"), or of when ("delay", "within",
// "hours") right after the telling ("notify you without undue delay"). "" keeps the verdict's: a recipient added to such
// a sentence ("and share the details with our insurers") is a recipient.
func (c *classifier) breachTiming(v Verdict, ch redline.Change) string {
	if v.Category == "security" || v.Category == "unclassified" || ch.Kind != redline.Replace {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if so == "" || sn == "" || !c.breachTold(so) || !c.breachTold(sn) {
		return ""
	}
	ow, nw := plainWords(so), plainWords(sn)
	p, os, ns := changedSpan(ow, nw)
	if os-p > breachSpan || ns-p > breachSpan || os == p && ns == p {
		return ""
	}
	// The telling just before the change: "we will notify you without
	// undue delay" → "we will notify you within 30 days".
	toldBefore := slices.ContainsFunc(nw[max(p-breachReach, 0):p], breachToldWord)
	for _, span := range [][]string{ow[p:os], nw[p:ns]} {
		if slices.ContainsFunc(span, breachToldWord) || toldBefore && slices.ContainsFunc(span, func(w string) bool { return whenWords[w] }) {
			return "security"
		}
	}
	return ""
}

// breachReach is how many words before a change of when a telling of the
// breach may stand for the change to say when it is told.
const breachReach = 4

// breachSpan is the most words a side of the change may have: when or
// whom the breach is told, not a sentence rewritten.
const breachSpan = 10

// breachToldWord reports a plain word of telling: "notify", "informed", "told".
func breachToldWord(w string) bool {
	for _, p := range []string{"notif", "inform", "told", "tell", "alert"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// whenWords say when a telling comes: "without undue delay", "once the
// authority has been notified", "within 72 hours".
var whenWords = map[string]bool{"delay": true, "once": true, "after": true, "before": true, "within": true, "until": true,
	"promptly": true, "immediately": true, "soon": true, "hours": true, "days": true, "later": true, "first": true}
