package material

import (
	"strings"
	"testing"
)

// TestPartiesOnlyCategory: a change that only names parties or takes them
// away, however its rule read it (a commitment weakened, a wording
// changed), is about recipients: a processor replaced ("We use SalesForce
// Marketing Cloud to email receipts" → "We use Acoustic to …"), the
// companies a sentence lists dropped ("including but not limited to
// Google, Bing, DuckDuckGo, and eBay"). Its twins keep their category:
// platforms named ("Android and iPhone/iPad"), a place where the reader
// acts ("visit your settings in Instagram, Facebook") and the company's
// own teams. (Written before the names alone were read, for Mozilla's 127
// and 162.)
func TestPartiesOnlyCategory(t *testing.T) {
	rb := Builtin()
	for _, tc := range []categoryCase{
		{"a processor replaced", "How we use your information",
			"We use [SalesForce Marketing Cloud](https://www.marketingcloud.com/privacy) to email receipts and store records, which are retained for four years from the date of last payment.",
			"We use [Acoustic](https://acoustic.com/privacy-notice/) to email receipts and store records, which are retained for four years from the date of last payment.", "recipients"},
		{"companies listed dropped", "Provide search functionality",
			"We use the number of searches you make to receive royalties from the default search options in the browser, including but not limited to Google, Bing, DuckDuckGo, and eBay.",
			"We use the number of searches you make to receive royalties from the default search options in the browser.", "recipients"},
		{"twin: platforms named", "Sync",
			"For the app on Android only, we collect the name of your device to show it in your list of synced devices.",
			"For the app on Android and iPhone/iPad, we collect the name of your device to show it in your list of synced devices.", "data"},
		{"twin: where the reader acts", "Your rights",
			"You decide with Instagram/Facebook/Spotify what limited information we receive when you first link these accounts to your account.",
			"You decide with Facebook/Spotify what limited information we receive when you first link these accounts to your account.", "rights"},
		{"twin: the company's own team", "Your rights",
			"You can ask us to delete your data by contacting Acme Support or Acme Premium Support.",
			"You can ask us to delete your data by contacting Acme Support.", "rights"},
	} {
		// The parties are named elsewhere in the policy too, as real
		// policies name them: no party enters or leaves the text.
		const elsewhere = "\n\nOur vendors include SalesForce Marketing Cloud, Acoustic, Google, Bing, DuckDuckGo, eBay, Instagram, Facebook and Spotify."
		rep, cats, why := judgeText(rb, doc(tc.heading, tc.old+elsewhere), doc(tc.heading, tc.new+elsewhere))
		if !rep.Material || !cats[tc.category] || tc.category != "recipients" && cats["recipients"] {
			t.Errorf("%s: material=%v, want %s alone: %s", tc.name, rep.Material, tc.category, strings.Join(why, "; "))
		}
	}
}
