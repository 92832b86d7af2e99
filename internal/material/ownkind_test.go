package material

import (
	"strings"
	"testing"
)

// TestOwnKind: the author's own product named with or without the noun
// of its kind ("Your Firefox browser contacts Mozilla" → "Firefox
// contacts Mozilla") is the same product (Mozilla's notice, update 004).
// Another company's product with its kind dropped, a word of another
// kind ("account"), a new name, or the kind put after a name the other
// side does not write stay material.
func TestOwnKind(t *testing.T) {
	rb := Builtin()
	const head = "# Firefox Privacy Notice\n\nFirefox is our web browser. This notice explains what Firefox sends to Mozilla. Firefox is made by Mozilla. Firefox keeps you in control. Firefox is free.\n\n## Blocklist\n\n"
	const old = "Add-ons Blocklist: Your Firefox browser contacts Mozilla once per day to check for malicious add-ons. This includes your IP address and the list of add-ons you have installed."
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"004", old, "Add-ons Blocklist: Firefox contacts Mozilla once per day to check for malicious add-ons. This includes your IP address and the list of add-ons you have installed.", false},
		{"kind added", "To help display relevant snippets, Firefox sends Mozilla a monthly request to look up your country using your IP address.", "To help display relevant snippets, your Firefox browser sends Mozilla a monthly request to look up your country using your IP address.", false},
		// Twins.
		{"twin: another kind", old, "Add-ons Blocklist: Your Firefox account contacts Mozilla once per day to check for malicious add-ons. This includes your IP address and the list of add-ons you have installed.", true},
		{"twin: another company's app", "We receive your contacts from the Facebook app when you connect it.", "We receive your contacts from Facebook when you connect it.", true},
		{"twin: a new name", old, "Add-ons Blocklist: Firefox Focus contacts Mozilla once per day to check for malicious add-ons. This includes your IP address and the list of add-ons you have installed.", true},
		{"twin: a name the other side does not write", old, "Add-ons Blocklist: Thunderbird contacts Mozilla once per day to check for malicious add-ons. This includes your IP address and the list of add-ons you have installed.", true},
		{"twin: the kind traded for another place", "You can request your data on the Firefox website at any time.", "You can request your data on Firefox Privacy Portal at any time.", true},
		{"twin: something else changed", old, "Add-ons Blocklist: Firefox contacts Mozilla once per hour to check for malicious add-ons. This includes your IP address and the list of add-ons you have installed.", true},
	} {
		rep, _, why := judgeText(rb, head+tc.old+"\n", head+tc.new+"\n")
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
