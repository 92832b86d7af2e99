package material

import "testing"

// TestNegatedVerb: a verb denied says what its opposite says: "set the
// app not to show your location on the map" is "set the app to hide your
// location from the map", the "not" carried by the verb (b49-17, read as
// a limit lifted). The "not" dropped with no opposite verb, or an
// opposite put where the other side did not deny, stays material.
func TestNegatedVerb(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Visibility", "If you prefer to remain invisible on the Waze map, you can set the Waze Application not to show your location on the map. To do so you should go to the Privacy Settings.",
			"If you would rather stay invisible on the Waze map, you can set the Waze Application to hide your location from the map. To do so you should go to the Privacy Settings.", false},
		{"Your profile", "You can choose not to display your age on your public profile.",
			"You can choose to hide your age on your public profile.", false},
		{"Cookies", "You can set your browser not to accept cookies from our advertising partners.",
			"You can set your browser to refuse cookies from our advertising partners.", false},
		// The "not" dropped, or the opposite said where nothing was denied.
		{"Visibility", "You can set the Waze Application not to show your location on the map.",
			"You can set the Waze Application to show your location on the map.", true},
		{"Your profile", "We display your age on your public profile.",
			"We hide your age on your public profile.", true},
	})
}
