package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A company of the author's own group that is now given the data, or may
// use it for its own ends, is a recipient: "In no case will this data be
// transmitted to third parties without your prior consent" → "…, except
// to our parent company, Groupe Figaro, which may use it for its own
// advertising campaigns" (b48-03); "shared within the Omnis Software
// Group" → "… and with our parent company, Omnis Holdings plc, which may
// use it for its own analytics and marketing" (b48-38). The parent is
// not the controller for the reader, and its own ends are its own: the
// data leaves the controller, whatever word of identity ("parent") or
// purpose ("marketing") the sentence says. The group named in a sentence
// about the author ("CCM BENCHMARK GROUP, a company of the Figaro Group,
// is responsible", b48-01) or in who "we" are is not given anything.
//
// groupRecipient returns "recipients" for a material verdict of identity
// or purposes whose new changed sentences, a sentence or two reworded
// (not a paragraph rewritten, nor one added whole), not the old, name a
// company of the group (groupCompanyStems) given the data (sharingStems,
// "transmitted", "except to") or using it for its own ends ("for its
// own"); "" otherwise, and where the sentence says who "we" are, names a
// controller or a transfer mechanism.
func (c *classifier) groupRecipient(v Verdict, ch redline.Change) string {
	if v.Category != "identity" && v.Category != "purposes" || c.rb.categoryIndex("recipients") < 0 {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if so == "" || len(sentences(sn)) > 2 || plainWordCount(sn, abroadSpan+1) > abroadSpan {
		return "" // a sentence reworded, not a paragraph rewritten or added
	}
	lo, ln := strings.ToLower(so), strings.ToLower(sn)
	has := func(s string, stems []string) bool {
		return slices.ContainsFunc(stems, func(x string) bool { return strings.Contains(s, x) })
	}
	if !has(ln, groupCompanyStems) || has(lo, groupCompanyStems) || strings.Contains(ln, "controller") || has(ln, mechanismStems) {
		return ""
	}
	if !has(ln, sharingStems) && !has(ln, groupGiven) {
		return ""
	}
	if weDefinedRE.MatchString(so+" "+sn) || c.brandDefined(so+" "+sn) || groupMadeUpRE.MatchString(so+" "+sn) {
		return ""
	}
	return "recipients"
}

// groupGiven are words that say a party is given the data or uses it as
// its own, beside sharingStems.
var groupGiven = []string{"transmit", "except to", "for its own", "for their own", "with our parent"}

// mechanismStems name transfer mechanisms: a group company bound by one,
// or an authority's complaint procedure under one, is a term of the
// transfer.
var mechanismStems = []string{"privacy shield", "dpf", "data privacy framework", "standard contractual", "binding corporate", "adequacy"}
