package material

import (
	"slices"
	"strings"
	"unicode"

	"github.com/redline-legal/redline/internal/redline"
)

// partiesOnly reports, of a material verdict, "recipients" when all its
// change does, beyond how strongly its sentence commits and how it
// introduces examples, is name parties or take them away: "… search
// options in the Firefox web browser, including but not limited to
// Google, Bing, DuckDuckGo, and eBay" → "… web browser" takes away whom
// Mozilla deals with, though the rule that decided read a commitment
// weakened and the sentence is about what search is for; "We use
// SalesForce Marketing Cloud to email receipts" → "We use Acoustic to …"
// replaces a processor (Art. 13(1)(e)). At least one name changed must be
// one the rulebook lists as a processor or recipient, however its capitals
// are written ("SalesForce"); the other changed words may be names the
// entity rules find or words written as names ("eBay", "Acoustic"). Countries alone (transfers), the company's
// own products, a text added or removed whole, a verdict already about
// parties (identity, trackers, AI tools, security standards, a name
// judged by the entity rules) and one about what the reader does (rights,
// consent: "You decide with Instagram/Facebook what we receive") keep
// their category.
func (c *classifier) partiesOnly(v Verdict, ch redline.Change) string {
	const to = "recipients"
	switch v.Category {
	case to, "identity", "cookies", "ai", "security", "transfers", "rights", "legal-basis":
		// Already about a party, or about what the reader does where a
		// party is named: "visit your settings in Instagram, Facebook".
		return ""
	}
	if namesOwnFact(v.Rule) || c.rb.categoryIndex(to) < 0 {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if strings.TrimSpace(so) == "" || strings.TrimSpace(sn) == "" {
		return ""
	}
	eo, en := c.entities(so), c.entities(sn)
	gone := minusNames(eo, en)
	changed := append(slices.Clip(gone), minusNames(en, eo)...)
	if len(changed) == 0 || c.onlyCountries(changed) {
		return ""
	}
	if !slices.ContainsFunc(changed, c.knownParty) {
		return "" // no name redline knows as a recipient: a product, a platform
	}
	named := map[string]bool{}
	for i, e := range changed {
		if c.ix.countries[e] || c.ownProduct(i < len(gone), e) {
			return "" // a place, or the company's own offering
		}
		for _, w := range plainWords(e) {
			named[w] = true
		}
	}
	ix := c.ix
	example := ix.fold("for example")
	ro, rn := rawChanged(so, sn)
	for _, w := range append(ro, rn...) {
		lw := strings.ToLower(w)
		if named[lw] || strings.IndexFunc(w, unicode.IsUpper) >= 0 {
			continue // a name, or a word written as one
		}
		for _, f := range ix.fold(lw) {
			if !ix.grammar[f] && !ix.forceWord[f] && !ix.soft[f] && !slices.Contains(example, f) {
				return "" // the change says something of its own
			}
		}
	}
	return to
}

// rawChanged is the words old and new sentences do not share, as
// written.
func rawChanged(old, new string) (removed, added []string) {
	return diffWords(rawWords(stripMarkdown(unmangle(old))), rawWords(stripMarkdown(unmangle(new))))
}

// knownParty reports a name whose first word starts a name the rulebook
// lists as a processor or recipient, in its capitals or as a name is
// written ("SalesForce Marketing Cloud" is Salesforce's).
func (c *classifier) knownParty(e string) bool {
	ws := rawWords(e)
	if len(ws) == 0 || c.ix.countries[e] {
		return false
	}
	w := ws[0]
	return len(c.ix.entityByFirst[w]) > 0 || len(c.ix.entityByFirst[strings.ToUpper(w[:1])+strings.ToLower(w[1:])]) > 0
}
