package material

import (
	"strings"
	"testing"
)

// omnisGroup is the opening of the Omnis seed as the shared cases write it
// in Markdown: "Who are we?" a plain line, no heading over the list.
const omnisGroup = `# Privacy & Cookies Policy

We understand that your privacy and the security of your personal information is extremely important.

Who are we?

When we say ‘we’ or ‘us’ in this policy, we’re referring to the separate and distinct legal entities that make up the Omnis Software Group.

The companies which make up the Omnis Software group currently are:

- Omnis Software Ltd., First Floor Office, Carlton Park House, Saxmundham, Suffolk, IP17 2NL, United Kingdom
- Omnis Software France, 47 Boulevard de Charonne, 75011 Paris, France
- Omnis Software Germany GmbH, HANSE 10ter GRAD, Langenhorner Chaussee 623, 22419 Hamburg, Germany

We may add further companies in the future. When we do so, we will update this notice.

Who might we share your personal information with?

- Our Group companies, for the purposes described in this policy;
`

// TestGroupCompanyItem: a company of the author's group added to or taken
// from the list of the companies "we" stands for is who the controller
// is, under a heading or none, with a legal form or under a lead-in that
// says the list is of the group's companies.
func TestGroupCompanyItem(t *testing.T) {
	rb := Builtin()
	germany := "- Omnis Software Germany GmbH, HANSE 10ter GRAD, Langenhorner Chaussee 623, 22419 Hamburg, Germany\n"
	for _, tc := range []struct{ name, old, new string }{
		// b68-12, in the never-seen set's Markdown (a miss there: "Wording
		// not about personal data", S.L. no legal form the rules knew).
		{"b68-12 Iberia S.L. added", germany, "- Omnis Software Iberia S.L., Calle de Serrano 41, 28001 Madrid, Spain\n" + germany},
		// Other wordings, not from any batch.
		{"a company removed", germany, ""},
		{"Italia S.r.l. added", germany, germany + "- Omnis Software Italia S.r.l., Via Roma 1, 20121 Milano, Italy\n"},
		{"no legal form, under the group's lead-in", germany, germany + "- Omnis Software Nordics, Drottninggatan 5, 111 51 Stockholm, Sweden\n"},
	} {
		rep, cats, why := judgeText(rb, omnisGroup, strings.Replace(omnisGroup, tc.old, tc.new, 1))
		if !rep.Material || !cats["identity"] || len(cats) != 1 {
			t.Errorf("%s: material=%v, categories %v, want identity: %s", tc.name, rep.Material, cats, strings.Join(why, "; "))
		}
		if rep.Material && !strings.Contains(strings.Join(why, " "), "company of the group") {
			t.Errorf("%s: the reason does not name the company: %s", tc.name, strings.Join(why, "; "))
		}
	}
	// The same company, its address mended, stays minor.
	rep, _, why := judgeText(rb, omnisGroup, strings.Replace(omnisGroup, "47 Boulevard de Charonne", "47 boulevard de Charonne", 1))
	if rep.Material {
		t.Errorf("address case mended: material, want minor: %v", why)
	}
	// A group company given data stays a recipient.
	rep, cats, why := judgeText(rb, omnisGroup, strings.Replace(omnisGroup, "- Our Group companies, for", "- Our Group companies, including Omnis Software Italia S.r.l., for", 1))
	if !rep.Material || !cats["recipients"] {
		t.Errorf("group company shared with: material=%v %v, want recipients: %v", rep.Material, cats, why)
	}
}
