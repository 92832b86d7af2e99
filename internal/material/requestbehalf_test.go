package material

import "testing"

// TestRequestOnBehalf: who may make a request for a child is how rights
// are exercised, no age threshold (b54-39); a sentence stating the
// child's age stays children.
func TestRequestOnBehalf(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "b54-39", "Certain United States-specific rights",
		"**Exercising Your Rights.** You can exercise your rights as described above by contacting us as set out in Section 14. Only you, or a person or business entity that you authorize to act on your behalf (an “authorized agent”), may make the requests set forth above. You may also make a request on behalf of your minor child. The request should include your contact information and describe your request with sufficient detail that allows us to properly understand, evaluate, and respond to it.",
		"**Exercising Your Rights.** You can exercise your rights as described above by contacting us as set out in Section 14. Only you, or a person or business entity that you authorize to act on your behalf (an “authorized agent”), may make the requests set forth above. The request should include your contact information and describe your request with sufficient detail that allows us to properly understand, evaluate, and respond to it.", "rights")
	wantOnlyCategory(t, rb, "parents' rights dropped", "Your California rights",
		"You may exercise these rights yourself or through an authorized agent. Parents may also exercise these rights on behalf of their children.",
		"You may exercise these rights yourself or through an authorized agent.", "rights")
	wantOnlyCategory(t, rb, "a guardian's request added", "Making a request",
		"Only you may submit a request about your data.",
		"Only you may submit a request about your data. A legal guardian may also submit a request on behalf of a minor child.", "rights")
	// twin: the child's age
	wantOnlyCategory(t, rb, "twin: an age", "Children",
		"If you believe we hold data of a child under 13, you may request that we delete it.",
		"If you believe we hold data of a child under 16, you may request that we delete it.", "children")
}
