package material

import (
	"strings"
	"testing"
)

// Mends of round 86 (batches 403 to 406, written blind and first run on
// 139cabab).

// TestStandardTraded: a condition that held a right to a standard traded
// for a condition of another kind changes when the right holds: "opt out
// of AI processing where technically feasible" → "where your plan
// includes human support" (b404-25, read "Same commitments, reworded"),
// and the other way. Twins: the standard said again in other words.
func TestStandardTraded(t *testing.T) {
	const h = "AI Disclosure (EU AI Act Article 50)"
	const old = "You have the right to request human review of any AI-generated response or to opt out of AI processing where technically feasible. Contact us to exercise these rights."
	runRestated(t, []restatedCase{
		{"plan", h, old, "You have the right to request human review of any AI-generated response or to opt out of AI processing where your plan includes human support. Contact us to exercise these rights.", true},
		{"paid plan", h, "You can opt out of AI processing where technically feasible.", "You can opt out of AI processing where you are on a paid plan.", true},
		{"the other way", h, "You can opt out of AI processing where your plan includes it.", "You can opt out of AI processing where technically feasible.", true},
		{"twin: said again", h, old, "You have the right to request human review of any AI-generated response or to opt out of AI processing where that is technically possible. Contact us to exercise these rights.", false},
		{"twin: the law", "Marketing", "We send marketing communications (where permitted).", "We send marketing communications (where the law permits).", false},
	})
}

// TestDataExampled: an example put after the data a safeguard reaches
// names data the author holds, and is filed under data: "Restricted
// access to sensitive information" → "…, such as face templates from
// verification selfies" (b405-47, read as a gloss naming nothing). Twin:
// what the safeguard reaches changed is the safeguard's.
func TestDataExampled(t *testing.T) {
	rb := Builtin()
	const h = "Security Practices"
	const old = "- Restricted access to sensitive information"
	wantOnlyCategory(t, rb, "face templates", h, old, "- Restricted access to sensitive information, such as face templates from verification selfies", "data")
	wantOnlyCategory(t, rb, "health records", h, old, "- Restricted access to sensitive information, such as health records", "data")
	wantOnlyCategory(t, rb, "twin: what it reaches", h, old, "- Restricted access to payment information", "security")
}

// TestShopNoun: a store after an article, a possessive or a word of trade
// is a shop, which keeps nothing: "stores visited" put among usage data
// (b403-32) is data, not retention. Twins: the verb still keeps.
func TestShopNoun(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "stores visited", "Information We Collect", "- Usage Data: Information about how you use the Service, such as features accessed, time spent, IP address, browser type, and operating system.", "- Usage Data: Information about how you use the Service, such as features accessed, time spent, stores visited, IP address, browser type, and operating system.", "data")
	wantOnlyCategory(t, rb, "in-store cameras", "12. USE OF ARTIFICIAL INTELLIGENCE", "These features are activated only if explicitly enabled by the customer.", "These features, including facial recognition for in-store cameras, are activated only if explicitly enabled by the customer.", "ai")
	runRestated(t, []restatedCase{
		{"twin: we store", "Retention", "We keep your order history for 12 months.", "We store your order history for 12 months.", false},
		{"twin: which stores", "Service providers", "We use a hosting provider that keeps your files in the EU.", "We use a hosting provider that stores your files in the EU.", false},
		{"twin: store longer", "Retention", "We store your order history for 12 months.", "We store your order history for 24 months.", true},
	})
}

// TestPurposeClausePut: a clause of purpose put among the uses is a
// purpose, whatever kind of data it names: "to infer your sexual
// orientation from your likes" (b405-13), which naming a kind of data
// of its own filed under data. Twin: the kind of data put among the data
// a use covers is data.
func TestPurposeClausePut(t *testing.T) {
	rb := Builtin()
	const h = "How do we use your personal information?"
	wantOnlyCategory(t, rb, "to infer", h, "Analytics and profiling – we use your personal information for statistical analysis and to help us understand more about users of our systems.", "Analytics and profiling – we use your personal information for statistical analysis, to infer your sexual orientation from your likes, and to help us understand more about users of our systems.", "purposes")
	wantOnlyCategory(t, rb, "twin: data", "What we collect", "We collect your name and email address.", "We collect your name, email address and sexual orientation.", "data")
}

// TestOrBound: "30 days or more" is the bound "at least 30 days" says, not
// an alternative put in (b405-30, read "an alternative dropped or put
// in"; "one or more appropriate safeguards" → "at least one appropriate
// safeguard", b141-16, b228-15, b268-12). Twins: the bound reversed, and
// an alternative that is one.
func TestOrBound(t *testing.T) {
	const h = "Changes to this Privacy Policy"
	const old = "We will post a notice on our website at least 30 days before changes take effect."
	runRestated(t, []restatedCase{
		{"or more", h, old, "We will post a notice on our website 30 days or more before changes take effect.", false},
		{"the other way", h, "We will post a notice on our website 30 days or more before changes take effect.", old, false},
		{"twin: or less", h, old, "We will post a notice on our website 30 days or less before changes take effect.", true},
		{"twin: an alternative", "Legal basis", "We rely on legal effects.", "We rely on legal or similarly significant effects.", true},
		{"or more between number and unit", h, old, "We will post a notice on our website 30 or more days before changes take effect.", false},
		{"twin: or fewer between", h, old, "We will post a notice on our website 30 or fewer days before changes take effect.", true},
	})
}

// TestPronounOneSaid: "one" that stands for a thing named before counts
// nothing: "where the applicable law requires one" (b403-40, b99-40,
// b256-40, read "Age thresholds: one added"), "one of these rights"
// (b82-17). Twin: "one of your photos" → "each of your photos" counts
// (b55-45).
func TestPronounOneSaid(t *testing.T) {
	const h = "Children's Privacy"
	runRestated(t, []restatedCase{
		{"requires one", h, "The Service is not intended for children under 13 (or a higher age threshold where applicable law requires).", "The Service is not intended for children under 13 (or a higher age threshold where the applicable law requires one).", false},
		{"one of these four", "10. ACCESS TO CUSTOMER DATA", "Staff may access customer accounts only when necessary for these four purposes: Platform support, system maintenance, managed service assistance, troubleshooting.", "Staff may access customer accounts only when necessary for one of these four purposes: Platform support, system maintenance, managed service assistance, troubleshooting.", false},
		{"twin: one of these to all", "Your rights", "You may exercise one of these rights at a time.", "You may exercise all of these rights at a time.", true},
		{"twin: one of your", "Legal basis: Legal obligation", "You will not be able to create an account if your face cannot be detected in one of your Profile Photos.", "You will not be able to create an account if your face cannot be detected in each of your Profile Photos.", true},
		{"twin: one more", h, "We ask for one form of identification.", "We ask for two forms of identification.", true},
	})
}

// TestFallbackWordsAsWritten: the fallback quotes the words the texts
// write, not their folds: "including" was quoted 'example' in 174 of
// 2,514 labelled fallback reasons, "Play Store" 'shop'.
func TestFallbackWordsAsWritten(t *testing.T) {
	rep, _, why := judgeEdit(Builtin(), "Data-subject rights", "You may ask us for a copy of your data.", "You may ask us for a copy of your data, including your workspace history.")
	all := strings.Join(why, "; ")
	if !rep.Material || !strings.Contains(all, "cannot tell whether 'including'") || strings.Contains(all, "'example'") {
		t.Errorf("fallback words: %s", all)
	}
	rep, _, why = judgeEdit(Builtin(), "Information We Collect", "We collect your device identifier (i.e. the advertising ID).", "We collect your device identifiers (e.g. the advertising ID).")
	if all = strings.Join(why, "; "); !rep.Material || !strings.Contains(all, "'e.g.'") || strings.Contains(all, "'e g'") {
		t.Errorf("fallback words, e.g.: %s", all)
	}
}
