package material

// A place that is part of a document's name names no place data goes:
// "To read our EU privacy policy click here" put in (Allrecipes's, ota-116
// 005) and "Under the Privacy Shield" → "Under the EU-U.S. DPF Principles
// and/or the Swiss-U.S. DPF Principles" (Flickr's, ota-120 004, a
// framework the text already relied on, named anew) each read "New
// transfer destination: EU". Where every mention of the place on its side
// is the first word of the name of a policy or of a transfer framework,
// the place is no destination; the rest of the sentence is judged as it
// is. A framework named anew for a place the text sends data to is still
// judged: its other words (a new name, a new mechanism) are read.

// docNameRE opens the words after a place that make it part of a
// document's or a framework's name: a second place joined by a hyphen
// ("-U.S."), then a policy, a notice, the Data Privacy Framework, the
// Privacy Shield or their principles.
var docNameRE = mustPattern(`^(?:\s*[-–]\s*(?:U\.S\.|US|EU|UK|U\.K\.|Swiss|Switzerland))*\s*(?:(?:privacy|data\s+protection|cookies?)\s+(?:policy|policies|notice|notices|statement|addendum|supplement)\b|(?:policy|notice|statement|addendum|supplement)\b|DPF\b|Data\s+Privacy\s+Framework\b|Privacy\s+Shield\b)`)

// placeInDocNames reports a place e whose every mention in text is in
// the name of a document or of a transfer framework.
func placeInDocNames(text, e string) bool {
	return everyMentionFollowedBy(text, e, docNameRE)
}

// everyMentionFollowedBy reports a word or name e that text writes, as a
// whole word, at least once, each time with words after it that after
// matches at their start.
func everyMentionFollowedBy(text, e string, after *pattern) bool {
	found := false
	for _, end := range wordPlaces(text, e) {
		if !after.MatchString(text[end:]) {
			return false
		}
		found = true
	}
	return found
}
