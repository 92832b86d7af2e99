package material

import "testing"

// TestAuthorJoined: parties joined to the author where the author acts
// ("We use" → "We and our partners use", b28-28) do what the author does:
// recipients; where the sentence says who the controller is ("Linear and
// its affiliates will be the controllers", b27-22), controllers: identity.
// Twins: a purpose added to the same sentence stays a purpose.
func TestAuthorJoined(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"How We Use Your Information", "We use the information we collect for various purposes, including:",
			"We and our partners use the information we collect for various purposes, including:", "recipients"},
		{"How we use data", "We analyse your usage data to improve the app.",
			"We and our affiliates analyse your usage data to improve the app.", "recipients"},
		{"Who we are", "Acme Ltd will be the controller of your personal data processed in connection with the Services.",
			"Acme Ltd and its affiliates will be the controllers of your personal data processed in connection with the Services.", "identity"},
		// a purpose added beside the author is a purpose
		{"How we use data", "We analyse your usage data to improve the app.",
			"We analyse your usage data to improve the app and to train our AI models.", "!recipients"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
}
