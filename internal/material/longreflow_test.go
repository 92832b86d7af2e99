package material

import (
	"strings"
	"testing"
)

// TestLongReflow: a nested list written as one block re-indented into an
// item per block, its words the same but for capitals ("  * type … *
// select …" → "* Type …", "* Select …"), is the same list, however many
// items it has (Mozilla's Cliqz notice, update 266; reflowed reads up to
// four rows at a time). A word changed in one of the steps, a step
// dropped or a step added stays material.
func TestLongReflow(t *testing.T) {
	rb := Builtin()
	const head = "# Cliqz Privacy Notice\n\n## Opting out\n\nTo turn off the Cliqz feature:\n\n"
	const old = head + "  * type \"about:addons\" into your Firefox URL bar\n  * select \"Extensions\" on the left menu bar\n  * if installed, Cliqz will appear on the right\n  * selecting \"Disable\" will turn off the Cliqz feature and stop related data collection\n  * selecting \"Remove\" will uninstall the Cliqz feature from Firefox\n"
	const steps = "* Type \"about:addons\" into your Firefox URL bar\n\n* Select \"Extensions\" on the left menu bar\n\n* If installed, Cliqz will appear on the right\n\n"
	for _, tc := range []struct {
		name, new string
		material  bool
	}{
		{"266", head + steps + "* Selecting \"Disable\" will turn off the Cliqz feature and stop related data collection\n\n* Selecting \"Remove\" will uninstall the Cliqz feature from Firefox\n", false},
		// Twins.
		{"twin: a step changed", head + steps + "* Selecting \"Disable\" will turn off the Cliqz feature but not stop related data collection\n\n* Selecting \"Remove\" will uninstall the Cliqz feature from Firefox\n", true},
		{"twin: a step dropped", head + steps + "* Selecting \"Remove\" will uninstall the Cliqz feature from Firefox\n", true},
		{"twin: a step added", head + steps + "* Selecting \"Disable\" will turn off the Cliqz feature and stop related data collection\n\n* Selecting \"Remove\" will uninstall the Cliqz feature from Firefox\n\n* Cliqz will keep the data it already collected for 90 days\n", true},
	} {
		rep, _, why := judgeText(rb, old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
