package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// What a change says of cookies named just before it is a cookie
// commitment: when they expire ("session cookies (which expire once you
// close your web browser)" → "… once you sign out of the Service",
// b34-06), where an opt-out of them holds ("out of targeting cookies on
// our Sites" → "… on the Site where the signal is detected", b35-28),
// what becomes of them ("analytics cookies are automatically removed" →
// "… are no longer set", b31-37). The sentence's other words (a purpose,
// a consent, an opt-out) say why cookies are set; the change, a few
// words after them that name no category of their own, says what they
// do.
//
// cookiePhrase returns "cookies" for a material verdict of another
// category whose change, of a few words on each side naming no category
// (or only cookies), follows a word of cookies within cookieReach words
// on both sides; "" keeps the verdict's category. A recipient or a
// purpose named in the change ("cookies to share your data with partners
// and data brokers") keeps its category.
func (c *classifier) cookiePhrase(v Verdict, ch redline.Change) string {
	if v.Category == "cookies" || v.Category == "unclassified" || ch.Kind != redline.Replace || namesOwnFact(v.Rule) {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	// Cheap test: a cookie named in both changed sentences.
	if !strings.Contains(strings.ToLower(so), "cookie") || !strings.Contains(strings.ToLower(sn), "cookie") {
		return ""
	}
	ow, nw := plainWords(so), plainWords(sn)
	p, os, ns := changedSpan(ow, nw)
	if os-p > cookieSpan || ns-p > cookieSpan || os == p && ns == p {
		return ""
	}
	for _, side := range []struct {
		ws  []string
		end int
	}{{ow, os}, {nw, ns}} {
		if !slices.ContainsFunc(side.ws[max(p-cookieReach, 0):side.end], cookieWord) {
			return ""
		}
	}
	changed := append(slices.Clone(ow[p:os]), nw[p:ns]...)
	if k, hit, _ := c.categorizeAside(c.ix.fold(strings.Join(changed, " ")), nil, nil); hit && k != "cookies" {
		return "" // the change names a category of its own
	}
	return "cookies"
}

// cookieSpan is the most words a side of the change may have.
const cookieSpan = 8

// cookieReach is how many words before a change a cookie named may stand
// for the change to be said of it.
const cookieReach = 5

// cookieWord reports a word naming cookies.
func cookieWord(w string) bool { return w == "cookie" || w == "cookies" }

// namesOwnFact reports a verdict's rule that names a party or a number
// (".entity", ".number"): a name and a number are facts of their own, and
// the passes that file a change under another category leave them be.
func namesOwnFact(rule string) bool {
	return strings.HasSuffix(rule, ".entity") || strings.HasSuffix(rule, ".number")
}
