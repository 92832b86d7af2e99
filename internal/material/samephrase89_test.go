package material

import "testing"

// TestSamePhrase89: a line edit's same-meaning phrases (batch 89, each
// read as a change): "ensure" is "make certain", whose "certain" is no
// share of a set; "international transfers" are "cross-border" ones; an
// "only" moved across the preposition it limits ("to only those" → "only
// to those") limits the same thing. The twins stay material: "all" made
// "certain", and an "only" moved to another part of the sentence.
func TestSamePhrase89(t *testing.T) {
	const ensure = "Customers are responsible for implementing appropriate data retention policies to ensure these documents are not stored longer than necessary."
	const access = "  • We allow user access to our systems to only those that we believe are entitled to be there;"
	runRestated(t, []restatedCase{
		{"b89-02, make certain", "4.5 Identification Documents", ensure, "Customers are responsible for putting in place appropriate data retention policies to make certain these documents are not stored longer than necessary.", false},
		{"b89-48, cross-border", "International Data Transfers", "International Data Transfers\n\nomnie operates with a globally distributed workforce.", "Cross-Border Data Transfers\n\nomnie operates with a globally distributed workforce.", false},
		{"b89-20, only across its preposition", "Security", access, "  • We allow user access to our systems only to those that we believe are entitled to be there;", false},
		{"twin: all made certain", "Retention", "We delete all documents after 30 days.", "We delete certain documents after 30 days.", true},
		{"twin: only moved elsewhere", "Security", access, "  • We only allow user access to our systems to those that we believe are entitled to be there;", true},
	})
}
