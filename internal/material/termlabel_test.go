package material

import (
	"strings"
	"testing"
)

// TestTermLabelBeside: a label in brackets given to a term beside other
// light edits ("to businesses using the OmniCRM platform (“Customers”),
// and to individuals", b79-01, read "Item added to a list") commits to
// nothing; the rest is judged without it. A party, a period, a hedge or
// a dropped "only" beside the label stays material, and a bracket right
// after a word (a template's call, `_("Cookies")`) is no label.
func TestTermLabelBeside(t *testing.T) {
	rb := Builtin()
	const scope = "This Privacy Policy applies to: Visitors to the OmniCRM website, businesses using the OmniCRM platform, individuals whose personal data may be processed through the OmniCRM platform."
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
		category, reason        string
	}{
		{"b79-01", "Scope", scope, "This Privacy Policy applies to visitors to the OmniCRM website, to businesses using the OmniCRM platform (“Customers”), and to individuals whose personal data may be processed through the OmniCRM platform.", false, "", "(“Customers”)"},
		// The label as read, not as marked up (Coinbase's "(“**EIDV**”)"
		// on Open Terms Archive).
		{"bold label", "Scope", scope, "This Privacy Policy applies to visitors to the OmniCRM website, to businesses using the OmniCRM platform (“**Customers**”), and to individuals whose personal data may be processed through the OmniCRM platform.", false, "", "(“Customers”)"},
		{"a party beside it", "Sharing", "We share your contact details with Acme.", "We share your contact details with Acme and Hubspot (“Partners”).", true, "recipients", "Hubspot"},
		{"a period beside it", "Retention", "We keep your account data for 30 days.", "We keep your account data (“Account Data”) for 90 days.", true, "retention", "90 days"},
		{"a hedge beside it", "Scope", "This Privacy Policy applies to businesses using the OmniCRM platform.", "This Privacy Policy may apply to businesses using the OmniCRM platform (“Customers”).", true, "", "may apply"},
		{"only dropped beside it", "Sharing", "We share your contact details only with our payment processor.", "We share your contact details with our payment processor (the “Processor”).", true, "", "only"},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		all := strings.Join(why, "; ")
		if rep.Material != tc.material || tc.category != "" && !cats[tc.category] || !strings.Contains(all, tc.reason) {
			t.Errorf("%s: material=%v %v, want %v %s (%q): %s", tc.name, rep.Material, cats, tc.material, tc.category, tc.reason, all)
		}
	}
	if o, n, labels := termLabelsOut(`<h3>{{ _("Cookies") }}</h3>`, `<h3>{{ _("Cookies") }} more</h3>`); labels != "" || o == "" || n == "" {
		t.Errorf("a template's call read as a label: %q", labels)
	}
}
