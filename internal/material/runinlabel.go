package material

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// A line given a run-in label, or one taken off, says what it says:
// "• To provide access to the platform" → "• Purpose: providing access
// to the platform", "• To analyze usage" → "• Analytics: to analyze
// usage", "omnie acts as a service provider" → "Role: service provider"
// (batch 356, an editor restructuring purposes into labelled items). A
// label is a title over its line, and a title commits to nothing by its
// topic words (retitled.go); the line after it is judged on its own. A
// label commits where its words do: one that names a legal basis
// ("Consent:", "Legitimate interests:"), a condition, a limit or an
// exception ("Optional:", "Exception:", "EU users only:"), or a party
// ("Google:") is read as written, and so is a label traded for another.

// runInLabelRE is a label at the start of a line, after a list marker:
// one to four words, the first capitalised, the others in lower case,
// and a colon.
var runInLabelRE = regexp.MustCompile(`^(\s*(?:[-*+•]\s+|\d{1,2}[.)]\s+)?)(?:\*\*)?([A-Z][a-z]+(?:[ -](?:[a-z]+))*)(?:\*\*)?:(?:\*\*)?\s+`)

// labelCommits are words that make a label say something of its own.
var labelCommits = map[string]bool{
	"consent": true, "contract": true, "legitimate": true, "interest": true, "interests": true, "obligation": true, "obligations": true,
	"vital": true, "public": true, "task": true, "basis": true, "legal": true, "law": true, "required": true, "requirement": true,
	"optional": true, "mandatory": true, "only": true, "except": true, "exception": true, "exceptions": true, "unless": true,
	"if": true, "where": true, "when": true, "not": true, "no": true, "never": true, "none": true, "may": true, "might": true,
	"can": true, "cannot": true, "will": true, "must": true, "should": true, "always": true, "sometimes": true, "default": true,
	"opt": true, "off": true, "on": true, "limit": true, "limits": true, "limitation": true, "limitations": true,
	"restriction": true, "restrictions": true, "condition": true, "conditions": true, "example": true, "examples": true,
	"including": true, "excluding": true, "all": true, "any": true, "some": true, "every": true, "each": true, "other": true,
	"users": true, "customers": true, "children": true, "minors": true, "plan": true, "plans": true, "region": true,
}

// withoutRunInLabel returns old and new with a run-in label taken off the
// side that alone has one, and whether it took one off.
func (c *classifier) withoutRunInLabel(old, new string) (string, string, bool) {
	mo, mn := runInLabelRE.FindStringSubmatchIndex(old), runInLabelRE.FindStringSubmatchIndex(new)
	if (mo == nil) == (mn == nil) {
		return old, new, false
	}
	s, m := old, mo
	if m == nil {
		s, m = new, mn
	}
	label := s[m[4]:m[5]]
	ws := strings.FieldsFunc(strings.ToLower(label), func(r rune) bool { return r == ' ' || r == '-' })
	if len(ws) > 4 || m[1] >= len(s) || ws[0] == "in" || slices.Contains(ws, "summary") {
		// "In short:", "Summary:": a summary's marker, which the
		// summary's own rule reads (summary.go).
		return old, new, false
	}
	wn := wordNet()
	for i, w := range ws {
		if labelCommits[w] || w == "and" && (i == 0 || i == len(ws)-1) {
			return old, new, false
		}
		if w != "and" && !wn.ordinary(w) && len(wn.entries(w)) == 0 && !c.ix.termWord[w] {
			return old, new, false // not a word of the language: a name
		}
	}
	rest := s[:m[3]] + capitalFirst(s[m[1]:])
	other := new
	if mo == nil {
		other = old
	}
	// A label's words say what the line is about: each is a word of
	// that kind ("Purpose:", "Role:") or one the line itself says, by
	// its stem ("Analytics: to analyze usage", "Security and
	// enforcement: to ensure security, … and enforce our terms"); a
	// label that names what the line does not ("Marketing: to analyze
	// usage") is read as written.
	said := strings.Fields(strings.ToLower(rest + " " + other))
	for _, w := range ws {
		if w == "and" || labelGeneric[w] {
			continue
		}
		if !slices.ContainsFunc(said, func(v string) bool { return sameStem5(w, v) }) {
			return old, new, false
		}
	}
	fOther, fRest := c.ix.fold(other), c.ix.fold(rest)
	for _, w := range c.ix.fold(label) {
		if slices.Contains(fOther, w) && !slices.Contains(fRest, w) {
			// "To facilitate integrations with …" → "Integrations: to
			// facilitate …": the label carved from the line's own words,
			// which the line is compared with.
			return old, new, false
		}
	}
	if mo != nil {
		return rest, new, true
	}
	return old, rest, true
}

// capitalFirst writes the first letter of s in capitals, as the line's
// first word is.
func capitalFirst(s string) string {
	for i, r := range s {
		if r >= 'a' && r <= 'z' {
			return s[:i] + strings.ToUpper(string(r)) + s[i+1:]
		}
		return s
	}
	return s
}

// labelGeneric are label words that say what kind of thing a line says,
// not what it is about.
var labelGeneric = map[string]bool{
	"purpose": true, "purposes": true, "role": true, "status": true, "commitment": true, "commitments": true, "use": true,
	"uses": true, "what": true, "why": true, "how": true, "who": true, "note": true, "overview": true, "details": true,
	"detail": true, "good": true, "news": true, "our": true, "your": true, "promise": true, "promises": true, "description": true,
	"activity": true, "activities": true, "processing": true, "delivery": true,
}

// sameStem5 reports two words that share their first five letters, or
// are the same shorter word: "analytics" and "analyze".
func sameStem5(a, b string) bool {
	b = strings.TrimFunc(b, func(r rune) bool { return !unicode.IsLetter(r) })
	if len(a) < 5 || len(b) < 5 {
		return a == b
	}
	return a[:5] == b[:5]
}
