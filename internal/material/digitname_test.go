package material

import (
	"strings"
	"testing"
)

// TestDigitNames: a name that starts with digits and goes on in a word
// ("37signals", "23andMe", "1Password") is a name, not a number: no reason
// reports it as a quantity added or removed. A number run into its unit
// ("30days") is still a number.
func TestDigitNames(t *testing.T) {
	for _, w := range []string{"37signals", "23andMe", "1Password"} {
		if isNumber(w) {
			t.Errorf("isNumber(%q) = true, want a name", w)
		}
	}
	for _, w := range []string{"30", "1.5", "v2", "72h", "30days", "16years", "2nd", "5percent", "ISO27001", "24x7"} {
		if !isNumber(w) {
			t.Errorf("isNumber(%q) = false, want a number", w)
		}
	}
	rb := Builtin()
	_, _, why := judgeEdit(rb, "Retention", "If Basecamp, LLC is acquired by another company, your information is transferred.", "If 37signals LLC is acquired by another company, your information is transferred.")
	if all := strings.Join(why, "; "); strings.Contains(all, "37signals added") || strings.Contains(all, "a number") {
		t.Errorf("a name read as a number: %s", all)
	}
	rep, _, why := judgeEdit(rb, "Retention", "We keep logs for 30days.", "We keep logs for 90days.")
	if !rep.Material {
		t.Errorf("a period run into its unit changed: %s", strings.Join(why, "; "))
	}
}
