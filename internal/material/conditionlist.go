package material

import "strings"

// "In the event of a merger, acquisition, reorganization or bankruptcy,
// your information may be transferred": the list says on which events
// the data goes. "…, acquisition, financing, reorganization …" adds one,
// though "financing" is an ordinary word: the commitment now holds in a
// case it did not.

// caseOpeners open a clause that says on which events or in which cases
// what follows holds.
var caseOpeners = []string{"in the event of", "in the event that", "in case of", "in connection with", "in the course of", "as part of", "if ", "where ", "when ", "upon ", "such as a", "such as the"}

// caseListed returns the word w, added or removed, when the other text
// lacks it and the text that has it lists it among the cases of a
// clause a caseOpeners phrase opens: an item between commas, or after the
// last comma before "or" or "and".
func caseListed(text, w string) bool {
	if w == "" {
		return false // a mark alone, trimmed away: no word to find, and no end to the search
	}
	lower := strings.ToLower(text)
	at := -1
	for from := 0; ; {
		i := strings.Index(lower[from:], w)
		if i < 0 {
			break
		}
		i += from
		end := i + len(w)
		if (i == 0 || !isWordByte(lower[i-1])) && (end == len(lower) || !isWordByte(lower[end])) {
			at = i
			break
		}
		from = end
	}
	if at < 0 {
		return false
	}
	before, after := strings.TrimRight(lower[:at], " "), strings.TrimLeft(lower[at+len(w):], " ")
	itemBefore := strings.HasSuffix(before, ",") || strings.HasSuffix(before, " or") || strings.HasSuffix(before, " and")
	itemAfter := strings.HasPrefix(after, ",") || strings.HasPrefix(after, "or ") || strings.HasPrefix(after, "and ")
	if !itemBefore || !itemAfter {
		return false
	}
	// The opener stands before the list, in the same clause: no full
	// stop or semicolon between.
	clause := before
	if j := strings.LastIndexAny(clause, ".;:"); j >= 0 {
		clause = clause[j+1:]
	}
	for _, o := range caseOpeners {
		if strings.Contains(clause, o) {
			return true
		}
	}
	// What data is protected from: "to protect your information from
	// unauthorized access, use, alteration, or disclosure".
	return (strings.Contains(clause, "protect") || strings.Contains(clause, "safeguard")) && (strings.Contains(clause, " from ") || strings.Contains(clause, " against "))
}

// isWordByte reports a letter, digit or hyphen.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b >= 0x80
}

// caseListChanged returns the one word added to or removed from a list of
// cases, and whether it was added: "In the event of a merger,
// acquisition, reorganization" → "…, acquisition, financing,
// reorganization".
func caseListChanged(ctxOld, ctxNew string, uo, ua []string) (string, bool) {
	// The word as written: folding writes "use" as "utilise".
	if ro, ra := diffWords(listWords(ctxOld), listWords(ctxNew)); len(ro)+len(ra) == 1 && len(ro) == len(uo) && len(ra) == len(ua) {
		uo, ua = ro, ra
	}
	switch {
	case len(uo) == 0 && len(ua) == 1 && caseListed(ctxNew, ua[0]) && !strings.Contains(strings.ToLower(ctxOld), ua[0]):
		return ua[0], true
	case len(ua) == 0 && len(uo) == 1 && caseListed(ctxOld, uo[0]) && !strings.Contains(strings.ToLower(ctxNew), uo[0]):
		return uo[0], false
	}
	return "", false
}

// listWords are the lower-cased words of s, split at spaces and trimmed of
// punctuation.
func listWords(s string) []string {
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		ws[i] = strings.Trim(w, ",.;:()\"'“”‘’")
	}
	return ws
}
