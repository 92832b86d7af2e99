package material

import "testing"

// TestActedVerb: who acts is read from the verb of the act, not from a
// form of "be" or "have" before it: "If you are seeking to exercise …"
// and "before we are able to fulfil …" trade no act. Twins: the same act
// after the auxiliary, done by the other party, stays a trade.
// (Written before the rules were changed for b67-19.)
func TestActedVerb(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b67-19", "Your rights",
			"If you are seeking to exercise any of these rights, please contact us using the details in the “Contact Us” section below. Please note that we will need to verify your identity before we can fulfil any of your rights under data protection law. This helps us to protect the personal information belonging to our customer against fraudulent requests.",
			"Should you wish to exercise any of these rights, please contact us using the details set out in the “Contact us” section below. Please note that we will need to verify your identity before we are able to fulfil any of your rights under data protection law. This assists us in protecting the personal information belonging to our customers against fraudulent requests.", false},
		{"you have chosen → we are able", "Marketing",
			"If you have opted in, we can send you our newsletter.",
			"If you have opted in, we are able to send you our newsletter.", false},

		{"twin: you are responsible → we are responsible", "Your account",
			"You are responsible for keeping your password secure.",
			"We are responsible for keeping your password secure.", true},
		{"twin: you have to delete → we have to delete", "Your account",
			"When your account is closed, you have to delete your files.",
			"When your account is closed, we have to delete your files.", true},
	})
}
