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

// TestSharedTailAsLead: a condition every item ends with after a dash,
// written once as the list's lead-in instead ("**Only with your analytics
// consent:**" over the items, b83-22, read "Commitment weakened"), still
// holds every item, and the reverse. The twins, material still: an item
// left out from under the lead-in, another condition in the lead-in, a
// new item brought under it, and a lead-in that holds back "only".
func TestSharedTailAsLead(t *testing.T) {
	const heading = "Information Collected Automatically"
	const tails = "  • Basic usage analytics (page views, chat interactions) — only with your analytics consent\n  • Device type, browser type, and operating system — only with your analytics consent\n  • IP address (anonymized for analytics) — only with your analytics consent"
	const lead = "**Only with your analytics consent:**\n  • Basic usage analytics (page views, chat interactions)\n  • Device type, browser type, and operating system\n  • IP address (anonymized for analytics)"
	runRestated(t, []restatedCase{
		{"b83-22, the tails made a lead-in", heading, tails, lead, false},
		{"the lead-in made tails", heading, lead, tails, false},
		{"the lead-in without markup", heading, tails, strings.Replace(lead, "**", "", 2), false},
		{"twin: an item left out", heading, tails, "**Only with your analytics consent:**\n  • Basic usage analytics (page views, chat interactions)\n  • Device type, browser type, and operating system", true},
		{"twin: an item brought in", heading, tails, lead + "\n  • Precise location", true},
		{"twin: another condition", heading, tails, strings.Replace(lead, "Only with", "Unless you withdraw", 1), true},
		{"twin: the lead-in weaker", heading, tails, strings.Replace(lead, "Only with", "Usually with", 1), true},
	})
}
