package material

import (
	"strings"
	"testing"
)

// TestNameEndsWithItem: a name never runs on from one list item into the
// next: "… hosted in the European Union and the United States" over "•
// AI processing: …" names no "United States AI" (b90-24, read "New name:
// United States AI"). A name a hard-wrapped line breaks stays whole.
func TestNameEndsWithItem(t *testing.T) {
	rb := Builtin()
	c := &classifier{rb: rb, ix: rb.index}
	for _, tc := range []struct{ text, not, want string }{
		{"  • Primary storage: Supabase (PostgreSQL), hosted in the European Union and the United States\n  • AI processing: servers of Anthropic (Claude) in the United States", "United States AI", "Anthropic"},
		{"- Hosting by Hetzner Online\n- Email by Postmark", "Online Email", "Hetzner Online"},
		{"We share it with Microsoft\nCorporation for hosting.", "", "Microsoft Corporation"},
	} {
		all := strings.Join(c.findEntities(tc.text), "|")
		if tc.not != "" && strings.Contains(all, tc.not) {
			t.Errorf("%q: names %q", tc.text, all)
		}
		if !strings.Contains(all, tc.want) {
			t.Errorf("%q: names %q, want %q", tc.text, all, tc.want)
		}
	}
}
