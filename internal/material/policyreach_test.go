package material

import "testing"

// TestPolicyReach: what the policy says it applies to, widened or
// narrowed, is its scope, whatever the product named is about (b54-44,
// b54-45); a kind of data added beside that sentence stays data.
func TestPolicyReach(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "b54-44", "Purpose and who we are",
		`Terms used but not defined in this Privacy Notice can be found in our Terms of Use. This Privacy Notice does not apply to the Ollie mobile application or any related or supporting products, features, and services (collectively, the "**Ollie App**"). If you use the Ollie App, please refer to the [Ollie Privacy Notice](https://learnwithollie.com/privacy-notice) for details on how Coursera collects, uses, stores, discloses, and otherwise processes your Personal Data.`,
		`Terms used but not defined in this Privacy Notice can be found in our Terms of Use. This Privacy Notice also applies to the Ollie mobile application and any related or supporting products, features, and services (collectively, the "**Ollie App**"), and replaces the former Ollie Privacy Notice, which described how Coursera collects, uses, stores, discloses, and otherwise processes your Personal Data.`, "scope")
	wantOnlyCategory(t, rb, "b54-45", "Applicability of this Privacy Policy",
		"This Privacy Policy does not apply to any third-party applications or software that integrate with our Services (“**Third-Party Services**”), or any other third-party products, services or businesses.",
		"This Privacy Policy does not apply to any third-party applications or software that integrate with our Services (“**Third-Party Services**”), any other third-party products, services or businesses, or Miro’s AI Features, which are governed by the [AI Features Addendum](https://miro.com/legal/ai-features-addendum/).", "scope")
	wantOnlyCategory(t, rb, "an app brought in", "About this policy",
		"This Privacy Policy applies to the Contoso website. It does not apply to the Contoso Rewards app, which has its own notice.",
		"This Privacy Policy applies to the Contoso website and the Contoso Rewards app.", "scope")
	wantOnlyCategory(t, rb, "an app carved out", "Scope",
		"This Privacy Statement covers the Tailspin desktop client and the Tailspin web app.",
		"This Privacy Statement covers the Tailspin desktop client. The Tailspin web app, including its machine learning assistant, is covered by the Tailspin Cloud Privacy Statement.", "scope")
	// twin: the sentence after it lists data
	wantOnlyCategory(t, rb, "twin: a kind of data", "What this policy covers",
		"This Privacy Policy applies to the personal information we collect when you use our apps. Personal information includes your name and email address.",
		"This Privacy Policy applies to the personal information we collect when you use our apps. Personal information includes your name, email address and precise location.", "data")
}
