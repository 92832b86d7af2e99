package material

import "slices"

// informedOf: "provide you with information about" or "give you details
// on" something is telling you it: "Upon request, Teads will provide you
// with information about whether we hold any of your personal
// information" → "… will tell you whether we hold …" (b41-19). The
// information given is no more than what is told; a copy of the data, a
// summary or a report is another thing and is compared as written.

// informationNouns are what is given where a thing is told.
var informationNouns = map[string]bool{"information": true, "details": true}

// informationGiven returns folded words with "provide you (with) (the)
// information (regarding)" written "notify you", as fold writes "tell
// you" and "inform you", where the other side says "notify you" and not
// that phrase. A preposition before "whether", "how", "what" and the
// like goes with it: "tell you whether" has none. ws is not changed; a
// copy is returned when a phrase is rewritten.
func informationGiven(ws, other []string) []string {
	if !slices.Contains(other, "notify") || !slices.Contains(ws, "provide") {
		return ws
	}
	for i := 0; i+3 < len(ws); i++ {
		if ws[i] != "provide" || ws[i+1] != "you" {
			continue
		}
		j := i + 2
		if ws[j] == "with" {
			j++
		}
		if j < len(ws) && (ws[j] == "the" || ws[j] == "some") {
			j++
		}
		if j >= len(ws) || !informationNouns[ws[j]] {
			continue
		}
		j++
		if j+1 < len(ws) && (ws[j] == "regarding" || ws[j] == "on" || ws[j] == "of") && whWords[ws[j+1]] {
			j++
		}
		out := append(append(slices.Clip(ws[:i]), "notify", "you"), ws[j:]...)
		return out
	}
	return ws
}

// whWords open a clause a thing told is said by: "whether we hold it".
var whWords = map[string]bool{"whether": true, "if": true, "how": true, "what": true, "which": true, "when": true, "why": true, "where": true, "who": true}
