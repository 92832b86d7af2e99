package material

import "testing"

// TestPostalGone: the postal address of a contact taken away, written
// nowhere in the new text, is a way to write that is gone, as an e-mail
// address is: Tinder's Data Protection Officer for Japan moved from Dallas
// to Tokyo, the old block read alone as "Wording not about personal data"
// (ota-43 032). Twin: the block taken away whose lines the text still
// writes (the same address kept under the controller's name).
func TestPostalGone(t *testing.T) {
	rb := Builtin()
	controller := "If you live in Japan, the company responsible for your data is:\n\n> MG Japan Services GK  \n> Sumitomo Fudosan Azabu Bldg  \n> 1-4-1 Mita  \n> Minato-ku, Tokyo 108-0073  \n> Japan\n\n"
	dallas := "> MG Japan Services GK  \n> c/o Tinder, LLC  \n> 8750 North Central Expressway  \n> Suite 1400  \n> Dallas, TX 75231  \n> United States\n\n"
	tokyo := "> MG Japan Services GK  \n> Sumitomo Fudosan Azabu Bldg  \n> 1-4-1 Mita  \n> Minato-ku, Tokyo 108-0073  \n> Japan\n\n"
	page := func(dpo string) string {
		return "# Privacy Policy\n\nIf you live in the United States, the Tinder service is provided by Tinder, LLC, of Dallas, TX, United States.\n\n" + controller + "#### **If you live in Japan:**\n\nOnline: [here](https://gotinder.com/help)\n\nBy post:\n\nData Protection Officer\n\n" + dpo + "## Changes\n\nWe will tell you of changes.\n"
	}
	rep, cats, why := judgeText(rb, page(dallas), page(tokyo))
	if !rep.Material || !cats["rights"] {
		t.Errorf("the DPO's address moved to another country: material=%v, categories %v, want rights: %v", rep.Material, cats, why)
	}
	if rep, _, why := judgeText(rb, page(tokyo+dallas), page(tokyo)); !rep.Material {
		t.Errorf("an address block gone, written nowhere else: minor: %v", why)
	}
	if rep, _, why := judgeText(rb, page(tokyo+tokyo), page(tokyo)); rep.Material {
		t.Errorf("a repeated address block removed, its lines still written: material: %v", why)
	}
}

// TestEndToEnd: "end-to-end" taken from "encrypted" weakens a security
// measure: eharmony's "The messages sent between members … are
// end-to-end encrypted" → "are encrypted" read "Same commitments,
// reworded" (ota-44 014). Twin: the same words hyphenated otherwise.
func TestEndToEnd(t *testing.T) {
	rb := Builtin()
	old := "The messages sent between members via our Service are end-to-end encrypted."
	wantOnlyCategory(t, rb, "ota-44 014", "Messages", old, "The messages sent between members via our Service are encrypted.", "security")
	if rep, _, why := judgeEdit(rb, "Messages", old, "The messages sent between members via our Service are end to end encrypted."); rep.Material {
		t.Errorf("end-to-end written without hyphens: material: %v", why)
	}
}
