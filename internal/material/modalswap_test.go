package material

import "testing"

// TestModalSwappedBeforePermission: "We will let you download a copy" →
// "We may let you download a copy" was read as the same commitments, a
// permission on both sides being the weakest word. The permission is the
// reader's; the promise to give it was the author's, and "may" takes it
// back. "We'll" for "we will" and "can" for "may" stay the same.
func TestModalSwappedBeforePermission(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Access", "We will let you download a copy of your data.", "We may let you download a copy of your data.", true},
		{"Access", "We will enable you to download a copy of your data.", "We may enable you to download a copy of your data.", true},
		{"Access", "We will allow you to export your data at any time.", "We may allow you to export your data at any time.", true},
		{"Access", "You will be able to download a copy of your data.", "You may be able to download a copy of your data.", true},
		{"Access", "We will let you download a copy of your data.", "We'll let you download a copy of your data.", false},
		{"Access", "You can download a copy of your data.", "You may download a copy of your data.", false},
		{"Access", "We will let you download a copy of your data.", "We will allow you to download a copy of your data.", false},
	})
}
