package material

import (
	"strings"
)

// Who signs for a company, or represents it, is no party of its own: the
// company acts, through a person it names or through an office it says.
// "ePrivacy GmbH represented by Prof. Dr. Christoph Bauer, Große Bleichen
// 21, 20354 Hamburg" → "ePrivacy GmbH represented by its managing
// director, …" (b48-09) names the same data protection officer, at the
// same address and mailbox; so does one person named for another. A
// company named as the one that represents ("represented by DataGuard
// GmbH"), or another company represented, stays compared.
//
// representative returns a test for a word of whoever represents a party,
// after "represented by", "signed by" or "acting through" on both sides,
// up to the next comma or the end of the sentence: on each side a
// person's name (personName, after any titles: "Prof. Dr.") or an office
// of the party's ("its managing director", "our CEO"; roleHeads).
func representative(ctxOld, ctxNew string) func(string) bool {
	ro := representatives(ctxOld)
	if ro == nil {
		return func(string) bool { return false }
	}
	rn := representatives(ctxNew)
	if rn == nil {
		return func(string) bool { return false }
	}
	return func(w string) bool { return ro[w] || rn[w] }
}

// representedRE finds the words that say who represents a party, and
// what follows up to a comma, a semicolon or a bracket (representatives
// cuts it at a sentence's end).
var representedRE = mustPattern(`(?i)\b(?:represented(?:\s+herein)?\s+by|signed\s+by|acting\s+(?:through|by))\s+([^,;()]+)`)

// personTitles are the titles written before a person's name.
var personTitles = map[string]bool{"prof": true, "dr": true, "mr": true, "mrs": true, "ms": true, "mx": true, "sir": true, "dame": true, "professor": true, "doctor": true}

// roleHeads are the nouns of an office that acts for a company.
var roleHeads = map[string]bool{"director": true, "directors": true, "officer": true, "officers": true, "manager": true, "managers": true,
	"president": true, "ceo": true, "executive": true, "chairman": true, "chair": true, "secretary": true, "owner": true, "owners": true,
	"board": true, "founder": true, "partner": true, "partners": true, "management": true}

// representatives returns the folded words of who text says represents a
// party, nil where it says so of no person or office.
func representatives(text string) map[string]bool {
	if !containsFold(text, "represented") && !containsFold(text, "signed") && !containsFold(text, "acting") {
		return nil
	}
	var out map[string]bool
	for _, m := range representedRE.FindAllStringSubmatch(text, -1) {
		ws := strings.Fields(m[1])
		for i, w := range ws {
			if i+1 < len(ws) && strings.HasSuffix(w, ".") && !personTitles[strings.ToLower(strings.Trim(w, "."))] {
				ws = ws[:i+1] // the sentence ends
				break
			}
		}
		titles := 0
		for len(ws) > 0 && personTitles[strings.ToLower(strings.Trim(ws[0], "."))] {
			ws, titles = ws[1:], titles+1
		}
		if len(ws) == 0 || !personName(strings.Join(ws, " ")) && !officeOf(ws) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		for _, w := range strings.Fields(m[1])[:len(ws)+titles] {
			out[strings.ToLower(strings.Trim(w, ".*_"))] = true
		}
	}
	return out
}

// officeOf reports words that say an office of a party's: a possessive
// or "the", at most two words, and a noun of an office ("its managing
// director", "the Board").
func officeOf(ws []string) bool {
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	switch strings.ToLower(ws[0]) {
	case "its", "our", "the", "their", "his", "her":
	default:
		return false
	}
	return roleHeads[strings.ToLower(ws[len(ws)-1])]
}
