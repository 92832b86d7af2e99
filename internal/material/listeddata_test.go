package material

import "testing"

// TestListedData: an item added to or taken from a list of kinds of data
// ("order information" → "order and customer information") is a kind of
// data, though the line names the party the data comes from. Twins keep
// their own category: a party added to the list, and data the reader
// may request, which is what a right covers.
func TestListedData(t *testing.T) {
	rb := Builtin()
	const h = "Information from Third Parties"
	wantOnlyCategory(t, rb, "customer information added", h,
		"- WooCommerce: Product catalogs, order information (when you enable this integration)",
		"- WooCommerce: Product catalogs, order and customer information (when you enable this integration)", "data")
	wantOnlyCategory(t, rb, "billing information dropped", h,
		"- Shopify: Product catalogs, order and billing information (when you enable this integration)",
		"- Shopify: Product catalogs, order information (when you enable this integration)", "data")

	wantOnlyCategory(t, rb, "a party added", "Sharing",
		"- We share order information with Stripe and PayPal.",
		"- We share order information with Stripe, PayPal and Klarna.", "!data")
	wantOnlyCategory(t, rb, "data requested", "Your rights",
		"- Request account information and data",
		"- Request data", "!data")
}
