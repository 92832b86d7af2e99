package material

import (
	"strings"
	"testing"
)

// TestListCountCorrected: a number that counts the list under it ("at
// least one of the three following safeguards", two listed, b17-04) put
// right, the list unchanged, commits to what the list says: the items
// are the commitment. Twins: the new number says other than the list, an
// item goes with the count, a quantifier traded beside it, a number that
// counts no list.
func TestListCountCorrected(t *testing.T) {
	rb := Builtin()
	const two = "\n\n*   We transfer your information to countries recognised by the European Commission as providing an adequate level of protection.\n*   We ensure that the recipient is bound by E.U. Standard Contractual Clauses."
	const three = two + "\n*   We ask for your explicit consent."
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"b17-04", "If we transfer your data out of the European Economic Area, we implement at least one of the three following safeguards:" + two,
			"If we transfer your data out of the European Economic Area, we implement at least one of the two following safeguards:" + two, false},
		{"the following N, numerals", "If we transfer your data out of the European Economic Area, we rely on one of the following 4 safeguards:" + three,
			"If we transfer your data out of the European Economic Area, we rely on one of the following 3 safeguards:" + three, false},
		{"twin: the count now wrong", "If we transfer your data out of the European Economic Area, we implement at least one of the three following safeguards:" + three,
			"If we transfer your data out of the European Economic Area, we implement at least one of the two following safeguards:" + three, true},
		{"twin: an item goes with the count", "If we transfer your data out of the European Economic Area, we implement at least one of the three following safeguards:" + three,
			"If we transfer your data out of the European Economic Area, we implement at least one of the two following safeguards:" + two, true},
		{"twin: all traded for one of", "If we transfer your data out of the European Economic Area, we implement all three following safeguards:" + two,
			"If we transfer your data out of the European Economic Area, we implement one of the two following safeguards:" + two, true},
		{"twin: no list", "If we transfer your data out of the European Economic Area, we keep a record of it for the following three years.",
			"If we transfer your data out of the European Economic Area, we keep a record of it for the following two years.", true},
	} {
		rep, _, why := judgeEdit(rb, "How Is Information Transferred Internationally?", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestCountOfList: a count put before a list that has as many items,
// after a lead-in's colon or within its sentence ("such as these four:
// the right to access, correct, delete, or restrict", "our two official
// distributors (A and B)", b228's editor of numbers), says nothing the
// list does not. Twins: a count the list does not have, and a count of
// no list.
func TestCountOfList(t *testing.T) {
	rb := Builtin()
	const items = "\n\n- Account data\n- Usage data\n- Support messages"
	for _, tc := range []struct {
		name, old, new string
		material       bool
	}{
		{"a lead-in's count", "While providing support, our staff may access:" + items, "While providing support, our staff may access these three types of information:" + items, false},
		{"a count before a colon, in the sentence", "You may have rights such as the right to access, correct, delete, or restrict its processing.", "You may have rights such as these four: the right to access, correct, delete, or restrict its processing.", false},
		{"a count before a bracket", "We share it with our official distributors (Alpha Ltd and Beta GmbH) to serve you.", "We share it with our two official distributors (Alpha Ltd and Beta GmbH) to serve you.", false},
		{"the count taken out", "You may have rights such as these four: the right to access, correct, delete, or restrict its processing.", "You may have rights such as the right to access, correct, delete, or restrict its processing.", false},
		{"twin: the lead-in's count wrong", "While providing support, our staff may access:" + items, "While providing support, our staff may access these four types of information:" + items, true},
		{"twin: a count before a bracket, wrong", "We share it with our official distributors (Alpha Ltd and Beta GmbH) to serve you.", "We share it with our three official distributors (Alpha Ltd and Beta GmbH) to serve you.", true},
		{"twin: a count of no list", "We keep backups of your data.", "We keep two backups of your data.", true},
	} {
		rep, _, why := judgeEdit(rb, "Access", tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}
