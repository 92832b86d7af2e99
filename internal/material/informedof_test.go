package material

import "testing"

// TestInformedOf: "provide you with information about whether" is "tell
// you whether" (b41-19); a weakened duty, another person told, or a copy
// given for what was told are not.
func TestInformedOf(t *testing.T) {
	const h = "Access"
	const old = "Upon request, Teads will provide you with information about whether we hold any of your personal information."
	checkMaterial(t, []materialCase{
		{h, old, "Upon request, Teads will tell you whether we hold any of your personal information.", false},
		{h, old, "Upon request, Teads will inform you whether we hold any of your personal information.", false},
		{h, old, "Upon request, Teads may tell you whether we hold any of your personal information.", true},
		{h, old, "Upon request, Teads will tell your employer whether we hold any of your personal information.", true},
		{h, old, "Upon request, Teads will provide you with a copy of any of your personal information we hold.", true},
	})
}
