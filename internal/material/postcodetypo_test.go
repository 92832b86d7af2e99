package material

import (
	"strings"
	"testing"
)

// TestPostcodeMended: a postal code beside the same town that gains or
// loses one digit, the rest of its digits the same, is a typo mended
// (b57-21). A number of the same length, or one before a word in lower
// case (a period, a count), stays for the other rules.
func TestPostcodeMended(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"a digit put in before the town", "About us",
			"EEA representative:\nDP-Dock GmbH\nAttn: Acme Corporation\nBallindamm 39\n0095 Hamburg, Germany",
			"EEA representative:\nDP-Dock GmbH\nAttn: Acme Corporation\nBallindamm 39\n20095 Hamburg, Germany", false},
		{"a digit dropped after the town", "Contact", "Our EU office: Acme BV, Keizersgracht 1, Amsterdam, 10155 AB, the Netherlands.", "Our EU office: Acme BV, Keizersgracht 1, Amsterdam, 1015 AB, the Netherlands.", false},
		{"a doubled digit, one line", "Who we are", "Acme Oy, Mannerheimintie 12, 001000 Helsinki, Finland, is the controller.", "Acme Oy, Mannerheimintie 12, 00100 Helsinki, Finland, is the controller.", false},
		// Twins.
		{"a count before a capitalised noun", "Security", "Backups are kept in 120 Datacenters.", "Backups are kept in 1200 Datacenters.", true},
		{"a period", "Retention", "We keep logs for 300 days.", "We keep logs for 3000 days.", true},
		{"a count", "Children", "Our service is used by 1200 Schools in Germany, and we collect no data of children.", "Our service is used by 12000 Schools in Germany, and we collect no data of children.", true},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material = %v, want %v (%v): %s", tc.name, rep.Material, tc.material, cats, strings.Join(why, "; "))
		}
	}
}
