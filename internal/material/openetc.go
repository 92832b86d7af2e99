package material

// "etc." closes a list that is open already: one of examples ("(e.g.,
// through internal statistics, etc.)", "such as your browser, device,
// etc."). Put there or taken away it widens or narrows nothing, for an
// example binds to nothing; the items of the list are compared apart
// (b52-01). "etc." after a list that is not of examples ("we collect your
// name, e-mail, etc.") is what keeps it open, and is still read.

// exampleEtcRE matches an example marker, then the list it opens, then
// "etc" within the same clause.
var exampleEtcRE = mustPattern(`(?i)\b(?:e\.\s?g\.|eg\b|for example|for instance|such as|including|like)[^.;:()]*?\betc\b`)

// etcRE matches the word "etc" ("etc.", not "fetch").
var etcRE = mustPattern(`(?i)\betc\b`)

// etcOfExamples returns a test for "etc", where each side that writes it
// writes it only to close a list of examples (exampleEtcRE).
func etcOfExamples(old, new string) func(string) bool {
	ok := func(s string) bool {
		n := len(etcRE.FindAllStringIndex(s, -1))
		return n == 0 || len(exampleEtcRE.FindAllString(s, -1)) >= n
	}
	return func(w string) bool {
		return w == "etc" && ok(old) && ok(new)
	}
}
