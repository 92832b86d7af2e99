package material

import (
	"strings"
)

// A commitment the author made, now made by another party the policy
// names, is moved to that party: "we will notify the affected customer
// within 48 hours of discovery" → "AWS will notify …", "OmniCRM enforces
// Multi-Factor Authentication (MFA) for all internal staff accounts" →
// "AWS enforces …" (rt2's probes of the omnicrm seed, read "Same
// commitments, reworded": AWS is named elsewhere in the policy, so no
// name was new, and the author's name stays in it too). The reader's
// recourse is against the author; a duty the author no longer owns is a
// duty weakened (the rubric: "moved to another party"). The other way,
// a party's act now the author's, moves it too. A name the policy did not
// know is a new party, the entity rules' to read.
//
// partyActs returns the name, as written, of the party that now does (or
// no longer does) what the author did in a changed sentence: the changed
// words of one side are the author alone ("we", the author's name), of
// the other a party the rules know by name (neverAuthor, no country),
// and both sides go on with the same verb, a modal
// or one in a present form ("will notify", "enforces"). "" otherwise.
func (c *classifier) partyActs(so, sn string, removed, added []string) string {
	// A party for the author is a few words traded: most changes are not
	// split into words again.
	if so == "" || sn == "" || len(removed) == 0 || len(added) == 0 || len(removed) > 6 || len(added) > 6 {
		return ""
	}

	ow, nw := plainWords(so), plainWords(sn)
	p, os, ns := changedSpan(ow, nw)
	if os == p || ns == p || os-p > 3 || ns-p > 3 || os >= len(ow) {
		return ""
	}
	if !actVerb(ow[os]) {
		return "" // first, as it asks nothing of the text around
	}
	author := func(ws []string) bool {
		if len(ws) != 1 {
			return false
		}
		return ws[0] == "we" || strings.EqualFold(ws[0], c.brand(true)) || strings.EqualFold(ws[0], c.brand(false))
	}
	party, raw := nw[p:ns], sn
	switch {
	case author(ow[p:os]) && !author(party):
	case author(nw[p:ns]) && !author(ow[p:os]):
		party, raw = ow[p:os], so
	default:
		return ""
	}
	for _, w := range rawWords(stripMarkdown(raw)) {
		if strings.EqualFold(w, party[0]) {
			// A party the rules know by name, never the author ("AWS",
			// "Twilio"): a name they do not know may be the author's
			// own, renamed or written another way ("LINE", "IDB" →
			// "IPinfo", "Booking.com").
			if !isName(w) || !c.neverAuthor(w) || c.ix.countries[w] {
				return ""
			}
			return w
		}
	}
	return ""
}

// actVerb reports a word that goes on with a subject's act: a modal, or a
// verb in its present form ("enforces", "notifies").
func actVerb(w string) bool {
	if actModals[w] {
		return true
	}
	if !strings.HasSuffix(w, "s") {
		return false
	}
	for _, v := range verbForms(w) {
		if lexPOS(v, 'v') {
			return true
		}
	}
	return false
}

// actModals are the modal verbs a subject's act goes on with.
var actModals = map[string]bool{"will": true, "shall": true, "must": true, "may": true, "can": true, "should": true, "would": true, "might": true, "could": true}
