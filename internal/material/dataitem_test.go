package material

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A kind of data put into a list of data is material, whatever its words:
// the vocabulary does not list "purchase history" or "political
// opinions", and they were called "Same commitments, reworded".
func TestDataItemAdded(t *testing.T) {
	rb := Builtin()
	for _, item := range []string{"purchase history", "political opinions", "job title", "household income"} {
		wantOnlyCategory(t, rb, "sentence: "+item, "Information We Collect", "We collect your name and email address.",
			"We collect your name, email address and "+item+".", "data")
		wantOnlyCategory(t, rb, "removed: "+item, "Information We Collect", "We collect your name, email address and "+item+".",
			"We collect your name and email address.", "data")
		rep, cats, why := judgeText(rb, "# Information We Access\n\n- Name\n- Order and account details\n",
			"# Information We Access\n\n- Name\n- Order and account details\n- "+strings.ToUpper(item[:1])+item[1:]+"\n")
		if !rep.Material || !cats["data"] || len(cats) != 1 {
			t.Errorf("list item %s: material=%v %v, want data: %s", item, rep.Material, cats, strings.Join(why, "; "))
		}
	}
}

// A bullet written "•" (three bytes) is cut off whole: the reason quotes
// the item, never half a character ("'\xa2 Purchase history'").
func TestDataItemBulletCutWhole(t *testing.T) {
	rb := Builtin()
	rep, cats, why := judgeText(rb, "# P\n\n## Information We Access\n\n• Name\n\n• Order and account details\n",
		"# P\n\n## Information We Access\n\n• Name\n\n• Order and account details\n\n• Purchase history\n")
	if !rep.Material || !cats["data"] {
		t.Fatalf("material=%v %v, want data: %s", rep.Material, cats, strings.Join(why, "; "))
	}
	for _, v := range rep.Verdicts {
		if !utf8.ValidString(v.Reason) || !strings.Contains(v.Reason, "'Purchase history'") {
			t.Errorf("reason %q, want the item quoted whole", v.Reason)
		}
	}
}

// An item added as one more "•" line of a paragraph of them, as the seed
// policies write their lists, is a kind of data too.
func TestDataItemBulletLine(t *testing.T) {
	rb := Builtin()
	rep, cats, why := judgeText(rb, "# P\n\n## Information We Access\n\n  • Name\n  • Order and account details\n",
		"# P\n\n## Information We Access\n\n  • Name\n  • Order and account details\n  • Purchase history\n")
	if !rep.Material || !cats["data"] || len(cats) != 1 {
		t.Errorf("material=%v %v, want data: %s", rep.Material, cats, strings.Join(why, "; "))
	}
}

// A list that is not of data, an item that is a clause, and a list
// restated with the same items are left to the other rules.
func TestDataItemNotOverread(t *testing.T) {
	rb := Builtin()
	for _, tc := range [][2]string{
		// the same items, "and" for a comma
		{"We collect your name, email address and phone number.", "We collect your name, your email address and your phone number."},
		// an item the policy already names, moved into the list
		{"We collect your name and email address. We also collect your purchase history.", "We collect your name, email address and purchase history. We also collect your purchase history."},
	} {
		rep, _, why := judgeEdit(rb, "Information We Collect", tc[0], tc[1])
		if rep.Material {
			t.Errorf("%q → %q: material, want minor: %s", tc[0], tc[1], strings.Join(why, "; "))
		}
	}
}
