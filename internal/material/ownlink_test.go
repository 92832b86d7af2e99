package material

import (
	"strings"
	"testing"
)

// TestNamedByOwnLink holds b22-18 in other words: a name that the
// address of a link the author calls its own spells ("metrics about
// Automattic's compliance … in [our Privacy Report](https://
// transparency.automattic.com/…)") is the author, as a name the address
// given for "us" spells is (TestNamedByOwnAddress): a sentence pointing
// to the author's own report names no recipient. A name no such link
// spells, or a link not called "our", still names a party.
func TestNamedByOwnLink(t *testing.T) {
	rb := Builtin()
	const heading = "Your rights"
	const old = "- Request deletion of personal information we collect or maintain;\n- Opt out of any sale of personal information."
	for _, tc := range []struct {
		name, new string
		material  bool
	}{
		{"b22-18", old + "\n\nYou can find detailed metrics about Automattic's compliance with these rights in [our Privacy Report](https://transparency.automattic.com/landing/).", false},
		{"label after our", old + "\n\nYou can find more information about Zentrova's answers to these requests in our [transparency report](https://www.zentrova.com/transparency).", false},
		{"two-word name", old + "\n\nYou can learn more about the requests Quorbit Labs answered in [our guide](https://help.quorbitlabs.io/requests).", false},
		// twins: the link spells another name, or is not the author's
		{"another name", old + "\n\nYou can find detailed metrics about Vantor's compliance with these rights in [our Privacy Report](https://transparency.automattic.com/landing/).", true},
		{"not our link", old + "\n\nYou can find detailed metrics about Automattic's compliance with these rights in [Automattic's Privacy Report](https://transparency.automattic.com/landing/).", true},
		{"an agreement on the party's site", old + "\n\nWe share these requests with Vantor, as set out in [our data agreement](https://vantor.com/dpa).", true},
		{"a party's page", old + "\n\nYou can find more information about Vantor's handling of these requests in [our payment processor's policy](https://vantor.com/privacy).", true},
		{"shared with the link's owner", old + "\n\nWe share these requests with Vantor, whose figures are in [the Vantor report](https://vantor.com/report), and with Automattic ([our report](https://automattic.com/r)).", true},
	} {
		rep, _, why := judgeEdit(rb, heading, old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
