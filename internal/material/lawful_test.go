package material

import (
	"strings"
	"testing"
)

// TestInAccordanceWithLaw holds b18-11 in other words: "in accordance
// with applicable law" put to an act the company does binds it to what
// the law already imposes, and "the way you use" is "how you use". A
// permission the law gives ("as permitted by law", "to the extent
// permitted"), an exception made of the law ("except in accordance
// with …"), a law named, and a period or condition traded for the law
// still count.
func TestInAccordanceWithLaw(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b18-11", "OVERVIEW OF PERSONAL INFORMATION",
			"We collect personal information that you provide directly, information about how you use our services and information from third party sources. We use this information to provide you with services, understand the way you use our services so we can improve and personalise your experience and to develop the most relevant apps, technologies, and content for our customers. We also use personal information to provide customised advertising tailored to your interests.",
			"We collect personal information that you provide directly, information about how you use our services, and information from third party sources. We use this information to provide you with services, understand how you use our services so we can improve and personalise your experience, and develop the most relevant apps, technologies, and content for our customers. We also use personal information to provide personalised advertising tailored to your interests, in accordance with applicable law.", false},
		{"in compliance with applicable laws", "How we use your data",
			"We use your contact details to send you service messages.",
			"We use your contact details to send you service messages in compliance with applicable laws.", false},
		{"the boilerplate removed", "Sharing",
			"We may share your data with our affiliates, in accordance with applicable data protection law.",
			"We may share your data with our affiliates.", false},
		{"the manner in which", "How we use your data",
			"We analyse the manner in which you use the app to improve it.",
			"We analyse how you use the app to improve it.", false},
		// Twins: still material.
		{"twin: as otherwise permitted by law", "Sharing",
			"We may share your data with our affiliates.",
			"We may share your data with our affiliates, and as otherwise permitted by applicable law.", true},
		{"twin: only in accordance with the law", "Sharing",
			"We may share your data with our affiliates.",
			"We may share your data with our affiliates only in accordance with applicable law.", true},
		{"twin: to the extent permitted", "Your rights",
			"We will delete your data when you ask us to.",
			"We will delete your data when you ask us to, to the extent permitted by applicable law.", true},
		{"twin: a right of the reader's put under the law", "Your rights",
			"You can ask us to delete your personal data.",
			"You can ask us to delete your personal data in accordance with applicable law.", true},
		{"twin: a right of the reader's put under the law, said as a right", "Your rights",
			"You have the right to object to direct marketing.",
			"You have the right to object to direct marketing, in accordance with applicable data protection law.", true},
		{"twin: an exception of the law", "Sharing",
			"We will not sell your personal data.",
			"We will not sell your personal data, except in accordance with applicable law.", true},
		{"twin: a period traded for the law", "Retention",
			"We delete your data within 30 days of account closure.",
			"We delete your data in accordance with applicable law.", true},
		{"twin: the law and a legal basis", "Legal basis",
			"We process your data in accordance with applicable law.",
			"We process your data in accordance with applicable law and on the basis of our legitimate interests.", true},
		{"twin: the way you pay", "Payments",
			"We process the payment details you give us.",
			"We change the way you pay and process the payment details you give us.", true},
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
