package material

import "testing"

// TestPointerPlaceReworded: a pointer to a part of the policy says where
// the policy states a thing, whether it says where the part stands before
// or after it ("described below in the section titled “X”" → "described
// in the “X” section below") or introduces the title ("titled",
// "headed"). What the sentence around the pointer commits to is still
// compared: a procedure replaced or a right narrowed beside the same
// pointer stays material. (Written for b40-19.)
func TestPointerPlaceReworded(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b40-19", "Changes and updates to the Privacy Notice",
			"If, as the result of such changes, you want to alter the ways in which Nagravision SA is allowed to use your personal information, you can do so by following the procedure described below in the section titled “Access and Control over your Personal Information”.",
			"If, as the result of such changes, you want to alter the ways in which Nagravision SA is allowed to use your personal information, you can do so by following the procedure described in the “Access and control over your personal information” section below.", false},
		{"set out above in the section headed", "Rights",
			"You can object to this processing as set out above in the section headed “Your rights”.",
			"You can object to this processing as set out in the “Your rights” section above.", false},
		{"the procedure replaced beside the pointer", "Changes and updates to the Privacy Notice",
			"You can do so by following the procedure described below in the section titled “Access and Control over your Personal Information”.",
			"You can do so by writing to us, as described in the “Access and control over your personal information” section below.", true},
		{"a right narrowed beside the pointer", "Rights",
			"You can object to any processing as set out above in the section headed “Your rights”.",
			"You can object to direct marketing as set out in the “Your rights” section above.", true},
	})
}
