package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A section titled by how long data is kept ("Data Retention", "How long
// will we keep your personal information for?") says for each kind of
// data how long it is kept and when it goes (GDPR Art. 13(2)(a)): what a
// change there adds or takes away is a term of keeping, whatever words of
// purposes, security or data its item is written in. "In most cases, our
// retention period will come to an end 7 years after the end of your
// relationship with us" → "… or after an unsuccessful job application"
// (b373-18) keeps applicants' data seven years; "Analytics Data: 180
// days" → "… (approximate location data: 25 months)" (b371-28) keeps
// location two years, though the lines read as a condition and a kind of
// data.
//
// retentionSection returns "retention" for a material verdict of
// purposes, security, scope, data, cookies or transfers under such a
// title, or of AI where a period changed: "omnie does not retain …
// outside client systems" → "…, except ticket notes kept for quality
// review" (b109-50) keeps notes, though "outside" reads as a place data
// goes. Each keeps its category where the change says something of its
// own: a country named, a use for AI added ("and use it to train our AI
// models"), what data is kept for (keptForPurpose), the document that
// binds the reader, a number that is no period ("TLS 1.3" → "TLS 1.2").
// Recipients, rights, legal bases and notices keep their category: a
// party given the data or a right is what the change says, in any
// section.
func (c *classifier) retentionSection(v Verdict, ch redline.Change) string {
	switch v.Category {
	case "purposes", "security", "scope", "data", "ai", "cookies", "transfers":
	default:
		return ""
	}
	if !c.titledAs(v, ch, retentionTitled) || c.rb.categoryIndex("retention") < 0 {
		return ""
	}
	if v.Category == "ai" && !strings.HasSuffix(v.Rule, ".number") {
		return "" // "and use it to train our AI models" under "Retention": a use of the data, what AI does
	}
	if v.Category == "transfers" && strings.HasSuffix(v.Rule, ".entity") {
		return "" // a country named is where data goes, in any section
	}
	if v.Category == "scope" {
		removed, added := c.writtenDiff(ch)
		if slices.ContainsFunc(append(removed, added...), func(w string) bool { return docNouns[w] }) {
			return "" // "you accept this Privacy Notice" → "you accept our Terms of Use": which document binds (docbound.go)
		}
	}
	if strings.HasSuffix(v.Rule, ".number") && !c.durationChanged(ch) {
		return "" // "TLS 1.3" → "TLS 1.2" under "Retention": a number of what the line is about
	}
	if v.Category == "purposes" {
		asRetention := v
		asRetention.Category, asRetention.Rule = "retention", "retention."+strings.TrimPrefix(v.Rule, "purposes.")
		if c.keptForPurpose(asRetention, ch) == "purposes" {
			return "" // "for legal compliance" → "including for legal compliance": what it is kept for (purposekept.go)
		}
	}
	return "retention"
}

// retentionTitled reports a heading that names the keeping of data and
// nothing else: "Data Retention", "13. DATA RETENTION", "Retention and
// deletion", "How long will we keep your personal information for?". A
// title that names another item beside it ("Use and Retention") or keeps
// something else ("Keeping you informed about our products") is not one.
func retentionTitled(heading string) bool {
	if !containsFold(heading, "retention") && !containsFold(heading, "retain") && !containsFold(heading, "how long") {
		return false
	}
	ws := plainWords(strings.ToLower(heading))
	named := false
	for i, w := range ws {
		switch {
		case w == "retention" || w == "retain" || w == "long" && i > 0 && ws[i-1] == "how":
			named = true
		case retentionTitleWords[w] || sectionNumber(w):
		default:
			return false
		}
	}
	return named
}

// retentionTitleWords are the other words such a title may have.
var retentionTitleWords = map[string]bool{"data": true, "personal": true, "information": true, "period": true,
	"periods": true, "how": true, "do": true, "does": true, "will": true, "we": true, "keep": true, "store": true,
	"hold": true, "your": true, "the": true, "for": true, "our": true, "of": true, "policy": true, "and": true,
	"deletion": true, "it": true, "is": true, "kept": true, "stored": true}

// durationChanged reports a change whose sentences, on one side or the
// other, hold a unit of time: the number changed is then a period, the
// figure a section of keeping is about.
func (c *classifier) durationChanged(ch redline.Change) bool {
	so, sn := c.changedSentences(ch.Old, ch.New)
	for _, w := range plainWords(strings.ToLower(so + " " + sn)) {
		if timeUnits[w] {
			return true
		}
	}
	return false
}
