package material

import "github.com/redline-legal/redline/internal/redline"

// mailboxToSite returns, for two texts whose words read the same, the
// first link with the same words that wrote to a mailbox ("mailto:") and
// now opens a page of another organisation's site, with the mailbox's
// site and the page's: "[contact us](mailto:privacy@acme.com)" →
// "[contact us](https://forms.gle/…)". The reader no longer writes to the
// author: it fills in a form another organisation keeps, and what it
// sends there is that organisation's to hold. A form on the author's own
// site, or a mailbox of the same organisation, is the same party reached.
func mailboxToSite(old, new string) (text, from, to string, ok bool) {
	lo, ln := mdLinkRE.FindAllStringSubmatch(old, -1), mdLinkRE.FindAllStringSubmatch(new, -1)
	if len(lo) != len(ln) {
		return "", "", "", false
	}
	for i := range lo {
		if lo[i][1] != ln[i][1] || !isMailto(lo[i][2]) || isMailto(ln[i][2]) {
			continue
		}
		ho, hn := linkSite(lo[i][2]), linkSite(ln[i][2])
		if ho != "" && hn != "" && orgName(ho) != orgName(hn) && !samePrefix(orgName(ho), orgName(hn), 5) {
			return lo[i][1], ho, hn, true
		}
	}
	return "", "", "", false
}

// mailboxToSiteVerdict judges a mailbox link, where the reader uses a
// right or reaches the author, turned into a page of another
// organisation's site (mailboxToSite; a miss found in no labelled set:
// "Only a link changed").
func (c *classifier) mailboxToSiteVerdict(ch redline.Change, so, sn string) (Verdict, bool) {
	text, from, to, ok := mailboxToSite(so, sn)
	if !ok || !c.rightsLink(sn, text) || c.rb.categoryIndex("rights") < 0 {
		return Verdict{}, false
	}
	v := c.material(ch, "rights.contact", &signals{}, nil, nil, "")
	v.Reason = c.label("rights") + ": the link " + quote(text) + " wrote to a mailbox at " + from + "; it now opens a page of another organisation's site (" + to + ")"
	return v, true
}
