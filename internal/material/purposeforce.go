package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A word that says how far a purpose binds, standing right before
// "purpose", qualifies the purpose: "connected to the internet for the
// sole purpose of verifying the validity of your licence" → "for the main
// purpose of verifying …" (b38-17) lets the connection serve other ends
// as well, a change of what the data is used for (GDPR Art. 13(1)(c)),
// whatever the sentence says of the data sent.
//
// purposeForce returns "purposes" for a material verdict of another
// category whose change, of a few words on each side, ends right before
// "purpose" or "purposes" on both sides, and names nothing of any
// category itself ("sole" → "main", "specific" → "general"): "for
// security purposes" → "for backup purposes" names a safeguard, and a
// name and a number are facts of their own.
func (c *classifier) purposeForce(v Verdict, ch redline.Change) string {
	if v.Category == "purposes" || v.Category == "children" || ch.Kind != redline.Replace || namesOwnFact(v.Rule) || c.rb.categoryIndex("purposes") < 0 {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if !strings.Contains(so, "purpose") || !strings.Contains(sn, "purpose") {
		return "" // the cheap test
	}
	ow, nw := plainWords(so), plainWords(sn)
	p, os, ns := changedSpan(ow, nw)
	if os-p > purposeForceSpan || ns-p > purposeForceSpan || os == p && ns == p || os >= len(ow) || ns >= len(nw) ||
		!purposeNouns[ow[os]] || !purposeNouns[nw[ns]] {
		return ""
	}
	changed := append(slices.Clone(ow[p:os]), nw[p:ns]...)
	if len(c.ix.strongHits(c.ix.fold(strings.Join(changed, " ")))) > 0 {
		return ""
	}
	return "purposes"
}

// purposeNouns are the nouns such a word qualifies.
var purposeNouns = map[string]bool{"purpose": true, "purposes": true}

// purposeForceSpan is the most words a side of the change may have.
const purposeForceSpan = 3
