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

// TestPlacedByAddress: the country of each company of the group written
// in brackets after it (b74-11), where the policy gives each company an
// address ending in that country, says nothing new; a country no address
// of the company ends in does.
func TestPlacedByAddress(t *testing.T) {
	rb := Builtin()
	const (
		who   = "## Who are we?\n\n- Omnis Software Ltd., First Floor Office, Carlton Park House, Saxmundham, Suffolk, IP17 2NL, United Kingdom\n- Omnis Software France, 47 Boulevard de Charonne, 75011 Paris, France\n\n## Privacy & Cookies Policy\n\n"
		group = "- The Omnis Software Group is currently made up of Omnis Software Ltd."
	)
	old := who + group + " and Omnis Software France\n"
	for _, tc := range []struct {
		name, new string
		material  bool
	}{
		{"the countries of their addresses (b74-11)", who + group + " (United Kingdom) and Omnis Software France (France)\n", false},
		{"another country", who + group + " (Ireland) and Omnis Software France (France)\n", true},
	} {
		rep, _, why := judgeText(rb, old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestPlacedNewRow: a new row's country, which an old row writes beside
// another party (b69-27), is the new party's: "Sentry (United States)"
// placing Sentry places no one else.
func TestPlacedNewRow(t *testing.T) {
	rb := Builtin()
	old := "  • Sentry (United States): Error monitoring — protected by SCCs and UK IDTA\n  • Resend (United States): Transactional emails — protected by SCCs and UK IDTA"
	new := "  • Sentry (United States): Error monitoring — protected by SCCs and UK IDTA\n  • PostHog (United States): Product analytics and session replay — protected by SCCs and UK IDTA\n  • Resend (United States): Transactional emails — protected by SCCs and UK IDTA"
	rep, _, why := judgeEdit(rb, "Third-Party Processors", old, new)
	if !rep.Material || !strings.Contains(strings.Join(why, "; "), "PostHog (United States") {
		t.Errorf("material=%v, want PostHog with its country: %s", rep.Material, strings.Join(why, "; "))
	}
}
