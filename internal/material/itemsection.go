package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/redline"
)

// A section titled by the name of one information item a notice must
// give (GDPR Art. 13(1)(c) "the legal basis for the processing", 13(1)(f)
// "transfer … to a third country") says that item and nothing else: what
// its sentences name on the way (a vendor, a kind of data, a purpose) is
// what the basis or the transfer applies to. A change there changes what
// the reader is told of that item, whatever words it shares with another
// category: "If our vendors or affiliates process User Personal
// Information on our behalf in a manner inconsistent …" added under
// "Cross-border data transfers" (b13-15) is about the safeguards of the
// transfer, not the vendors; "Clients and system" → "System" (b41-43)
// and "a globally distributed workforce" → "a workforce based in the
// Philippines and South Africa" (b43-44) under "International Data
// Transfers" say what goes abroad and where; "marketing" → "advertising
// and/or marketing" under "Legal bases for processing" (b32-26) and
// "interests" → "interests or those of third parties" under "Legal Basis
// for Processing" (b37-21) are what a basis covers.
//
// Only a title made of the item's name is read so: a title that names
// another item beside it ("How we use your Information, and our legal
// bases for using it", "Data Controller & International Transfers") or a
// particular fact of it ("Legal basis: Legal obligation", whose section
// lists the uses that rest on that one basis) says what else its
// section is about, and the change's own words decide as before. The
// names are the Regulation's terms of art and the words of those
// headings; the words allowed beside them (itemGeneral) name personal
// data and its processing in general, which, as everywhere, place
// nothing ("Personal data" alone).

// itemNames are the names of the items, folded, by category: the
// Regulation's terms and the usual headings' wording of them.
var itemNames = []struct {
	k     string
	words []string
}{
	{"legal-basis", []string{"legal", "basis"}},
	{"legal-basis", []string{"legal", "bases"}},
	{"legal-basis", []string{"legal", "ground"}},
	{"legal-basis", []string{"legal", "grounds"}},
	{"legal-basis", []string{"lawful", "basis"}},
	{"legal-basis", []string{"lawful", "bases"}},
	{"legal-basis", []string{"lawful", "grounds"}},
	{"transfers", []string{"international", "transfers"}},
	{"transfers", []string{"international", "transfer"}},
	{"transfers", []string{"international", "data", "transfers"}},
	{"transfers", []string{"international", "data", "transfer"}},
	{"transfers", []string{"cross", "border", "transfers"}},
	{"transfers", []string{"cross", "border", "data", "transfers"}},
}

// groundNames are the names of each ground of Art. 6(1), titling the
// section that lists what rests on it ("Legitimate Interests (Art.
// 6(1)(f))", "Consent"): a use put in its list or taken from it changes
// what that ground covers, and with it the reader's say (objection to
// legitimate interests, withdrawal of consent), b66-22. The Regulation's
// six grounds, a closed list, in the usual headings' wording. Only the
// section's list is read so: a sentence there ("We keep invoices where
// the law requires it and use them for billing") and a table's row say
// what else they are about, and their own words decide.
var groundNames = [][]string{
	[]string{"legitimate", "interests"},
	[]string{"legitimate", "interest"},
	[]string{"legal", "obligation"},
	[]string{"legal", "obligations"},
	[]string{"contract", "performance"},
	[]string{"performance", "of", "a", "contract"},
	[]string{"performance", "of", "contract"},
	[]string{"contractual", "necessity"},
	[]string{"vital", "interests"},
	[]string{"public", "task"},
	[]string{"public", "interest"},
	[]string{"consent"},
}

// itemGeneral are the words a title may add to an item's name without
// naming anything else: personal data and its processing in general,
// whose they are, and the glue between ("Our legal basis for processing
// your personal information", "International transfers of personal
// data").
var itemGeneral = map[string]bool{
	"data": true, "personal": true, "information": true, "user": true,
	"processing": true, "our": true, "your": true, "the": true, "of": true,
	"for": true, "summary": true,
}

// itemParts are, for each item, the categories what the section says of
// it is made of, and so the only ones it refiles. A legal basis covers
// processing: for a purpose, of data, a disclosure to recipients, for
// whom, with the reader's say over it (withdrawing consent, objecting to
// legitimate interests, Art. 13(2)(c)), to keep a service secure. A
// transfer is of data, to parties, for a purpose, under safeguards (a
// legal mechanism, supplementary measures, a copy the reader can ask for,
// Art. 13(1)(f)), and may go to the controller's own group. A period of
// keeping, an age, a tracker, an automated decision and the notice of
// changes are items of their own, wherever a section puts them
// ("Vodafone may retain aggregated reports" under "International
// transfers" says how long, not where); so is a place data goes, beside
// a legal basis.
var itemParts = map[string]map[string]bool{
	"legal-basis": {"purposes": true, "data": true, "recipients": true, "rights": true, "scope": true, "security": true, "unclassified": true},
	"transfers":   {"purposes": true, "data": true, "recipients": true, "rights": true, "scope": true, "security": true, "identity": true, "legal-basis": true, "unclassified": true},
}

// itemSection returns the item a material verdict's section is titled by,
// where the verdict names another category that the item is made of
// (itemParts); "" otherwise. A name newly named or dropped in the role
// the names' reading gives it (rule ".entity": a recipient, the
// controller, an authority, a destination) is a fact of that role's item
// wherever it is named: "New recipient: Microsoft" under "Cross-border
// data transfers" (b13-19, github-056) adds a recipient first. A number
// belongs to the terms nearest it (rule ".number"), and a heading changed
// is judged by its own words, not by the title it becomes.
func (c *classifier) itemSection(v Verdict, ch redline.Change) string {
	if !v.Material || hasSuffixAny(v.Rule, ".number") {
		return ""
	}
	switch v.Category {
	case "recipients", "identity", "rights", "transfers":
		if hasSuffixAny(v.Rule, ".entity") {
			return ""
		}
	}
	if _, heading := markdown.CutHeadingMarker(ch.New + ch.Old); heading {
		return ""
	}
	title := c.headingWords(ch.Section)
	k := itemTitled(title)
	if k == "" && bulletItem(ch.Old) && bulletItem(ch.New) && groundTitled(title) {
		k = "legal-basis"
	}
	if k == "" || !itemParts[k][v.Category] || c.rb.categoryIndex(k) < 0 {
		return ""
	}
	return k
}

// groundTitled reports a folded title made of one ground's name
// (groundNames), with nothing beside it but itemGeneral's words, a
// section number and a citation of the article.
func groundTitled(title []string) bool {
	for _, n := range groundNames {
		if i := indexRun(title, n); i >= 0 {
			rest := append(slices.Clone(title[:i]), title[i+len(n):]...)
			return !slices.ContainsFunc(rest, func(w string) bool { return !itemGeneral[w] && !sectionNumber(w) && !articleCited(w) })
		}
	}
	return false
}

// bulletItem reports text, where there is any, that is one item of a
// bulleted list: "  • Service improvement and analytics", "- …", "* …".
func bulletItem(text string) bool {
	t := strings.TrimSpace(text)
	return t == "" || strings.HasPrefix(t, "•") || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "– ")
}

// itemTitled returns the category of the item a folded title names, with
// nothing beside the name but itemGeneral's words and a section number.
func itemTitled(title []string) string {
	for _, n := range itemNames {
		i := indexRun(title, n.words)
		if i < 0 {
			continue
		}
		rest := append(slices.Clone(title[:i]), title[i+len(n.words):]...)
		if slices.ContainsFunc(rest, func(w string) bool { return !itemGeneral[w] && !sectionNumber(w) }) {
			return ""
		}
		return n.k
	}
	return ""
}

// articleCited reports a word of a citation of the Regulation beside an
// item's name: "(Art. 6(1)(f))", "Article 6 GDPR"; its numbers are
// sectionNumber's, its paragraph letters (a) to (f) single letters.
func articleCited(w string) bool {
	return w == "art" || w == "article" || w == "gdpr" || len(w) == 1 && w[0] >= 'a' && w[0] <= 'f'
}

// indexRun is the index of the first run of ws equal to run, or -1.
func indexRun(ws, run []string) int {
	for i := 0; i+len(run) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(run)], run) {
			return i
		}
	}
	return -1
}

// sectionNumber reports a word that only numbers a section: "8", "6.2".
func sectionNumber(w string) bool {
	for _, r := range w {
		if (r < '0' || r > '9') && r != '.' {
			return false
		}
	}
	return w != ""
}
