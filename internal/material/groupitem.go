package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/redline"
)

// A company added to or taken from a list, named with the author's own
// name ("Omnis Software Iberia S.L., Calle de Serrano 41, 28001 Madrid,
// Spain" among "The companies which make up the Omnis Software group
// currently are:", b68-12), is one more or one fewer of the companies
// "we" stands for: the controller's identity (GDPR Art. 13(1)(a)), not
// a recipient, and no wording "not about personal data". In the
// Markdown the never-seen set is written in, that list stands under no
// heading of its own ("Who are we?" is a plain line there), so the item
// and its lead-in must say so: the author's name first, and a legal form
// in the item or a word of a group in the lead-in.

// groupCompanyItem returns the text of a list item added or removed whole
// that names a company of the author's group, "" otherwise.
func (c *classifier) groupCompanyItem(ch redline.Change) string {
	item := ch.New
	if item == "" {
		item = ch.Old
	}
	if ch.Old != "" && ch.New != "" || c.rb.categoryIndex("identity") < 0 {
		return ""
	}
	text, ok := cutListMarker(item)
	if !ok {
		return ""
	}
	brand := c.brand(ch.New == "")
	if len(brand) < 3 || !strings.HasPrefix(text, brand+" ") {
		return ""
	}
	if !hasLegalForm(plainWords(text)) && !groupLead(c.leadIn()) {
		return ""
	}
	return text
}

// cutListMarker returns a list item's text without its marker ("- ",
// "* ", "1. "), and whether the block is one item.
func cutListMarker(block string) (string, bool) {
	t := strings.TrimSpace(block)
	if strings.Contains(t, "\n") {
		return "", false
	}
	for _, m := range []string{"- ", "* ", "+ ", "• "} {
		if strings.HasPrefix(t, m) {
			return strings.TrimSpace(t[len(m):]), true
		}
	}
	if i := strings.IndexAny(t, ".)"); i > 0 && i <= 3 && allDigits(t[:i]) && strings.HasPrefix(t[i+1:], " ") {
		return strings.TrimSpace(t[i+1:]), true
	}
	return "", false
}

// groupLead reports a lead-in that says its list is of companies of a
// group: "The companies which make up the Omnis Software group are:".
func groupLead(lead string) bool {
	for _, w := range strings.Fields(strings.ToLower(lead)) {
		switch strings.Trim(w, ".,:;()") {
		case "companies", "group", "entities", "subsidiaries", "affiliates", "affiliated":
			return true
		}
	}
	return false
}

// companyHeading reports a heading that is a company's name with its
// legal form ("## Omniops Ltd" under "The data controller responsible
// for your personal information is:", b48-41), added or removed, that the
// other version does not name: a party named, judged as text is, not a
// section's title.
func (c *classifier) companyHeading(h string, removed bool) bool {
	name := companyTitle(h)
	return name != "" && !c.inDoc(!removed, strings.ToLower(name))
}

// companyTitle returns the company a title names, its words before any
// bracket, ending in a legal form ("Omniops Ltd (the \"Company\")" is
// "Omniops Ltd"); "" when it names none.
func companyTitle(h string) string {
	name, _, _ := strings.Cut(strings.TrimSpace(h), "(")
	ws := strings.Fields(name)
	if len(ws) < 2 || len(ws) > 8 || !legalForms[nameFormWord(ws[len(ws)-1])] || !isName(ws[0]) {
		return ""
	}
	return strings.Join(ws, " ")
}

// companyHeadingVerdict is a company's name set as a heading, added or
// removed: the controller's where the words before it say whose it is
// ("The data controller responsible for your personal information is:")
// or nothing says otherwise, else what the section it stands in lists
// ("Third-Party Processors": a recipient).
func (c *classifier) companyHeadingVerdict(ch redline.Change, h string) Verdict {
	k := "identity"
	if id, hit, _ := c.categorize(c.ix.fold(c.blocksBefore(ch.Kind == redline.Delete)), nil, nil); hit && id != "" && c.rb.categoryIndex(id) >= 0 {
		k = id
	}
	if c.rb.categoryIndex(k) < 0 {
		k = ""
	}
	verb := "added"
	if ch.Kind == redline.Delete {
		verb = "removed"
	}
	v := c.material(ch, k+".entity", &signals{}, nil, nil, fmt.Sprintf("%s: a company named as a heading, %s: %s", c.label(k), verb, excerpt(h)))
	v.Direction = Neutral
	return v
}

// blocksBeforeText returns the texts of up to three blocks of one side
// before the changed block, back to the heading above it, nearest first.
func (c *classifier) blocksBeforeText(old bool) string {
	i, ok := c.rowIndex()
	if !ok {
		return ""
	}
	var before []string
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		b := sideBlock(c.rows[j], old)
		if b == nil {
			continue
		}
		before = append(before, b.Text)
		if b.Kind == markdown.HeadingBlock {
			break
		}
	}
	return strings.Join(before, " ")
}

// companyHeadingRenamed reports a heading that names a company on both
// sides, each with its legal form, the names not the same: "Omniops Ltd"
// → "Omniops Group Holdings Ltd" under "The data controller … is:" names
// another company (b125-28). It returns the names.
func companyHeadingRenamed(old, new string) (was, now string, ok bool) {
	name := func(s string) string {
		if h, heading := markdown.CutHeadingMarker(s); heading {
			return companyTitle(h)
		}
		return ""
	}
	was, now = name(old), name(new)
	if was == "" || now == "" || strings.EqualFold(was, now) {
		return was, now, false
	}
	// The same name with its form written otherwise ("Ltd", "Limited")
	// is the same company.
	wo, wn := strings.Fields(was), strings.Fields(now)
	stem := func(ws []string) string { return strings.ToLower(strings.Join(ws[:len(ws)-1], " ")) }
	form := func(ws []string) string { return formSpelling[nameFormWord(ws[len(ws)-1])] }
	if stem(wo) == stem(wn) && form(wo) != "" && form(wo) == form(wn) {
		return was, now, false
	}
	return was, now, true
}

// formSpelling gives each legal form written out or shortened one spelling.
var formSpelling = map[string]string{"ltd": "ltd", "limited": "ltd", "inc": "inc", "incorporated": "inc",
	"corp": "corp", "corporation": "corp", "co": "co", "company": "co", "llc": "llc", "plc": "plc", "gmbh": "gmbh"}
