package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// What the policy says it applies to is its scope, whatever the products
// it names or carves out are about: "This Privacy Notice does not apply
// to the Ollie mobile application …" → "This Privacy Notice also applies
// to the Ollie mobile application … and replaces the former Ollie
// Privacy Notice" (b54-44) brings another app's users under it; "This
// Privacy Policy does not apply to any third-party applications …" →
// "…, or Miro's AI Features, which are governed by the AI Features
// Addendum" (b54-45) takes a product out of it, though the words added
// name AI. The reader must know which document governs their data before
// anything the document says about it. A sentence under the same
// heading that says what is done with data ("This Policy applies to the
// data we collect, including voice recordings", then the list of data
// changed elsewhere) is judged by its own words.
//
// policyReach returns "scope" for a material verdict of another category,
// not of a name or a number (namesOwnFact: a party or a place named beside
// what the policy covers is a fact of its own), whose changed sentences, on each side that has any, include one whose
// subject is the policy itself saying what it applies to or covers
// (policyReachRE), the others only naming a policy (a pointer to the
// one that governs instead), where the words changed name
// nothing of what is done with data (dataActs); "" otherwise.
func (c *classifier) policyReach(v Verdict, ch redline.Change) string {
	if v.Category == "scope" || v.Category == "notice" || namesOwnFact(v.Rule) || c.rb.categoryIndex("scope") < 0 {
		return ""
	}
	if !containsJoined(ch.Old, ch.New, "ppl") && !containsJoined(ch.Old, ch.New, "cover") && !containsJoined(ch.Old, ch.New, "formation ") &&
		!(containsJoined(ch.Old, ch.New, "data ") && (contentsHint(ch.Old) || contentsHint(ch.New))) {
		return "" // the cheap test: no "apply", "applies" nor "covers", no data named where the policy says what it describes
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if strings.TrimSpace(so) == "" && strings.TrimSpace(sn) == "" {
		return ""
	}
	removed, added := c.writtenWords(so, sn)
	// A sentence that says which data the policy describes the handling
	// of names data as its scope (scopedContents); any other act named
	// is still a fact of its own.
	scoped := scopedContents(so) || scopedContents(sn)
	for _, h := range c.ix.strongHits(c.ix.fold(strings.Join(removed, " ") + " " + strings.Join(added, " "))) {
		if id := c.rb.Categories[h.k].ID; dataActs[id] && !(scoped && id == "data") {
			return "" // "the data we share with our partners" → "… and advertisers": a recipient, in the sentence of what the policy covers
		}
	}
	for _, side := range []string{so, sn} {
		if strings.TrimSpace(side) == "" {
			continue
		}
		reach := false
		for _, s := range sentences(side) {
			switch {
			case policyReachRE.MatchString(s):
				reach = true
			case scopedContents(s):
				reach = true
			case !namesPolicy(s):
				return "" // a sentence of something else changed too
			}
		}
		if !reach {
			return ""
		}
	}
	return "scope"
}

// policyReachRE is a sentence whose subject is this policy, saying what
// it applies to or covers, or does not: "This Privacy Notice also applies
// to", "This Privacy Policy does not apply to".
var policyReachRE = mustPattern(`(?i)^\W{0,3}(?:[^.;]{0,40}?,\s*)?(?:this|our)\s+(?:[\w*]+\s+){0,2}(?:policy|notice|statement)\W{0,4}\s+(?:\w+\s+){0,2}?(?:(?:does|do)\s+not\s+|doesn['’]t\s+|only\s+|also\s+|no\s+longer\s+)?(?:appl(?:y|ies)|covers?|governs?)\b`)

// dataActs are the categories of what is done with data and for whom: a
// word of theirs changed in the sentence of what the policy covers says
// more of the data than of the policy.
var dataActs = map[string]bool{"data": true, "purposes": true, "legal-basis": true, "recipients": true, "transfers": true, "retention": true, "rights": true, "security": true}

// scopedContents reports a sentence in which the policy says whose or
// which data it describes the handling of: "This Privacy Policy describes
// how omnie handles personal information accessed through its services,
// and personal information that omnie collects as a controller from
// visitors to its website" (b67-41): the data it governs, its scope.
func scopedContents(s string) bool {
	m := contentsRE.FindStringIndex(s)
	return m != nil && scopedDataRE.MatchString(s[m[1]:])
}

// contentsHint reports a text with a verb contentsRE needs after "this
// policy": "describes", "explains", "details", "sets out", "outlines",
// "lists", "summarises", "tells you". No expression is run.
func contentsHint(s string) bool {
	for _, v := range []string{"escribe", "xplain", "etail", "ets out", "utline", "lists", "ummari", "ells you"} {
		if strings.Contains(s, v) {
			return true
		}
	}
	return false
}
