package material

import (
	"slices"
	"strings"
	"testing"
)

// TestCollectedNoun holds what batch 26 showed (b26-10), and many
// unlabelled updates with it ("We use the information we collect to:",
// "We retain personal information we collect from you …", "GitHub may
// disclose Personal Data or other information we collect about you to
// law enforcement"): "the information we've collected about you" names
// the reader's data as "your data" does, not a kind of data collected;
// what such a sentence commits to is what it does with it (a right to an
// archive of it, a purpose, a recipient, a period). It tied with the
// right and was filed under categories of personal data. Twins: a
// sentence that says what is collected ("We collect your name", "The
// information we collect includes your location", "the types of data we
// collect", "what personal data we collect") stays data, and so does a
// label before a sentence of its own ("Geolocation information; We
// collect this information directly from you"); the request reworded
// alone is minor.
func TestCollectedNoun(t *testing.T) {
	rb := Builtin()
	const heading = "How to access and control the information we've collected"
	for _, tc := range []struct {
		name, heading, old, new, cat string
	}{
		{"a right to the data we hold (b26-10)", heading,
			"You may submit a request via email to [privacy](mailto:privacy@example.org) to request an archive of the information we've collected about you, or to request that we remove any information we've collected about you.",
			"You may submit a request via email to [support](mailto:support@example.org) to request an archive of the information we've collected about you, or to request that we remove any information we've collected about you.",
			"rights"},
		{"a purpose for the data we hold", "How we use information",
			"We use the information we collect to provide the service.",
			"We use the information we collect to provide the service and to show you personalised ads.",
			"purposes"},
		{"twin: a kind of data collected", "Information we collect",
			"We collect your name and email address.",
			"We collect your name, email address and location.",
			"data"},
		{"twin: what the data we collect includes", "Information",
			"The information we collect includes your name.",
			"The information we collect includes your name and your precise location.",
			"data"},
		{"twin: the types of data we collect", "Information",
			"The types of personal information we collect from you are your name and your email address.",
			"The types of personal information we collect from you are your name, your email address and your contacts.",
			"data"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.cat)
	}
	for _, tc := range []struct{ name, old, new string }{
		{"the request reworded",
			"You can ask us for an archive of the information we've collected about you.",
			"You can request an archive of the information we've collected about you."},
	} {
		if rep, _, why := judgeEdit(rb, heading, tc.old, tc.new); rep.Material {
			t.Errorf("%s: material, want minor: %s", tc.name, strings.Join(why, "; "))
		}
	}
	ix := rb.index
	for _, tc := range []struct {
		text string
		kept bool // "we collect" stays among the words
	}{
		{"We use the information we collect to provide the service.", false},
		{"We use collected personally identifying information to operate our business.", false},
		{"We may analyze personal information we have collected about you.", false},
		{"Geolocation information; We collect this information directly from you.", true},
		{"The information we collect includes your name.", true},
		{"the types of data we collect", true},
		{"what personal information we collect", true},
		{"We collect your name.", true},
	} {
		ws := ix.fold(tc.text)
		got := collectedNoun(ws)
		kept := slices.ContainsFunc(got, func(w string) bool { return strings.HasPrefix(w, "collect") })
		if kept != tc.kept {
			t.Errorf("%q: %v, want collect kept %v", tc.text, got, tc.kept)
		}
	}
}
