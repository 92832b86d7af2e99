package material

import "testing"

// TestPeriodOfKeeping: a period within which data is destroyed, or for
// which it is still processed after an event, is retention, whatever
// stands nearer the number (b54-13, b54-11); a period of notice or of a
// reply keeps its own category.
func TestPeriodOfKeeping(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "b54-13", "Retention of Personal Information",
		"We take reasonable measures to destroy or de-identify personal information in a secure manner when it is no longer required. For information about retention of personal information, please see: [help.netflix.com/node/126558](https://help.netflix.com/node/126558).",
		"We take reasonable measures to destroy or de-identify personal information in a secure manner within 90 days after it is no longer required. For information about retention of personal information, please see: [help.netflix.com/node/126558](https://help.netflix.com/node/126558).", "retention")
	wantOnlyCategory(t, rb, "b54-11", "Security and Retention",
		"For example, where we process information for marketing purposes or with your consent, we process the data until you ask us to stop and for a short period after this (to allow us to implement your requests).",
		"For example, where we process information for marketing purposes or with your consent, we process the data until you ask us to stop and for up to 24 months after this (to allow us to implement your requests and to measure the effectiveness of our campaigns).", "retention")
	wantOnlyCategory(t, rb, "securely erased within", "Security",
		"We securely erase backups of your account data once they are no longer needed.",
		"We securely erase backups of your account data within 180 days once they are no longer needed.", "retention")
	wantOnlyCategory(t, rb, "used until, then for", "Marketing",
		"If you unsubscribe, we use your details until the unsubscribe takes effect and for a short time after that.",
		"If you unsubscribe, we use your details until the unsubscribe takes effect and for up to 12 months after that.", "retention")
	wantOnlyCategory(t, rb, "anonymised after, keys beside", "Security and Retention",
		"We anonymise usage logs, using encryption keys we rotate, after 30 days.",
		"We anonymise usage logs, using encryption keys we rotate, after 90 days.", "retention")
	// twins: a breach notice and a reply to a request
	wantOnlyCategory(t, rb, "twin: breach notice", "Security",
		"In the event of a breach, we will notify you within 72 hours after we become aware of it.",
		"In the event of a breach, we will notify you within 7 days after we become aware of it.", "security")
	wantOnlyCategory(t, rb, "twin: reply to a request", "Your rights",
		"If you ask us to delete your data, we will delete it and respond to your request within 30 days.",
		"If you ask us to delete your data, we will delete it and respond to your request within 45 days.", "rights")
}
