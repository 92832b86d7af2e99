package material

import (
	"strings"
	"testing"
)

// TestSharedHead: two list items put in one, the word both labels began
// with written once before the two joined by "and" ("Encryption at Rest"
// and "Encryption in Transit" → "Encryption at Rest and in Transit"),
// each item's commitment kept word for word, is the same (b33-44). A
// measure dropped or changed in the join, a label that loses its own
// head, or a commitment weakened in the join stay material.
func TestSharedHead(t *testing.T) {
	rb := Builtin()
	const h = "Security Measures (GDPR Article 32)"
	const old = "- Encryption at Rest: All stored data is encrypted using AES-256\n- Encryption in Transit: All data transfers use TLS 1.3"
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"b33-44", old, "- Encryption at Rest and in Transit: All stored data is encrypted using AES-256, and all data transfers use TLS 1.3", false},
		{"backups", "- Backups of Accounts: Encrypted and kept for 30 days\n- Backups of Messages: Encrypted and kept for 30 days", "- Backups of Accounts and of Messages: Encrypted and kept for 30 days", false},
		// Twins.
		{"twin: a measure dropped", old, "- Encryption at Rest and in Transit: All stored data is encrypted using AES-256", true},
		{"twin: a measure changed", old, "- Encryption at Rest and in Transit: All stored data is encrypted using AES-128, and all data transfers use TLS 1.3", true},
		{"twin: weakened", old, "- Encryption at Rest and in Transit: Stored data may be encrypted using AES-256, and all data transfers use TLS 1.3", true},
		{"twin: the head said of one item only", old, "- Encryption at Rest and Logging in Transit: All stored data is encrypted using AES-256, and all data transfers use TLS 1.3", true},
	} {
		rep, _, why := judgeEdit(rb, h, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
