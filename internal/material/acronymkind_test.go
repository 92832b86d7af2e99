package material

import (
	"slices"
	"strings"
	"testing"
)

// TestAcronymKind: an acronym that names a format or a standard of data
// ("as CSV files", "(account number and sort code, or IBAN)", b74-08,
// b74-12) is no new recipient; one written where a party stands, before a
// noun of anything but writing or given data in the bracket, is. (The
// minor edits here also number steps and add "details" to a list, which
// other rules judge: what is asked is that no party is read in them.)
func TestAcronymKind(t *testing.T) {
	rb := Builtin()
	const (
		export = "If a customer cancels their subscription: Customers have 30 days to export their data after this period, data is permanently deleted from active systems."
		bank   = "  • Information that you provide to us such as your name, address, date of birth, telephone number, email address and bank account and any feedback you give to us, including by phone, email, post, or when you communicate with us via social media;"
	)
	for _, tc := range []struct {
		name, heading, old, new string
		party                   string // the name a reason must give, "" for none
	}{
		{"a format (b74-08)", "Customer Platform Data", export,
			"If a customer cancels their subscription: (1) customers have 30 days to export their data (for example, as CSV files from the account settings); (2) after this 30-day period, data is permanently deleted from active systems.", ""},
		{"a firm before its servers", "Customer Platform Data", export,
			"If a customer cancels their subscription: (1) customers have 30 days to export their data (for example, to OVH servers from the account settings); (2) after this 30-day period, data is permanently deleted from active systems.", "OVH"},
		{"a firm acting", "Customer Platform Data", export,
			"If a customer cancels their subscription: Customers have 30 days to export their data, which QXT files after this period; data is permanently deleted from active systems.", "QXT"},
		{"a standard of data (b74-12)", "What sorts of personal information do we hold?", bank,
			"  • Information that you provide to us such as your name, address, date of birth, telephone number, email address and bank account details (account number and sort code, or IBAN) and any feedback you give to us, including by phone, email, post, or when you communicate with us via social media;", ""},
		{"a firm given the data", "What sorts of personal information do we hold?", bank,
			"  • Information that you provide to us such as your name, address, date of birth, telephone number, email address and bank account details (account number and sort code, shared with PAYCO) and any feedback you give to us, including by phone, email, post, or when you communicate with us via social media;", "PAYCO"},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		named := slices.ContainsFunc(rep.Verdicts, func(v Verdict) bool { return v.Material && strings.HasSuffix(v.Rule, ".entity") })
		if tc.party == "" && named || tc.party != "" && (!rep.Material || !strings.Contains(strings.Join(why, "; "), tc.party)) {
			t.Errorf("%s: material=%v, a party named %v, want %q: %s", tc.name, rep.Material, named, tc.party, strings.Join(why, "; "))
		}
	}
}
