package material

import "testing"

// TestRenamed: a new name the text says is the former name renamed
// ("Omni Leads, … formerly named Omni Lead Management Software", "Acme
// (previously known as Beta)", "Beta, now called Acme") names the same
// product or party: no new fact. A former name the other side never
// wrote, a renamed party beside a new one, a new product beside the
// renamed one, or "formerly" saying something else of another company
// stays material. (Written for b40-40; "ex-" and "f/k/a" after reading
// b59-16.)
func TestRenamed(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b40-40", "Privacy Policy",
			`Omni Software ("we," "us," or "our") is committed to protecting your privacy. This Privacy Policy explains how we collect, use, disclose, and safeguard your information when you use our Omni Lead Management Software (the "Service").`,
			`Omni Software ("we," "us," or "our") is committed to protecting your privacy. This Privacy Policy explains how we collect, use, disclose, and safeguard your information when you use Omni Leads, our lead management software formerly named Omni Lead Management Software (the "Service").`, false},
		{"recipient previously known as", "Sharing",
			"We share your contact details with Beta Stats Ltd, which sends our newsletters.",
			"We share your contact details with Acme Analytics Ltd (previously known as Beta Stats Ltd), which sends our newsletters.", false},
		{"recipient now called", "Sharing",
			"We share your contact details with Beta Stats Ltd, which sends our newsletters.",
			"We share your contact details with Beta Stats Ltd, now called Acme Analytics Ltd, which sends our newsletters.", false},
		// "ex-" and "f/k/a" say a name is former as "formerly" does
		// (b59-16's "Brevo (ex-Sendinblue)", in English).
		{"ex-, joined to the former name", "Processors",
			"We use Sendinblue to send our newsletters.",
			"We use Brevo (ex-Sendinblue) to send our newsletters.", false},
		{"f/k/a", "Sharing",
			"We share your contact details with Beta Stats Ltd, which sends our newsletters.",
			"We share your contact details with Acme Analytics Ltd (f/k/a Beta Stats Ltd), which sends our newsletters.", false},
		{"ex- a name the old text never wrote", "Processors",
			"We use Sendinblue to send our newsletters.",
			"We use Brevo (ex-Mailchimp) to send our newsletters.", true},
		{"ex inside a word", "Processors",
			"We use Sendinblue to send our newsletters.",
			"We use Brevo, indexed by Sendinblue, to send our newsletters.", true},
		{"formerly a name the old text never wrote", "Sharing",
			"We share your contact details with Beta Stats Ltd, which sends our newsletters.",
			"We share your contact details with Acme Analytics Ltd (formerly Gamma Data Ltd), which sends our newsletters.", true},
		{"renamed, and another recipient added", "Sharing",
			"We share your contact details with Beta Stats Ltd, which sends our newsletters.",
			"We share your contact details with Acme Analytics Ltd (formerly Beta Stats Ltd) and Delta Mail Inc, which send our newsletters.", true},
		{"formerly owned by: another company", "Sharing",
			"We share your contact details with Beta Stats Ltd, which sends our newsletters.",
			"We share your contact details with Beta Stats Ltd and with Acme Analytics Ltd, a company formerly owned by Beta Stats Ltd, which send our newsletters.", true},
		{"renamed product and a new one in scope", "Privacy Policy",
			`Omni Software ("we," "us," or "our") is committed to protecting your privacy. This Privacy Policy explains how we collect, use, disclose, and safeguard your information when you use our Omni Lead Management Software (the "Service").`,
			`Omni Software ("we," "us," or "our") is committed to protecting your privacy. This Privacy Policy explains how we collect, use, disclose, and safeguard your information when you use Omni Leads (formerly Omni Lead Management Software) or Omni Mail (the "Service").`, true},
	})
}

// TestRenamedWholeName: the former name is the whole name the text gives,
// not a name of the other side it starts with ("Coinbase" of "Coinbase
// Wallet"). (ota/Coinbase v4.)
func TestRenamedWholeName(t *testing.T) {
	runRestated(t, []restatedCase{
		{"a longer former name", "Wallet Information",
			"When you sign up to use our Web3 browser or crypto wallet and connect it to your Coinbase account, we collect your Wallet address.",
			"When you sign up to the Base App (formerly known as Coinbase Wallet) and connect it to your Coinbase account, we collect your Wallet address.", true},
	})
	rb := Builtin()
	if c := (&classifier{rb: rb, ix: newIndex(rb)}); c.renamedAsFormer("the Base App (formerly known as Coinbase Wallet)", "your Coinbase account") != "the Base App (formerly known as Coinbase Wallet)" {
		t.Error("renamed into a part of the former name")
	}
}
