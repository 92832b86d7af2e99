package material

import "testing"

// TestResidentsScope holds what batch 17 showed (b17-01): places where
// the reader is located, said with an aside between "located" and "in"
// ("a user located (as determined by your currently registered mobile
// number) in Australia, …, Türkiye, …"), are whom the sentence is for,
// not where data goes; a sentence that, read without them, names no
// category says for whom what it says holds, the scope of the policy.
// (It was read as a new transfer destination, and once the places were
// read as the reader's, as the controller's, for the aside's
// "registered".) Its twins: a sentence on residents that names a right
// keeps the right, and one that sends data to the places stays a
// transfer. (Written before withoutAsides.)
func TestResidentsScope(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new, cat string
	}{
		{"invented: more places, an aside on how the place is known", "Local terms",
			"If you are a user located (as determined by the country code of your phone number) in Brazil, Türkiye or Japan, additional local terms apply to you.",
			"If you are a user located (as determined by the country code of your phone number) in Brazil, Türkiye, Japan or Mexico, additional local terms apply to you.",
			"scope"},
		{"invented: fewer places, an aside of the reader's account", "Supplemental terms",
			"Customers based (according to the billing address on file) in Canada, Australia or Singapore are also bound by the supplemental terms.",
			"Customers based (according to the billing address on file) in Canada or Singapore are also bound by the supplemental terms.",
			"scope"},
		{"twin: a right for residents", "Your rights",
			"If you live in France or Spain, you may ask us for a copy of your data free of charge.",
			"If you live in France, Spain or Italy, you may ask us for a copy of your data free of charge.",
			"rights"},
		{"twin: data sent to the places", "Where we process data",
			"We transfer your data to servers located in Ireland and Germany.",
			"We transfer your data to servers located in Ireland, Germany and India.",
			"transfers"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.cat)
	}
}
