package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// taxPlaceRE ends a text with a tax, a law or a levy and the word that
// ties a place to it: "any sales tax due in the ", "VAT in the ",
// "consumer protection laws of ". A place named next is whose tax or law
// it is, not a place data goes.
var taxPlaceRE = mustPattern(`(?i)\b(?:tax|taxes|vat|gst|hst|duty|duties|levies|law|laws|legislation|regulations?|statutes?)(?:\s+(?:due|payable|owed|applicable|applying|in force))?\s+(?:in|of|under)\s+(?:the\s+)?$`)

// lawStatesRE opens a text with the states a place is made of, and a
// clause that says they made or apply a law: " member states that have
// set the GDPR age of digital consent at 16", " countries whose laws
// require". The place named before it is whose law it is, not a place
// data goes ("EU member states that host our servers" is one).
var lawStatesRE = mustPattern(`(?i)^\s+(?:member\s+)?(?:states|countries|jurisdictions)\s+(?:that|which|where|whose)\s+(?:[\w’']+\s+){0,3}?(?:(?:have\s+|has\s+)?(?:set|adopted|enacted|legislated)\b|laws?\b|legislation\b|requires?\b|regulations?\b)`)

// termListRE ends a text with a quoted term defined as a list of places:
// "We use the term “Designated Countries” to refer to ", "“Covered
// Regions” means ". A place named next is one the term names.
var termListRE = mustPattern(`(?i)["“'‘][^"”'’]{2,40}["”'’]\s*(?:,\s*)?(?:to\s+(?:refer\s+to|mean|describe|cover)|means?|refers?\s+to|shall\s+mean|includes?|covers?)\s+(?:the\s+)?$`)

// placeOfTerm returns the category of a change whose countries es, on
// the side they are named on, are each named only as whose tax or law
// it is ("to calculate any sales tax due in the United States or VAT in
// the EU", "in EU member states that have set the GDPR age of digital
// consent at 16") or as an item of the places a quoted term is defined to mean
// ("We use the term “Designated Countries” to refer to Australia, …,
// Russia"): neither is a place data goes. A tax's or a law's place widens
// or narrows what the sentence says, read without the place; a defined
// term means what the paragraph that defines it uses it for, read
// without the places and with its heading. "" where a place is named
// anywhere else in those sentences, or where so read the text names no
// category or names transfers.
func (c *classifier) placeOfTerm(ch redline.Change, es []string, new bool) string {
	if !c.onlyCountries(es) {
		return ""
	}
	text := c.changedSentencesOf(ch, new)
	role := ""
	for _, e := range es {
		found := false
		for rest, at := text, 0; ; {
			i := strings.Index(rest, e)
			if i < 0 {
				break
			}
			pre := text[:at+i]
			for m := placeListRE.FindStringIndex(pre); m != nil; m = placeListRE.FindStringIndex(pre) {
				pre = pre[:m[0]]
			}
			r := ""
			switch {
			case taxPlaceRE.MatchString(pre):
				r = "tax"
			case termListRE.MatchString(pre):
				r = "term"
			case lawStatesRE.MatchString(text[at+i+len(e):]):
				r = "tax" // "in EU member states that have set the GDPR age"
			}
			if r == "" || role != "" && role != r {
				return ""
			}
			role, found = r, true
			at += i + len(e)
			rest = text[at:]
		}
		if !found {
			return ""
		}
	}
	if role == "term" {
		// The paragraph the term is defined for, without the definition,
		// whose own words ("countries located in") name places.
		para := ch.New
		if !new {
			para = ch.Old
		}
		text = strings.Replace(para, text, " ", 1)
	}
	if role == "tax" && c.rb.categoryIndex("purposes") >= 0 && taxPurpose(text, es[0]) {
		return "purposes"
	}
	for _, e := range es {
		text = strings.ReplaceAll(text, e, " ")
	}
	k, hit, ctx := c.categorizeAside(c.withoutPersonPlace(c.ix.fold(text)), nil, c.headingWords(ch.Section))
	if !hit && !ctx || k == "transfers" {
		return ""
	}
	return k
}

// taxPurpose reports a tax's place e, in text, named in a clause that
// says what something is done for: "to" and a verb before it, in the
// same clause ("to calculate any sales tax due in the United States or
// VAT in the EU", "so we can charge the GST payable in Australia"). A
// tax calculated, charged or collected in one more place is one more end
// the data serves: a purpose, whatever the sentence's other words (the
// billing address it stores) name.
func taxPurpose(text, e string) bool {
	i := strings.Index(text, e)
	if i < 0 {
		return false
	}
	pre := text[:i]
	if j := strings.LastIndexAny(pre, ",;:()"); j >= 0 {
		// a list of places runs on past its commas: "in the US, Canada,"
		for k := j; k >= 0 && placeListRE.MatchString(text[:k+1]+" "); k = strings.LastIndexAny(text[:k], ",;:()") {
			j = k
		}
		pre = pre[j+1:]
	}
	ws := strings.Fields(strings.ToLower(pre))
	wn := wordNet()
	for i, w := range ws[:max(0, len(ws)-1)] {
		if w == "so" && (ws[i+1] == "that" || ws[i+1] == "we") {
			return true
		}
		if w != "to" {
			continue
		}
		if en := wn.entries(strings.Trim(ws[i+1], ".,;:")); len(en) > 0 && en[0].pos[0] == 'v' {
			return true
		}
	}
	return false
}
