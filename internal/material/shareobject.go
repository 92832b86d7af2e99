package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// What is shared, the party it goes to kept, is which data: "We share
// aggregated statistics with our advertisers" → "We share your purchase
// history with our advertisers" (b6-02) gives the same advertisers other
// data, a change of the categories of personal data they receive, though
// the sentence's words of sharing name recipients.
//
// shareObject returns "data" for a material verdict of recipients whose
// change, on both sides, is the object of a verb of giving data ("share",
// "disclose", "sell", "provide" …) that stands just before it, the change
// ending where the party it is given to is introduced ("with", "to"),
// the same on both sides, and the change saying what (a word that is no
// force word). A party named in the change ("with our
// advertisers" → "with our advertisers and partners", or "share data
// with partners" → "share data and photos with partners and …"), a verb
// changed ("share" → "sell") or another category the change names keeps
// the verdict's category.
func (c *classifier) shareObject(v Verdict, ch redline.Change) string {
	if v.Category != "recipients" || ch.Kind != redline.Replace || c.rb.categoryIndex("data") < 0 || strings.HasSuffix(v.Rule, ".entity") {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	// Cheap test: the party introduced on both sides.
	if so == "" || sn == "" || !strings.Contains(so, " with ") && !strings.Contains(so, " to ") {
		return ""
	}
	ow, nw, p, os, ns, ok := givenObject(plainWords(so), plainWords(sn), 3)
	if !ok || os == p || ns == p {
		return ""
	}
	for _, span := range [2][]string{ow[p:os], nw[p:ns]} {
		for _, w := range span {
			if partyNoun(w) || givingVerbs[w] || w == "with" || w == "to" {
				return ""
			}
		}
	}
	changed := append(append([]string{}, ow[p:os]...), nw[p:ns]...)
	if !slices.ContainsFunc(c.content(c.ix.fold(strings.Join(changed, " "))), func(w string) bool { return !c.ix.forceWord[w] }) {
		return "" // "your data only with" → "mainly with": how far, not what, is shared
	}
	if _, hit, _ := c.categorizeAside(c.ix.fold(strings.Join(changed, " ")), nil, nil); hit {
		for i, sc := range c.asideScores {
			if sc > 0 && c.rb.Categories[i].ID != "data" {
				return "" // the change names a category of its own
			}
		}
	}
	return "data"
}

// givingVerbs are the verbs by which data is given to a party.
var givingVerbs = map[string]bool{"share": true, "shares": true, "shared": true, "sharing": true, "disclose": true,
	"discloses": true, "disclosed": true, "sell": true, "sells": true, "sold": true, "provide": true, "provides": true,
	"transfer": true, "transfers": true, "transferred": true, "give": true, "gives": true, "pass": true, "passes": true,
	"send": true, "sends": true, "rent": true, "rents": true, "license": true, "licenses": true}

// givenObject returns the span of ow and nw changed (changedSpan) where it
// is the object of a verb of giving (givingVerbs) standing within the
// words before it, and the party it is given to is introduced right after
// it on the old side ("with", "to"): "share [aggregated statistics] with
// our advertisers". ok is false where it is not.
func givenObject(ow, nw []string, within int) (_, _ []string, p, os, ns int, ok bool) {
	p, os, ns = changedSpan(ow, nw)
	if p == 0 || os >= len(ow) || ns >= len(nw) || ow[os] != "with" && ow[os] != "to" {
		return ow, nw, p, os, ns, false
	}
	return ow, nw, p, os, ns, slices.ContainsFunc(ow[max(0, p-within):p], func(w string) bool { return givingVerbs[w] })
}
