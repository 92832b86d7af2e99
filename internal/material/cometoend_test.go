package material

import (
	"strings"
	"testing"
)

// TestComeToAnEnd: "comes to an end" is "ends", as "the end of your
// relationship" is "your relationship … ends": "our retention period will
// come to an end 7 years after the end of your relationship with us" →
// "ends seven years after your relationship with us comes to an end"
// (b75-18) runs the same period from the same event. Twins run it from
// another event, or for another length, and stay material; the reason
// for a figure written in words beside other words quotes the sentence,
// not a bag of words ("come to an 7").
func TestComeToAnEnd(t *testing.T) {
	rb := Builtin()
	const heading = "How long will we keep your personal information for?"
	const old = "In most cases, our retention period will come to an end 7 years after the end of your relationship with us."
	for _, tc := range []struct {
		name, new string
		material  bool
	}{
		{"b75-18's sentence", "In most cases, our retention period ends seven years after your relationship with us comes to an end.", false},
		{"come to an end kept", "In most cases, our retention period will come to an end 7 years after your relationship with us comes to an end.", false},
		// twins
		{"another event", "In most cases, our retention period comes to an end 7 years after your last purchase from us.", true},
		{"another length", "In most cases, our retention period ends ten years after your relationship with us comes to an end.", true},
	} {
		rep, _, why := judgeEdit(rb, heading, old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
	rep, _, _ := judgeEdit(rb, heading, "Our retention period will come to an end 7 years after the end of your relationship with us.", "Our retention period will end seven years after the end of your relationship with us.")
	for _, v := range rep.Verdicts {
		if strings.Contains(v.Reason, "come to an 7") {
			t.Errorf("reason quotes a bag of words: %s", v.Reason)
		}
	}
}
