package material

import "strings"

// A hedge said of a verb that commits to nothing hedges no commitment:
// "Retention periods generally depend on the relationship", "This
// typically helps us to serve you better", "we generally try to
// identify" (b186-07, b186-15, b186-13), nor one said of what a thing is
// called ("often called a subject access request", b202-18). Nor does one
// said of what the policy explains ("It explains how we generally handle
// personal data", b186-01), or "strictly" before a word that restricts
// already ("Strictly restricted access", "are strictly obligated",
// b186-47, b186-33). The same hedge on an act the company commits to ("we
// generally delete") is left to the rules of force.

// hedgedDescriptionRE finds a hedge before a verb of no commitment.
var hedgedDescriptionRE = mustPattern(`(?i)\b(?:generally|typically|usually|normally|often|mostly|largely|commonly|sometimes)\s+(depends?|helps?|try|tries|vary|varies|aims?|seeks?|strives?|called|known|referred|termed)\b`)

// hedgedExplainedRE finds a hedge in what the policy says it explains.
var hedgedExplainedRE = mustPattern(`(?i)\b(explains?|describes?|sets out)\s+how\s+(we|you|they|it)\s+(?:generally|typically|usually|normally)\s+`)

// strictlyRestrictedRE finds "strictly" before a word that restricts.
var strictlyRestrictedRE = mustPattern(`(?i)\bstrictly\s+(restricted|limited|obligated|prohibited|forbidden|confidential|controlled|bound)\b`)

// descriptionHedgesOut returns old and new without such hedges, and the
// hedges taken out, quoted; what is "" where there were none.
func descriptionHedgesOut(old, new string) (o, n, what string) {
	var gone []string
	out := func(s string) string {
		if !hedgeWordIn(s) {
			return s // none of the words the expressions start with
		}
		for _, m := range hedgedDescriptionRE.FindAllString(s, -1) {
			gone = append(gone, m)
		}
		s = hedgedDescriptionRE.ReplaceAllString(s, "$1")
		for _, m := range hedgedExplainedRE.FindAllString(s, -1) {
			gone = append(gone, strings.TrimSpace(m))
		}
		s = hedgedExplainedRE.ReplaceAllString(s, "$1 how $2 ")
		for _, m := range strictlyRestrictedRE.FindAllString(s, -1) {
			gone = append(gone, m)
		}
		return strictlyRestrictedRE.ReplaceAllString(s, "$1")
	}
	o, n = out(old), out(new)
	if o == old && n == new {
		return old, new, ""
	}
	return o, n, quoteWords(gone)
}

// hedgeWordIn reports a text with one of the hedges the expressions
// above start with.
func hedgeWordIn(s string) bool { return hedgeWords.in(s) }

// hedgeWords are the hedges hedgeWordIn looks for, in one pass (foldList).
var hedgeWords = newFoldList("generally ", "typically ", "usually ", "normally ", "often ", "mostly ", "largely ", "strictly ", "commonly ", "sometimes ")
