package material

import "testing"

// TestDeMorgan: under a negation both sides state beside them, "or" and
// "and" deny the same things (b31-14). Without one, or joining two words
// that describe one noun (b27-18), "or" → "and" is a change.
func TestDeMorgan(t *testing.T) {
	runRestated(t, []restatedCase{
		{"not responsible for A or B", "Links",
			"We are not responsible for the privacy practices or the content of those websites.",
			"The privacy practices and content of those websites are not our responsibility.", false},
		{"never A or B", "Sharing",
			"We never sell your name or your email address.",
			"Your name and your email address are never sold.", false},
		{"b27-18", "Categories of Sources of Personal Data",
			"We will not collect additional categories of Personal Data or use the Personal Data we collected for materially different, unrelated or incompatible purposes without providing you notice.",
			"We will not collect additional categories of Personal Data or use the Personal Data we collected for materially different, unrelated and incompatible purposes without providing you notice.", true},
		{"or → and, no negation", "Sharing",
			"We share your name or email with partners.",
			"We share your name and email with partners.", true},
		{"negation added", "Sharing",
			"We sell your name and email to partners.",
			"We do not sell your name or email to partners.", true},
	})
}

// TestOccasionHedge: "in some cases" said with another noun of occasion
// ("instances", "circumstances", "situations") or with "certain" is one
// hedge (b37-11); a hedge added where there was none weakens.
func TestOccasionHedge(t *testing.T) {
	runRestated(t, []restatedCase{
		{"instances → cases", "Your rights",
			"In some instances, we may decline your request.",
			"In some cases, we may decline your request.", false},
		{"certain circumstances → some cases", "Your rights",
			"We may decline your request in certain circumstances.",
			"We may decline your request in some cases.", false},
		{"hedge added", "Your rights",
			"We will respond to your request within 30 days.",
			"In certain circumstances, we will respond to your request within 30 days.", true},
		{"solely → primarily", "Purposes",
			"We use your data solely to provide the service.",
			"We use your data primarily to provide the service.", true},
	})
}

// TestFreeChoice: under a permission, the choices offered are each
// allowed: "you can A, or B" is "you can A, and B" (b53-39). A duty
// ("will share with A or B") or a negation between ("without A or B")
// is weighed.
func TestFreeChoice(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b53-39 variant", "Cookies",
			"You can change your browser settings to notify you when a cookie is set, or to block cookies altogether.",
			"You can change your browser settings to notify you when a cookie is set, and to block cookies altogether.", false},
		{"may A or B", "Your choices",
			"You may update or delete your profile in your account settings.",
			"You may update and delete your profile in your account settings.", false},
		{"b35-19", "Business partners",
			"If Playwire publisher advertising services are used, Playwire LLC may collect and use certain aggregated and anonymized data for advertising purposes.",
			"If Playwire publisher advertising services are used, Playwire LLC may collect and use certain aggregated or anonymized data for advertising purposes.", true},
		{"will A or B", "Sharing",
			"We will share your data with our auditors or our lawyers.",
			"We will share your data with our auditors and our lawyers.", true},
		{"without A or B", "Articles",
			"You can read our articles without creating an account or giving us your email address.",
			"You can read our articles without creating an account and giving us your email address.", true},
	})
}
