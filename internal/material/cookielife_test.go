package material

import "testing"

// TestCookieLifetime: how long a cookie lives, or what ends it, said in a
// sentence about the cookie, is a term of that tracker: "Cookies will
// remain active for 30 days before deletion" → "… before renewal"
// (b45-11). How long personal data is kept stays retention.
func TestCookieLifetime(t *testing.T) {
	const h = "Information We Collect"
	rb := Builtin()
	wantOnlyCategory(t, rb, "b45-11 shape", h, "Cookies will remain active for 30 days before deletion or until you remove them.",
		"Cookies will remain active for 30 days before renewal or until you remove them.", "cookies")
	wantOnlyCategory(t, rb, "a persistent cookie", h, "A persistent cookie stays on your device until it is deleted.",
		"A persistent cookie stays on your device until it is renewed.", "cookies")
	wantOnlyCategory(t, rb, "data kept", "Data Retention", "Your account data is kept until it is deleted.",
		"Your account data is kept until it is archived.", "retention")
}
