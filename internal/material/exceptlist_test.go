package material

import "testing"

// TestExceptionListWidened holds items put into the list a rule leaves
// out: Plausible's data policy (plausible/website) kept "ref=, source=
// and utm_source=" of a page's query parameters, then also utm_medium=
// and utm_campaign=, read as wording about no personal data. What a rule
// excepts is a commitment, whatever its items name; the same list
// reordered or reworded around it is not a change of it.
func TestExceptionListWidened(t *testing.T) {
	rb := Builtin()
	old := "The hostname and path are collected. Query parameters are discarded, except for these special query parameters: `ref=`, `source=` and `utm_source=`."
	for _, tc := range []struct {
		name, new string
		material  bool
	}{
		{"two parameters kept as well", "The hostname and path are collected. Query parameters are discarded, except for these special query parameters: `ref=`, `source=`, `utm_source=`, `utm_medium=` and `utm_campaign=`.", true},
		{"a parameter no longer kept", "The hostname and path are collected. Query parameters are discarded, except for these special query parameters: `ref=` and `source=`.", true},
		{"the same parameters reordered", "The hostname and path are collected. Query parameters are discarded, except for these special query parameters: `source=`, `ref=` and `utm_source=`.", false},
	} {
		rep, _, why := judgeEdit(rb, "Page URL", old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material %v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
	// In a sentence about the reader's data too (Homebrew/brew, 2018):
	// one command's use recorded as well, "cask" taken from the exception.
	rep, _, why := judgeEdit(rb, "What is collected", "We record the command you have run (with arguments stripped), not any external commands except `bundle`, `cask` and `services`.",
		"We record the command you have run (with arguments stripped), not any external commands except `bundle` and `services`.")
	if !rep.Material {
		t.Errorf("an item taken from an exception in a sentence about data: minor, want material: %v", why)
	}
}

// TestLimitBesideParagraph holds a sentence with a limit added to a
// paragraph about personal data, the sentence naming no term itself:
// Plausible's data policy added "We only show the brand of the operating
// system and don't include the version number or any other details"
// after "We use this to show you what operating systems people use",
// read as wording about no personal data. A sentence with no limit added
// there, or a limit beside text about nothing the rules know, is not
// this.
func TestLimitBesideParagraph(t *testing.T) {
	rb := Builtin()
	old := "We use this to show you what operating systems people use when visiting your website. This is derived from the User-Agent HTTP header."
	rep, cats, why := judgeEdit(rb, "4. Operating system", old, "We use this to show you what operating systems people use when visiting your website. We only show the brand of the operating system and don't include the version number or any other details. This is derived from the User-Agent HTTP header.")
	wantCategoryNot(t, "a limit added beside the use", rep, cats, why, "", "")
	rep, cats, why = judgeEdit(rb, "4. Operating system", "We use this to show you what operating systems people use when visiting your website. We only show the brand of the operating system and don't include the version number. This is derived from the User-Agent HTTP header.", old)
	wantCategoryNot(t, "a limit removed beside the use", rep, cats, why, "", "")
	if rep, _, why := judgeEdit(rb, "Our team", "We are a small company based in Estonia.", "We are a small company based in Estonia. We don't have investors."); rep.Material {
		t.Errorf("a negation beside text about nothing the rules know: material, want minor: %v", why)
	}
}
