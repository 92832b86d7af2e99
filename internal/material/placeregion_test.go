package material

import "testing"

// TestPlaceRegion: a country glossed by its region in brackets, traded
// for another country under the same gloss, is a new transfer
// destination (probe: omniops "Hetzner Cloud servers in Germany (EU)" →
// "in Singapore (EU)" read "Same commitments, reworded"). A body renamed
// under the same initials stays one body.
func TestPlaceRegion(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"omniops hosting", "Where We Store Your Data",
			"- Production hosting: Hetzner Cloud servers in Germany (EU)",
			"- Production hosting: Hetzner Cloud servers in Singapore (EU)", "transfers"},
		{"united states", "Where We Store Your Data",
			"- Primary storage: Supabase (PostgreSQL) hosted in Ireland (EU)",
			"- Primary storage: Supabase (PostgreSQL) hosted in the United States (EU)", "transfers"},
		{"backups", "Data Storage",
			"Backups are kept on servers in France (EEA) for disaster recovery.",
			"Backups are kept on servers in India (EEA) for disaster recovery.", "transfers"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
	// twin: a body renamed under the same initials names no new party
	rep, _, why := judgeEdit(rb, "Complaints",
		"You may complain to the Danish Agency for Digital Administration (DIGG).",
		"You may complain to the Agency for Digital Government (DIGG).")
	if rep.Material {
		t.Errorf("DIGG twin: material, want minor: %v", why)
	}
}
