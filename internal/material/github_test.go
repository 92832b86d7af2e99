package material

import (
	"strings"
	"testing"
)

// Edits GitHub's lawyers made to GitHub's privacy documents (github/
// site-policy), in families the rules misjudged: a subprocessor that is an
// analytics tool, a link to the same section retitled by the docs site,
// a pointer to more information reworded.

// TestSubprocessorRowIsRecipient: a row of a table under a heading that
// names recipients is a recipient, though the row's own words are of
// another category (analytics, cookies).
func TestSubprocessorRowIsRecipient(t *testing.T) {
	rb := Builtin()
	table := func(rows string) string {
		return "# Subprocessors and Cookies\n\nThis page lists our subprocessors.\n\n## GitHub Subprocessors\n\n| Name of Subprocessor | Description of Processing | Location of Processing |\n|:---|:---|:---|\n| Zendesk | Customer support ticketing system | United States |\n" + rows + "| Zuora | Invoicing system | United States |\n\n## Cookies\n\nWe use cookies to keep you signed in.\n"
	}
	rep, cats, why := judgeText(rb, table("| Segment | Data analytics platform | United States |\n"), table(""))
	if !rep.Material || !cats["recipients"] {
		t.Errorf("subprocessor row removed: material=%v, categories %v, want recipients: %s", rep.Material, cats, strings.Join(why, "; "))
	}
	// the same tool in a list under a cookies heading is a tracker
	cookies := func(item string) string {
		return "# Cookies\n\nThis page says how we use cookies.\n\n## Cookies we set\n\n" + item + "- Essential cookies keep you signed in.\n"
	}
	rep, cats, why = judgeText(rb, cookies("- Segment sets cookies to measure how you use our site.\n"), cookies(""))
	if !rep.Material || !cats["cookies"] {
		t.Errorf("tracker removed from the cookie list: material=%v, categories %v, want cookies: %s", rep.Material, cats, strings.Join(why, "; "))
	}
}

// TestSameSectionRetitled: a link to the same section of the same page,
// moved to another path and titled by the docs site ("AUTOTITLE"), points
// where it did; a link to another section does not.
func TestSameSectionRetitled(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{`We use the categories of personal information described above for the purposes listed in the "[How GitHub uses your information](/github/site-policy/github-privacy-statement#how-github-uses-your-information)" section of our Privacy Statement.`,
			`We use the categories of personal information described above for the purposes listed in the "[AUTOTITLE](/site-policy/privacy-policies/github-privacy-statement#how-github-uses-your-information)" section of our Privacy Statement.`, false},
		{`We use the categories of personal information described above for the purposes listed in the "[How GitHub uses your information](/github/site-policy/github-privacy-statement#how-github-uses-your-information)" section of our Privacy Statement.`,
			`We use the categories of personal information described above for the purposes listed in the "[How we share the information we collect](/site-policy/privacy-policies/github-privacy-statement#how-we-share-the-information-we-collect)" section of our Privacy Statement.`, true},
	} {
		rep, _, why := judgeEdit(rb, "Categories of personal information", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestPointerReworded: a sentence that only points to more information,
// reworded, or a clause saying where more is said, commits to nothing;
// the commitment beside it still counts.
func TestPointerReworded(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"You can use our export tool to download your data. Learn more [here](/get-started/requesting-an-archive).",
			`You can use our export tool to download your data. For more information, see "[Requesting an archive of your data](/get-started/requesting-an-archive)."`, false},
		{"Persistent cookies stay until they expire or are deleted. You may be able to delete cookie data as described [here](#cookie-choices).",
			`Persistent cookies stay until they expire or are deleted. You may be able to delete cookie data. For more information, see "[What are your cookie choices?](#cookie-choices)."`, false},
		{"You can use our export tool to download your data. Learn more [here](/get-started/requesting-an-archive).",
			`You can use our export tool to download your data once a year. For more information, see "[Requesting an archive of your data](/get-started/requesting-an-archive)."`, true},
		{"Persistent cookies stay until they expire or are deleted. You may be able to delete cookie data as described [here](#cookie-choices).",
			`Persistent cookies stay until they expire. For more information, see "[What are your cookie choices?](#cookie-choices)."`, true},
	} {
		rep, _, why := judgeEdit(rb, "Your data", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestContentsSentence: a sentence that says what the document covers
// commits to nothing; one that says what the author does, though it
// starts the same way, does.
func TestContentsSentence(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"To that end, we provide this page, which details [our subprocessors](#subprocessors), how we use [cookies](#cookies), and where and how we perform any [tracking](#tracking).",
			"To that end, we provide this page, which details [our subprocessors](#subprocessors), and how we use [cookies](#cookies).", false},
		{"This policy explains what data we collect, how we use it and with whom we share it.",
			"This policy explains what data we collect and how we use it.", false},
		{"This policy explains that we never sell your data.", "This policy explains that we may sell your data.", true},
		{"This policy describes the data we collect, which we never sell.", "This policy describes the data we collect, which we may sell.", true},
	} {
		rep, _, why := judgeEdit(rb, "About this page", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestTemplateTagPointer: a pointer whose names are a template's tags
// ("{% data variables.product.prodname_insights %}") is still a pointer.
func TestTemplateTagPointer(t *testing.T) {
	rb := Builtin()
	old := "{% data variables.product.prodname_insights %} processes data on your behalf.\n\nFor more information about the terms that govern {% data variables.product.prodname_insights %}, see your {% data variables.product.prodname_ghe_one %} subscription agreement."
	rep, _, why := judgeEdit(rb, "Data protection", old, "{% data variables.product.prodname_insights %} processes data on your behalf.")
	if rep.Material {
		t.Errorf("pointer with template tags removed: material, want minor: %s", strings.Join(why, "; "))
	}
}
