package material

import (
	"strings"
	"testing"
)

// TestItemsAsClauses: a list whose items each finish the lead-in's
// sentence ("Our analytics cookies: - are set only after …; - expire
// after 13 months"), written as one sentence whose clauses are joined by
// "and" and the subject's pronoun ("…, and they expire after 13
// months"), says the same (b13-42). An item dropped, added or changed
// stays material.
func TestItemsAsClauses(t *testing.T) {
	rb := Builtin()
	const list = "Our analytics cookies:\n- are set only after you accept them in the cookie banner;\n- expire after 13 months."
	const list3 = "Your account data:\n- is stored in the European Union;\n- is encrypted at rest;\n- is deleted 30 days after you close your account."
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b13-42", "Cookies we use", list, "Our analytics cookies are set only after you accept them in the cookie banner, and they expire after 13 months.", false},
		{"prose as a list", "Cookies we use", "Our analytics cookies are set only after you accept them in the cookie banner, and they expire after 13 months.", list, false},
		{"three items", "How we store your data", list3, "Your account data is stored in the European Union, is encrypted at rest, and it is deleted 30 days after you close your account.", false},
		// Twins.
		{"twin: another period", "Cookies we use", list, "Our analytics cookies are set only after you accept them in the cookie banner, and they expire after 25 months.", true},
		{"twin: only dropped", "Cookies we use", list, "Our analytics cookies are set after you accept them in the cookie banner, and they expire after 13 months.", true},
		{"twin: an item added", "Cookies we use", list, "Our analytics cookies are set only after you accept them in the cookie banner, and they are shared with our advertising partners and expire after 13 months.", true},
		{"twin: an item dropped", "How we store your data", list3, "Your account data is stored in the European Union, and it is deleted 30 days after you close your account.", true},
		{"twin: another place", "How we store your data", list3, "Your account data is stored in the United States, is encrypted at rest, and it is deleted 30 days after you close your account.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
