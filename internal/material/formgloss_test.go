package material

import "testing"

// TestFormGloss: a company's legal form said in words, changed with the
// company's name, number and seat kept (b48-02), is the same controller
// converted; another number, another company or a parent named beside it
// stays material.
func TestFormGloss(t *testing.T) {
	rb := Builtin()
	ccm := "**CCM BENCHMARK GROUP** is an _SAS_ (Simplified Joint-Stock Company) with a capital of 1 848 864,45 €. Headquartered at: 14 boulevard Haussmann – 75009 Paris, France  Registered in the Registre du Commerce et des Sociétés (Registry of Commerce and Companies) as number 512 085 630 PARIS"
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"How is your data processed by CCM?", ccm, "**CCM BENCHMARK GROUP** is a _SA_ (public limited company) with a capital of 1 848 864,45 €. Headquartered at: 14 boulevard Haussmann – 75009 Paris, France  Registered in the Registre du Commerce et des Sociétés (Registry of Commerce and Companies) as number 512 085 630 PARIS", false}, // b48-02
		{"Who we are", "Zentrova is a joint-stock company under French law (société anonyme), registered under number 512 085 630, and the controller of your data.",
			"Zentrova is a simplified joint-stock company under French law (société par actions simplifiée), registered under number 512 085 630, and the controller of your data.", false},
		{"Who we are", "Quorbit Ltd is a private limited company, registered in England under number 01234567, and is the controller of your data.",
			"Quorbit plc is a public limited company, registered in England under number 01234567, and is the controller of your data.", false},
		// material twins
		{"Who we are", "Quorbit Ltd is a private limited company, registered in England under number 01234567, and is the controller of your data.",
			"Quorbit Ltd is a private limited company, registered in England under number 07654321, and is the controller of your data.", true},
		{"Who we are", "Quorbit Ltd is a private limited company, registered in England under number 01234567, and is the controller of your data.",
			"Zentrova Holdings is a public limited company, registered in England under number 01234567, and is the controller of your data.", true},
		{"How is your data processed by CCM?", ccm, "**CCM BENCHMARK GROUP** is a _SA_ (public limited company), a subsidiary of Figaro Group, with a capital of 1 848 864,45 €. Headquartered at: 14 boulevard Haussmann – 75009 Paris, France  Registered in the Registre du Commerce et des Sociétés (Registry of Commerce and Companies) as number 512 085 630 PARIS", true},
		{"Sharing", "We never share your data with any private company.", "We may share your data with any public company.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material %v, want %v: %v", tc.old, tc.new, rep.Material, tc.material, why)
		}
	}
}
