package material

import "testing"

// TestPlaceAfterAmpersand: a place after an ampersand ends a list of
// places, whose new member is a transfer destination (b30-30 in other
// words); a company's name with an ampersand is still one recipient.
func TestPlaceAfterAmpersand(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "places", "Where data is stored",
		"Your files are stored on servers located in Germany & France.",
		"Your files are stored on servers located in Germany, France & Brazil.", "transfers")
	wantOnlyCategory(t, rb, "company", "Who we share data with",
		"We share your order details with our courier.",
		"We share your order details with our courier, Harlow & Finch Logistics.", "recipients")
}
