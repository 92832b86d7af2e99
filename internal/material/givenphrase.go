package material

import "strings"

// A recipient added to a verb of giving: "our use and transfer of
// information received from Google APIs" → "… from Google APIs to any
// other application" (b53-27) says to whom data now goes, whatever
// force word the sentence also moved. The phrase is read from the
// grammar: "to" newly written after a verb or noun of giving
// (givingStems, a closed class: the acts of disclosure GDPR Art. 4(2)
// and the CCPA define), before "other" and a noun: the others data goes
// to ("to other companies", "to any other application").

// recipientJoined reports a "to (any) other …" phrase in the folded words
// fNew, not written there in fOld, that gives a verb of giving a new
// party to give to.
func (c *classifier) recipientJoined(fOld, fNew []string) bool {
	for i := 1; i+1 < len(fNew); i++ {
		if fNew[i] != "to" {
			continue
		}
		if joinedIn(fOld, fNew[i-1], fNew[i], fNew[i+1]) {
			continue // the same phrase, written before
		}
		giving := false
		for _, w := range fNew[max(0, i-7):i] {
			giving = giving || hasStem(w, givingStems) && w != "provide" && w != "provided" && w != "providing"
		}
		if !giving {
			continue
		}
		j := i + 1
		for j < len(fNew) && (isDeterminer(fNew[j]) || fNew[j] == "any" || fNew[j] == "all") {
			j++
		}
		if j+1 < len(fNew) && fNew[j] == "other" && partyNoun1(fNew[j+1]) {
			return true // "to any other application", "to other companies"
		}
	}
	return false
}

// joinedIn reports the words a, b, c written one after another in ws.
func joinedIn(ws []string, a, b, c string) bool {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] == a && ws[i+1] == b && ws[i+2] == c {
			return true
		}
	}
	return false
}

// partyNoun1 reports a word whose commonest sense WordNet gives as a
// noun, and not a place's: "to other countries" is a transfer's
// destination (GDPR Chapter V's "third country"), not a recipient. The
// places are WordNet's noun.location (lexicographer file 15) and the
// nouns Chapter V and the laws like it name destinations by, whose first
// sense WordNet files elsewhere ("country", a nation's people).
func partyNoun1(w string) bool {
	switch strings.TrimSuffix(strings.TrimSuffix(w, "s"), "ie") {
	case "countr", "country", "jurisdiction", "nation", "state", "location", "territor", "territory":
		return false
	}
	e := wordNet().entries(w)
	return len(e) > 0 && e[0].pos[0] == 'n' && e[0].lexfile != 15
}
