package material

import (
	"strings"
	"testing"
)

// TestExclusionPolarity: an exclusion cut out of an act of processing
// ("We may view your file system metadata (…, but not your file
// contents)") limits the act; dropped, it lifts that limit, and is
// material even where no category names the words ("file contents", a
// miss found in no labelled set). An exception to a denial ("we never
// share it, except …") dropped still strengthens the promise, and a list
// of examples ("including but not limited to") is no exclusion.
func TestExclusionPolarity(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Support", "We may view your file system metadata (filename, sizes etc. but not your file contents) to provide technical support.",
			"We may view your file system metadata (filename, sizes etc.) to provide technical support.", true},
		{"Support", "Our engineers may read your project names, excluding the files in them, to fix faults.",
			"Our engineers may read your project names to fix faults.", true},
		{"Support", "We may view your account settings to provide technical support.",
			"We may view your account settings, but not your messages, to provide technical support.", true},
		// The same exclusion, said another way.
		{"Support", "We may view your file system metadata (filename, sizes etc. but not your file contents) to provide technical support.",
			"We may view your file system metadata (filename, sizes etc., but not your file contents) to provide technical support.", false},
	})
	for _, tc := range []struct {
		old, new string
		verb     string
	}{
		{"we may view your settings but not your messages", "we may view your settings", "limit lifted"},
		{"we may view your settings", "we may view your settings but not your messages", "limited"},
		{"we never share your data except for legal claims", "we never share your data", "strengthened"},
		{"we will delete all your data except for backups", "we will delete all your data", "strengthened"},
	} {
		c := &classifier{rb: Builtin(), ix: Builtin().index}
		old, new := strings.Fields(tc.old), strings.Fields(tc.new)
		f := exclusionPolarity(c.compareForce(old, new), old, new)
		if f == nil || f.verb != tc.verb {
			t.Errorf("%q → %q: %+v, want %s", tc.old, tc.new, f, tc.verb)
		}
	}
	if exclusionAfterAct(strings.Fields("we collect data including but not limited to your name")) >= 0 {
		t.Error("'including but not limited to' read as an exclusion")
	}
}
