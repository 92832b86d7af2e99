package material

import "testing"

// TestCompanyAddress: a street changed in an address block under the
// company's name, which no rule reads, is the controller's identity for a
// reviewer to confirm (b50-05), not a change of no category; another
// house number of the same street stays minor.
func TestCompanyAddress(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "b50-05", "Contact",
		"SurveyMonkey Inc.\n1 Curiosity Way\nSan Mateo, California 94403\nUnited States",
		"SurveyMonkey Inc.\n1 Franklin Parkway, Building 910,\nSan Mateo, California 94403\nUnited States", "identity")
	// only the house number: the same door of the same street (addressBlockNumber)
	if rep, _, why := judgeEdit(rb, "Contact", "Northwind Analytics LLC\n200 Harbor Road\nPortland, OR 97201\nUnited States",
		"Northwind Analytics LLC\n220 Harbor Road\nPortland, OR 97201\nUnited States"); rep.Material {
		t.Errorf("house number: material, want minor: %v", why)
	}
}
