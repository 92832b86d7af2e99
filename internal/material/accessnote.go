package material

import "strings"

// A policy says how a reader with a disability can have it in a form they
// can read: "This Statement has been designed to be accessible to people
// with disabilities. If you experience any difficulties accessing the
// information here, please contact us at accommodations@palantir.com"
// (ota-60 002, Palantir: a false alarm, "Data-subject rights: new
// text"). Californian rules ask it of a notice (11 CCR § 7011(a)). It is
// about the document, not about what is done with personal data: put in or
// taken out, it changes no commitment of the policy.

// accessibleRE is a sentence about the document's own accessibility.
var accessibleRE = mustPattern(`(?i)\baccessible to (?:people|persons|individuals|consumers|users|visitors|customers|those)\b[^.]{0,30}\bdisabilit|\b(?:alternative|alternate|accessible|different) formats?\b`)

// accessNote reports text whose every sentence is about the policy's
// accessibility (accessibleRE), or asks a reader who has difficulty
// reading it to get in touch, naming a way to.
func accessNote(text string) bool {
	if text == "" || len(text) > 1<<11 || !containsFold(text, "disabilit") && !containsFold(text, "format") || !accessibleRE.MatchString(text) {
		return false
	}
	for _, s := range sentences(text) {
		if strings.TrimSpace(s) == "" || accessibleRE.MatchString(s) {
			continue
		}
		if containsAnyFold(s, []string{"difficult", "trouble", "problem", "unable to access", "cannot access", "can't access"}) && contactVerbRE.MatchString(s) {
			continue
		}
		return false
	}
	return true
}
