package material

import (
	"strings"
	"testing"
)

// A region of the world named where data is stored is a place data goes
// to, never a company given it: "in the Asia-Pacific region" (b78-06),
// "in Costa Rica", "in the Cayman Islands", "EMEA".
func TestWorldRegionIsAPlace(t *testing.T) {
	rb := Builtin()
	const old = "Data is primarily stored on AWS infrastructure located in the United States & Europe."
	for _, place := range []string{"the Asia-Pacific region", "Costa Rica", "Puerto Rico", "the Cayman Islands",
		"Latin America", "the EMEA region", "APAC", "the Middle East", "New South Wales", "Southeast Asia"} {
		new := "Data is primarily stored on AWS infrastructure located in the United States, in Europe and in " + place + "."
		rep, cats, why := judgeEdit(rb, "7. Data storage", old, new)
		if !rep.Material || !cats["transfers"] || cats["recipients"] {
			t.Errorf("%s: material=%v %v, want transfers alone: %s", place, rep.Material, cats, strings.Join(why, "; "))
		}
	}
}

// A company whose name is no place stays a recipient, wherever the
// sentence puts it; and a place named stays a place when the sentence is
// about whom data goes to.
func TestWorldRegionKeepsRecipients(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "company", "Sharing", "We share your data with Stripe.",
		"We share your data with Stripe and Mailgun Technologies.", "recipients")
	wantOnlyCategory(t, rb, "company in a region", "Sharing", "We share your data with Stripe.",
		"We share your data with Stripe and with Mailgun Technologies in Latin America.", "!transfers")
}
