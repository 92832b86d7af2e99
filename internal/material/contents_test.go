package material

import (
	"strings"
	"testing"
)

// TestContentsEntries holds a real update (Spotify's privacy policy, Open
// Terms Archive, v6 → v7): its table of contents, links to the sections
// below ("[6\. Data retention](#_zaaijn9r3xpj)"), was read entry by entry
// as "Retention and deletion: a number added: added '6. Data retention'",
// "Age thresholds: a number added: added '9. Children'". An entry of a
// table of contents, added, removed or pointed elsewhere, commits to
// nothing, as a heading does not: the section it points to is judged on
// its own. A link out of the text, or an entry in a sentence that
// commits, is judged as before.
func TestContentsEntries(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"Spotify's entry added", "Spotify Privacy Policy", "",
			`[6\. Data retention](#_zaaijn9r3xpj)`, false},
		{"Spotify's entry removed", "Spotify Privacy Policy",
			`[9\. Children](#9-children)`, "", false},
		{"a list of entries added", "Contents", "",
			"- [Data retention](#retention)\n- [Children](#children)", false},
		{"an entry relabelled and moved", "Contents",
			"1. [How long we keep data](#keep)",
			"1. [Retention of personal data](#retention)", false},
		{"a link to another page added", "More information", "",
			"- [Our advertising partners](https://example.com/partners)", true},
		{"an entry inside a sentence that commits", "Retention", "",
			"We keep your data for 2 years; see [Data retention](#retention).", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
