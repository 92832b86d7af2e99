package material

import (
	"strings"
	"testing"
)

// Mozilla's privacy notices (mozilla/legal-docs) are Markdown for
// Kramdown: a date line carries an attribute list ("{: datetime=… }"),
// headings carry ids ("{: #cookies }"), and some recorded versions were
// written back with the wrong encoding ("youâ€™re"). None of that is
// text a reader reads as a commitment.
func TestMarkupAndEncoding(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Firefox Privacy Notice", "March 17, 2014\n{: datetime=\"2014-03-17\" }", "March 19, 2014\n{: datetime=\"2014-03-19\" }", false},
		{"Firefox Privacy Notice", "June 7, 2016", "June 24, 2016", false},
		{"Cookies", "We use cookies to keep you signed in.", "We use cookies to keep you signed in.\n{: #cookies }", false},
		{"Snippets", "Firefox’s default home page tells us which version of Firefox you’re using.", "Firefoxâ€™s default home page tells us which version of Firefox youâ€™re using.", false},
		// twins: the words around the markup still count
		{"Retention", "We keep logs for 30 days.\n{: #logs }", "We keep logs for 90 days.\n{: #logs }", true},
		{"Snippets", "Firefox’s home page tells us which version of Firefox you’re using.", "Firefoxâ€™s home page tells us which version of Firefox youâ€™re using and your location.", true},
		{"Retention", "Data collected before June 7, 2016 is deleted.", "Data collected before June 24, 2016 is deleted.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestLinkTargetWithBrackets: a link's target may hold brackets of its
// own ("…statement(07.02.19)(FR).pdf"); the words shown are the link's
// text, in any language.
func TestLinkTargetWithBrackets(t *testing.T) {
	rb := Builtin()
	old := "Cliquez ici pour obtenir la version française: [Déclaration de confidentialité de GitHub](https://help.github.com/assets/github-privacy-statement(07.02.19)(FR).pdf)"
	new := "Cliquez ici pour obtenir la version française: [Déclaration de confidentialité de GitHub](https://help.github.com/assets/github-privacy-statement(08.03.20)(FR).pdf)"
	if got := strings.Join(plainWords(old), " "); strings.Contains(got, "pdf") {
		t.Errorf("plain words of a link with brackets in its target: %q", got)
	}
	if rep, _, why := judgeEdit(rb, "Translations", old, new); rep.Material {
		t.Errorf("a translation's link moved: material: %s", strings.Join(why, "; "))
	}
}

// TestPointerHereAndAnnouncement: "Read the … documentation here." points
// to more, as "Learn more" does; "We're updating our Privacy Notice.
// Click here to see the new version." announces an update. Neither
// commits to anything; a sentence beside them that does still counts.
func TestPointerHereAndAnnouncement(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"Mozilla VPN collects technical data. Read the technical and interaction data collection documentation [here](https://example.org/docs).", "Mozilla VPN collects technical data.", false},
		{"Firefox sends telemetry to Mozilla.", "We’re updating our Privacy Notice. Click [here](https://example.org/new) to see the new version.\n\nFirefox sends telemetry to Mozilla.", false},
		{"Mozilla VPN collects technical data. Read the technical and interaction data collection documentation [here](https://example.org/docs).", "Mozilla VPN collects technical and interaction data.", true},
	} {
		rep, _, why := judgeEdit(rb, "Technical data", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
