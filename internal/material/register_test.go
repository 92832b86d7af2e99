package material

import "testing"

// TestCommitmentRegister: a commitment said as a practice ("our practice
// is to delete"), a try not to do a thing ("tries not to store", "aims not
// to") is no longer promised (b192-07, b192-39, b192-43, b192-44). One
// practice for another is the same. Left: an offer, "omnie will assist" →
// "omnie is happy to assist" (b192-49): "happy" as a word of force would
// read "unhappy" → "not happy" as a limit.
func TestCommitmentRegister(t *testing.T) {
	runRestated(t, []restatedCase{
		{"practice", "Customer Platform Data", "After this period, data is permanently deleted from active systems.", "After this period, our practice is to permanently delete data from active systems.", true},
		{"practice not to", "Children", "We do not knowingly collect personal information from children.", "It is our practice not to knowingly collect personal information from children.", true},
		{"tries not to", "Storage", "omnie does not store customer data.", "omnie tries not to store customer data.", true},
		{"aims not to", "Storage", "omnie does not independently store customer data.", "omnie aims not to independently store customer data.", true},

		{"practice restated", "Customer Platform Data", "Our practice is to delete data after 30 days.", "It is our practice to delete data after 30 days.", false},
		{"unhappy for not happy", "Complaints", "If you are unhappy with our answer, you can complain to the ICO.", "If you are not happy with our answer, you can complain to the ICO.", false},
		{"tries not to restated", "Storage", "omnie tries not to store customer data.", "omnie attempts not to store customer data.", false},
	})
}
