package material

import (
	"strings"
	"testing"
)

// TestPlacedParty: a country written after a party the policy already
// places there (b74-21: "our production servers at Hetzner Cloud in
// Germany", the policy listing "Hetzner Cloud (Germany)") is no new
// transfer destination; the same party in a country the policy does not
// place it in is one. (The gloss's other words, "production servers",
// are left to a reviewer: what is asked is that no destination is read.)
func TestPlacedParty(t *testing.T) {
	rb := Builtin()
	const (
		hosts = "## Third-Party Processors\n\n- Hetzner Cloud (Germany): Production hosting — EU-based processing\n- Sentry (United States): Error monitoring\n\n"
		app   = "## Mobile Application (iOS)\n\nWe do not collect location data, contacts, photos, or other device data beyond what is listed above. The iOS app does not use third-party analytics SDKs — all analytics flow through our own server infrastructure"
	)
	old := hosts + app + ".\n"
	for _, tc := range []struct {
		name, new string
		place     string // the destination a reason must give, "" for none
	}{
		{"where the policy places it (b74-21)", hosts + app + " (our production servers at Hetzner Cloud in Germany).\n", ""},
		{"another country", hosts + app + " (our production servers at Hetzner Cloud in Finland).\n", "Finland"},
	} {
		rep, cats, why := judgeText(rb, old, tc.new)
		if tc.place == "" && cats["transfers"] || tc.place != "" && (!cats["transfers"] || !strings.Contains(strings.Join(why, "; "), tc.place)) {
			t.Errorf("%s: material=%v, categories %v, want destination %q: %s", tc.name, rep.Material, cats, tc.place, strings.Join(why, "; "))
		}
	}
}
