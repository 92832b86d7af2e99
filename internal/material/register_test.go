package material

import "testing"

// TestCommitmentRegister: a commitment said as a practice ("our practice
// is to delete"), a try not to do a thing ("tries not to store", "aims not
// to"), or an offer ("is happy to assist") is no longer promised
// (b192-07, b192-39, b192-43, b192-44, b192-49). One practice for
// another, or one offer for another, is the same.
func TestCommitmentRegister(t *testing.T) {
	runRestated(t, []restatedCase{
		{"practice", "Customer Platform Data", "After this period, data is permanently deleted from active systems.", "After this period, our practice is to permanently delete data from active systems.", true},
		{"practice not to", "Children", "We do not knowingly collect personal information from children.", "It is our practice not to knowingly collect personal information from children.", true},
		{"tries not to", "Storage", "omnie does not store customer data.", "omnie tries not to store customer data.", true},
		{"aims not to", "Storage", "omnie does not independently store customer data.", "omnie aims not to independently store customer data.", true},
		{"happy to", "Rights", "omnie will assist clients in fulfilling such requests.", "omnie is happy to assist clients in fulfilling such requests.", true},

		{"practice restated", "Customer Platform Data", "Our practice is to delete data after 30 days.", "It is our practice to delete data after 30 days.", false},
		{"happy for glad", "Contact", "We are happy to answer your questions.", "We are glad to answer your questions.", false},
		{"tries not to restated", "Storage", "omnie tries not to store customer data.", "omnie attempts not to store customer data.", false},
	})
}
