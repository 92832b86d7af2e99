package material

import "testing"

// TestServiceDefined: the words a parenthesised definition of the service
// gives are what the policy covers, its scope: "our Omni Lead Management
// Software (the "Service")" → "… Software web application (the
// "Service")" (b29-27), "… or any of our related websites and apps (the
// "Service")" (b35-37). The twins keep their categories: a party put in
// the definition, data collected put beside it, a change far from it.
func TestServiceDefined(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Introduction", `This Privacy Policy explains how we collect and use your information when you use our Acme Booking Software (the "Service").`,
			`This Privacy Policy explains how we collect and use your information when you use our Acme Booking Software web application (the "Service").`, "scope"},
		{"Introduction", `This Privacy Policy explains how we collect and use your information when you use our Acme Booking Software (the "Service").`,
			`This Privacy Policy explains how we collect and use your information when you use our Acme Booking Software or any of our related websites and apps (the "Service").`, "scope"},
		// twins
		{"Introduction", `This Privacy Policy explains how we collect and use your information when you use our Acme Booking Software (the "Service").`,
			`This Privacy Policy explains how we collect and use your information when you use our Acme Booking Software or our advertising partners' apps (the "Service").`, "!scope"},
		{"Introduction", `This Privacy Policy explains how we collect and use your information when you use our Acme Booking Software (the "Service").`,
			`This Privacy Policy explains how we collect, use and sell your information when you use our Acme Booking Software (the "Service").`, "!scope"},
	} {
		wantOnlyCategory(t, rb, tc.new, tc.heading, tc.old, tc.new, tc.want)
	}
	rep, _, why := judgeEdit(rb, "Introduction", `This Privacy Policy explains how we use your information when you use our Acme Booking Software (the "Service").`,
		`This Privacy Policy explains how we use your information when you use our Acme Booking Software (the “Service”).`)
	if rep.Material {
		t.Errorf("the definition's quotes only: material: %v", why)
	}
}

// TestDefinitionOpened: serviceDefined's cheap test.
func TestDefinitionOpened(t *testing.T) {
	for s, want := range map[string]bool{`our app (the "Service")`: true, `(see below) our sites (Collectively, the "Sites")`: true,
		`our app (see below)`: false, `our app`: false} {
		if got := definitionOpened(s); got != want {
			t.Errorf("definitionOpened(%q) = %v, want %v", s, got, want)
		}
	}
}
