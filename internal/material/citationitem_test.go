package material

import (
	"strings"
	"testing"
)

// TestCitedItemRemoved: a list item that cites an article of a law
// ("Right to Data Portability (Art. 20): …"), removed or added whole, is
// judged as what the item says, a right, not as "a number removed": the
// article's number went with the right it names (b31-43, b36-32, where a
// whole policy filed it under the data the item mentions). A number
// changed inside a citation both sides keep ("Art. 15" → "Art. 16")
// still changes what the text relies on.
func TestCitedItemRemoved(t *testing.T) {
	rb := Builtin()
	list := []string{
		"- Right to Access (Art. 15): Request a copy of your personal data and information about how it is processed",
		"- Right to Erasure (Art. 17): Request deletion of your personal data",
		"- Right to Data Portability (Art. 20): Receive your data in a structured, machine-readable format",
		"- Right to Object (Art. 21): Object to processing based on legitimate interests or for direct marketing",
	}
	text := func(items []string) string {
		return "# Privacy Policy\n\nWe collect your name, email address and usage data to provide the service.\n\nYour Data Rights\n\nUnder the GDPR you have the following rights:\n\n" + strings.Join(items, "\n") + "\n\nTo exercise them, write to privacy@example.com.\n"
	}
	for _, tc := range []struct {
		name   string
		new    []string
		reason string // a word the reason must not hold
	}{
		{"portability removed", []string{list[0], list[1], list[3]}, "number"},
		{"erasure removed", []string{list[0], list[2], list[3]}, "number"},
		{"restriction added", append([]string{list[0], list[1], "- Right to Restrict Processing (Art. 18): Request limitation of how we process your data"}, list[2:]...), "number"},
	} {
		rep, cats, why := judgeText(rb, text(list), text(tc.new))
		if !rep.Material || !cats["rights"] || len(cats) != 1 {
			t.Errorf("%s: material=%v, categories %v, want rights: %s", tc.name, rep.Material, cats, strings.Join(why, "; "))
		}
		if strings.Contains(strings.Join(why, " "), tc.reason) {
			t.Errorf("%s: reason says %q: %s", tc.name, tc.reason, strings.Join(why, "; "))
		}
	}
	// the article cited, changed, still counts
	changed := []string{list[0], list[1], strings.Replace(list[2], "Art. 20", "Art. 21", 1), list[3]}
	if rep, _, why := judgeText(rb, text(list), text(changed)); !rep.Material {
		t.Errorf("article number changed: minor: %s", strings.Join(why, "; "))
	}
}
