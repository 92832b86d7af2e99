package material

import "testing"

// TestAttentionFormulas: "please be aware", "please be advised" and
// "please note" call attention to what follows and commit to nothing;
// what follows is still compared.
func TestAttentionFormulas(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b37-11", "8) CALIFORNIA CONSUMER PRIVACY ACT NOTICE",
			"Please note that, in some instances, we may decline to honor your request where, for example, we are unable to verify your identity or an exception to this right applies.",
			"Please be aware that we may, in some cases, decline to honor your request, for example where we cannot verify your identity or where an exception to this right applies.", false},
		{"marketing stop", "Marketing",
			"Please note that it can take a little while for all marketing to stop once you either withdraw your consent or tell us you’d like to opt out of marketing.",
			"Please be aware that it can take a little while for all marketing to stop once you either withdraw your consent or tell us you’d like to opt out of marketing.", false},
		{"verify identity", "Your Rights",
			"Please be advised that we may need to verify your identity before responding to your request.",
			"Please note that we may need to verify your identity before responding to your request.", false},
		// Material twins: what follows the formula changed.
		{"marketing stop, a period", "Marketing",
			"Please note that it can take a little while for all marketing to stop once you either withdraw your consent or tell us you’d like to opt out of marketing.",
			"Please be aware that it can take up to 60 days for all marketing to stop once you either withdraw your consent or tell us you’d like to opt out of marketing.", true},
		{"verify identity, more data", "Your Rights",
			"Please be advised that we may need to verify your identity before responding to your request.",
			"Please note that we may need a copy of your passport before responding to your request.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}

// TestAttentionFormulasConversational: a conversational text calls
// attention with "Good to know:" or "Just so you know," where a formal
// one writes "Please note that" (b77-19, b77-17): the same formula of
// attention, committing to nothing. Twins: the sentence after it hedged,
// given a period, or naming a recipient, stays material.
func TestAttentionFormulasConversational(t *testing.T) {
	const rights = "If you are seeking to exercise any of these rights, please contact us using the details in the “Contact Us” section below. Please note that we will need to verify your identity before we can fulfil any of your rights under data protection law."
	const cookies = "All computers have the ability to decline cookies. Please note that should you choose to decline cookies, you may be unable to access particular areas of our website."
	runRestated(t, []restatedCase{
		{"good to know", "Your rights", rights,
			"Want to use any of these rights? Just get in touch using the details in the “Contact Us” section below. Good to know: we'll need to confirm your identity before we can fulfil any of your rights under data protection law.", false},
		{"just so you know", "Cookies and similar technologies", cookies,
			"Every computer can decline cookies. Just so you know, if you choose to decline cookies, you may not be able to access some areas of our website.", false},
		{"twin: good to know, hedged", "Your rights", rights,
			"Want to use any of these rights? Just get in touch using the details in the “Contact Us” section below. Good to know: we may try to confirm your identity before we can fulfil any of your rights under data protection law.", true},
		{"twin: good to know, a period", "Your rights", rights,
			"Want to use any of these rights? Just get in touch using the details in the “Contact Us” section below. Good to know: we'll need to confirm your identity within 30 days before we can fulfil any of your rights under data protection law.", true},
		{"twin: just so you know, a recipient", "Cookies and similar technologies", cookies,
			"Every computer can decline cookies. Just so you know, if you choose to decline cookies, we will tell Google and you may not be able to access some areas of our website.", true},
		{"twin: just so you know, a limit lifted", "Cookies and similar technologies", cookies,
			"Every computer can decline cookies. Just so you know, if you choose to decline cookies, you will still be able to access all areas of our website.", true},
	})
}
