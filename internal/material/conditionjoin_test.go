package material

import (
	"strings"
	"testing"
)

// TestConditionsJoined: two grounds a sentence's condition joins by "or"
// joined by "and" now ("Where we have your consent or it is in our
// legitimate interests to do so, we may …" → "… consent and it is …",
// b85-18, a miss: "or" folds to "and or", so the "and" was never counted
// gained) ask for both where either did. The twins: a choice the reader
// is given, offered with "and" for "or" after a permission ("you can
// ask us to correct your data, or to delete it"), stays minor, and so does "and/or" for "or".
func TestConditionsJoined(t *testing.T) {
	const heading = "Keeping you informed about our products and services"
	const old = "We would like to tell you about the great offers, ideas, products and services of the Omnis Group from time to time that we think you might be interested in. Where we have your consent or it is in our legitimate interests to do so, we may do this through the post, by email, text message or by any other electronic means."
	runRestated(t, []restatedCase{
		{"b85-18, the grounds joined by and", heading, old, strings.Replace(old, "consent or it", "consent and it", 1), true},
		{"the grounds joined by or again", heading, strings.Replace(old, "consent or it", "consent and it", 1), old, true},
		{"a condition of two grounds, if", heading, "If you have consented or we have a legitimate interest, we share your email address with our partners.", "If you have consented and we have a legitimate interest, we share your email address with our partners.", true},
		{"twin: and/or for or", heading, old, strings.Replace(old, "consent or it", "consent and/or it", 1), false},
		{"twin: a choice offered", heading, "You can ask us to correct your data, or to delete it.", "You can ask us to correct your data, and to delete it.", false},
		{"twin: the channels of a permission", heading, old, strings.Replace(old, "text message or by", "text message and by", 1), false},
	})
}
