package material

import "testing"

// TestRecallRedTeam6: the six misses of the sixth recall red team (batch
// 35), each a family with its minor twins.
//   - A noun's number that says how many a commitment is about: "exercise
//     your rights" → "your right"; "opt out of promotional
//     communications" → "of a promotional communication". A noun of the
//     data made plural is grammar.
//   - An example made the whole: "a child, in particular any child under
//     13" → "a child under 13"; "particularly" for "in particular" is
//     the same example.
//   - "any other reason" → "any unrelated reason": a purpose's relation to
//     the first one.
//   - What a period runs from or lasts for: "7 years after the end of your
//     relationship with us" → "after your last purchase from us"; "as long
//     as your account is active" → "as long as your account exists".
func TestRecallRedTeam6(t *testing.T) {
	checkMaterial(t, []materialCase{
		// number
		{"Your rights", "As our customer, you have a right to access your personal data. You can exercise your rights by submitting a request by email.",
			"As our customer, you have a right to access your personal data. You can exercise your right by submitting a request by email.", true},
		{"Your Privacy Choices", "- Communications: You can opt-out of receiving promotional communications from us by following the unsubscribe instructions in those communications.",
			"- Communications: You can opt-out of receiving a promotional communication from us by following the unsubscribe instructions in that communication.", true},
		{"Collection", "We collect your email address, and your postal address.", "We collect your email addresses, and your postal address.", false},
		{"Your rights", "You can exercise these right by writing to us.", "You can exercise these rights by writing to us.", true},
		// an example made the whole
		{"Children", "If we learn that we have collected information about a child, in particular any child under 13 years of age, we will delete it.",
			"If we learn that we have collected information about a child under 13 years of age, we will delete it.", true},
		{"Children", "If we learn that we have collected information about a child, in particular any child under 13 years of age, we will delete it.",
			"If we learn that we have collected information about a child, particularly any child under 13 years of age, we will delete it.", false},
		// relation of a purpose
		{"Consent", "We will ask for your consent if we intend to use your personal information for any other reason.",
			"We will ask for your consent if we intend to use your personal information for any unrelated reason.", true},
		{"Consent", "We will ask for your consent if we intend to use your personal information for any other reason.",
			"We will ask for your consent if we intend to use your personal information for any further reason.", false},
		// a period's bound
		{"Retention", "In most cases, our retention period will come to an end 7 years after the end of your relationship with us.",
			"In most cases, our retention period will come to an end 7 years after your last purchase from us.", true},
		{"Retention", "In most cases, our retention period will come to an end 7 years after the end of your relationship with us.",
			"In most cases, our retention period will come to an end seven years after the end of our relationship with you.", false},
		{"Retention", "We retain your personal information for as long as your account is active or as needed to provide you with the Service.",
			"We retain your personal information for as long as your account exists or as needed to provide you with the Service.", true},
		{"Retention", "We retain your personal information for as long as your account is active or as needed to provide you with the Service.",
			"We keep your personal information while your account remains active or as needed to provide you with the Service.", false},
	})
}
