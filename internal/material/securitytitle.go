package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A section titled by security and nothing else ("Security Practices",
// "Data Security", "Security Measures (GDPR Article 32)", "Multi-Factor
// Authentication", "How we protect your data") says how the data is kept
// safe (GDPR Art. 32): what a change there alters is a safeguard, whatever
// words of data, purposes, rights or recipients its line is written in.
//
// securitySection returns "security" for a material verdict of data,
// purposes, rights, recipients, scope or AI under such a title; a number,
// a party named or a period keep their category, as retention, transfers,
// legal bases, cookies and notices do in any section.
func (c *classifier) securitySection(v Verdict, ch redline.Change) string {
	switch v.Category {
	case "data", "purposes", "rights", "recipients", "scope", "ai":
	default:
		return ""
	}
	if !c.titledAs(v, ch, func(h string) bool { return headingOf(h, securityTitleNames, securityTitleWords) }) || c.rb.categoryIndex("security") < 0 {
		return ""
	}
	if hasSuffixAny(v.Rule, ".number", ".entity", ".period") {
		return ""
	}
	if v.Category == "data" && c.dataExampled(ch) {
		return "" // "restricted access to sensitive information, such as face templates" (b405-47)
	}
	if c.handlerNamed(ch) || v.Category == "purposes" && c.purposeAdded(ch) {
		// "we share it with our hosting provider" → "… and our analytics
		// providers", "restricted access to your data for support" → "…
		// for support and marketing": who gets it, what for
		return ""
	}
	return "security"
}

// securityTitleNames name security in a title; securityTitleWords are the
// other words such a title may have.
var (
	securityTitleNames = map[string]bool{"security": true, "protect": true, "secure": true, "safeguards": true,
		"authentication": true}
	securityTitleWords = map[string]bool{"data": true, "information": true, "practices": true, "measures": true,
		"gdpr": true, "article": true, "32": true, "infrastructure": true, "how": true, "we": true, "your": true,
		"the": true, "of": true, "and": true, "our": true, "multi-factor": true, "two-factor": true,
		"personal": true, "keep": true, "it": true}
)

// dataExampled reports a change that only puts an example after what a
// line names, or takes one out, and the example names a kind of data:
// "restricted access to sensitive information" → "…, such as face
// templates from verification selfies" (b405-47) holds the safeguard to
// what it held, and says the author holds face templates. What the
// safeguard reaches changed ("sensitive information" → "payment
// information", b36-41) is the safeguard's (safeguardObject).
func (c *classifier) dataExampled(ch redline.Change) bool {
	if !containsJoined(ch.Old, ch.New, "such as") && !containsJoined(ch.Old, ch.New, "example") && !containsJoined(ch.Old, ch.New, "including") && !containsJoined(ch.Old, ch.New, "e.g.") {
		return false // the cheap test
	}
	put, ok := c.sentencesPut(ch)
	if !ok || !exampleOpenerRE.MatchString(strings.Join(put, " ")+" ") {
		return false
	}
	data := c.rb.categoryIndex("data")
	return slices.ContainsFunc(c.ix.strongHits(c.ix.fold(strings.Join(put, " "))), func(h termHit) bool { return int(h.k) == data })
}
