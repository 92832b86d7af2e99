package material

import (
	"strings"
	"testing"
)

// TestQuoteShowsNoLinkTarget holds what real histories showed: a changed
// sentence quoted from inside a link carried the link's target into the
// reason ("'Make a complaint](https://privacycenter…'"), which is frozen
// into published files and sent to users. A reason quotes what readers see.
func TestQuoteShowsNoLinkTarget(t *testing.T) {
	for _, tc := range []struct{ old, new, want string }{
		{"You can Access your data](https://example.com/privacy/?subpage=7.subpage.3-Access) or object.",
			"You can Make a complaint](https://example.com/privacy/?subpage=7.subpage.13-MakeAComplaint) or object.",
			"'can Access your data or object' → 'can Make a complaint or object'"},
		{"Erase your information](https://example.com/privacy/?subpage=7.subpage.9-EraseYourInformation",
			"Download your information](https://example.com/privacy/?subpage=7.subpage.9-DownloadYourInformation",
			"'Erase your information' → 'Download your information'"},
		{"See [our cookie notice](https://example.com/cookies) for details.",
			"See [our cookie policy](https://example.com/cookies) for details.",
			"'cookie notice for details' → 'cookie policy for details'"},
	} {
		if got := quoteChange(tc.old, tc.new); got != tc.want {
			t.Errorf("quoteChange(%q, %q) = %s, want %s", tc.old, tc.new, got, tc.want)
		}
	}
}

// TestQuoteShowsNoTableSyntax holds what real histories showed: a changed
// table row was quoted with its pipes and empty cells ("“| Information
// from cookies and similar technologies | Please see our Cookie Notice |
// | | |”"), its delimiter row ("| --- | --- |"), a heading's underline
// ("=====") or a Markdown escape ("30\."). A reader of the policy sees the
// cells' words, one cell after another, and none of those marks.
func TestQuoteShowsNoTableSyntax(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"| Information from cookies and similar technologies | Please see our Cookie Notice |     |     |     |",
			"“Information from cookies and similar technologies; Please see our Cookie Notice”"},
		{"| Category | Description |\n| --- | --- |\n| User Information | We collect it. |",
			"“Category; Description; User Information; We collect it.”"},
		{"| To get a detailed list of the recipients, please contact us. | | Third Party |",
			"“To get a detailed list of the recipients, please contact us. Third Party”"},
		{"| For Safety and Security =============================== | | |", "“For Safety and Security”"},
		{"| :--- | ---: |\n| Analytics | 30\\. days |", "“Analytics; 30. days”"},
		// Near misses: a sentence's own hyphens and dashes are words a
		// reader sees.
		{"We keep opt-out records - see below - for 2 years.", "“We keep opt-out records - see below - for 2 years.”"},
		{"Fees are shown as A|B in the app.", "“Fees are shown as A|B in the app.”"},
	} {
		if got := excerpt(tc.in); got != tc.want {
			t.Errorf("excerpt(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct{ old, new, want string }{
		{"| Geolocation data | Through automated means | Our service providers | |",
			"| Precise geolocation data | Through automated means | Our service providers | |",
			"'Geolocation' → 'Precise geolocation'"},
		{"| Data you give us | |\n| Name | Email |", "| Data you give us | |\n| Name | Phone |", "'Name; Email' → 'Name; Phone'"},
	} {
		if got := quoteChange(tc.old, tc.new); got != tc.want {
			t.Errorf("quoteChange(%q, %q) = %s, want %s", tc.old, tc.new, got, tc.want)
		}
	}
}

// TestQuoteSaysWhenOnlyALinkChanged holds what real histories showed: a
// link removed or pointed elsewhere, its words unchanged, was quoted as
// the same words on both sides ("'… Please see our Cookie Notice' → '…
// Please see our Cookie Notice'"), which tells a reader nothing. The
// reason says what changed.
func TestQuoteSaysWhenOnlyALinkChanged(t *testing.T) {
	for _, tc := range []struct{ old, new, want string }{
		{"| Information from cookies | Please see our [Cookie Notice](https://evernote.com/privacy/cookies) |     |",
			"| Information from cookies | Please see our Cookie Notice |     |",
			"only a link changed, the words read the same: 'Information from cookies; Please see our Cookie Notice'"},
		{"[La santé mondiale](https://sante.gouv.fr/a)", "[La santé mondiale](https://sante.gouv.fr/b)",
			"only a link changed, the words read the same: 'La santé mondiale'"},
		{"We keep **your** data.", "We keep your data.", "only formatting changed, the words read the same: 'We keep your data.'"},
		// Near miss: words changed around a link are quoted as before.
		{"See [our notice](https://a.example/n) now.", "See [our policy](https://a.example/n) now.", "'our notice now' → 'our policy now'"},
	} {
		if got := quoteChange(tc.old, tc.new); got != tc.want {
			t.Errorf("quoteChange(%q, %q) = %s, want %s", tc.old, tc.new, got, tc.want)
		}
	}
}

// TestCosmeticLinkOnly: a change whose words read the same, a link
// removed, is not called a spelling variant.
func TestCosmeticLinkOnly(t *testing.T) {
	rb := Builtin()
	rep, _, why := judgeEdit(rb, "Information we collect",
		"| Information from cookies | Please see our [Cookie Notice](https://evernote.com/privacy/cookies) |     |",
		"| Information from cookies | Please see our Cookie Notice |     |")
	for _, v := range rep.Verdicts {
		if v.Rule == "cosmetic.synonym" || v.Material {
			t.Errorf("a link removed: %s", strings.Join(why, "; "))
		}
	}
}

// TestQuoteEndsOnAWord holds that a quote does not stop on a word that
// waits for the next one: "'data at rest and in' → 'data in'" told the
// reader less than the sentence did. The context runs on to the word that
// completes it, but never across punctuation and never more than three
// words.
func TestQuoteEndsOnAWord(t *testing.T) {
	for _, tc := range []struct{ old, new, want string }{
		{"We encrypt all data at rest and in transit.", "We encrypt all data in transit.",
			"'data at rest and in transit' → 'data in transit'"},
		{"We keep your data in Ireland and in the EU.", "We keep your data in the EU.",
			"'in Ireland and in the EU' → 'in the EU'"},
		{"Data goes to Acme and, where required, to regulators.", "Data goes to Beta and, where required, to regulators.",
			"'to Acme and' → 'to Beta and'"},
		{"We keep logs for 30 days.", "We keep logs for 90 days.", "'for 30 days' → 'for 90 days'"},
		{"Ask us for a copy of the data of the account of the user.", "Ask us for the data of the account of the user.",
			"'for a copy of the data' → 'for the data'"},
	} {
		if got := quoteChange(tc.old, tc.new); got != tc.want {
			t.Errorf("quoteChange(%q, %q) = %s, want %s", tc.old, tc.new, got, tc.want)
		}
	}
}
