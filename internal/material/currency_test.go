package material

import (
	"strings"
	"testing"
)

// TestCurrencyChanged: an amount given in another currency is another
// amount, though folding reads the sign as punctuation; the same sign
// spaced otherwise is not.
func TestCurrencyChanged(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		// the miss: cosmetic.punctuation saw the same words
		{"Your rights", "We may charge a fee of $10 for copies.", "We may charge a fee of €10 for copies.", true},
		{"Liability", "Our liability is limited to £100.", "Our liability is limited to $100.", true},
		{"Subscriptions", "The plan costs ¥1,000 a month, billed in advance.", "The plan costs €1,000 a month, billed in advance.", true},
		// minor twins
		{"Your rights", "We may charge a fee of $10 for copies.", "We may charge a fee of $ 10 for copies.", false},
		{"Liability", "Our liability is limited to £100.", "Our liability is limited to  £100.", false},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v %v, want %v: %s", tc.old, tc.new, rep.Material, cats, tc.material, strings.Join(why, "; "))
		}
	}
	if currencyChanged("youâ€™re 10", "you’re 10 ¢") || !currencyChanged("$10", "€10") || currencyChanged("$10", "10 dollars") || currencyChanged("$10 and €5", "€5 and $10") {
		t.Error("currencyChanged")
	}
}
