package material

import (
	"strings"
	"testing"
)

// TestNamedKindOfData: a name written only before a word of data ("SMS
// and WhatsApp messages") says which data, the data category (b79-04 was
// "New recipient: WhatsApp"). The twins, material still: the same name
// as the party data is shared with, a processor the data goes through,
// a recipient added beside the same item.
func TestNamedKindOfData(t *testing.T) {
	rb := Builtin()
	const heading = "4.2 Communication Records"
	const old = "Including: Emails, SMS messages, call logs, voicemail recordings, appointment booking information, conversation notes."
	for _, tc := range []struct {
		name, new, category, reason string
	}{
		{"b79-04", "Including: Emails, SMS and WhatsApp messages, call logs, voicemail recordings, appointment booking information, conversation notes.", "data", "WhatsApp"},
		{"twin: shared with the party", "Including: Emails, SMS messages, call logs, voicemail recordings, appointment booking information, conversation notes, which we share with WhatsApp.", "recipients", "WhatsApp"},
		{"twin: sent through a processor", "Including: Emails, SMS messages sent through Twilio, call logs, voicemail recordings, appointment booking information, conversation notes.", "recipients", "Twilio"},
		{"twin: the name both ways", "Including: Emails, SMS and WhatsApp messages, call logs, voicemail recordings, appointment booking information, conversation notes; WhatsApp receives a copy.", "recipients", "WhatsApp"},
	} {
		rep, cats, why := judgeEdit(rb, heading, old, tc.new)
		if joined := strings.Join(why, "; "); !rep.Material || !cats[tc.category] || !strings.Contains(joined, tc.reason) {
			t.Errorf("%s: material=%v %v, want %s naming %q: %s", tc.name, rep.Material, cats, tc.category, tc.reason, joined)
		}
	}
}
