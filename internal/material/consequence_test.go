package material

import (
	"strings"
	"testing"
)

// TestAsAResult holds b8-41 ("the site may then not work properly" → "…
// might not function properly as a result") in other words: "as a
// result", "as a consequence" say that one thing follows from another,
// as "then" does; they name nothing. Data or a party added beside them
// still count.
func TestAsAResult(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b8-41", "Cookies",
			"You can disable cookies in your browser settings, but some parts of the site may then not work properly.",
			"You can turn off cookies in your browser settings; however, some parts of the site might not function properly as a result.", false},
		{"as a consequence", "Cookies",
			"If you block cookies, some features of the site will then stop working.",
			"If you block cookies, some features of the site will stop working as a consequence.", false},
		{"as a result, and a party", "Cookies",
			"If you block cookies, some features of the site will then stop working.",
			"If you block cookies, some features of the site will stop working as a result, and we will tell our advertising partners.", true},
		{"a noun of phenomena that names a service", "Storage",
			"We keep your backups as a local service on our own servers.",
			"We keep your backups as a cloud service on our own servers.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
