package material

import (
	"strings"
	"testing"
)

// TestStandardNamedWhole: a standard is named whole in the reason that
// goes into a published version and its notices: "ISO/IEC 27001", not
// "IEC" (b102-19, b59-40).
func TestStandardNamedWhole(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ new, want string }{
		{"We protect your data in line with ISO/IEC 27001.", "ISO/IEC 27001"},
		{"We protect your data in line with ISO/IEC 27001:2022.", "ISO/IEC 27001:2022"},
		{"We protect your data in line with ISO 27701.", "ISO 27701"},
	} {
		rep, _, why := judgeEdit(rb, "Security", "We protect your data.", tc.new)
		all := strings.Join(why, "; ")
		if !rep.Material || !strings.Contains(all, "standard: "+tc.want) {
			t.Errorf("%q: want a new standard named %q: %s", tc.new, tc.want, all)
		}
	}
}
