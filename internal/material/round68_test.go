package material

import "testing"

// Mends of round 68 (batches 331 to 334, written blind and first run on
// round 67's mends). Each test has twins that must stay as they were.

// TestConditionCut: a full stop put inside a list cuts the items before
// it from the condition at its end (b331-22, a round 68 miss read "Words
// reordered"); a stop between two sentences of their own cuts nothing.
func TestConditionCut(t *testing.T) {
	const h = "Information Collected Automatically"
	runRestated(t, []restatedCase{
		{"a stop inside the list", h, "  • Device type, browser type, and operating system — only with your analytics consent",
			"  • Device type and browser type. Operating system only with your analytics consent", true},
		{"the list joined under the condition", h, "  • Device type and browser type. Operating system only with your analytics consent",
			"  • Device type, browser type, and operating system — only with your analytics consent", true},
		{"twin: two sentences, a semicolon for a stop", h, "We collect your name. We use it only to send receipts.",
			"We collect your name; we use it only to send receipts.", false},
	})
}

// TestRenameAside: a thing renamed, its former name given beside the new
// one ("(formerly the CRM platform)", ", now named Ops Copilot"), is the
// same thing (batch 333: ten of its thirty same-meaning edits flagged);
// a name added beside the rename, a party named "now", or old words that
// are not the former name given, are read as written.
func TestRenameAside(t *testing.T) {
	runRestated(t, []restatedCase{
		{"formerly, in brackets", "Platform Operation", "To provide access to the CRM platform and its functionality.",
			"To provide access to Omni Growth Suite (formerly the CRM platform) and its functionality.", false},
		{"formerly, a word of the old name kept", "What sorts of personal information do we hold?",
			"  • Your account login details for our services, including your user name and chosen password;",
			"  • Your Omnis ID login details (formerly account login details) for our services, including your user name and chosen password;", false},
		{"now named, at the end", "Information You Provide", "  • Chat messages and conversations with our AI assistant",
			"  • Chat messages and conversations with our AI assistant, now named Ops Copilot", false},
		{"now grouped as, mid-sentence", "12. USE OF ARTIFICIAL INTELLIGENCE",
			"Certain platform features may include AI-assisted functionality.",
			"Certain platform features, now grouped as Omni Assist, may include AI-assisted functionality.", false},
		{"twin: another product named beside the rename", "Platform Operation", "To provide access to the CRM platform and its functionality.",
			"To provide access to Omni Growth Suite (formerly the CRM platform) and Omni Ads and its functionality.", true},
		{"twin: a party named now", "Sharing", "We share your data with our analytics partner.",
			"We share your data with our analytics partner, now named Meta.", true},
		{"twin: the former name is not what stood there", "Platform Operation", "To provide access to the CRM platform and its functionality.",
			"To provide access to Omni Ads (formerly the billing portal) and its functionality.", true},
		{"twin: a rename beside a period changed", "Retention", "We keep data from the iOS app for 30 days.",
			"We keep data from the OmniOps Go app (formerly the iOS app) for 90 days.", true},
	})
}

// TestPlaceLawTerm: the word a place's law uses, given beside the
// policy's own ("(“sensitive information” in Canadian and Australian
// terms)", "(an “overseas disclosure” under the Australian Privacy
// Principles)", batch 334), names what the sentence already names; a
// bracket that names something new, or a change beside the gloss, is read
// as written.
func TestPlaceLawTerm(t *testing.T) {
	const h = "4.4 Special Category Data"
	const old = "Under UK GDPR this is considered Special Category Data and must be handled with enhanced protections."
	runRestated(t, []restatedCase{
		{"in Canadian and Australian terms", h, old,
			"Under UK GDPR this is considered Special Category Data (“sensitive information” in Canadian and Australian terms) and must be handled with enhanced protections.", false},
		{"under the Australian Privacy Principles", "International transfers",
			"We may transfer your information outside the EEA for the purposes set out above.",
			"We may transfer your information outside the EEA (an “overseas disclosure” under the Australian Privacy Principles) for the purposes set out above.", false},
		{"twin: new data in the bracket, no term of a law", h, old,
			"Under UK GDPR this is considered Special Category Data (including health and biometric data, under Canadian law) and must be handled with enhanced protections.", true},
		{"twin: the gloss beside a protection dropped", h, old,
			"Under UK GDPR this is considered Special Category Data (“sensitive information” in Canadian and Australian terms) and may be handled with standard protections.", true},
	})
}
