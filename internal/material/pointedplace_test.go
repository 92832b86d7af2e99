package material

import (
	"strings"
	"testing"
)

// TestPointedPlace holds what batch 13 showed (b13-32): "As required by
// the tax rules described in section 7, we keep …" → "… described in "Our
// legal obligations" below, we keep …" was reported as a retention number
// removed, and then as a legal basis named: the place a pointer points to,
// by its number or its quoted title, is which part of the policy says a
// thing, and commits to nothing. What the sentence keeps or says beside
// the pointer is still read.
func TestPointedPlace(t *testing.T) {
	rb := Builtin()
	const old = "As required by the tax rules described in section 7, we keep your order history for six years from the end of the financial year in which you placed the order."
	for _, tc := range []struct {
		name, new string
		material  bool
	}{
		{"the section named by its title", strings.Replace(old, "section 7", `"Our legal obligations" below`, 1), false},
		{"by another number", strings.Replace(old, "section 7", "section 8", 1), false},
		{"by its title, in typographic quotes", strings.Replace(old, "section 7", "the section “Our legal obligations”", 1), false},
		{"the period changed beside it", strings.Replace(strings.Replace(old, "section 7", `"Our legal obligations" below`, 1), "six years", "ten years", 1), true},
		{"the duty named changed beside it", strings.Replace(old, "the tax rules described in section 7", "our legal obligations", 1), true},
	} {
		rep, _, why := judgeEdit(rb, "How long we keep your information", old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
