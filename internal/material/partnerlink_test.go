package material

import (
	"strings"
	"testing"
)

// TestPartnerLink holds b47-15's family: a link labelled by a company's
// name, to that company's own page, moved to a site bearing its name. A
// link under that label that goes to a site of another name, or a line
// whose words change too, still counts.
func TestPartnerLink(t *testing.T) {
	rb := Builtin()
	const lead = "If you would like to read more about cookies on our sites’ social networks, we invite you to consult the documentation on the sites of our social editors:\n"
	const twitter = "Twitter: [https://help.twitter.com/en/safety-and-security/twitter-do-not-track](https://help.twitter.com/en/safety-and-security/twitter-do-not-track)\n"
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"Yahoo's page moved from verizonmedia.com to yahoo.com (b47-15)", "Refusing a cookie issued by a social network",
			lead + twitter + "Yahoo: [https://www.verizonmedia.com/policies/us/en/verizonmedia/privacy/topics/cookies/index.html](https://www.verizonmedia.com/policies/us/en/verizonmedia/privacy/topics/cookies/index.html)",
			lead + twitter + "Yahoo: [https://legal.yahoo.com/us/en/yahoo/privacy/topics/cookies/index.html](https://legal.yahoo.com/us/en/yahoo/privacy/topics/cookies/index.html)", false},
		{"Meta's page moved from fb.com to meta.com, bare", "Third-party cookies",
			"We use the cookies of social networks. You can read their policies:\n- Meta: https://www.fb.com/policies/cookies/\n- LinkedIn: https://www.linkedin.com/legal/cookie-policy",
			"We use the cookies of social networks. You can read their policies:\n- Meta: https://www.meta.com/privacy/policies/cookies/\n- LinkedIn: https://www.linkedin.com/legal/cookie-policy", false},
		{"npm-055: an address in angle brackets moved to a site of the same name", "Security",
			"We learn about security threats from a variety of sources:\n\n* Ubuntu's security notices page: <http://www.ubuntu.com/usn/trusty/>\n* The Node.js mailing list.",
			"We learn about security threats from a variety of sources:\n\n* Ubuntu's security notices page: <https://usn.ubuntu.com/>\n* The Node.js mailing list.", false},
		// Material twins.
		{"in angle brackets, a site of another name", "Security",
			"We learn about security threats from a variety of sources:\n\n* Ubuntu's security notices page: <http://www.ubuntu.com/usn/trusty/>\n* The Node.js mailing list.",
			"We learn about security threats from a variety of sources:\n\n* Ubuntu's security notices page: <https://threatfeed-partners.com/usn/>\n* The Node.js mailing list.", true},
		{"in angle brackets, words beside the address", "Security",
			"We learn about security threats from a variety of sources:\n\n* Ubuntu's security notices page: <http://www.ubuntu.com/usn/trusty/>\n* The Node.js mailing list.",
			"We learn about security threats from a variety of sources:\n\n* Ubuntu's security notices page: <https://usn.ubuntu.com/>, checked once a year\n* The Node.js mailing list.", true},
		{"under the same label, a site of another name", "Refusing a cookie issued by a social network",
			lead + twitter + "Yahoo: [https://legal.yahoo.com/us/en/yahoo/privacy/topics/cookies/index.html](https://legal.yahoo.com/us/en/yahoo/privacy/topics/cookies/index.html)",
			lead + twitter + "Yahoo: [https://www.adtrackpartners.com/privacy/cookies.html](https://www.adtrackpartners.com/privacy/cookies.html)", true},
		{"another company named, on its own site", "Refusing a cookie issued by a social network",
			lead + twitter + "Yahoo: [https://legal.yahoo.com/us/en/yahoo/privacy/topics/cookies/index.html](https://legal.yahoo.com/us/en/yahoo/privacy/topics/cookies/index.html)",
			lead + twitter + "Criteo: [https://www.criteo.com/privacy/](https://www.criteo.com/privacy/)", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
