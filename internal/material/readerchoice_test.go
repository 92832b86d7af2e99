package material

import "testing"

// TestReaderChoice: an aside saying the reader may give optional data if
// he chooses (b50-39), or a sentence saying what he cannot have without
// it (b50-40), is minor; the same shapes stating an act of the company's
// on data stay material.
func TestReaderChoice(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, old, new string }{
		{"b50-39", "If you do create an account, you do not need to give us your name or email address.",
			"If you do create an account, you do not need to give us your name or email address (although you can if you choose to, such as for the \"Email this user\" feature for example)."},
		{"b50-40", "If you want to create a standard account, in most cases we require only a username and a password.",
			"If you want to create a standard account, in most cases we require only a username and a password. However, if you choose not to provide an email address, we can't help you recover your password."},
		{"optional phone, you may", "A phone number is optional when you sign up.",
			"A phone number is optional when you sign up (you may add one later if you wish)."},
		{"no photo, no features", "You can add a profile photo to your account.",
			"You can add a profile photo to your account. If you do not provide a photo, you may not be able to use some social features."},
	} {
		if rep, _, why := judgeEdit(rb, "Account Information", tc.old, tc.new); rep.Material {
			t.Errorf("%s: material, want minor: %v", tc.name, why)
		}
	}
	for _, tc := range []struct{ name, old, new string }{
		{"our own aside", "If you do create an account, you do not need to give us your name or email address.",
			"If you do create an account, you do not need to give us your name or email address (although we may collect it from your device if you choose to sync)."},
		{"a consequence that is an act", "If you want to create a standard account, in most cases we require only a username and a password.",
			"If you want to create a standard account, in most cases we require only a username and a password. However, if you choose not to provide an email address, we will collect your phone number instead."},
	} {
		if rep, _, why := judgeEdit(rb, "Account Information", tc.old, tc.new); !rep.Material {
			t.Errorf("%s: minor, want material: %v", tc.name, why)
		}
	}
}
