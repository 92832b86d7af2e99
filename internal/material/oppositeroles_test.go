package material

import (
	"strings"
	"testing"
)

// TestOppositeRoles: a word's opposite added beside a word that restates
// it plays another role, a question and its answer: "address your
// inquiries" → "answer your questions" reverses nothing (b41-11, material
// still, for "answer" is a word of rights, but not as a reversal); an
// opposite with nothing restated is still a reversal.
func TestOppositeRoles(t *testing.T) {
	rb := Builtin()
	_, _, why := judgeEdit(rb, "Data Transfer to Other Instances",
		"If you have concerns about data protection, please contact us, and we will do our best to address your inquiries.",
		"If you have concerns about data protection, please contact us and we will do our best to answer your questions.")
	if s := strings.Join(why, "; "); strings.Contains(s, ".opposite") {
		t.Errorf("inquiries → answer your questions read as a reversal: %s", s)
	}
	checkMaterial(t, []materialCase{
		{"Cookies", "Analytics cookies are enabled by default.", "Analytics cookies are disabled by default.", true},
		{"Cookies", "Analytics cookies are off by default.", "Analytics cookies are turned on by default.", true},
		{"Sharing", "We include your name in the reports we send to partners.", "We exclude your name from the reports we send to partners.", true},
	})
}
