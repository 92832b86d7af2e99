package material

import (
	"strings"
)

// A name the reader is pointed to is no party. "Learn more on
// Instagram", "please see the Ezoic privacy policy", "visit the NAI
// website to opt out", "by reviewing the United States Regional Privacy
// Notice": the sentence sends the reader to a text or a site to read,
// and says nothing of who holds, receives or processes their data
// (GDPR Art. 13(1)(e) asks for the recipients; a page the reader may
// visit is not one). The name is read as a pointer only where every
// mention of it is one, and none is given data or has it processed:
// "we share it with Criteo; see Criteo's privacy policy" names a
// recipient (b50-35, b53-51; OTA CrowdTangle v8, MediaFire v11,
// SponsorBlock v5).

// readNouns head the name of a text a reader reads: "the Google
// Privacy Policy", "Playwire's privacy notice", "YouTube Terms of
// Service". A closed class: the documents a policy refers its reader to.
var readNouns = map[string]bool{"policy": true, "policies": true, "notice": true, "notices": true, "statement": true,
	"statements": true, "terms": true, "article": true, "articles": true, "faq": true, "faqs": true, "documentation": true}

// placeNouns head the name of a place on the web a reader goes to, a
// text only where the clause points there ("visit the NAI website"):
// elsewhere "the Xumo website" is a product the policy covers.
var placeNouns = map[string]bool{"website": true, "websites": true, "site": true, "page": true, "pages": true, "portal": true,
	"form": true, "tool": true, "tools": true, "centre": true, "center": true}

// pointingRE is a clause that points the reader somewhere, before the
// name: the imperative of visiting or reading ("visit", "see", "refer
// to"), at a clause's start or after "please", a modal or "to"; "learn
// more", "for more information".
var pointingRE = mustPattern(`(?i)(?:^|[,;:(]\s*|\b(?:please|can|may|also|to|should|or|and)\s+)(?:visit|see|go to|refer to|consult|read|review|reviewing|check out)\b|\b(?:learn|find out|read) more\b|\bmore (?:information|details|info)\b|\bfurther (?:information|details)\b`)

// pointsReader reports text that may point its reader somewhere: only
// there need each name be read as a pointer.
func pointsReader(text string) bool {
	for _, w := range [...]string{"polic", "notice", "statement", "terms", "article", "faq", "documentation"} {
		if containsFold(text, w) {
			return true
		}
	}
	return pointingRE.MatchString(text)
}

// pointedTo reports the name e, a party's and not a place's, that every
// mention in text points the reader to (pointerMention).
func (c *classifier) pointedTo(text, e string) bool {
	if c.ix.countries[e] {
		return false // a place has its own readings (namerole.go)
	}
	found, n := false, 0
	for from := 0; from < len(text); {
		i := nameIndex(text[from:], e)
		if i < 0 {
			break
		}
		i += from
		if !c.pointerMention(wordsAt(text, e, i)) {
			return false
		}
		found, from, n = true, i+len(e), n+1
	}
	// A mention glued to a word ("provided bySinch America Inc.") is
	// one whose clause cannot be read: it may give the name data.
	return found && strings.Count(text, e) == n
}

// pointerMention reports a mention of a name that heads no clause of
// giving or processing and names a text to read (documentHead) or the
// object of a clause that points the reader there.
func (c *classifier) pointerMention(rw roleWords) bool {
	if r, _ := c.appositionRole(rw); r != "" {
		return false // "Stripe, our payment processor"; "the Acme Act"
	}
	if r, _ := c.grammarRole(rw, false); r != "" {
		return false // "shared with X", "hosted by X", "X processes", "contact X"
	}
	for _, w := range rw.after[:min(4, len(rw.after))] {
		if hasStem(w, subjectVerbs) || hasStem(w, givingStems) || hasStem(w, agentVerbs) {
			return false // "Criteo, which sets cookies and receives …"
		}
	}
	pointed := pointsToName(rw.pre)
	return !rw.setAfter && documentHead(rw.after, pointed) || pointed
}

// pointsToName reports the words before a name, pre, ending in a clause
// that points the reader to it: the pointing words, then at most a few
// words with no verb "be" or modal of a clause of their own between them
// and the name ("Review Checker is a feature that … sites like X" does
// not point to X).
func pointsToName(pre string) bool {
	ms := pointingRE.FindAllStringIndex(pre, -1)
	if len(ms) == 0 {
		return false
	}
	rest := strings.Fields(pre[ms[len(ms)-1][1]:])
	if len(rest) > 12 {
		return false
	}
	for _, w := range rest {
		if beForm(strings.ToLower(w)) || w == "will" || w == "may" || w == "can" {
			return false
		}
	}
	return true
}

// documentHead reports words after a name that end its noun phrase in a
// document noun ("Privacy Policy", "opt-out page"), or, in a clause that
// points, a place on the web ("website").
func documentHead(after []string, pointed bool) bool {
	for i, w := range after[:min(4, len(after))] {
		if readNouns[w] || pointed && placeNouns[w] {
			return true
		}
		if isDeterminer(w) || verbLike(w) || i > 0 && notNoun(w) || strings.HasSuffix(w, "ing") {
			return false
		}
	}
	return false
}
