package material

import (
	"strings"
	"testing"
)

// Mends of round 90 (batches 419 to 422, written blind and first run on
// 070fa3c2, one miss: b420-43, left).

// TestCRMPlatformNoRecipient: "the CRM platform" names a kind of
// software, not a party: "To provide access to the CRM platform" → "… to
// the app, its articles, videos and podcasts" was "Removed recipient:
// CRM" (b421-03, b422-04, labelled minor; round 90's first run).
func TestCRMPlatformNoRecipient(t *testing.T) {
	rb := Builtin()
	_, _, why := judgeEdit(rb, "Platform Operation", "To provide access to the CRM platform and its functionality.",
		"To provide access to the app, its articles, videos and podcasts, and its functionality.")
	if all := strings.Join(why, "; "); strings.Contains(all, "recipient") {
		t.Errorf("'the CRM platform' read as a party: %s", all)
	}
}
