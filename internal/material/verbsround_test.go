package material

import (
	"strings"
	"testing"
)

// TestIntentionHedge: an intention or a plan is no commitment: "We do
// not use AI to make automated decisions" → "We do not intend to use AI
// …" (b288-24), "We respond" → "We intend to respond". Twins: "intended
// for use by" says whom a service is for, and a verb of the same act
// ("use" → "utilise") is no hedge.
func TestIntentionHedge(t *testing.T) {
	runRestated(t, []restatedCase{
		{"do not intend to use (b288-24)", "AI Disclosure",
			"  • No Automated Decision-Making: We do not use AI to make automated decisions that have legal or similarly significant effects on you",
			"  • No Automated Decision-Making: We do not intend to use AI to make automated decisions that have legal or similarly significant effects on you", true},
		{"intend to respond", "Your rights",
			"We respond to all requests within 30 days.",
			"We intend to respond to all requests within 30 days.", true},
		{"intends to respond", "Your rights",
			"omnie responds to all requests within 30 days.",
			"omnie intends to respond to all requests within 30 days.", true},
		{"twin: we do not intend the Service for children (b196-39)", "Children's Privacy",
			"The Service is not intended for use by children under the age of 13.",
			"We do not intend the Service for use by children under the age of 13.", false},
		{"twin: on paid plans narrows, no plan to (b105-26)", "AI Disclosure (EU AI Act Article 50)",
			"  • Human oversight is available through your account dashboard",
			"  • Human oversight is available through your account dashboard on paid plans", true},
		{"twin: intended for use by, whom it is for", "Age Restriction",
			"The Service is intended for use by individuals aged 18 years or older.",
			"The Service is intended for use by people aged 18 years or older.", false},
		{"twin: the same act", "AI Disclosure",
			"We do not use AI to make automated decisions.",
			"We do not utilise AI to make automated decisions.", false},
	})
}

// TestPowerTaken: a power given to the reader dropped from a pair ("You
// can review and update your account information" → "You can view your
// account information": no longer the right to correct it, b288-39), or
// put. Twins: both powers said with other verbs of the same rights, and
// one power said another way.
func TestPowerTaken(t *testing.T) {
	const h = "Your Privacy Choices"
	const old = "  • Account Information: You can review and update your account information through your settings page."
	runRestated(t, []restatedCase{
		{"review and update → view (b288-39)", h, old,
			"  • Account Information: You can view your account information through your settings page.", true},
		{"review → view and delete", h,
			"  • Account Information: You can review your account information through your settings page.",
			"  • Account Information: You can view and delete your account information through your settings page.", true},
		{"twin: review and update → see and change", h, old,
			"  • Account Information: You can see and change your account information through your settings page.", false},
		{"twin: review and update → view and edit", h, old,
			"  • Account Information: You can view and edit your account information through your settings page.", false},
		{"twin: a power the old side gives after a stop (b161-27)", "Cookie Preferences",
			"You can change your cookie preferences at any time. or clear cookies in your browser settings.",
			"You can change your cookie preferences at any time, or you can clear cookies in your browser settings.", false},
		{"twin: review → view", h,
			"  • Account Information: You can review your account information through your settings page.",
			"  • Account Information: You can view your account information through your settings page.", false},
	})
}

// TestProtectionTraded: a word of protection traded for one that is none,
// before the same noun: "Restricted access to sensitive information" →
// "Monitored access …" (b288-48), and the reverse. Twins: the same
// protection in another word ("Limited access", "Regulated access"), and a word of none
// traded for another of none.
func TestProtectionTraded(t *testing.T) {
	const h = "Security Practices"
	runRestated(t, []restatedCase{
		{"restricted → monitored (b288-48)", h, "- Restricted access to sensitive information", "- Monitored access to sensitive information", true},
		{"monitored → restricted", h, "- Monitored access to sensitive information", "- Restricted access to sensitive information", true},
		{"encrypted → stored", h, "- Encrypted backups of customer data", "- Daily backups of customer data", true},
		{"twin: restricted → limited", h, "- Restricted access to sensitive information", "- Limited access to sensitive information", false},
		{"twin: restricted → regulated, a word of the same meaning", h, "- Restricted access to sensitive information", "- Regulated access to sensitive information", false},
		{"twin: logged → recorded", h, "- Logged access to sensitive information", "- Recorded access to sensitive information", false},
	})
}

// TestByLargeModels: "by and large" says a statement holds in general;
// "by large language models" names what processes the data, and weakens
// no commitment (b287-24 read "Commitment weakened: 'by AI models' → 'by
// the large language models'"). Twin: "by and large" put in a denial.
func TestByLargeModels(t *testing.T) {
	rb := Builtin()
	rep, _, why := judgeEdit(rb, "AI Disclosure",
		"  • Response Generation: Your messages are processed by AI models from Anthropic (Claude), OpenAI (GPT), and Google (Gemini) to generate contextually relevant responses",
		"  • Response Generation: Your messages are processed by the large language models of Anthropic (Claude), OpenAI (GPT), and Google (Gemini) to generate contextually relevant responses")
	for _, v := range rep.Verdicts {
		if strings.HasSuffix(v.Rule, ".force") {
			t.Errorf("b287-24: read as a change of force: %s", strings.Join(why, "; "))
		}
	}
	runRestated(t, []restatedCase{
		{"twin: by and large", "Payment data",
			"OmniCRM does not store payment card information.",
			"OmniCRM does not, by and large, store payment card information.", true},
	})
}
