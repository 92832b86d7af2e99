package material

import (
	"strings"
	"testing"
)

// TestForceSense: a force word read in another sense (the month May, the
// abbreviation No., the noun will, "once" counting) changes no force, and
// a deadline's "of" is its "after" (forcesense.go). The twins change a real
// modal, a real denial, a real order of steps, and stay material.
func TestForceSense(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		// b34-12
		{"Earlier Personal Data deletion", "* technical logs such as records of communication between Products, access logs, errors logs: normally within 45 (forty-five) days after their creation.",
			"* technical logs such as records of communication between Products, access logs, errors logs: as a rule, within forty-five (45) days of being created.", false},
		// b13-26
		{"Your rights", "You can ask us for a copy of the personal information we hold about you at any time, and we will provide it free of charge within one month of receiving your request.",
			"At any time, you can ask us for a copy of the personal information we hold about you, and we will provide it free of charge no later than one month after we receive your request.", false},
		{"Your rights", "We answer requests within one month of receiving them.", "We answer requests no later than one month after receiving them.", false},
		{"Retention", "We review our retention periods once a year.", "We review our retention periods annually.", false},
		{"Retention", "We review our retention periods every year.", "We review our retention periods once a year.", false},
		{"About this policy", "This policy applies from February 28, 2025.", "This policy applies from May 21, 2025.", false},
		{"Your data", "You give us your personal data of your own free will.", "You give us your personal data of your own accord.", false},
		// b57-42
		{"Our legal basis for processing your personal information", "- Legitimate interests: The processing is necessary for us to conduct our business, but not where our interests are overridden by your interests or rights.",
			"- Legitimate interests: The processing is necessary for us to run our business, except where your interests or rights override our interests.", false},
		{"Marketing", "We send offers to customers, but not where they have opted out.", "We send offers to customers, except where they have opted out.", false},
		// b61-42
		{"Our privacy act statement", "With one Login.gov account, users can sign into multiple government agencies.", "Using only one Login.gov account, users can sign into multiple government agencies.", false},
		{"Backups", "We keep two backups of your data.", "We keep only two backups of your data.", false},
		{"Sharing", "This paragraph introduces how ASUS may share your personal data with third parties.", "This paragraph explains when ASUS may share your personal data with third parties.", false},
		// twins
		{"Sharing", "We share your data with our partners.", "We share your data with our partners when you ask us to.", true},
		{"Sharing", "We do not share your data.", "We do not share your data with anyone other than our processors.", true},
		{"Sharing", "We use your data for the purposes listed above.", "We do not use your data for any purpose other than those listed above, except with your consent.", true},
		{"Marketing", "We send offers to customers.", "We send offers to customers, but not where they have opted out.", true},
		{"Access", "Staff can read your messages.", "Only two staff can read your messages.", true},
		{"Deletion", "We delete closed accounts within 30 days.", "We delete closed accounts 30 days after they are closed.", true},
		{"Retention", "We review our retention periods once a year.", "We review our retention periods once every five years.", true},
		{"Security", "We will notify you of a breach in May 2025.", "We may notify you of a breach.", true},
		{"Deletion", "We delete your data.", "We delete your data once you close your account.", true},
		{"Sharing", "We will share your data with our partners.", "We may share your data with our partners.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}

// TestDeadlineOf reads the "of" that closes a deadline as "after".
func TestDeadlineOf(t *testing.T) {
	for _, tc := range []struct {
		words string
		at    int
		want  bool
	}{
		{"within 30 days of closure", 3, true},
		{"no later than one month of receiving it", 5, true},
		{"30 days of closure", 2, false},
		{"within the rest of the eu", 3, false},
	} {
		if got := deadlineOfAt(strings.Fields(tc.words), tc.at); got != tc.want {
			t.Errorf("%q at %d: %v, want %v", tc.words, tc.at, got, tc.want)
		}
	}
}

// TestOtherSense reads the senses one by one on folded words.
func TestOtherSense(t *testing.T) {
	for _, tc := range []struct {
		words string
		at    int
		want  bool
	}{
		{"applies from may 21 2025", 2, true},
		{"we may share it", 1, false},
		{"authorized agent 55 may exercise", 3, false},
		{"entity no 4742037", 1, true},
		{"no 2 accounts", 0, true},
		{"no two users", 0, false},
		{"of their own free will", 4, true},
		{"this will make it easier", 1, false},
		{"once a year", 0, true},
		{"countries other than the one where you live", 1, true},
		{"we do not share it with anyone other than", 7, false},
		{"for any purpose other than support", 3, false},
		{"using only one account", 1, true},
		{"we use it only for support", 3, false},
		{"business but not where our interests", 3, true},
		{"the one where you live", 2, true},
		{"depending on where you live", 2, false},
		{"we share data where you consent", 3, false},
		{"this paragraph explains when asus may share", 3, true},
		{"the table sets out where it is stored", 4, true},
		{"we tell you when we change it", 3, false},
		{"once you close your account", 0, false},
	} {
		ws := strings.Fields(tc.words)
		if got := otherSense(ws, tc.at); got != tc.want {
			t.Errorf("%q at %d: %v, want %v", tc.words, tc.at, got, tc.want)
		}
	}
}

// TestLookAfter: "look after your account" takes care of it, no time;
// "after you close your account" is one.
func TestLookAfter(t *testing.T) {
	runRestated(t, []restatedCase{
		{"look after", "How we use your information", "  • To manage your subscription and billing.", "  • To look after your subscription and billing.", false},
		{"after, a time", "How we use your information", "  • To manage your subscription and billing.", "  • To manage your subscription and billing after you cancel.", true},
	})
}

// TestTriedDenialReason: a denial made an aim ("does not store" → "tries
// not to store") is reported as a commitment weakened, what it is to the
// reader, not as a limit lifted; a denial dropped still lifts a limit.
func TestTriedDenialReason(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ old, new, want string }{
		{"We do not store your card number.", "We try not to store your card number.", "Commitment weakened"},
		{"We do not store your card number.", "We aim not to store your card number.", "Commitment weakened"},
		{"We do not store your card number.", "We store your card number.", "Limit lifted"},
	} {
		rep, _, why := judgeEdit(rb, "Payments", tc.old, tc.new)
		if !rep.Material || len(why) == 0 || !strings.Contains(why[0], tc.want) {
			t.Errorf("%q → %q: material=%v, %q, want a reason starting %q", tc.old, tc.new, rep.Material, why, tc.want)
		}
	}
}
