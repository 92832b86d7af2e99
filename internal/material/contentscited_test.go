package material

import "testing"

// TestContentsCited: a sentence that only cites the document ("As
// Section 5 of this Policy explains, …") states in its own clause what we
// do, and a change there is judged as any commitment is; a sentence that
// only says what the document covers, reworded, stays minor.
func TestContentsCited(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, old, new, want string }{
		{"a period, the section cited",
			"As Section 5 of this Policy explains, we keep your personal data for 12 months.",
			"As Section 5 of this Policy explains, we keep your personal data for 24 months.", "retention"},
		{"a period, the policy cited",
			"As this Privacy Notice describes, we delete inactive accounts after two years.",
			"As this Privacy Notice describes, we delete inactive accounts after five years.", "retention"},
		{"a party, the cited clause after the commitment",
			"We share your contact details only with our payment processor, as this policy explains.",
			"We share your contact details with our payment processor and our advertising partners, as this policy explains.", "recipients"},
	} {
		wantOnlyCategory(t, rb, tc.name, "How long we keep your data", tc.old, tc.new, tc.want)
	}
	for _, tc := range []struct{ name, old, new string }{
		{"what the policy covers, reworded",
			"This policy explains what we collect and why.",
			"This policy explains what information we collect and why we collect it."},
		{"the citation reworded, the commitment the same",
			"As Section 5 of this Policy explains, we keep your personal data for 12 months.",
			"As this Policy explains in Section 5, we keep your personal data for 12 months."},
	} {
		if rep, _, why := judgeEdit(rb, "About this policy", tc.old, tc.new); rep.Material {
			t.Errorf("%s: material, want minor: %v", tc.name, why)
		}
	}
}
