package material

import (
	"strings"
)

// A definition says what a word means, in the policy or in a law: "'Trip
// Provider' means the provider of accommodation …", "Rhode Island defines
// "sale" as the exchange of personal data for monetary or other valuable
// consideration", "In this Privacy Policy, "Personal Information" means
// personal information defined in Article 2". Added or removed whole, it
// commits the author to nothing: no act of the author's, no right of the
// reader's is stated; what the author does is said where the word is
// used, and judged there. A definition that itself says what the author
// does ("'Candidate Personal Information' refers to any information we
// collect"), or defines who the author or the reader is ("“we/us” means
// Vodafone Ireland Limited"), is read as any other sentence: the first
// tells what is collected, the second who the controller is.

// termDefinitionRE is a sentence whose main clause defines a term: an
// optional frame ("In this Policy,", "Under the CCPA,", "For the purposes
// of this notice,"), then either a term quoted or in bold and a verb of
// meaning ("means", "refers to", "is defined as", "shall mean", "has the
// meaning"), or a subject of a few words that "defines" a quoted term
// "as" (or "broadly to include"). The verbs of meaning are a closed class: the ways English
// states a definition.
var termDefinitionRE = mustPattern(`^(?i:(?:(?:in|under|for the purposes? of|as used in|within the meaning of) [^,]{1,60}, )?(?:(?:the terms? )?(?:["“'‘][^"”'’]{1,60}["”'’]|\*\*[^*]{1,60}\*\*)(?: \([^)]{1,40}\))? (?:means?|refers? to|(?:is|are) defined as|shall mean|has the meaning|have the meaning)\b|[^,.;:"“]{1,60}? (?:defines?|define) ["“'‘][^"”'’]{1,60}["”'’](?: [a-z]+ly)? (?:as|to (?:mean|include))\b))`)

// definitionsOnly reports text each of whose sentences defines a term
// (termDefinitionRE), and none of which names the author or the reader
// ("we", "our", "you"), by pronoun, by the author's name or by its
// relatives ("The term “Dailymotion Company” refers to any affiliate of
// Dailymotion", corporateKin): a
// definition of who they are, or of what the author does, commits as a
// sentence does. old says which version the text is of.
func (c *classifier) definitionsOnly(text string, old bool) bool {
	// The author's name, by its first word: "Dailymotion SA" is named in
	// "any affiliate of Dailymotion".
	brand, _, _ := strings.Cut(strings.ToLower(c.brand(old)), " ")
	if !strings.Contains(text, "mean") && !strings.Contains(text, "efine") && !strings.Contains(text, "refer") {
		return false // no verb of meaning: the cheap test first
	}
	sens := sentences(text)
	if len(sens) == 0 {
		return false
	}
	for _, sen := range sens {
		s := strings.TrimSpace(stripMarkdownLead(sen))
		if !termDefinitionRE.MatchString(s) {
			return false
		}
		for _, w := range plainWords(s) {
			if parties[w] || corporateKin[w] {
				return false
			}
		}
		if len(brand) > 2 && strings.Contains(strings.ToLower(s), brand) {
			return false
		}
	}
	return true
}

// corporateKin are company law's words for a company's relatives: a term
// defined as the author's affiliates or subsidiaries says which companies
// "we" are, though the author's name is not found (a policy whose opening
// blocks do not name it).
var corporateKin = map[string]bool{"affiliate": true, "affiliates": true, "affiliated": true, "subsidiary": true,
	"subsidiaries": true, "parent": true, "holding": true}

// stripMarkdownLead takes a list marker or a number off the start of a
// line: "- ", "* ", "(i) ", "2.1 ".
func stripMarkdownLead(s string) string {
	return listLeadRE.ReplaceAllString(strings.TrimSpace(s), "")
}

// listLeadRE is a list marker or an item's number at a line's start.
var listLeadRE = mustPattern(`^(?:[-*+•] |\(?[0-9ivx]{1,4}[.)] ?(?:[0-9]{1,2}\.? )?|[a-z]\) )+`)
