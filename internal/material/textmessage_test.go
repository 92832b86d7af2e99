package material

import "testing"

// TestTextMessage: an SMS is a text message (b104-36, b107-02); a channel
// traded for it is another channel. (Written before rules.toml was
// changed.)
func TestTextMessage(t *testing.T) {
	runRestated(t, []restatedCase{
		{"SMS written out", "Notifications",
			"We send security alerts by email and SMS.",
			"We send security alerts by email and text message.", false},
		{"SMS messages in a list of data", "Data we collect",
			"Call logs, SMS messages and voicemail recordings.",
			"Call logs, text messages and voicemail recordings.", false},
		{"another channel", "Notifications",
			"We send security alerts by email.",
			"We send security alerts by text message.", true},
	})
}
