package material

import (
	"strings"
	"testing"
)

// TestInstrumentName: the name of a transfer instrument that opens with a
// place and goes on in common words ("the UK International Data Transfer
// Addendum") is no party: b67-18 and b69-18 reported "New recipient: UK
// International (EU)", a name cut at "Data". The change of safeguards is
// a change of transfers.
func TestInstrumentName(t *testing.T) {
	rb := Builtin()
	const old = "From time to time we transfer your personal information to our Group companies based outside of the EEA. Currently this includes transfers to the USA. When we do this, your personal information will continue to be subject to one or more appropriate safeguards set out in the law. These might be the use of model contracts in a form approved by regulators, or having our suppliers sign up to an independent privacy scheme approved by regulators (like the US ‘Privacy Shield’ scheme)."
	const new = "From time to time we transfer your personal information to our Group companies based outside of the EEA. Currently this includes transfers to the USA. When we do this, your personal information will continue to be subject to one or more appropriate safeguards set out in the law. These might be the use of the Standard Contractual Clauses approved by the European Commission together with the UK International Data Transfer Addendum, or having our suppliers certify under the EU-US Data Privacy Framework and its UK Extension."
	rep, cats, why := judgeEdit(rb, "International transfers of personal information", old, new)
	reason := strings.Join(why, "; ")
	if !rep.Material || !cats["transfers"] {
		t.Errorf("material=%v, categories %v, want transfers: %s", rep.Material, cats, reason)
	}
	if strings.Contains(reason, "UK International") && !strings.Contains(reason, "UK International Data Transfer Addendum") {
		t.Errorf("a name cut short: %s", reason)
	}
	// a company whose name opens with a place stays a party
	wantOnlyCategory(t, rb, "a company", "Sharing", "We share your data with our payment processor.",
		"We share your data with our payment processor and with UK International Logistics Ltd.", "recipients")
}
