package material

import (
	"strings"
	"testing"
)

// TestSharedTail: items that each end with the same condition after a
// dash, merged into one item that ends with it once, are each still held
// to it (sharedtail.go; b79-22 in its whole policy was "a limit was
// lifted ("only" removed)"). The twins, material still: the condition
// dropped from the merged item, another condition put, an item lost in
// the merge.
func TestSharedTail(t *testing.T) {
	rb := Builtin()
	const heading = "Information Collected Automatically"
	const old = "- Device type, browser type, and operating system — only with your analytics consent\n- IP address — only with your analytics consent"
	for _, tc := range []struct {
		name, new string
		material  bool
	}{
		{"b79-22, the items merged", "- Device type, browser type, operating system and IP address — only with your analytics consent", false},
		{"twin: the condition dropped", "- Device type, browser type, operating system and IP address", true},
		{"twin: another condition", "- Device type, browser type, operating system and IP address — with or without your analytics consent", true},
		{"twin: an item lost in the merge", "- Device type, browser type and operating system — only with your analytics consent", true},
	} {
		rep, _, why := judgeText(rb, doc(heading, old), doc(heading, tc.new))
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
