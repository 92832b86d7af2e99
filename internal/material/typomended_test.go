package material

import (
	"strings"
	"testing"
)

// TestTypoMended: a word put right beside other light edits ("And we do
// this" → "We do this", "UNSUBSRIBE" → "UNSUBSCRIBE", b79-12) was read
// as "Removed tracker: UNSUBSRIBE". The word corrected is set aside and
// the rest judged: a hedge, a dropped "only", a changed period or a new
// party beside the corrected word stay material, and no reason names the
// misspelt word as a party.
func TestTypoMended(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
		category, reason        string // a category named, words of the reason
	}{
		{"b79-12", "Marketing", "We do send direct marketing, if we’re allowed to. And we do this to encourage you to buy our products. If you wish to opt out of marketing messages, you can do so by visiting: UNSUBSRIBE",
			"We do send direct marketing, if we’re allowed to. We do this to encourage you to buy our products. If you wish to opt out of marketing messages, you can do so by visiting: UNSUBSCRIBE", false, "", "unsubsribe → unsubscribe"},
		{"typo alone", "Marketing", "If you wish to opt out of marketing messages, you can do so by visiting: UNSUBSRIBE",
			"If you wish to opt out of marketing messages, you can do so by visiting: UNSUBSCRIBE", false, "", ""},
		{"a hedge beside it", "Marketing", "And we will stop sending marketing messages when you visit: UNSUBSRIBE",
			"We will try to stop sending marketing messages when you visit: UNSUBSCRIBE", true, "", "try"},
		{"only dropped beside it", "Retention", "We retian your logs only for 30 days.",
			"We retain your logs for 30 days.", true, "retention", "only"},
		{"a period changed beside it", "Retention", "We retian your logs for 30 days.",
			"We retain your logs for 90 days.", true, "retention", "90 days"},
		{"a new recipient beside it", "Sharing", "And we share your contact detials with Mailchimp.",
			"We share your contact details with Mailchimp and Hubspot.", true, "recipients", "Hubspot"},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		all := strings.Join(why, "; ")
		if rep.Material != tc.material || tc.category != "" && !cats[tc.category] || !strings.Contains(strings.ToLower(all), strings.ToLower(tc.reason)) {
			t.Errorf("%s: material=%v %v, want %v %s (%q): %s", tc.name, rep.Material, cats, tc.material, tc.category, tc.reason, all)
		}
		if strings.Contains(all, "UNSUBSRIBE") && strings.Contains(all, "tracker") {
			t.Errorf("%s: the misspelt word reported as a name: %s", tc.name, all)
		}
	}
}
