package material

import "strings"

// collectedNoun returns ws, folded words around a change, without the
// words that only point at the reader's data as the data the company
// holds: "an archive of the information we've collected about you",
// "we may analyse personal information we have collected about you", "we
// use collected personally identifying information to operate". Such a
// clause names the data a sentence is about, as "your data" does, not a
// kind of data collected: what the sentence commits to is what it does
// with it (a right to a copy, a purpose). A clause that is the subject of
// what the data is ("the information we collect includes your location",
// "… is") stays: that sentence says what is collected. ws itself when
// no word is of "collect".
func collectedNoun(ws []string) []string {
	if !containsPrefix(ws, "collect") {
		return ws
	}
	return replaceRuns(ws, func(ws []string, i int) (int, []string) { return collectedClause(ws, i), nil })
}

// collectedClause returns how many words at ws[i] only say the data
// before or after them is the company's (collectedNoun): "we have
// collected", "we collected", "we collect" after a word for data that is
// not the first word, or "collected" before one after no subject of its
// own. 0 when none.
func collectedClause(ws []string, i int) int {
	w := ws[i]
	if w == "collected" && i+1 < len(ws) && heldData(ws, i+1) && (i == 0 || !collectSubject[ws[i-1]]) {
		return 1 // "we use collected personally identifying information"
	}
	if w != "we" || i < 2 || !dataWord[ws[i-1]] {
		return 0
	}
	k := i - 2 // the word before the data's words: "of", "what", "use"
	for k >= 0 && dataAdjective[ws[k]] {
		k--
	}
	if k >= 0 && (ws[k] == "what" || ws[k] == "which") || k >= 1 && ws[k] == "of" && kindsOf[ws[k-1]] {
		return 0 // "what personal data we collect", "the types of data we collect": its categories
	}
	j := i + 1
	if j < len(ws) && (ws[j] == "have" || ws[j] == "had") {
		j++
	}
	if j >= len(ws) || !strings.HasPrefix(ws[j], "collect") {
		return 0
	}
	j++
	if j+1 < len(ws) && ws[j] == "regarding" && ws[j+1] == "you" {
		j += 2
	}
	if j < len(ws) && (whatDataIs[ws[j]] || collectObject[ws[j]]) {
		// "the information we collect includes …": what is collected;
		// "collect this information": "we" begins a sentence of its own
		// (a label before it, "Geolocation information; We collect
		// this information directly from you").
		return 0
	}
	return j - i
}

// heldData reports a word for data at ws[i], past the adjectives of
// whose it is: "information", "personal data", "personally identifying
// information".
func heldData(ws []string, i int) bool {
	for end := min(len(ws), i+4); i < end; i++ {
		if !dataAdjective[ws[i]] {
			return dataWord[ws[i]]
		}
	}
	return false
}

// kindsOf are the words before "of data we collect" that make it the
// categories of data: "the types of data we collect".
var kindsOf = map[string]bool{"type": true, "types": true, "kind": true, "kinds": true, "category": true, "categories": true, "sort": true, "sorts": true}

// dataAdjective are the words before a word for data that say whose:
// "personal", "personally identifying".
var dataAdjective = map[string]bool{"personal": true, "personally": true, "identifying": true, "identifiable": true, "user": true, "customer": true}

// collectObject are the words after "we collect" that begin its object:
// "we collect this information", "we collect your name".
var collectObject = map[string]bool{
	"this": true, "that": true, "these": true, "those": true, "the": true, "your": true, "it": true, "them": true, "such": true,
	"information": true, "data": true, "personal": true, "a": true, "an": true, "some": true, "any": true, "all": true,
}

var dataWord = map[string]bool{"information": true, "data": true, "info": true}

// collectSubject are the words before "collected" that make it a verb of
// its own sentence: "we have collected information", "data is collected".
var collectSubject = map[string]bool{
	"we": true, "have": true, "has": true, "had": true, "is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
}

// whatDataIs are the words after "the data we collect" that make it the
// subject of what is collected: "includes", "is", "may include".
var whatDataIs = map[string]bool{
	"include": true, "includes": true, "included": true, "is": true, "are": true, "consists": true, "comprises": true, "contains": true,
	"may": true, "will": true, "can": true, "might": true, "could": true, "must": true, "shall": true,
}

// containsPrefix reports a word of ws that begins with p.
func containsPrefix(ws []string, p string) bool {
	for _, w := range ws {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
