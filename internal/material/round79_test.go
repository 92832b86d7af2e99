package material

import (
	"testing"

	"github.com/redline-legal/redline/internal/redline"
)

// Mends of round 79 (batches 375 to 378, written blind and first run on
// round 78's mends). Each test has twins that must stay as they were.

// TestTailoredByReaderData: what is sent or shown made to depend on the
// reader's data ("marketing communications based on your purchase
// history", b375-33) is a purpose added, though the data named is no word
// of any category. Twins: done as the reader chose ("based on your
// consent", "tailored to your settings") is no new use; data "derived
// from your IP address" is data.
func TestTailoredByReaderData(t *testing.T) {
	const h = "How we use your information"
	runRestated(t, []restatedCase{
		{"offers chosen by what the reader bought", h, "  • To send you newsletters about our products.", "  • To send you newsletters about our products based on your order history.", true},
	})
	runCategories(t, []categoryCase{
		{"a kind of data named in the basis", h,
			"  • To show you articles on our home page.",
			"  • To show you articles on our home page tailored to your reading history.", "purposes"},
	})
	for _, tc := range [][2]string{
		{"We process your data.", "We process your data based on your consent."},
		{"We show you reminders.", "We show you reminders tailored to your notification settings."},
		{"We collect your approximate location.", "We collect your approximate location derived from your IP address."},
	} {
		ch := redline.Change{Kind: redline.Replace, Old: tc[0], New: tc[1]}
		if p := tailoredBy(ch); p != "" {
			t.Errorf("twin %q: tailored by %q, want none: the reader's choice, or data derived", tc[1], p)
		}
	}
}

// TestExampleHandsDataOver: an example in brackets that hands data to a
// party ("(including upload to ad platforms for audience matching)",
// b378-04) names a recipient, however plain its words. Twins: an example
// of the author's own product ("upload to or sync with the Service") and
// an example sent to the reader name none.
func TestExampleHandsDataOver(t *testing.T) {
	const h = "Contact forms"
	runRestated(t, []restatedCase{
		{"an example that hands data over", h, "Data submitted via contact forms may be retained for customer service and relevant marketing purposes.", "Data submitted via contact forms may be retained for customer service and relevant marketing (including upload to social networks for audience matching) purposes.", true},
		{"twin: an example sent to the reader", h, "Data submitted via contact forms may be used for customer service.", "Data submitted via contact forms may be used for customer service (for example, replies sent to you by email).", false},
	})
}
