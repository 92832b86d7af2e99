package material

import "testing"

// TestRepresentedBy: the person who represents a company named by their
// office (b48-09) names the same company, reached at the same address; a
// company named as the representative, another company represented or
// another mailbox stays material.
func TestRepresentedBy(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Contact Us", "ePrivacy GmbH represented by Prof. Dr. Christoph Bauer, Große Bleichen 21, 20354 Hamburg, [privacy@themeetgroup.com](mailto:privacy@themeetgroup.com)",
			"ePrivacy GmbH represented by its managing director, Große Bleichen 21, 20354 Hamburg, [privacy@themeetgroup.com](mailto:privacy@themeetgroup.com)", false}, // b48-09
		{"Your rights", "To exercise your rights, write to our representative, Zentrova GmbH, represented by its managing director, Hauptstrasse 5, 10115 Berlin.",
			"To exercise your rights, write to our representative, Zentrova GmbH, represented by its Board, Hauptstrasse 5, 10115 Berlin.", false},
		{"Your rights", "To exercise your rights, write to our representative, Zentrova GmbH, acting through its Board, Hauptstrasse 5, 10115 Berlin.",
			"To exercise your rights, write to our representative, Zentrova GmbH, acting through its managing directors, Hauptstrasse 5, 10115 Berlin.", false},
		// material twins
		{"Your rights", "To exercise your rights, write to our representative, Zentrova GmbH, represented by its managing director, Hauptstrasse 5, 10115 Berlin.",
			"To exercise your rights, write to our representative, Quorbit GmbH, represented by its Board, Hauptstrasse 5, 10115 Berlin.", true},
		{"Contact Us", "ePrivacy GmbH represented by Prof. Dr. Christoph Bauer, Große Bleichen 21, 20354 Hamburg, [privacy@themeetgroup.com](mailto:privacy@themeetgroup.com)",
			"ePrivacy GmbH represented by DataGuard Services GmbH, Große Bleichen 21, 20354 Hamburg, [privacy@themeetgroup.com](mailto:privacy@themeetgroup.com)", true},
		{"Contact Us", "ePrivacy GmbH represented by Prof. Dr. Christoph Bauer, Große Bleichen 21, 20354 Hamburg, [privacy@themeetgroup.com](mailto:privacy@themeetgroup.com)",
			"DataGuard GmbH represented by its managing director, Große Bleichen 21, 20354 Hamburg, [privacy@themeetgroup.com](mailto:privacy@themeetgroup.com)", true},
		{"Contact Us", "ePrivacy GmbH represented by Prof. Dr. Christoph Bauer, Große Bleichen 21, 20354 Hamburg, [privacy@themeetgroup.com](mailto:privacy@themeetgroup.com)",
			"ePrivacy GmbH represented by its managing director, Große Bleichen 21, 20354 Hamburg, [dpo@eprivacy.eu](mailto:dpo@eprivacy.eu)", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}
