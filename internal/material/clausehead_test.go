package material

import "testing"

// TestClauseHead: a clause saying which setting, "the setting on your
// browser that enables you to decline the cookies", kept on the same head
// in "the browser setting that lets you decline them", is not a clause
// dropped (b41-35); dropped from the phrase, it is.
func TestClauseHead(t *testing.T) {
	const h = "Cookies"
	const old = "You can decline cookies by activating the setting on your browser that enables you to decline the cookies."
	checkMaterial(t, []materialCase{
		{h, old, "You can decline cookies by activating the browser setting that enables you to decline the cookies.", false},
		{h, "You can decline cookies by activating the browser setting that enables you to decline the cookies.", old, false},
		{h, old, "You can decline cookies by activating the setting on your browser.", true},
		{h, "You can decline cookies by activating the setting on your browser.", old, true},
	})
}
