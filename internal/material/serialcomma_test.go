package material

import (
	"strings"
	"testing"
)

// TestSerialComma: the comma before the "and" or "or" that closes a
// series ("from disclosure, alteration, or unauthorized use") ends no
// clause. A phrase put after the series, at the end of the same sentence,
// qualifies what it qualified before, and the sentence commits to what it
// did. A joiner followed by a subject does join two clauses, and a
// condition, a place or a limit moved from one of them to the other still
// changes what each act commits to: material.
func TestSerialComma(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		// minor: the phrase stays in the one clause
		{"These measures seek to protect your information both online and offline from disclosure, alteration, or unauthorized use.",
			"These measures seek to protect your information from disclosure, alteration, or unauthorized use, both online and offline.", false},
		{"We keep backups of your account in encrypted form on servers, laptops, or removable media.",
			"We keep backups of your account on servers, laptops, or removable media, in encrypted form.", false},

		// material: a real second clause, with its own subject
		{"We encrypt your data in transit both online and offline, and we store it on our servers.",
			"We encrypt your data in transit, and we store it on our servers both online and offline.", true},
		{"With your consent, we use recordings, transcripts, and notes to improve the service, and we keep them.",
			"We use recordings, transcripts, and notes to improve the service, and with your consent we keep them.", true},
		{"We share only your name, email, and address with our payment provider, and we keep them for a year.",
			"We share your name, email, and address with our payment provider, and we keep them only for a year.", true},
	} {
		rep, _, why := judgeEdit(rb, "Security", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
	for s, want := range map[string]string{
		"from disclosure, alteration, or unauthorized use": "from disclosure, alteration or unauthorized use",
		"we collect it, use it, and we share it":           "we collect it, use it, and we share it",
		"names, emails, and addresses, or phone numbers":   "names, emails and addresses, or phone numbers",
	} {
		if got := unserialComma(s); got != want {
			t.Errorf("unserialComma(%q) = %q, want %q", s, got, want)
		}
	}
}
