package material

import "strings"

// A precise text gives a party's registered name beside the name it is
// known by: "Sentry (Functional Software, Inc., United States)" (b74-26),
// "Functional Software, Inc. d/b/a Sentry", "Omnis Ltd trading as
// Omnis". The company so named is the party the other text names, not a
// new one. Only a company's registered name is so read (it carries its
// form, "Inc.", "Ltd", "GmbH"), and only opening the bracket right after
// the name the other text writes, or joined to it by words that say it
// trades under it: "Sentry and Functional Software, Inc." names two.

// tradingMarkers join a company's registered name to the name it trades
// under.
var tradingMarkers = []string{" d/b/a ", " dba ", " doing business as ", " trading as ", " t/a "}

// registeredName reports a company e that text names as the registered
// company of a party the other text writes: in a bracket opened right
// after that party's name, or joined to that name by a marker of trade
// (tradingMarkers), either way round. It returns the words that say so,
// the company's form and the marker, which explain themselves.
func registeredName(text, other, e string) (said string, ok bool) {
	if !formAfter(text, e) && !formedName(e) {
		return "", false
	}
	ok = anyAt(text, e, func(i int) bool {
		if i > 0 && isAlnumByte(text[i-1]) {
			return false
		}
		before := text[:i]
		if b, ok := strings.CutSuffix(before, " ("); ok && namedIn(other, nameEnding(b)) {
			said = withForm(text, i+len(e))
			return true // "Sentry (Functional Software, Inc."
		}
		for _, m := range tradingMarkers {
			if b, ok := strings.CutSuffix(strings.TrimRight(before, "( "), strings.TrimRight(m, " ")); ok && namedIn(other, nameEnding(b)) {
				said = m + withForm(text, i+len(e))
				return true // the other text's name, "trading as" e
			}
			if k := strings.Index(text[i:], m); k >= 0 && !strings.ContainsAny(text[i:i+k], "();") && k <= len(e)+12 {
				if namedIn(other, nameOpening(text[i+k+len(m):])) {
					said = text[i : i+k+len(m)]
					return true // "Functional Software, Inc. d/b/a Sentry"
				}
			}
		}
		return false
	})
	return said, ok
}

// withForm returns the company's form written at text[end:] after its
// name, with the comma before it: ", Inc.".
func withForm(text string, end int) string {
	next := strings.TrimLeft(text[end:], ", ")
	w, _, _ := strings.Cut(next, " ")
	if formWord(nameFormWord(strings.TrimRight(w, ",;:)"))) {
		return text[end : len(text)-len(next)+len(w)]
	}
	return ""
}

// formedName reports a name whose last word is a company's form: "Acme
// GmbH".
func formedName(e string) bool {
	ws := strings.Fields(e)
	return len(ws) > 1 && formWord(nameFormWord(ws[len(ws)-1]))
}

// nameEnding returns the capitalised words text ends with, a name: "the
// processor Sentry" → "Sentry".
func nameEnding(text string) string {
	ws := strings.Fields(text)
	j := len(ws)
	for j > 0 && len(ws)-j < 4 && isName(strings.Trim(ws[j-1], "*_•-")) && !commonCapitalised[strings.ToLower(ws[j-1])] {
		j--
	}
	return strings.Trim(strings.Join(ws[j:], " "), "*_")
}

// nameOpening returns the capitalised words text opens with, a name.
func nameOpening(text string) string {
	ws := strings.Fields(text)
	j := 0
	for j < len(ws) && j < 4 && isName(strings.Trim(ws[j], "*_,.;:)")) && !commonCapitalised[strings.ToLower(ws[j])] {
		j++
	}
	return strings.Trim(strings.Join(ws[:j], " "), "*_,.;:)")
}

// namedIn reports a name, not empty, that text writes as a word.
func namedIn(text, name string) bool {
	return name != "" && hasWord(text, name)
}
