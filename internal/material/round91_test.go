package material

import (
	"strings"
	"testing"
)

// Mends of round 91 (batches 423 to 426, written blind and first run on
// f5db9b15: no miss, as paragraphs or in whole policies; 80 of 101 flags
// right).

// TestVersionWrittenWithV: "TLS 1.3" → "TLS v1.3" names the same version
// (b425-22, read "1.3 changed to v1.3"). Twins: another version, with or
// without the "v", is another commitment.
func TestVersionWrittenWithV(t *testing.T) {
	h := "Security"
	runRestated(t, []restatedCase{
		{"v put before the version", h, "• Encryption in Transit: All data transfers use TLS 1.3", "• Encryption in Transit: All data transfers use TLS v1.3", false},
		{"v dropped", h, "All data transfers use TLS v1.2 or later.", "All data transfers use TLS 1.2 or later.", false},
		{"twin: another version, written with v", h, "• Encryption in Transit: All data transfers use TLS 1.3", "• Encryption in Transit: All data transfers use TLS v1.2", true},
		{"twin: another version", h, "All data transfers use TLS v1.3.", "All data transfers use TLS 1.2.", true},
	})
}

// TestOnTheirBehalf: "on behalf of clients" is "on our clients' behalf"
// (b426-44, "behalf" unexplained). Twins: on behalf of another party.
func TestOnTheirBehalf(t *testing.T) {
	h := "How we use your information"
	runRestated(t, []restatedCase{
		{"possessive behalf", h, "- Providing support on behalf of clients", "- Providing support on our clients' behalf", false},
		{"possessive behalf, singular", h, "We process the data on behalf of the customer.", "We process the data on the customer's behalf.", false},
		{"twin: on behalf of our partners", h, "- Providing support on behalf of clients", "- Providing support on our partners' behalf", true},
		{"twin: on another's behalf", h, "We process the data on behalf of the customer.", "We process the data on our advertisers' behalf.", true},
	})
}

// TestIdentityWords: "ID documents" are identity documents (b424-04, and
// b132-03, b382-03 of earlier writers, all read as "identity"
// unexplained), and checking "who you are" is verifying "your identity"
// (b423-19, and six earlier edits). Twins: documents of another kind, and
// a check of something else, are changes.
func TestIdentityWords(t *testing.T) {
	h, r := "Data we collect", "Your rights"
	old := "Customers may store verification documents including: ID documents, passport scans."
	ro := "Please note that we will need to verify your identity before we can fulfil any of your rights under data protection law."
	runRestated(t, []restatedCase{
		{"ID → identity documents", h, old, "Customers may store verification documents including: identity documents, passport scans.", false},
		{"twin: ID → health documents", h, old, "Customers may store verification documents including: health documents, passport scans.", true},
		{"identity → who you are", r, ro, "Please note that we will need to check who you are before we can fulfil any of your rights under data protection law.", false},
		{"twin: identity → where you live", r, ro, "Please note that we will need to check where you live before we can fulfil any of your rights under data protection law.", true},
	})
}

// TestTrackerItem: an item whose words of a category all name trackers is
// about cookies and trackers, whatever the list's other words name: "If
// you use our websites or sites carrying our tracking pixel, we try to
// identify when and how you use those websites" adds tracking on others'
// sites (b426-12, filed under data as a paragraph and under scope in its
// whole policy). Twin: sites of partners, named by no word of trackers,
// stay what the list is about.
func TestTrackerItem(t *testing.T) {
	rb := Builtin()
	h := "Information we collect"
	old := "• Information about any device you have used to access our Services and also how you use our Services. If you use our websites, we try to identify when and how you use those websites too;"
	with := func(item string) string {
		return strings.Replace(old, "our websites, we", "our websites or "+item+", we", 1)
	}
	rep, cats, why := judgeEdit(rb, h, old, with("sites carrying our tracking pixel"))
	wantCategoryNot(t, "tracking pixel", rep, cats, why, "cookies", "")
	rep, cats, why = judgeEdit(rb, h, old, with("our partners' websites"))
	wantCategoryNot(t, "twin: partners' websites", rep, cats, why, "", "cookies")
}
