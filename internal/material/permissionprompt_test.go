package material

import (
	"strings"
	"testing"
)

// TestPermissionPrompt holds b21-19 ("we’ll ask for permission upon
// installation" → "the OS will prompt for permission upon installation")
// in other words: the same permission, asked for before the same access,
// whether the app or the device's operating system shows the prompt.
// Another asker, a permission no longer asked for, a weaker force or
// another access still count.
func TestPermissionPrompt(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b21-19", "How we approach mobile app permissions",
			"* For our Basecamp 2 app on Android 5, we’ll ask for permission upon installation to read and write to your device files so that you can select attachments from your device to upload and download files from our apps to your device.",
			"* For our Basecamp 2 app on Android 5, the OS will prompt for permission upon installation to read and write to your device files so that you can select attachments from your device to upload and download files from our apps to your device.", false},
		{"the operating system asks you", "Mobile permissions",
			"Before the app reads your contacts, we will ask you for permission.",
			"Before the app reads your contacts, the operating system will prompt you for permission.", false},
		{"your device asks", "Mobile permissions",
			"To use your camera, the app needs access to it, and we will ask for your permission first.",
			"To use your camera, the app needs access to it, and your device will ask for your permission first.", false},
		// material twins
		{"another asker", "Mobile permissions",
			"Before the app reads your contacts, we will ask you for permission.",
			"Before the app reads your contacts, your administrator will grant permission.", true},
		{"no longer asked", "Mobile permissions",
			"Before the app reads your contacts, we will ask you for permission.",
			"Before the app reads your contacts, the operating system will assume your permission.", true},
		{"a weaker force", "Mobile permissions",
			"Before the app reads your contacts, we will ask you for permission.",
			"Before the app reads your contacts, the operating system may prompt you for permission.", true},
		{"another access", "Mobile permissions",
			"Before the app reads your contacts, we will ask you for permission.",
			"Before the app reads your contacts and your location, the OS will prompt you for permission.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: want material=%v: %s", tc.name, tc.material, strings.Join(why, "; "))
		}
	}
}
