package material

import (
	"strings"
	"testing"
)

// Mends of round 89 (batches 415 to 418, written blind and first run on
// 3a49d6b3, no miss as paragraphs, one in whole policies).

// TestTwoLetterInitials: a name of two capitals is read as the initials
// of a name the policy states only where the policy states it in
// capitals or defines it: "your GP" put among the recipients is a new
// recipient in a policy that says "good practice" elsewhere (b415-18,
// read in the whole policy as the initials of those two words). Twins:
// "the EU" after "the European Union", "ML" or "CS" where the policy
// defines "machine learning (ML)" or "customer success (CS)", and "ID"
// where both texts write it elsewhere, are the names already stated.
func TestTwoLetterInitials(t *testing.T) {
	rb := Builtin()
	policy := func(other, line string) string {
		return "## About us\n\nWe are Example Ltd. " + other + "\n\n## Sharing\n\n" + line + "\n\n## Contact\n\nWrite to privacy@example.com.\n"
	}
	judge := func(name, other, old, new string, want bool) {
		t.Helper()
		rep, _, why := judgeText(rb, policy(other, old), policy(other, new))
		if rep.Material != want {
			t.Errorf("%s: material=%v, want %v: %s", name, rep.Material, want, strings.Join(why, "; "))
		}
	}
	judge("GP beside good practice", "We follow good practice in security.",
		"We may share your personal information with e.g. insurers, solicitors, employers etc. which have a legitimate interest in it.",
		"We may share your personal information with e.g. insurers, solicitors, employers, your GP etc. which have a legitimate interest in it.", true)
	judge("twin: EU after the European Union", "Our servers are in the European Union.",
		"We may transfer your personal information to our offices in the European Union.",
		"We may transfer your personal information to our offices in the EU.", false)
	judge("twin: ML defined", "Some features use machine learning (ML) to sort your messages.",
		"We use machine learning to detect spam in your messages.",
		"We use ML to detect spam in your messages.", false)
	judge("twin: ID written elsewhere", "Your ID is shown in your account settings.",
		"Your public name is displayed on the committer list.",
		"Your public name is displayed on the committer list, with your ID.", false)
	// Initials the policy defines in brackets are the name it defines:
	// what the rules cannot tell is the word "including", not "CS".
	other := "Our customer success (CS) team answers questions."
	_, _, why := judgeText(rb, policy(other, "Our support team may access your account to answer your questions."),
		policy(other, "Our support team, including CS, may access your account to answer your questions."))
	if all := strings.Join(why, "; "); strings.Contains(all, "'cs'") {
		t.Errorf("twin: CS defined: the initials quoted as unexplained: %s", all)
	}
}

// TestInOrderFor: "in order for us to" is "for us to", as "in order to"
// is "to": "We must process your personal information in order to be
// able to provide …" → "Your personal information must be processed by
// us in order for us to be able to provide …" (b416-12, and b244-14 of
// an earlier writer, both read as "order" unexplained). Twins: another
// party put in the clause ("in order for our advertising partners to
// show you ads", "in order for Google to …") is what the clause is for.
func TestInOrderFor(t *testing.T) {
	rb := Builtin()
	wantMinor := func(name, heading, old, new string) {
		t.Helper()
		if rep, _, why := judgeEdit(rb, heading, old, new); rep.Material {
			t.Errorf("%s: material, want minor: %s", name, strings.Join(why, "; "))
		}
	}
	wantMinor("in order for us to", "Our legal basis for processing your personal information",
		"  • Performance of a contract: We must process your personal information in order to be able to provide you with one of our products or services;",
		"  • Performance of a contract: Your personal information must be processed by us in order for us to be able to provide you with one of our products or services;")
	wantMinor("in order for us to, alone", "How we use your data", "We process your data in order to be able to provide the service.", "We process your data in order for us to be able to provide the service.")
	wantOnlyCategory(t, rb, "twin: partners", "How we use your data", "We use your data in order to show you ads.", "We use your data in order for our advertising partners to show you ads.", "purposes")
	wantOnlyCategory(t, rb, "twin: a company named", "How we use your data", "We use your data in order to show you ads.", "We use your data in order for Google to show you ads.", "recipients")
}
