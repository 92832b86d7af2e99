package material

import (
	"slices"
	"testing"
)

// TestDurationNoAge: a number of years, months or days not said to be
// old, of age or over is how long something lasts, not the age of the
// people a commitment is about. "maintained for at least six years
// following the altering of a password" (b61-32) was read as users of
// six or over, and the retention change filed under age thresholds.
func TestDurationNoAge(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Your data will be maintained for at least six years following the deletion of your account.", nil},
		{"We keep invoices for at least 7 years and then delete them.", nil},
		{"Logs are stored for at least 30 days.", nil},
		// Twins: ages, with or without their unit.
		{"You must be at least 16 years old to use the service.", []string{"16+"}},
		{"You must be at least 16 years of age.", []string{"16+"}},
		{"You must be at least 13 to sign up.", []string{"13+"}},
		{"You must be at least 18 years or older.", []string{"18+"}},
		{"Users aged 13 or over may join.", []string{"13+"}},
	} {
		if got := ageFloors(rb.index.fold(tc.text)); !slices.Equal(got, tc.want) {
			t.Errorf("%q: age floors %v, want %v", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ name, heading, old, new string }{
		{"b61-32", "What happens to the information you share?",
			"Your personal information will be maintained for at least six years following the altering of a password or deletion of your account, in accordance with National Archives and Records Administration (NARA) guidance. However, GSA is authorized to maintain the information for longer if it is required for business use. Login.gov must be able to provide users access to information and services at partner agencies and therefore may have a business need to retain the information longer than the six-year retention period.",
			"Your personal information, including profiles, log-in files, password files, audit trail files and extracts, system usage files, and cost-back files used to assess charges for system use, will be maintained for at least six years following the altering of a password or deletion of your account, unless longer retention is required for business use, such as for law enforcement matters or other legal actions in accordance with National Archives and Records Administration (NARA) guidance. Login.gov must be able to provide users access to information and services at partner agencies and therefore may have a business need to retain the information longer than the six-year retention period."},
		{"kept longer where the law asks", "How long we keep your data",
			"We keep your order records for at least seven years after your last purchase.",
			"We keep your order records for at least seven years after your last purchase, unless the law requires us to keep them longer."},
		{"a floor of months, widened", "Data retention",
			"Support tickets are retained for at least 12 months after they are closed.",
			"Support tickets are retained for at least 12 months after they are closed, or longer where we need them to resolve a dispute."},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, "retention")
	}
}
