package material

import (
	"strings"
	"testing"
)

// TestReaderSends holds what Mozilla's Firefox notice showed (050, 051, 120):
// the reader offered to send the company what the reader's device records
// ("you have the option to send Mozilla a report with more detailed
// information after Firefox crashes", "the Crash Reporter will ask if you
// wish to send us additional information, which may include sites that
// were open") is data collected, as what the device sends unasked is: a
// change to which readers are asked, or to what the report holds, was
// filed under purposes for "to help us improve" beside it, a "to" after
// whom it is sent and what ("send Mozilla a report … to help us") being
// read as whom to (indirectObject). Twins: the report sent on to others
// is about recipients; the reader sending a request or an email
// exercises a right or reaches us, and stays there; a new purpose for the
// reports stays a purpose; the offer reworded alone is minor.
func TestReaderSends(t *testing.T) {
	rb := Builtin()
	const heading = "Crash reports"
	for _, tc := range []struct {
		name, heading, old, new, cat string
	}{
		{"which readers are asked (Mozilla 120)", heading,
			"On desktop and iOS, if the browser encounters an unexpected issue, the Crash Reporter will also ask if you wish to send us additional information, which may include sites that were open at the time of the crash.",
			"On desktop and Android, if the browser encounters an unexpected issue, the Crash Reporter will also ask if you wish to send us additional information, which may include sites that were open at the time of the crash.",
			"data"},
		{"what the report holds", heading,
			"You may send us a crash report, which includes why the browser crashed, to help us improve the browser.",
			"You may send us a crash report, which includes why the browser crashed and the pages you had open, to help us improve the browser.",
			"data"},
		{"which readers are offered, the report sent for a purpose (Mozilla 051)", heading,
			"You have the option to send Mozilla a report with more detailed information after the browser crashes to help us improve the browser.",
			"On desktop and Android, you have the option to send Mozilla a report with more detailed information after the browser crashes to help us improve the browser.",
			"data"},
		{"twin: the report sent on to others", heading,
			"The browser sends Mozilla a crash report.",
			"The browser sends Mozilla a crash report and sends a copy to our advertising partners.",
			"recipients"},
		{"twin: a request sent by the reader", "Your rights",
			"You may send us a request to access your data, and we will respond within one month.",
			"You may send us a request to access your data, and we will respond within three months.",
			"!data"},
		{"twin: a new purpose for the reports", heading,
			"You may send us a crash report after the browser crashes, to help us improve the browser.",
			"You may send us a crash report after the browser crashes, to help us improve the browser and to personalise advertising.",
			"purposes"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.cat)
	}
	for _, tc := range []struct{ name, old, new string }{
		{"the offer reworded",
			"If the browser crashes, you can send us a crash report.",
			"If the browser crashes, you may send us a crash report."},
	} {
		if rep, _, why := judgeEdit(rb, heading, tc.old, tc.new); rep.Material {
			t.Errorf("%s: material, want minor: %s", tc.name, strings.Join(why, "; "))
		}
	}
}
