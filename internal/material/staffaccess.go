package material

import (
	"slices"

	"github.com/redline-legal/redline/internal/redline"
)

// staffWords are those who work for the author, whose access to data is
// a safeguard of it, not the reader's right of access.
var staffWords = map[string]bool{"staff": true, "employees": true, "employee": true, "personnel": true, "engineers": true,
	"team": true, "contractors": true, "agents": true, "administrators": true, "admins": true, "workers": true}

// staffAccess reports folded words in which the author's staff access
// something ("OmniCRM staff may access customer accounts only when
// necessary for: …", b19-32): "access" there is what staff do, not the
// reader's right, and says nothing of the category of what the sentence
// lists. Words of force may stand between ("may only access").
func staffAccess(ws []string) bool {
	for i, w := range ws {
		if w != "access" {
			continue
		}
		for j := i - 1; j >= 0 && i-j <= 3; j-- {
			if staffWords[ws[j]] {
				return true
			}
			switch ws[j] {
			case "may", "can", "will", "only", "do", "does", "not", "never", "cannot", "must", "shall", "might":
				continue
			}
			break
		}
	}
	return false
}

// staffListCategory is the category of an item added to (or removed
// from) a list of what staff access data for: the category the item's
// own words name, else purposes.
func (c *classifier) staffListCategory(removed, added []string) string {
	item := c.content(added)
	if len(item) == 0 {
		item = c.content(removed)
	}
	if k, hit, _ := c.categorizeAside(item, nil, nil); hit {
		return k
	}
	return "purposes"
}

// othersGivenAccess reports a party put beside (or taken from) the
// author's staff who access data: the side without the item says staff
// access it (staffAccess), and the item names people or organisations
// (party) that are not staff ("approved subcontractors", "our partners").
// Those are recipients of the data, not the reader's right of access.
func (c *classifier) othersGivenAccess(removed, added, old, new []string) bool {
	item, other := c.content(added), old
	if len(item) == 0 {
		item, other = c.content(removed), new
	}
	if len(item) == 0 || !staffAccess(other) {
		return false
	}
	return slices.ContainsFunc(item, func(w string) bool { return !staffWords[w] && !partyPronouns[w] && c.party(w) })
}

// onlyAccess reports words whose only terms of rights are "access".
func (c *classifier) onlyAccess(ws []string) bool {
	r := c.rb.categoryIndex("rights")
	for _, h := range c.ix.strongHits(ws) {
		if int(h.k) == r && !slices.Equal(c.ix.terms[h.k][h.i], []string{"access"}) {
			return false
		}
	}
	return true
}

// staffAccessCategory is the category of a change the words of rights
// placed, where both sides say the author's staff access data: "access"
// there is no right of the reader's. A limit on that access loosened or
// tightened ("may access customer accounts only when necessary for" →
// "… for", b330-07) is a safeguard of the data, security; what staff
// access it for, an item added or reworded ("troubleshooting" →
// "troubleshooting, responding to court orders"), a purpose. Of the
// labelled edits in such sentences none is filed under rights. "" where
// the sentence is not one of staff access.
func (c *classifier) staffAccessCategory(ch redline.Change, kind string) string {
	if kind == "context" {
		return "" // the fallback: what the rules cannot tell keeps the category its words name
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if !staffAccess(c.ix.fold(so)) || !staffAccess(c.ix.fold(sn)) {
		return ""
	}
	k := "security"
	if kind == "wording" || kind == "list" || kind == "item" {
		k = "purposes"
	}
	if c.rb.categoryIndex(k) < 0 {
		return ""
	}
	return k
}
