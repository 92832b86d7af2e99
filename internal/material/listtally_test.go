package material

import (
	"strings"
	"testing"
)

// TestListTally holds b29-06 in other words: a count put before a list run
// in after a colon ("for three purposes: providing the service, paying
// out refunds and accounting") only sums the items the list gives, which
// are compared one by one; it commits to nothing the list does not. A
// count the list does not bear out, an item added or dropped, or a count
// of something else (days, partners not listed) is still compared.
func TestListTally(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{" providing the service, paying out refunds and accounting. The rest", 3},
		{" a and b", 2},
		{" a, b, and c; then", 3},
		{" visitors to the website; businesses using the platform; and individuals, if any, whose data we process. Then", 3},
		{" a; ; c", -1},
		{" terms and conditions, b and c", -1},
		{" a", 1},
	} {
		if got := listItems(tc.in); got != tc.want {
			t.Errorf("listItems(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b29-06", "Payments",
			"Payment information are processed for the purpose of providing you with the service we offer, to pay out refunds and for accounting purposes. The processing of payment data for the first two purposes are necessary for us to be able to handle the payment.",
			"Payment information are processed for three purposes: providing you with the service we offer, paying out refunds and accounting. The processing of payment data for the first two purposes are necessary for us to be able to handle the payment.", false},
		{"recipients counted", "Sharing",
			"We share your usage data with these analytics providers: Google, Mixpanel and Segment.",
			"We share your usage data with these three analytics providers: Google, Mixpanel and Segment.", false},
		{"count dropped", "How we use your data",
			"We use your contact details for two purposes: answering your questions and sending you receipts.",
			"We use your contact details to answer your questions and to send you receipts.", false},
		// Twins: still material.
		{"twin: a count the list does not bear out", "Payments",
			"Payment information is processed to provide the service, to pay out refunds and for accounting.",
			"Payment information is processed for four purposes: providing the service, paying out refunds and accounting.", true},
		{"twin: a purpose added with the count", "Payments",
			"Payment information is processed for two purposes: providing the service and paying out refunds.",
			"Payment information is processed for three purposes: providing the service, paying out refunds and marketing.", true},
		{"twin: a recipient added with the count", "Sharing",
			"We share your usage data with two analytics providers: Google and Mixpanel.",
			"We share your usage data with three analytics providers: Google, Mixpanel and Meta.", true},
		{"twin: a period, not a count", "Retention",
			"We keep your payment records for 2 years: for tax, audits and disputes.",
			"We keep your payment records for 3 years: for tax, audits and disputes.", true},
		{"twin: a count of what is not listed", "Sharing",
			"We share your usage data with analytics providers.",
			"We share your usage data with three analytics providers.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if testing.Verbose() {
			t.Logf("%s: %s", tc.name, strings.Join(why, "; "))
		}
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestListTallyWholeWord holds that the count taken out is the word
// before the noun, not the same letters inside another word of the
// sentence: "two network providers:" dropped "two" from "network" and
// quoted "nerk providers".
func TestListTallyWholeWord(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"We use two network providers: Acme and Beta.", "We use network providers: Acme and Beta."},
		{"We keep ten content types: a, b, c, d, e, f, g, h, i and j.", "We keep content types: a, b, c, d, e, f, g, h, i and j."},
	} {
		if got := listTallyDropped(tc.in); got != tc.want {
			t.Errorf("listTallyDropped(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCountThenListed: a count said in a sentence of its own, its list in
// the next after "These are", the items parted by semicolons, counts the
// list as "three groups:" does (b76-02, "applies to: A, B, C" → "applies
// to three groups. These are: a; b; and c"). Twins: a count the list does
// not bear out, an item added beside the right count, an item changed,
// and "These include" (the list not all of them) stay material.
func TestCountThenListed(t *testing.T) {
	const heading = "2. SCOPE OF THIS PRIVACY POLICY"
	const old = "This Privacy Policy applies to: Visitors to the OmniCRM website, businesses using the OmniCRM platform, individuals whose personal data may be processed through the OmniCRM platform."
	const a, b, c = "visitors to the OmniCRM website", "businesses using the OmniCRM platform", "individuals whose personal data may be processed through the OmniCRM platform."
	rb := Builtin()
	for _, tc := range []struct {
		new      string
		material bool
	}{
		{"This Privacy Policy applies to three groups. These are: " + a + "; " + b + "; and " + c, false},
		{"This Privacy Policy applies to three groups. They are " + a + "; " + b + "; and " + c, false},
		{"This Privacy Policy applies to four groups. These are: " + a + "; " + b + "; and " + c, true},
		{"This Privacy Policy applies to three groups. These are: " + a + "; " + b + "; job applicants; and " + c, true},
		{"This Privacy Policy applies to four groups. These are: " + a + "; " + b + "; job applicants; and " + c, true},
		{"This Privacy Policy applies to three groups. These are: " + a + "; " + b + "; and " + strings.Replace(c, "platform", "mobile app", 1), true},
		{"This Privacy Policy applies to three groups. These include: " + a + "; " + b + "; and " + c, true},
	} {
		rep, _, why := judgeEdit(rb, heading, old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q: material=%v, want %v: %s", tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
