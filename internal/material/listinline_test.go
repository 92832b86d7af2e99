package material

import (
	"strings"
	"testing"
)

// TestListItemCategory holds batch 10's category misses b10-20, b10-34 and
// b10-38 in other words: an item added at the end of a list within a
// sentence whose own words name no category was filed "unclassified". The
// item's shape says what the list lists: "to" and a verb is a purpose,
// "to" or "with" and a person or a group is a recipient, a noun phrase
// beside the user's things is a kind of their data. Each beside a minor
// twin that lists the same items.
func TestListItemCategory(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
		category                string
	}{
		{"a purpose added", "Your workouts",
			"We read your step count to plan your weekly goals.",
			"We read your step count to plan your weekly goals and to decide which offers you see.", true, "purposes"},
		{"a purpose removed", "Your workouts",
			"We read your step count to plan your weekly goals and to decide which offers you see.",
			"We read your step count to plan your weekly goals.", true, "purposes"},
		{"purposes reordered", "Your workouts",
			"We read your step count to plan your weekly goals and to decide which offers you see.",
			"We read your step count to decide which offers you see and to plan your weekly goals.", false, ""},
		{"a recipient added", "Your order",
			"We hand your delivery address to the courier who brings your parcel.",
			"We hand your delivery address to the courier who brings your parcel and to debt collectors.", true, "recipients"},
		{"a recipient removed", "Your order",
			"We hand your delivery address to the courier who brings your parcel and to debt collectors.",
			"We hand your delivery address to the courier who brings your parcel.", true, "recipients"},
		{"a recipient added, with", "Your order",
			"We discuss your complaint with the shop that sold you the item.",
			"We discuss your complaint with the shop that sold you the item and with consumer associations.", true, "recipients"},
		{"a recipient beside a processor", "Payments",
			"We send your card details to our payment processor.",
			"We send your card details to our payment processor and to credit reference agencies.", true, "recipients"},
		{"a kind of data, the user's", "Trips",
			"During a trip we record your speed.",
			"During a trip we record your speed and how hard you brake.", true, "data"},
		{"a kind of data added", "Your visits",
			"When you check in at a clinic, we write down your arrival time.",
			"When you check in at a clinic, we write down your arrival time and the symptoms you describe.", true, "data"},
		{"a kind of data, same", "Your visits",
			"When you check in at a clinic, we write down your arrival time and the symptoms you describe.",
			"When you check in at a clinic, we write down the symptoms you describe and your arrival time.", false, ""},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material || tc.category != "" && !cats[tc.category] {
			t.Errorf("%s: material=%v %v, want %v %q: %s", tc.name, rep.Material, cats, tc.material, tc.category, strings.Join(why, "; "))
		}
	}
}
