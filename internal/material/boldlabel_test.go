package material

import "testing"

// TestBoldItemRelettered: a list item's letter or number set in its bold
// lead ("**d. Information on how you use our services**" → "**e. …**",
// b14-08) is the item's place in the list, as "d." is without the bold;
// the letters were left unexplained and the edit went to a reviewer. A
// bold lead whose words changed is still compared, and a bold quantity is
// not a number of the list.
func TestBoldItemRelettered(t *testing.T) {
	rb := Builtin()
	const heading = "4. What types of personal information do we collect about you?"
	for _, tc := range []struct {
		old, new string
		material bool
	}{
		{"**d. Information on how you use our services**", "**e. Information on how you use our services**", false},
		{"**3. Information on how you use our services**", "**4. Information on how you use our services**", false},
		{"__b) Information on how you use our services__", "__c) Information on how you use our services__", false},
		{"**d. Information on how you use our services**", "**e. Information on how you use our partners' services**", true},
		{"**d. Information on how you use our services**", "**e. Information on where you use our services**", true},
		{"**30 days** after you close your account, we delete your data.", "**90 days** after you close your account, we delete your data.", true},
	} {
		rep, _, why := judgeEdit(rb, heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}
