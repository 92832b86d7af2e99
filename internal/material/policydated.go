package material

// policyDated reports two sentences that only date the policy itself, in
// the same words but for the date: "This policy was last published on: 27
// November 2024" → "… 8 May 2025". Every word is the document's name
// ("this privacy policy"), a verb that dates it ("published", "updated",
// "posted"), a word of grammar, a month or a number; the date is what
// changed. A date beside any other word ("accounts last published before
// 1 January 2024 are deleted") says when something else happens, and is
// compared.
func (c *classifier) policyDated(old, new, removed, added []string) bool {
	if len(removed) == 0 || len(added) == 0 || len(old) > 16 || len(new) > 16 {
		return false
	}
	for _, w := range append(append([]string{}, removed...), added...) {
		if !isNumber(w) && !months[w] {
			return false
		}
	}
	return datesDocument(old) && datesDocument(new)
}

// datesDocument reports folded words that name the document, say it was
// dated, and say nothing else.
func datesDocument(ws []string) bool {
	doc, dated := false, false
	for _, w := range ws {
		switch {
		case documentNames[w]:
			doc = true
		case datingVerbs[w]:
			dated = true
		case isNumber(w) || months[w] || dateGrammar[w]:
		default:
			return false
		}
	}
	return doc && dated
}

// documentNames name the policy itself.
var documentNames = map[string]bool{"policy": true, "notice": true, "statement": true, "privacy": true, "document": true, "terms": true}

// datingVerbs say a document was put out or changed.
var datingVerbs = map[string]bool{"published": true, "posted": true, "updated": true, "revised": true, "modified": true, "amended": true, "issued": true}

// dateGrammar are the words around a document's date: "This policy was
// last published on", "as of".
var dateGrammar = map[string]bool{"this": true, "the": true, "our": true, "was": true, "is": true, "has": true, "been": true, "last": true,
	"on": true, "as": true, "of": true, "at": true, "date": true}
