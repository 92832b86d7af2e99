package material

import (
	"slices"
	"strconv"
	"strings"
)

// A number that names a part of the document itself, "Article 24 of this
// Agreement", "Section 5 below", is a place to read, not a quantity: the
// reader is told where the terms are, and no period, count or sum is
// promised (b43-21: a data processing agreement adds "The rights of Data
// Subjects … are detailed in Article 24 of this Agreement"). An article of
// a law ("Article 6(1)(f) GDPR", "Section 1798.100 of the CCPA") stays a
// number: it is the legal basis or the right the text relies on.

// partNouns are the parts of a legal document a number after them names.
var partNouns = map[string]bool{"article": true, "articles": true, "section": true, "sections": true, "clause": true,
	"clauses": true, "paragraph": true, "paragraphs": true, "annex": true, "appendix": true, "schedule": true,
	"exhibit": true, "chapter": true, "part": true, "point": true}

// innerParts are the part nouns a document numbers its own parts by: an
// article, a recital or an annex is as often a law's (Article 6 GDPR).
var innerParts = map[string]bool{"section": true, "sections": true, "clause": true, "clauses": true, "paragraph": true, "paragraphs": true}

// smallPart reports a whole number from 1 to 40, as a document's own
// sections are numbered.
func smallPart(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1 && n <= 40
}

// selfDocuments are what a document calls itself after "of this".
var selfDocuments = map[string]bool{"agreement": true, "policy": true, "notice": true, "statement": true, "document": true,
	"addendum": true, "dpa": true, "terms": true, "contract": true, "charter": true, "annex": true, "appendix": true}

// selfPartNumber reports whether every occurrence of the number w in the
// folded words ws names a part of the document itself: after a part noun
// ("article 24", "sections 3 and 4"), and followed, before the sentence
// goes on to other words, by "of this agreement", "above", "below",
// "hereof" or "herein".
func selfPartNumber(ws []string, w string) bool {
	found := false
	for i, x := range ws {
		if x != w {
			continue
		}
		if !selfPartAt(ws, i) {
			return false
		}
		found = true
	}
	return found
}

func selfPartAt(ws []string, i int) bool {
	// The part noun, before this number or the first of a run of them
	// ("articles 12 and 24").
	j := beforeNumbers(ws, i)
	if j < 0 || !partNouns[ws[j]] {
		// A section's number alone, "3.12", where it lies: "the
		// purposes set out at 3.12 below" (Energia's, ota-50 042).
		return strings.Contains(ws[i], ".") && i+1 < len(ws) && (ws[i+1] == "below" || ws[i+1] == "above")
	}
	if innerParts[ws[j]] && smallPart(ws[i]) && (i+1 >= len(ws) || ws[i+1] != "of") {
		// "Section 8" of the text itself: a law's sections are numbered
		// "1798.100", or said to be of it ("section 7 of the Act").
		return true
	}
	// What follows the run: the document itself, or where it lies.
	k := i + 1
	for k < len(ws) && (isNumber(ws[k]) || len(ws[k]) == 1 || (ws[k] == "and" || ws[k] == "or" || ws[k] == "to") && k+1 < len(ws) && isNumber(ws[k+1])) {
		k++ // "article 24 and 25", "section 5 a" (5(a))
	}
	if k >= len(ws) {
		return false
	}
	switch ws[k] {
	case "above", "below", "hereof", "herein", "hereunder", "hereto":
		return true
	case "of", "in", "to":
		if k+2 < len(ws) && (ws[k+1] == "this" || ws[k+1] == "these" || ws[k+1] == "the" && ws[k+2] == "present") {
			d := ws[k+2]
			if d == "present" && k+3 < len(ws) {
				d = ws[k+3]
			}
			return selfDocuments[d]
		}
	}
	return false
}

// partPointerRE is a sentence saying where the document sets something
// out: "The rights … are detailed in Article 24 of this Agreement", "Your
// choices are set out in Section 7 below".
var partPointerRE = mustPattern(`(?i)\b(?:is|are)\s+(?:further\s+|more\s+fully\s+)?(?:detailed|set\s+out|set\s+forth|described|listed|explained|specified)\s+(?:in|at|under)\s+(?:article|section|clause|paragraph|annex|appendix|schedule|part|chapter)\s+\d+[\da-z().]*\s*(?:(?:of|to)\s+(?:this|these|the\s+present)\s+\w+|above|below|hereof|herein)\b`)

// partSummaryRE opens a sentence that sums up what the sentence before
// it points to: "These include, in particular, …", "They are …".
var partSummaryRE = mustPattern(`(?i)^(?:these|they|this|which)\s+(?:include|includes|are|is|comprise|comprises|cover|covers)\b`)

// partSummary reports text added or removed whole that only points to a
// part of the document itself and sums up what that part sets out: the
// reader is told where the terms are, and what they are called, and the
// terms are those of the part pointed to (b43-21: "The rights of Data
// Subjects that may be exercised in this context are detailed in Article
// 24 of this Agreement. These include, in particular, the rights of
// access, rectification, erasure …"). A sentence of anything else, a
// first person committing to an act ("We will answer within 30 days"),
// or a pointer to a law's article ("Article 15 of the GDPR") is not.
func partSummary(text string) bool {
	if !strings.Contains(text, " of this ") && !strings.Contains(text, " of these ") && !strings.Contains(text, "above") && !strings.Contains(text, "below") && !strings.Contains(text, "here") {
		return false
	}
	if strings.Contains(text, "|") || strings.Count(strings.TrimSpace(text), "\n") > 2 {
		return false // a table or a list, whose rows say what they say
	}
	ss := sentences(stripMarkdown(text))
	if len(ss) == 0 || !partPointerRE.MatchString(ss[0]) {
		return false
	}
	for i, s := range ss {
		if len(rawWords(s)) > 60 {
			return false // a sentence that says more than where to read
		}
		if i > 0 && !partSummaryRE.MatchString(strings.TrimSpace(s)) {
			return false
		}
		for _, w := range rawWords(strings.ToLower(s)) {
			if w == "we" || w == "us" || w == "our" || w == "i" {
				return false
			}
		}
	}
	return true
}

// partNumbersOnly reports a change of nothing but the numbers of parts of
// the document: "Section 14 below" → "Section 15 below" points elsewhere,
// and is no quantity written another way.
func partNumbersOnly(removed, added, old, new []string) bool {
	if len(removed)+len(added) == 0 {
		return false
	}
	for _, w := range removed {
		if !isNumber(w) || !selfPartNumber(old, w) {
			return false
		}
	}
	for _, w := range added {
		if !isNumber(w) || !selfPartNumber(new, w) {
			return false
		}
	}
	return true
}

// cites reports a citation noun among folded words ws.
func cites(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return citeNouns[w] })
}

// beforeNumbers returns the place of the word before the number at ws[i]
// and the run of numbers it ends ("articles 12 and 24": "articles"), -1
// where there is none.
func beforeNumbers(ws []string, i int) int {
	j := i - 1
	for j > 0 && (isNumber(ws[j]) || ws[j] == "and" || ws[j] == "or" || ws[j] == "to") {
		j--
	}
	return j
}

// citeNouns are the nouns, folded, a pinpoint citation of a law opens
// with: "Art. 20", "Arts. 17 and 18", "Recital 47".
var citeNouns = map[string]bool{"art": true, "arts": true, "article": true, "articles": true, "recital": true, "recitals": true}

// citedGone reports a number w of folded words ws that, wherever ws
// writes it, is the article a citation names; asked where the other side
// cites no article at all (cites): "- Right to Data Portability (Art. 20):
// …" removed whole. The citation went with what it cites; the item says
// what changed, not its number. A citation both sides write ("Art. 15" →
// "Art. 16") keeps its number, as a change of what the text relies on.
func citedGone(ws []string, w string) bool {
	found := false
	for i, x := range ws {
		if x != w {
			continue
		}
		if j := beforeNumbers(ws, i); j < 0 || !citeNouns[ws[j]] {
			return false
		}
		found = true
	}
	return found
}
