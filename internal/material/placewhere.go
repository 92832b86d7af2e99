package material

import "slices"

// whichAsWhere returns folded words ws with each "in which" that opens a
// relative clause after a noun said "where", as other says it: "the
// jurisdictions in which we process it" is "the jurisdictions where we
// process it", "the cases in which we share it" is "the cases where we
// share it". The clause restricts the noun the same way with either word,
// so it is read with the force "where" has on the other side, neither
// lost nor gained. Only where other has more "where" than ws is anything
// rewritten, and never "in which case" or "in which event", the condition
// phrases. ws itself when nothing is rewritten.
func whichAsWhere(ws, other []string) []string {
	if countWord(other, "where") <= countWord(ws, "where") {
		return ws
	}
	return replaceRuns(ws, func(ws []string, i int) (int, []string) {
		if ws[i] != "in" || i == 0 || i+2 >= len(ws) || ws[i+1] != "which" || !whereNouns[ws[i-1]] {
			return 0, nil
		}
		switch ws[i+2] {
		case "case", "event":
			return 0, nil
		}
		return 2, []string{"where"}
	})
}

// whereNouns are the nouns of place and of case a relative "where" can
// follow, as "in which" does: "the countries where", "the cases where".
// Nouns of manner and time ("the way in which", "the period in which")
// take "in which" but not "where".
var whereNouns = map[string]bool{
	"country": true, "countries": true, "jurisdiction": true, "jurisdictions": true,
	"region": true, "regions": true, "location": true, "locations": true,
	"territory": true, "territories": true, "state": true, "states": true,
	"area": true, "areas": true, "place": true, "places": true,
	"case": true, "cases": true, "circumstance": true, "circumstances": true,
	"situation": true, "situations": true, "instance": true, "instances": true,
	"context": true, "contexts": true,
}

// placeLeads are the words before "on" or "of" that take where someone
// is, as a noun or as a clause: "depending on your location", "regardless
// of where you live".
var placeLeads = map[string]bool{
	"depending": true, "dependent": true, "depend": true, "depends": true, "based": true,
	"regardless": true, "irrespective": true,
}

// ownerPronouns are the possessives a location is said with, and the
// subject the clause says it with: "your location" is "where you are".
var ownerPronouns = map[string]string{"your": "you", "their": "they", "our": "we", "his": "he", "her": "she", "its": "it"}

// beingPlaced are the verbs of being somewhere, after a subject, and how
// many words each takes: "where you live", "where you are located".
var beingPlaced = map[string]bool{"live": true, "lives": true, "reside": true, "resides": true}
var placedParticiples = map[string]bool{"located": true, "based": true, "situated": true}

// placeAsClause returns folded words a and b with where someone is said
// the same way on both sides when one says it as a noun and the other as
// a clause, after "depending on", "regardless of" and the like: "depending
// on your location" is "depending on where you are located", "… where you
// live", "… where you reside" (each written "where you are"). Whose place
// it is stays: "your location" is not "where they live". A clause with a
// place after its verb ("where you are located in the EEA") names a place
// and is left as it stands, as is any other clause ("depending on where
// you send it"). a and b themselves when one side has no such noun or
// the other no such clause.
func placeAsClause(a, b []string) ([]string, []string) {
	if !slices.Contains(a, "location") && !slices.Contains(b, "location") || !slices.Contains(a, "where") && !slices.Contains(b, "where") {
		return a, b
	}
	na, nounA := placeRewritten(a, placeNounAt)
	ca, clauseA := placeRewritten(a, placeClauseAt)
	nb, nounB := placeRewritten(b, placeNounAt)
	cb, clauseB := placeRewritten(b, placeClauseAt)
	switch {
	case nounA && clauseB:
		a, _ = placeRewritten(na, placeClauseAt)
		b, _ = placeRewritten(cb, placeNounAt)
	case clauseA && nounB:
		a, _ = placeRewritten(ca, placeNounAt)
		b, _ = placeRewritten(nb, placeClauseAt)
	}
	return a, b
}

// placeRewritten returns ws with each place at finds said as "where
// <subject> are", and whether there was one; ws itself when there is
// none.
func placeRewritten(ws []string, at func(ws []string, i int) (n int, subject string)) ([]string, bool) {
	out := replaceRuns(ws, func(ws []string, i int) (int, []string) {
		if i < 2 || ws[i-1] != "on" && ws[i-1] != "of" || !placeLeads[ws[i-2]] {
			return 0, nil
		}
		if n, s := at(ws, i); n > 0 {
			return n, []string{"where", s, "are"}
		}
		return 0, nil
	})
	return out, len(out) != len(ws) || len(ws) > 0 && &out[0] != &ws[0]
}

// placeNounAt returns the length of "your location" at ws[i], and whose.
func placeNounAt(ws []string, i int) (int, string) {
	if i+1 < len(ws) && ws[i+1] == "location" && ownerPronouns[ws[i]] != "" {
		return 2, ownerPronouns[ws[i]]
	}
	return 0, ""
}

// placeClauseAt returns the length of "where you live" (reside, are
// located, are based) at ws[i], and whose, with nothing after it that
// puts a place on the verb.
func placeClauseAt(ws []string, i int) (int, string) {
	if ws[i] != "where" || i+2 >= len(ws) {
		return 0, ""
	}
	s := ws[i+1]
	known := false
	for _, p := range ownerPronouns {
		known = known || p == s
	}
	if !known {
		return 0, ""
	}
	n := 0
	switch {
	case beingPlaced[ws[i+2]]:
		n = 3
	case (ws[i+2] == "are" || ws[i+2] == "is") && i+3 < len(ws) && placedParticiples[ws[i+3]]:
		n = 4
	}
	if n == 0 || i+n < len(ws) && placeAfter[ws[i+n]] {
		return 0, ""
	}
	return n, s
}

// placeAfter are the words that put a place after a verb of being
// somewhere: "where you are located in the EEA" names the place.
var placeAfter = map[string]bool{"in": true, "within": true, "outside": true, "inside": true, "at": true, "on": true}
