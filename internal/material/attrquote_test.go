package material

import (
	"strings"
	"testing"
)

// TestAttrListQuoted: a Kramdown attribute list ("{: #security }",
// "{: #telemetry .inproduct-link}") names a block for the page's code and
// is not shown: a reason quotes the words readers see, not the list
// (Mozilla 003 was reported as "new text: “Security {: security }”"). The
// words beside it are still quoted.
func TestAttrListQuoted(t *testing.T) {
	if got := readable("* Security {: #security }"); got != "Security" {
		t.Errorf("readable: %q, want %q", got, "Security")
	}
	if got := readable("### To send Mozilla usage statistics {: #telemetry .inproduct-link}"); got != "To send Mozilla usage statistics" {
		t.Errorf("readable: %q", got)
	}
	if got := readable("Set {x} to {y} in braces."); got != "Set {x} to {y} in braces." {
		t.Errorf("readable changed braces that are no attribute list: %q", got)
	}
	rb := Builtin()
	old := "# Firefox Privacy Notice\n\n## Security\n\nFirefox checks web pages against a list of known malicious sites.\n"
	new := "# Firefox Privacy Notice\n\n## Security\n\n* Security {: #security }\n\nFirefox sends the address of each web page to Google to check it against a list of known malicious sites.\n"
	rep, _, why := judgeText(rb, old, new)
	if !rep.Material {
		t.Fatalf("material=false, want true: %s", strings.Join(why, "; "))
	}
	for _, v := range rep.Verdicts {
		if strings.Contains(v.Reason, "{:") || strings.Contains(v.Reason, "security }") {
			t.Errorf("reason quotes an attribute list: %s", v.Reason)
		}
	}
}
