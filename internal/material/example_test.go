package material

import (
	"strings"
	"testing"
)

// TestExamples holds a family seen in the real histories of Open Terms
// Archive: an example introduced in other words ("such as" → "like", "e.g."
// → "like") is the same example. The examples themselves count: another
// example, or an example where there was none, stays material.
func TestExamples(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"such as, like", "Information you give us",
			"We keep the files that you upload, such as invoices and receipts, to show them to you later.",
			"We keep the files you upload, like invoices and receipts, to show them to you later.", false},
		{"e.g., like", "Information we collect",
			"We collect data from your phone's sensors (e.g. the accelerometer) to count your steps.",
			"We collect data from your phone's sensors (like the accelerometer) to count your steps.", false},
		{"another example", "Information you give us",
			"We keep the files that you upload, such as invoices and receipts, to show them to you later.",
			"We keep the files you upload, like invoices and passport scans, to show them to you later.", true},
		{"another example, a sensor", "Information we collect",
			"We collect data from your phone's sensors (e.g. the accelerometer) to count your steps.",
			"We collect data from your phone's sensors (like the microphone) to count your steps.", true},
		// "including" is "for example" to the rules; the verb it is a
		// form of introduces the same list (b70-03, b72-32).
		{"including, this includes", "Communications data",
			"We keep records of your communications with us, including: emails, SMS messages, call logs and voicemail.",
			"We keep records of your communications with us. This includes: emails, SMS messages, call logs and voicemail.", false},
		{"includes, including", "Information you give us",
			"We collect personal information when you register or contact us. This information includes your name, email address and phone number.",
			"We collect personal information when you register or contact us, including your name, email address and phone number.", false},
		{"includes, another example", "Communications data",
			"We keep records of your communications with us, including: emails and SMS messages.",
			"We keep records of your communications with us. This includes: emails, SMS messages and call recordings.", true},
		{"a verb, not an example", "How we use your data",
			"We use your purchases to recommend products.",
			"We use your purchases to recommend products you might like, such as gadgets.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
