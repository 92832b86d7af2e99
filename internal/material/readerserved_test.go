package material

import "testing"

// TestReaderServed: whom a thing is done for is a term of the purpose or
// ground it gives: "as needed to provide you services" → "as needed to
// provide services" (b45-18) keeps data to serve anyone; "Processing
// necessary to provide our services to you" → "… our services" (b45-36)
// no longer rests on the reader's own contract. The reader said another
// way, or moved, is the same reader.
func TestReaderServed(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"How We Use Information", "We use your contact details to deliver our products to you.",
			"We use your contact details to deliver our products.", true},
		{"Legal Basis", "We process your data where necessary to perform the contract we have with you and to supply you the goods you ordered.",
			"We process your data where necessary to perform the contract we have with you and to supply the goods you ordered.", true},
		{"Retention", "We keep billing records only as long as we need them to offer services.",
			"We keep billing records only as long as we need them to offer you services.", true},
		// The reader said another way.
		{"Legal Basis", "Processing necessary to provide our services to you:",
			"Processing necessary to provide you with our services:", false},
		{"Retention", "We keep your data as long as needed to provide you services.",
			"We keep your data as long as needed to provide services to you.", false},
		{"Retention", "We keep your data as long as needed to provide you services.",
			"We keep your data as long as needed to provide you with services.", false},
	})
}
