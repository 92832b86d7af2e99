package material

import (
	"strings"
	"testing"
)

// TestBrandDefined holds what batch 18 showed (b18-01): the sentence
// that gives the author's own name to the companies it names ("collected
// by Sony Corporation of America and Sony's Card Marketing & Services
// Company, a division of Sony Electronics Inc., (together, “Sony”)") says
// who the controller is, as one defining "we" does; a company dropped
// from it was read as a recipient removed. Its twins give a name that is
// not the author's to the parties they name, or name them without
// defining one: recipients they stay. (Written before brandDefined.)
func TestBrandDefined(t *testing.T) {
	rb := Builtin()
	policy := func(brand, para string) string {
		return "# " + brand + " Privacy Policy\n\n" + brand + " respects your privacy. This policy explains how " + brand + " handles personal data.\n\n## Your choices\n\nYou can ask " + brand + " for a copy of your data. " + brand + " answers within a month.\n\n## Who we are\n\n" + para + "\n\n## Contact\n\nWrite to " + brand + " at privacy@example.com.\n"
	}
	for _, tc := range []struct {
		name, brand, old, new, cat string
	}{
		{"invented: a company dropped, together", "Zorvex",
			"This policy applies to the information collected by Zorvex Holdings Inc. and Kelmar Card Services Company, a division of Orbis Electronics Inc., (together, “Zorvex”).",
			"This policy applies to the information collected by Zorvex Holdings Inc. (“Zorvex”).",
			"identity"},
		{"invented: a company added, collectively, in bold", "Quintaro",
			"Your personal data is controlled by Quintaro Corp. (“**Quintaro**”).",
			"Your personal data is controlled by Quintaro Corp. and Brightline Media Inc. (collectively, “**Quintaro**”).",
			"identity"},
		{"invented: hereinafter", "Bellwyn",
			"The services are provided by Bellwyn Toys SA (hereinafter \"Bellwyn\").",
			"The services are provided by Bellwyn Toys SA and Fabrikam Retail SARL (hereinafter \"Bellwyn\").",
			"identity"},
		{"twin: other parties given their own name", "Zorvex",
			"Zorvex shares your payment details with Stripe Inc. and Stripe Payments Europe Ltd (together, “Stripe”).",
			"Zorvex shares your payment details with Stripe Inc., Stripe Payments Europe Ltd and Stripe Payments UK Ltd (together, “Stripe”).",
			"recipients"},
		{"twin: no term defined", "Zorvex",
			"Zorvex shares your payment details with Stripe Inc. to take your payments.",
			"Zorvex shares your payment details with Stripe Inc. and Adyen N.V. to take your payments.",
			"recipients"},
	} {
		rep, cats, why := judgeText(rb, policy(tc.brand, tc.old), policy(tc.brand, tc.new))
		if !rep.Material || !cats[tc.cat] || len(cats) != 1 {
			t.Errorf("%s: material=%v, categories %v, want %s: %s", tc.name, rep.Material, cats, tc.cat, strings.Join(why, "; "))
		}
	}
}
