package material

import (
	"strings"
	"testing"
)

// TestPlaceModifier: a country or region written before capitalised
// English words says where the thing they name is ("EU Points of
// Presence", "US Data Centres"): when the other version keeps the words
// and drops or adds the place, the change is the place (where data goes),
// not a party "EU Points". The twins keep a name whole: the words are
// not stated without the place ("Canada Post"), or they follow another
// place ("EU Representative" → "UK Representative"); a place opening a
// law's title says whose law it is, not where data goes.
func TestPlaceModifier(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		cat               string // the category that must be named alone
		want, junk        string // words the reasons must (and must not) hold
	}{
		{"Third-Party Processors", "- Cloudflare (Global): CDN and DDoS protection — EU Points of Presence, protected by SCCs",
			"- Cloudflare (Global): CDN and DDoS protection — Points of Presence worldwide, protected by SCCs", "transfers", "EU", "EU Points"},
		{"Third-Party Processors", "- Cloudflare (Global): CDN and DDoS protection — EU Points of Presence, protected by SCCs",
			"- Cloudflare (Global): CDN and DDoS protection — global Points of Presence, protected by SCCs", "transfers", "EU", "EU Points"},
		{"Third-Party Processors", "- Fastly: CDN — Points of Presence worldwide",
			"- Fastly: CDN — EU Points of Presence", "transfers", "EU", "EU Points"},
		{"Where we store data", "Your data is kept in our US Data Centres and in Germany.",
			"Your data is kept in our Data Centres and in Germany.", "transfers", "US", "US Data"},
		{"Where we store data", "Your data is kept in Data Centres run by us.",
			"Your data is kept in Japan Data Centres run by us.", "transfers", "Japan", "Japan Data"},
		// Twins: a name that stays whole.
		{"Sharing", "We share data with our payment processors.",
			"We share data with our payment processors and with Canada Post.", "recipients", "Canada Post", ""},
		{"Our representative", "Vexaro Ltd is our representative pursuant to the General Data Protection Regulation.",
			"Vexaro Ltd is our representative pursuant to the United Kingdom General Data Protection Regulation.", "!transfers", "", ""},
		{"Who we are", "Our EU Representative is named below.",
			"Our UK Representative is named below.", "identity", "UK Representative", ""},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		all := strings.Join(why, "; ")
		ok := rep.Material && strings.Contains(all, tc.want) && (tc.junk == "" || !strings.Contains(all, tc.junk))
		if not, neg := strings.CutPrefix(tc.cat, "!"); neg {
			ok = ok && !cats[not]
		} else {
			ok = ok && cats[tc.cat] && len(cats) == 1
		}
		if !ok {
			t.Errorf("%q → %q: material=%v, categories %v, want %s naming %q: %s", tc.old, tc.new, rep.Material, cats, tc.cat, tc.want, all)
		}
	}
}
