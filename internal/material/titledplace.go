package material

import "strings"

// A place's name that opens the title of a document or a tool is no place
// data goes to: "see our US Notice", "or by Global Privacy Control", "this
// Global Privacy Policy" (b52-06, b52-08). The reader is sent to a page,
// or told of a signal their browser sends; the same place written alone
// ("transferred to the US") is still a destination, as is the far end of
// a transfer framework ("the EU-US Privacy Shield").

// titleNouns are the words after a place that make it part of a title,
// or of a law's name ("UK GDPR", b69-15).
var titleNouns = map[string]bool{"Notice": true, "Privacy": true, "Policy": true, "Control": true, "Statement": true,
	"Terms": true, "Addendum": true, "Supplement": true, "Disclosures": true, "Disclosure": true, "Notices": true,
	"Practices": true, "Laws": true, "GDPR": true}

// titledPlace reports a place every mention of which in text is followed
// by a noun of a title (titleNouns), written with a capital: "US Notice".
func titledPlace(text, e string) bool {
	seen := false
	for before, after := range occurrences(text, e) {
		rest, ok := strings.CutPrefix(after, " ")
		if !ok || strings.HasSuffix(before, "-") {
			// "the EU-US Privacy Shield" binds transfers to the US.
			return false
		}
		w, rest := titleWord(rest)
		if w == "Privacy" {
			// "Global Privacy Control", not "our India Privacy Team".
			w, _ = titleWord(strings.TrimPrefix(rest, " "))
		}
		if !titleNouns[w] || w == "Privacy" {
			return false
		}
		seen = true
	}
	return seen
}

// titleWord cuts the word of letters s opens with.
func titleWord(s string) (w, rest string) {
	if j := strings.IndexFunc(s, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') }); j >= 0 {
		return s[:j], s[j:]
	}
	return s, ""
}
