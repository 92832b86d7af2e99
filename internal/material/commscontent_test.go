package material

import "testing"

// TestRecordContentTraded: what of a communication is collected, its
// record or its content, are two kinds of data: "call logs" → "call
// recordings" (b38-32), "call records" → "call recordings" (one stem),
// "message metadata" → "message content" collect what was said where
// only who and when was. A noun traded within one kind ("call logs" →
// "call records" or "call history", "voice recordings" → "audio
// recordings") names the same data.
func TestRecordContentTraded(t *testing.T) {
	const h = "Communication Records"
	checkMaterial(t, []materialCase{
		{h, "Including: Emails, SMS messages, call logs, voicemail recordings, appointment booking information, conversation notes.",
			"Including: Emails, SMS messages, call recordings, voicemail recordings, appointment booking information, conversation notes.", true},
		{h, "We keep call records, support tickets and invoices for billing disputes.",
			"We keep call recordings, support tickets and invoices for billing disputes.", true},
		{h, "We keep call recordings, support tickets and invoices for billing disputes.",
			"We keep call records, support tickets and invoices for billing disputes.", true},
		{h, "- Chat history, device type and account details.",
			"- Chat transcripts, device type and account details.", true},
		{h, "We process message metadata, voicemail recordings and contact lists.",
			"We process message content, voicemail recordings and contact lists.", true},
		// One kind said another way.
		{h, "Including: Emails, SMS messages, call logs, voicemail recordings, appointment booking information, conversation notes.",
			"Including: Emails, SMS messages, call records, voicemail recordings, appointment booking information, conversation notes.", false},
		{h, "Including: Emails, SMS messages, call logs, voicemail recordings, appointment booking information, conversation notes.",
			"Including: Emails, SMS messages, call history, voicemail recordings, appointment booking information, conversation notes.", false},
		// The nearest edits that change another term stay material.
		{h, "Including: Emails, SMS messages, call logs, voicemail recordings, appointment booking information, conversation notes.",
			"Including: Emails, SMS messages, call logs, voicemail recordings, appointment booking information, conversation notes, location.", true},
		{h, "We keep call records, support tickets and invoices for billing disputes.",
			"We keep call records, support tickets and invoices for billing disputes and marketing.", true},
	})
	wantOnlyCategory(t, Builtin(), "call logs → call recordings", h,
		"Including: Emails, SMS messages, call logs, voicemail recordings, appointment booking information, conversation notes.",
		"Including: Emails, SMS messages, call recordings, voicemail recordings, appointment booking information, conversation notes.", "data")
}
