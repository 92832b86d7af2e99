package material

import (
	"slices"
	"strings"
	"testing"
)

// TestCapsHeading: a heading written in capitals on the line above a
// paragraph, without a blank line, is read into it ("9. SECURITY
// MEASURES OmniCRM implements …"), and its words are no part of the name
// that opens the text (capsheading.go; b80-06 was reported as "Removed
// recipient: SECURITY MEASURES OmniCRM"). The twins: a name in capitals
// that is no English ("ZORBIX Cloud"), or a firm's initials before its
// name ("IBM Cloud"), stay whole; a name after a heading is still found.
func TestCapsHeading(t *testing.T) {
	rb := Builtin()
	c := &classifier{rb: rb, ix: rb.index}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"9. SECURITY MEASURES OmniCRM implements multiple security measures to protect data.", []string{"OmniCRM", "-SECURITY MEASURES OmniCRM"}},
		{"SHARING WITH PARTNERS Zorvex Cloud hosts our servers.", []string{"Zorvex Cloud", "-SHARING WITH PARTNERS Zorvex Cloud", "-PARTNERS Zorvex Cloud"}},
		{"We host our servers with ZORBIX Cloud.", []string{"ZORBIX Cloud"}},
		{"We host our servers with IBM Cloud.", []string{"IBM Cloud"}},
		{"We host our servers with ADDITIVE GmbH.", []string{"ADDITIVE GmbH"}},
	} {
		got := c.findEntities(tc.text)
		for _, w := range tc.want {
			if not, ok := strings.CutPrefix(w, "-"); ok {
				if slices.Contains(got, not) {
					t.Errorf("%q: names %q, want no %q", tc.text, got, not)
				}
			} else if !slices.Contains(got, w) {
				t.Errorf("%q: names %q, want %q among them", tc.text, got, w)
			}
		}
	}
	// In an edit: the heading dropped with the sentence it heads names
	// no party of its own; a new party under the same heading is one.
	const heading = "Security"
	const old = "Our servers are protected. 9. SECURITY MEASURES Zorvex Cloud implements multiple security measures to protect data."
	for _, tc := range []struct {
		name, new, party string
		material         bool
	}{
		{"twin: a new host under the heading", "Our servers are protected. 9. SECURITY MEASURES Zorvex Cloud and Keyvault Systems implement multiple security measures to protect data.", "Keyvault Systems", true},
		{"twin: the host replaced", "Our servers are protected. 9. SECURITY MEASURES Keyvault Systems implements multiple security measures to protect data.", "Keyvault Systems", true},
	} {
		rep, _, why := judgeEdit(rb, heading, old, tc.new)
		joined := strings.Join(why, "; ")
		if rep.Material != tc.material || !strings.Contains(joined, tc.party) || strings.Contains(joined, "MEASURES Keyvault") {
			t.Errorf("%s: material=%v, want %v naming %q: %s", tc.name, rep.Material, tc.material, tc.party, joined)
		}
	}
}
