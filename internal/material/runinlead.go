package material

import (
	"strings"
)

// A paragraph's bold lead is its heading: "**Cookies** Third-party
// cookies, tags, pixels … may be placed on our website" stands under
// "Cookies" whatever the section above it is called ("We Respect Your
// Privacy"). A paragraph rewritten whole under a new lead is about what
// the new lead names, not what the first changed force word stands
// beside: "**Advertisers.** … data is shared with the advertising
// companies" → "**Cookies** …" is now about trackers (b47-07), and
// "**Personal Information.** …" → "**Do Not Sell My Personal Data** We
// do not sell data to third parties …" about sale and sharing (b47-06).

// runInLeadCategory returns the category the new side's bold lead names,
// where both sides lead with one and the leads differ: "" where either
// has none, they are the same words, or the new lead names no category
// by a word of its own (a weak word, "personal data", places nothing).
func (c *classifier) runInLeadCategory(old, new string) string {
	mo, mn := runInRE.FindStringSubmatch(old), runInRE.FindStringSubmatch(new)
	if mo == nil || mn == nil {
		return ""
	}
	lo, ln := c.ix.fold(mo[1]), c.ix.fold(mn[1])
	if len(ln) == 0 || equalWords(lo, ln) || len(c.ix.strongHits(ln)) == 0 {
		return ""
	}
	k, hit, _ := c.categorizeAside(ln, nil, nil)
	if !hit {
		return ""
	}
	// The lead heads the paragraph's own words: its body speaks of what
	// the lead names ("**Cookies** Third-party cookies, tags, pixels …").
	kk := c.rb.categoryIndex(k)
	for _, h := range c.ix.strongHits(c.ix.fold(new[len(mn[0]):])) {
		if int(h.k) == kk {
			return k
		}
	}
	return ""
}

// underRunInLead files v, a verdict on a paragraph rewritten whole, under
// the category its new bold lead names (runInLeadCategory), and says so
// in its reason's closing label.
func (c *classifier) underRunInLead(v Verdict, old, new string) Verdict {
	k := c.runInLeadCategory(old, new)
	if k == "" || k == v.Category || c.rb.category(k) == nil {
		return v
	}
	from, to := " ("+strings.ToLower(c.label(v.Category))+")", " ("+strings.ToLower(c.label(k))+")"
	if strings.HasSuffix(v.Reason, from) {
		v.Reason = strings.TrimSuffix(v.Reason, from) + to
	}
	if rule, ok := strings.CutPrefix(v.Rule, v.Category+"."); ok {
		v.Rule = k + "." + rule
	}
	v.Category, v.GDPR = k, c.rb.category(k).GDPR
	return v
}

// listMarkRE is a list item's marker before its text: "*   ", "- ", "1. ".
var listMarkRE = mustPattern(`^\s*(?:[*+-]|\d{1,3}[.)])\s+`)

// boldLead returns the folded words of a paragraph's bold lead, after a
// list item's marker: "*   **Flash Cookies**. Certain features …" leads
// with "flash cookies". nil for none, and for a label before its value
// ("**Marketing preferences:** 24 months"): a lead heads prose, a
// sentence or more after it.
func (c *classifier) boldLead(text string) []string {
	text = listMarkRE.ReplaceAllLiteralString(text, "")
	m := runInRE.FindStringSubmatchIndex(text)
	if m == nil || len(strings.Fields(text[m[1]:])) < minLeadBody {
		return nil
	}
	return c.ix.fold(text[m[2]:m[3]])
}

// minLeadBody is the fewest words after a bold lead for it to head prose.
const minLeadBody = 8

// leadHeading returns the words of the bold lead a changed paragraph
// keeps on both sides (or has, added or removed whole) where the lead
// names a category by a word of its own: the paragraph's own heading,
// nearer than the section's ("**Flash Cookies**." under "Information We
// Collect Through Automatic Data Collection Technologies", b43-31;
// "**Cookies**." under "Automatic Data Collection", b42-08).
func (c *classifier) leadHeading(old, new string) []string {
	if !boldMarked(old) && !boldMarked(new) {
		return nil
	}
	lo, ln := c.boldLead(old), c.boldLead(new)
	var l []string
	switch {
	case strings.TrimSpace(old) == "":
		l = ln
	case strings.TrimSpace(new) == "":
		l = lo
	case equalWords(lo, ln):
		l = ln
	}
	if len(l) == 0 || len(c.ix.strongHits(l)) == 0 {
		return nil
	}
	return l
}

// boldMarked reports text with a mark of bold, "**" or "__".
func boldMarked(s string) bool {
	return strings.Contains(s, "**") || strings.Contains(s, "__")
}
