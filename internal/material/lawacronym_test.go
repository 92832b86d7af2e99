package material

import (
	"strings"
	"testing"
)

// TestLawAcronyms holds b48-24: a data protection law called by its
// initials in any language ("DSGVO" → "GDPR", "RGPD", "LGPD", "CCPA") is
// a rule, no party. A company named beside it still counts.
func TestLawAcronyms(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b48-24 the German name of the GDPR", "Legal basis",
			"*   With regard to data that you provide in forms, etc., with your consent, Art. 6 para. 1 lit. a) DSGVO",
			"*   With regard to data that you provide in forms, etc., with your consent, Art. 6(1)(a) GDPR", false},
		{"the French name", "Legal basis",
			"We process your data on the basis of Article 6(1)(f) RGPD.",
			"We process your data on the basis of Article 6(1)(f) GDPR.", false},
		{"the Californian law under its amended name", "Your rights",
			"Under the CCPA, you may ask us what personal information we hold about you.",
			"Under the CPRA, you may ask us what personal information we hold about you.", false},
		{"twin: a company added where the law was", "Legal basis",
			"We process your data on the basis of Article 6(1)(f) GDPR.",
			"We process your data on the basis of Article 6(1)(f) GDPR and share it with Zentrova Analytics GmbH.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestFormerName holds b48-12: the name a party says it had ("The Meet
// Group, Inc. (formerly MeetMe, Inc.)") is that party's past, no one new,
// though the other side never wrote it. A new party that says its old
// name is still new.
func TestFormerName(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b48-12 the author's former name", "Privacy Policy",
			`The Meet Group, Inc., its brands, affiliates, and subsidiaries ("**TMG**"," "**we**," "**our**," or "**us**") values your privacy.`,
			`The Meet Group, Inc. (formerly MeetMe, Inc.), its brands, affiliates, and subsidiaries ("**TMG**"," "**we**," "**our**," or "**us**") values your privacy.`, false},
		{"previously known as", "Who we are",
			"Brightwell Media Ltd runs this website.",
			"Brightwell Media Ltd (previously known as Quillon Press Ltd) runs this website.", false},
		{"a processor's former name", "Payments",
			"Payments are handled by Stripe Payments Europe Ltd.",
			"Payments are handled by Stripe Payments Europe Ltd (formerly Stripe Ireland Ltd).", false},
		{"twin: a new processor with its former name", "Payments",
			"Payments are handled by our own billing team.",
			"Payments are handled by Zentrova Pay Ltd (formerly Quillon Billing Ltd).", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestUSDotted holds b48-14: "the United States" → "the U.S." is one
// country; its initials written with stops are its initials.
func TestUSDotted(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b48-14 the United States → the U.S.", "Japan Residents",
			"Wolfram Research Asia Ltd. and its wholly related corporate affiliate, Wolfram Research, Inc., which is located in the United States, along with all other Wolfram corporations worldwide, are committed to honoring the privacy rights.",
			"Wolfram Research Asia Ltd. and its wholly related corporate affiliate, Wolfram Research, Inc., which is located in the U.S., along with all other Wolfram corporations worldwide, are committed to honoring the privacy rights.", false},
		{"the U.K. → the United Kingdom", "International transfers",
			"Your data is stored on servers in the U.K. and the EU.",
			"Your data is stored on servers in the United Kingdom and the EU.", false},
		{"twin: another country", "International transfers",
			"Your data is stored on servers in the U.K. and the EU.",
			"Your data is stored on servers in the United States and the EU.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
