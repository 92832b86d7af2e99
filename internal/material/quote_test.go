package material

import "testing"

// TestQuoteShowsNoLinkTarget holds what real histories showed: a changed
// sentence quoted from inside a link carried the link's target into the
// reason ("'Make a complaint](https://privacycenter…'"), which is frozen
// into published files and sent to users. A reason quotes what readers see.
func TestQuoteShowsNoLinkTarget(t *testing.T) {
	for _, tc := range []struct{ old, new, want string }{
		{"You can Access your data](https://example.com/privacy/?subpage=7.subpage.3-Access) or object.",
			"You can Make a complaint](https://example.com/privacy/?subpage=7.subpage.13-MakeAComplaint) or object.",
			"'can Access your data or' → 'can Make a complaint or'"},
		{"Erase your information](https://example.com/privacy/?subpage=7.subpage.9-EraseYourInformation",
			"Download your information](https://example.com/privacy/?subpage=7.subpage.9-DownloadYourInformation",
			"'Erase your' → 'Download your'"},
		{"See [our cookie notice](https://example.com/cookies) for details.",
			"See [our cookie policy](https://example.com/cookies) for details.",
			"'cookie notice for' → 'cookie policy for'"},
	} {
		if got := quoteChange(tc.old, tc.new); got != tc.want {
			t.Errorf("quoteChange(%q, %q) = %s, want %s", tc.old, tc.new, got, tc.want)
		}
	}
}
