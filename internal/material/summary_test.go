package material

import "testing"

// TestSummaryLine holds the one-line summary a layered notice puts over a
// section (batch 83): "**In short:** …" restating the text beside it is
// set aside, and the text judged alone; a summary that says more than the
// text (a number, a word of force, a negation, a recipient or a purpose
// the text does not have) is a commitment, and stays material.
func TestSummaryLine(t *testing.T) {
	rb := Builtin()
	age := "Our Service is not directed to children under 16 years of age (or 13 in jurisdictions where that is the applicable age under COPPA or similar laws)."
	for _, tc := range [][3]string{
		{"Age Restriction", age, "**In short:** our Service isn't meant for children.\n" + age},
		{"Age Restriction", "In short: our Service isn't meant for children.\n" + age, age},
		{"Retention", "omnie does not retain customer data outside of client systems.", "**In short:** omnie keeps no customer data outside client systems. See [Data Storage and Retention](#data-storage-and-retention)."},
		{"Retention", "We delete your data when you close your account.", "TL;DR — we delete your data when you close your account.\nWe delete your data when you close your account."},
	} {
		if rep, _, why := judgeEdit(rb, tc[0], tc[1], tc[2]); rep.Material {
			t.Errorf("%q → %q: material, want minor: %v", tc[1], tc[2], why)
		}
	}
	for _, tc := range []struct{ name, heading, old, new, cat string }{
		{"a period the text does not give", "Retention", "We keep your account data for 30 days after you close your account.", "**In short:** we keep your data for 90 days.\nWe keep your account data for 30 days after you close your account.", "retention"},
		{"a power the text denies", "Sharing", "We do not share your data with advertisers.", "**In short:** we may share your data with advertisers.\nWe do not share your data with advertisers.", "recipients"},
		{"a recipient the text does not name", "Sharing", "We share your data with our payment processor.", "**In short:** we share your data with our payment processor and with advertising partners.\nWe share your data with our payment processor.", "recipients"},
		{"a purpose the text does not have", "Retention", "We delete your data when you close your account.", "**Summary:** we delete your data when you close your account, and use it to train our AI models.\nWe delete your data when you close your account.", "ai"},
		{"the text dropped under a summary", "Sharing", "We share your data with our payment processor. We never sell your data.", "**In short:** we never sell your data.", "recipients"},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		wantCategoryNot(t, tc.name, rep, cats, why, tc.cat, "")
	}
}
