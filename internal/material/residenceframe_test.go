package material

import (
	"strings"
	"testing"
)

// TestReaderPlace holds what Mozilla's Firefox notice showed (092, 116,
// 118): a place said of the reader in words other than where the reader
// lives ("if you're in the US", "a customer within the EEA") or opening a
// sentence as its frame ("In the US, Firefox sends Mozilla the categories
// of your searches") says whose data or which readers a commitment is
// about, not where data goes: it was filed as a new transfer destination.
// Read without the place, the sentence says its category, and a flow of
// the reader's device to the company (conveyedOnly) is data collected,
// whatever else the paragraph names ("you can opt out at any time").
// Twins: a sentence a place opens that keeps data there ("In the EU, your
// data is stored on servers in Frankfurt"), data sent to a place, and a
// place after "in" mid-sentence stay transfers; the frame changed alone,
// written another way, is minor.
func TestReaderPlace(t *testing.T) {
	rb := Builtin()
	const heading = "How we provide search"
	const base = "You can perform searches from the address bar. We receive data about how you engage with search."
	for _, tc := range []struct {
		name, heading, old, new, cat string
	}{
		{"a new flow for readers in one country (Mozilla 118)", heading, base,
			base + "\n\nIn the US, the browser sends us the high-level categories of things you search for, but not your actual search terms. You can opt out of this at any time.",
			"data"},
		{"a sharing commitment for readers in one country (Mozilla 116)", heading, base,
			base + "\n\nIn the US, we may also receive keyword location searches and share them with our partners to provide sponsored content.",
			"recipients"},
		{"a datum shared only of readers in one country (Mozilla 092)", "Top Sites",
			"When you click on a sponsored tile, we share your region and the time you clicked with our referral platform.",
			"When you click on a sponsored tile, we share your region, your county (if you're in the US), and the time you clicked with our referral platform.",
			"!transfers"},
		{"a right for customers within places", "Your rights",
			"If you are a customer within the EU, you have the rights described below.",
			"If you are a customer within the EEA or the UK, you have the rights described below.",
			"rights"},
		{"twin: data kept where a sentence opens", "Where we keep data", base,
			base + "\n\nIn the EU, your search history is stored on servers in Frankfurt.",
			"transfers"},
		{"twin: data sent to a country", "Where we keep data", base,
			base + "\n\nWe transfer the categories of your searches to our servers in the US.",
			"transfers"},
		{"twin: a country mid-sentence", "Where we keep data", base,
			base + "\n\nSearch logs are kept by our provider in the US.",
			"transfers"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.cat)
	}
	for _, tc := range []struct{ name, old, new string }{
		{"the frame written another way",
			"If you're in the US, Firefox sends Mozilla the categories of things you search for.",
			"If you are in the US, Firefox sends Mozilla the categories of things you search for."},
	} {
		if rep, _, why := judgeEdit(rb, heading, tc.old, tc.new); rep.Material {
			t.Errorf("%s: material, want minor: %s", tc.name, strings.Join(why, "; "))
		}
	}
}
