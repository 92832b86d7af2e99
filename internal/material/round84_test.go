package material

import (
	"strings"
	"testing"
)

// Mends of round 84 (batches 395 to 398, written blind and first run on
// 9c2a1792, round 83's mends).

// TestDefinitionBracket: a term named again in brackets with a clause
// that says which of them defines it, and bounds it: "Material Changes"
// → "Material Changes (changes that reduce your rights)" (b198-30), and
// "(changes that, in our judgement, reduce your rights)" (b396-30), the
// company's judgement deciding. Twin: the thing named again with no
// clause that picks some of them ("Support requests (requests about
// your account)") bounds nothing.
func TestDefinitionBracket(t *testing.T) {
	const h = "Changes to This Policy"
	const old = "  • Material Changes: We will notify you via email at least 30 days before changes take effect"
	runRestated(t, []restatedCase{
		{"which changes", h, old, "  • Material Changes (changes that reduce your rights): We will notify you via email at least 30 days before changes take effect", true},
		{"in our judgement", h, old, "  • Material Changes (changes that, in our judgement, reduce your rights): We will notify you via email at least 30 days before changes take effect", true},
		{"twin: named again, no clause", "Support", "Support requests are answered by our team within two days.", "Support requests (requests about your account) are answered by our team within two days.", false},
	})
}

// TestJudgementIsBelief: "in our judgement" makes a commitment hold on
// what the company decides, as "in our opinion" does: a force, read with
// certainty, not a word left for a reviewer to confirm (b396-30).
func TestJudgementIsBelief(t *testing.T) {
	rep, _, why := judgeEdit(Builtin(), "Changes",
		"We will notify you at least 30 days before changes that reduce your rights take effect.",
		"We will notify you at least 30 days before changes that, in our judgement, reduce your rights take effect.")
	if !rep.Material || len(why) == 0 || !strings.Contains(why[0], "Commitment") {
		t.Errorf("material=%v, want a commitment changed: %s", rep.Material, strings.Join(why, "; "))
	}
}

// TestIncludingAny: a commitment that limits or protects, said to cover
// "any" of a kind of what it covers, covers what it covered ("We do not
// sell your personal information" → "…, including any health or fitness
// information", b341-34; "(including any health information)" after the
// data safeguards protect, b341-47). Twins: a grant ("We may share your
// information, including any health information, with partners"), an
// item of a list of data collected (b273-43) and a span of time (b198-38).
func TestIncludingAny(t *testing.T) {
	runRestated(t, []restatedCase{
		{"a denial", "Sharing", "We do not sell your personal information.", "We do not sell your personal information, including any health or fitness information.", false},
		{"a safeguard", "Security", "We implement safeguards to protect data accessed during service delivery.", "We implement safeguards to protect data (including any health information) accessed during service delivery.", false},
		{"twin: a clause of its own", "Security", "We protect your data with encryption.", "We protect your data, including any data we sell to advertisers, with encryption.", true},
		{"twin: a grant", "Sharing", "We may share your information with our partners.", "We may share your information, including any health information, with our partners.", true},
		{"twin: an item of data collected", "Information We Access", "- Messages we keep in your workspace", "- Messages we keep in your workspace, including any health details you share in them", true},
		{"twin: a span of time", "Data retention", "We keep your data while your account is open, and delete it within 30 days of closure.", "We keep your data while your account is open (including any period of suspension or dormancy), and delete it within 30 days of closure.", true},
	})
}
