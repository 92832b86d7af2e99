package material

import (
	"slices"

	"github.com/redline-legal/redline/internal/markdown"
)

// The document the reader is bound by. A sentence that says what the
// reader agrees to or is subject to by using the service ("By using
// kbin.social, you agree to this Privacy Policy") says what text
// governs the use: the policy's scope. Another document named there
// ("… you agree to these Terms of Service", b47-05) changes what the
// reader is held to and what this text covers, whatever the heading
// the sentence stands under ("Account Deletion") or its "agree" (no
// legal basis of processing) would file it as.

// docNameWords are the words of a document's name: "Privacy Policy",
// "Terms of Service", "Terms and Conditions", "User Agreement".
var docNameWords = map[string]bool{
	"privacy": true, "policy": true, "policies": true, "notice": true, "statement": true,
	"terms": true, "term": true, "conditions": true, "agreement": true, "service": true,
	"services": true, "use": true, "user": true, "cookie": true, "cookies": true,
	"end": true, "licence": true, "license": true, "eula": true, "data": true, "protection": true,
}

// docNouns are the words that end a document's name.
var docNouns = map[string]bool{
	"policy": true, "notice": true, "statement": true, "terms": true, "conditions": true,
	"agreement": true, "eula": true, "licence": true, "license": true,
}

// bindWords are the words after which a document named is the one the
// reader is held to: "agree to", "accept", "bound by", "subject to",
// "governed by", "consent to".
var bindWords = map[string]bool{
	"agree": true, "agrees": true, "agreeing": true, "accept": true, "accepts": true, "accepting": true,
	"acceptance": true, "bound": true, "subject": true, "governed": true, "consent": true,
	"acknowledge": true, "acknowledges": true,
}

// boundDocument reports a document noun in fw that a bind word stands
// before, at most four words away: "agree to these Terms of Service".
func boundDocument(fw []string) bool {
	for i, w := range fw {
		if !docNouns[w] {
			continue
		}
		for j := max(i-5, 0); j < i; j++ {
			if bindWords[fw[j]] {
				return true
			}
		}
	}
	return false
}

// boundDocumentChanged reports a change that only names another
// document as the one the reader is bound by: the changed words are a
// document's name on at least one side, the rest name nothing of a
// category (the service's own name, "kbin.social" → "Kbin"), and both
// sentences bind the reader to a document.
func (c *classifier) boundDocumentChanged(fOld, fNew, removed, added []string) bool {
	if !boundDocument(fOld) || !boundDocument(fNew) {
		return false
	}
	named := false
	for _, ws := range [][]string{removed, added} {
		for _, w := range c.content(ws) {
			switch {
			case docNouns[w]:
				named = true
			case docNameWords[w]:
			case len(c.ix.strongHits([]string{w})) > 0:
				return false
			}
		}
	}
	return named
}

// An introduction says what the document is and what it covers: "This
// privacy policy outlines the types of information we collect, how we
// use and protect that information" names data, uses and safeguards
// only as the document's contents, and "By using our platform, you
// agree to the following terms:" makes the text terms the reader is
// bound by (b47-04, the policy's opening rewritten whole, labelled
// scope). Such a paragraph added or removed under the document's own
// name ("Privacy policy", "Introduction", or the title) is about the
// policy's scope, whatever categories the contents it lists name.

// introWords are the words of a heading that names the document itself
// or its opening: "Privacy Policy", "Introduction", "About this Notice".
var introWords = map[string]bool{
	"privacy": true, "policy": true, "notice": true, "statement": true, "introduction": true,
	"overview": true, "about": true, "this": true, "our": true, "preamble": true, "summary": true,
	"general": true, "welcome": true, "terms": true,
}

// introNouns are the words of such a heading that name the document or
// its opening; a heading of introWords needs one ("About" alone does not).
var introNouns = map[string]bool{
	"policy": true, "notice": true, "statement": true, "introduction": true, "overview": true,
	"preamble": true, "terms": true,
}

// introHeading reports heading words (headingWords: none for the
// title) that name the document or its opening.
func introHeading(section []string) bool {
	if len(section) == 0 {
		return true
	}
	named := false
	for _, w := range section {
		if !introWords[w] {
			return false
		}
		named = named || introNouns[w]
	}
	return named
}

// describeVerbs are what a document does when it says what it covers:
// "This Privacy Policy outlines / describes / explains / sets out …".
var describeVerbs = map[string]bool{
	"outlines": true, "outline": true, "describes": true, "describe": true, "explains": true,
	"explain": true, "sets": true, "covers": true, "applies": true, "governs": true, "details": true,
	"summarises": true, "summarizes": true, "informs": true, "tells": true,
}

// documentSays reports a sentence, folded, whose subject is the document
// and whose verb says what it covers ("this privacy policy outlines",
// "This GitHub Candidate Privacy Policy explains"; not "We use your
// personal information as this Privacy Statement describes"), or that
// binds the reader to a document ("you agree to the following terms").
func documentSays(fw []string) bool {
	if boundDocument(fw) {
		return true
	}
	if len(fw) == 0 || !policyDeterminer[fw[0]] {
		return false
	}
	for i := range fw[:min(len(fw), 6)] {
		if !policyRefAt(fw, i) {
			continue
		}
		for j := i + 1; j < min(i+3, len(fw)); j++ {
			if describeVerbs[fw[j]] {
				return true
			}
		}
	}
	return false
}

// introductionSays reports a paragraph added or removed whole, the
// opening of a section that names the document or its opening (or of
// the text, under its title), at least half of whose sentences that name
// a category say what the document covers or bind the reader to it: the
// practices named are the document's contents ("This privacy policy
// outlines the types of information we collect"). A paragraph of
// practices that also points to the document ("We may share your data
// … as set out in our Terms") is about those practices.
func (c *classifier) introductionSays(text string, section []string, old bool) bool {
	if !introHeading(section) || !namesDocument(text) || !c.openingBlock(old) {
		return false
	}
	says, named := 0, 0
	for _, s := range sentences(text) {
		fw := c.ix.fold(s)
		switch {
		case documentSays(fw):
			says++
		case len(c.ix.strongHits(fw)) > 0:
			named++
		}
	}
	return says > 0 && says >= named
}

// openingBlockText reports the changed block of one side among the first
// two of its section: what a section opens with. (The classifier asks it
// as openingBlock, traced: memo.go.)
func (c *classifier) openingBlockText(old bool) bool {
	i, ok := c.rowIndex()
	if !ok {
		return false
	}
	b := sideBlock(c.rows[i], old)
	if b == nil {
		return false
	}
	n := 0
	for j := i - 1; j >= 0; j-- {
		p := sideBlock(c.rows[j], old)
		if p == nil {
			continue
		}
		if !slices.Equal(p.Section, b.Section) || p.Kind == markdown.HeadingBlock {
			break
		}
		if n++; n >= 2 {
			return false
		}
	}
	return true
}

// namesDocument is a cheap test before folding: text that has a
// document's noun at all.
func namesDocument(s string) bool {
	return namesPolicy(s) || containsFold(s, "terms") || containsFold(s, "agreement")
}
