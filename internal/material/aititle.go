package material

import "github.com/redline-legal/redline/internal/redline"

// A section titled by artificial intelligence or automated decisions and
// nothing else ("AI Disclosure (EU AI Act Article 50)", "12. Use of
// Artificial Intelligence", "Automated decision-making") tells the reader
// what the AI systems do with their data (EU AI Act Art. 50, GDPR Art.
// 13(2)(f)): what a change there alters is what those systems do, whatever
// words of purposes, data or recipients its line is written in.
//
// aiSection returns "ai" for a material verdict of purposes, data,
// recipients, rights, scope or security under such a title; a number, a
// period or a country keep their category, as retention, transfers, legal
// bases, cookies and notices do in any section.
func (c *classifier) aiSection(v Verdict, ch redline.Change) string {
	switch v.Category {
	case "purposes", "data", "recipients", "rights", "scope", "security":
	default:
		return ""
	}
	if hasSuffixAny(v.Rule, ".number", ".period") {
		return ""
	}
	if !c.titledAs(v, ch, func(h string) bool { return headingOf(h, aiTitleNames, aiTitleWords) }) || c.rb.categoryIndex("ai") < 0 {
		return ""
	}
	return "ai"
}

// aiTitleNames name AI or automated decisions in a title; aiTitleWords
// are the other words such a title may have.
var (
	aiTitleNames = map[string]bool{"ai": true, "artificial": true, "automated": true, "profiling": true}
	aiTitleWords = map[string]bool{"intelligence": true, "disclosure": true, "disclosures": true, "eu": true,
		"act": true, "article": true, "50": true, "use": true, "of": true, "our": true, "the": true, "and": true,
		"decision-making": true, "decision": true, "making": true, "decisions": true, "features": true,
		"how": true, "we": true, "systems": true, "tools": true}
)
