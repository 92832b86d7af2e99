package material

import "testing"

// TestStopUsing: "avoid any further use of the Services", "make no further
// use of them", "discontinue your use" and "stop using" ask one thing of
// the reader who does not accept a change. "you must avoid any further
// use of the Services" → "you have to stop using the Services" read as a
// purpose of use changed (b49-19, a false alarm). A choice given instead
// of the duty, or another act asked, stays material.
func TestStopUsing(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Changes to this Privacy Policy", "If you do not agree to the changes, you must avoid any further use of the Services.",
			"If you do not agree to the changes, you have to stop using the Services.", false},
		{"Changes", "If you do not accept the new terms, you must discontinue your use of the app.",
			"If you do not accept the new terms, you must stop using the app.", false},
		{"Changes", "If you object to the revised policy, please make no further use of our website.",
			"If you object to the revised policy, please cease using our website.", false},
		// Another act, or a choice.
		{"Changes to this Privacy Policy", "If you do not agree to the changes, you must avoid any further use of the Services.",
			"If you do not agree to the changes, you must delete your account.", true},
		{"Changes to this Privacy Policy", "If you do not agree to the changes, you must stop using the Services.",
			"If you do not agree to the changes, you may keep using the Services.", true},
	})
}
