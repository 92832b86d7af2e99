package material

import (
	"strings"
	"testing"
)

// TestJunkNames: words the rules reported as parties that name no one,
// found in real policy histories (Automattic, Basecamp): a quoted or cited
// section title, a bold lead worded as an instruction, an ordinary word
// opening a sentence glued to the name after it, an aside's abbreviation
// ("AKA"), a term spelled out before its acronym, a link label of the
// rules' own words, a writing's author and the author's own contact person.
// A reason is mailed to users: it must name no such word. The twins, the
// same constructions with a real company, must still name it.
func TestJunkNames(t *testing.T) {
	rb := Builtin()
	const base = "We keep your data safe."
	head := func(extra string) string {
		return "## About us\n\nWe are Vexaro Ltd, a company registered in England. Vexaro runs the Vexaro app.\n\n" + extra
	}
	tail := "\n\n## How to Reach Us\n\nWrite to privacy@example.com.\n\n## Controllers and Responsible Companies\n\nVexaro Ltd is the controller.\n"
	for _, tc := range []struct {
		para string // added after base, in a section "Sharing"
		junk string // must not be named in an entity's reason; "" for a twin
		name string // a twin's party, which must be named
	}{
		{`Added "Information We Collect from Other Sources" section.`, "Other Sources", ""},
		{`We added the “Information We Collect From Other Sources” subsection.`, "Other Sources", ""},
		{`See the "Sharing With Business Partners" section below.`, "Business Partners", ""},
		{"If you want to use a right, scroll down to How to Reach Us to find out how.", "Reach Us", ""},
		{"To learn which company is the controller, see the section below on Controllers and Responsible Companies.", "Responsible Companies", ""},
		{"Our Services are worldwide. Different Vexaro companies are the controller of personal information.", "Different", ""},
		{"Various Vexaro teams may access your data.", "Various", ""},
		{"March 10, 2009: Added Ads paragraph to alert users that ads from third parties may use cookies.", "Added", ""},
		{"June 1, 2020: Clarified Retention paragraph to say how long we keep data.", "Clarified", ""},
		{"Howdy! We are the folks behind a variety of products.", "Howdy", ""},
		{"Hello! We share data with processors.", "Hello We", ""},
		{"Under the General Data Protection Regulation (AKA the “GDPR”), you have rights.", "AKA", ""},
		{"We share data with processors (e.g. hosting, i.e. our servers) as needed.", "E.", ""},
		{"We collect information like Internet Protocol (IP) addresses for logged in users.", "Internet Protocol", ""},
		{"We ask for your Personal Identification Number (PIN) to share data with your bank.", "Personal Identification Number", ""},
		{"To find these processors, see our [Subprocessor listing](/subprocessors). We share data with them.", "Subprocessor", ""},
		{"You can read a summary of the changes here [link to David's blog post].", "David", ""},
		{"Please read Jason's post about the changes before you share data.", "Jason", ""},
		{"Individuals with complaints should first contact Jeremy Daer at Vexaro at privacy@vexaro.com.", "Jeremy Daer", ""},
		// twins: a real party in the same construction
		{"Zentrova processes your data.", "", "Zentrova"},
		{"Different Zentrova Labs process your data.", "", "Zentrova Labs"},
		{"Added Zentrova as a processor of your data.", "", "Zentrova"},
		{`We share data with "Zentrova" and "Quorvax".`, "", "Quorvax"},
		{`We share your data with the partners in the "Zentrova" section.`, "", ""},
		{"We share data with Zentrova Data Systems (ZDS), our processor.", "", "Zentrova"},
		{"We share data with International Business Machines (IBM), our processor.", "", "IBM"},
		{"To find these processors, see our [Zentrova listing](/subprocessors). We share data with Zentrova.", "", "Zentrova"},
		{"We share your data with Zentrova; see Zentrova's blog post.", "", "Zentrova"},
		{"We share your data with Jeremy Daer, our consultant.", "", "Jeremy Daer"},
		{"Individuals with complaints should first contact Jeremy Daer at Zentrova.", "", "Jeremy Daer"},
	} {
		old := head("## Sharing\n\n" + base + tail)
		new := head("## Sharing\n\n" + base + " " + tc.para + tail)
		rep, _, why := judgeText(rb, old, new)
		all := strings.Join(why, "; ")
		if !rep.Material && tc.junk == "" {
			t.Errorf("%q: minor, want material: %s", tc.para, all)
		}
		for _, w := range why {
			if tc.junk != "" && strings.Contains(w, ".entity:") && strings.Contains(w, tc.junk) {
				t.Errorf("%q names %q: %s", tc.para, tc.junk, w)
			}
		}
		if tc.name != "" && !strings.Contains(all, tc.name) {
			t.Errorf("%q does not name %q: %s", tc.para, tc.name, all)
		}
	}
	// A bold lead worded as an instruction, the list item of the policy.
	for _, tc := range []struct{ item, junk, name string }{
		{"*   **Set Your Browser to Reject Cookies:** At this time, we do not respond to signals.", "Reject Cookies", ""},
		{"*   **Ask Your Browser to Block Trackers:** you can do so in its settings.", "Block Trackers", ""},
		{"*   **Zentrova:** we share your data with it.", "", "Zentrova"},
		{"*   **Sending Your Data to Zentrova Analytics:** we send them your email.", "", "Zentrova Analytics"},
	} {
		old := head("## Cookies\n\n*   **Cookies:** we use cookies.\n" + tail)
		new := head("## Cookies\n\n*   **Cookies:** we use cookies.\n" + tc.item + "\n" + tail)
		rep, _, why := judgeText(rb, old, new)
		all := strings.Join(why, "; ")
		for _, w := range why {
			if tc.junk != "" && strings.Contains(w, ".entity:") && strings.Contains(w, tc.junk) {
				t.Errorf("%q names %q: %s", tc.item, tc.junk, w)
			}
		}
		if tc.name != "" && (!rep.Material || !strings.Contains(all, tc.name)) {
			t.Errorf("%q does not name %q: %s", tc.item, tc.name, all)
		}
	}
}
