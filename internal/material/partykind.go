package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A word before a noun of parties says which parties: "payment solution
// suppliers" → "financial partners" changes whom data is shared with,
// though "financial" is a word of data and "payment" of no category; so
// do "analytics providers" → "advertising partners" and "our vendors" →
// "our marketing vendors". partyKind returns "recipients" for a material
// verdict of data or purposes whose change, on each side, is only the
// words of one noun phrase that a noun of parties ends: the phrase names
// a kind of recipient. A change that runs past the noun ("… partners" →
// "… partners' health data") or stops before one ("your financial data
// with partners") keeps its category, and so do parties data comes
// from ("from our retail partners": a source of data).
func (c *classifier) partyKind(v Verdict, ch redline.Change) string {
	if (v.Category == "data" || v.Category == "purposes" || v.Category == "identity") && c.rb.categoryIndex("recipients") >= 0 && c.partyListItem(ch) {
		return "recipients"
	}
	if v.Category != "data" && v.Category != "purposes" || c.rb.categoryIndex("recipients") < 0 {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	// Cheap test: a noun of parties on both sides.
	if !mentionsParties(so) || !mentionsParties(sn) {
		return ""
	}
	o, n := c.ix.fold(so), c.ix.fold(sn)
	p, s := sharedWordEnds(o, n)
	ro, rn := o[p:len(o)-s], n[p:len(n)-s]
	if len(ro) == 0 && len(rn) == 0 {
		return ""
	}
	// The noun the phrase ends in: the last changed word, or the word
	// both sides share right after the change.
	head := func(span []string) string {
		if len(span) > 0 && partyNoun(span[len(span)-1]) {
			return span[len(span)-1]
		}
		if s > 0 {
			return o[len(o)-s]
		}
		return ""
	}
	if !partyNoun(head(ro)) || !partyNoun(head(rn)) {
		return ""
	}
	if p > 0 && o[p-1] == "from" || p > 1 && o[p-2] == "from" {
		return "" // "we receive data from retail partners": a source of data, not a recipient
	}
	for _, span := range [][]string{ro, rn} {
		for _, w := range span {
			// Modifiers only: no verb, no clause, no second noun phrase.
			if c.ix.forceWord[w] || w == "and" || w == "or" || w == "with" || w == "to" || pronouns[w] {
				return ""
			}
		}
	}
	return "recipients"
}

// partyStems start the nouns of parties data is shared with.
var partyStems = []string{"partner", "vendor", "supplier", "providers", "processors", "subprocessor", "sub-processor", "advertisers", "affiliate", "recipient", "contractor"}

// partyNoun reports a folded word that is a noun of parties.
func partyNoun(w string) bool {
	for _, p := range partyStems {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// mentionsParties is partyKind's cheap test on a raw sentence.
func mentionsParties(s string) bool {
	l := strings.ToLower(s)
	for _, p := range partyStems {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// A list whose lead-in names a kind of party ("Examples of service
// providers that npm uses include:") lists parties: an item added to or
// removed from it whole is one more or one fewer kind of recipient,
// whatever words of purpose or data describe what the party does (or
// a word of a company, "Companies that …", read as the controller's): "-
// Companies that assist us with marketing, such as to store data about
// current and potential customers" removed (npm-047, read "Purposes of
// use: text removed"). A lead-in that names data too ("Examples of data
// we share with our partners include:") lists data, and keeps its
// category; so does an item only reworded.
//
// partyListItem reports such an item, added or removed whole.
func (c *classifier) partyListItem(ch redline.Change) bool {
	if ch.Kind != redline.Insert && ch.Kind != redline.Delete {
		return false
	}
	item := strings.TrimSpace(ch.Old + ch.New)
	if item == "" || !bulletItem(item) {
		return false
	}
	lead := strings.TrimSpace(c.leadIn())
	if !strings.HasSuffix(lead, ":") || !mentionsParties(lead) {
		return false
	}
	d, p := c.rb.categoryIndex("data"), c.rb.categoryIndex("purposes")
	for _, h := range c.ix.strongHits(c.ix.fold(lead)) {
		if int(h.k) == d || int(h.k) == p {
			return false // the list is of data or of purposes
		}
	}
	return true
}
