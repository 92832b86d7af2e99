package material

import (
	"strings"
)

// A line that labels a link by the company whose page it is ("Yahoo:
// https://…") points the reader to that company's own terms: where the
// company moves the page, to a site that bears its name
// ("verizonmedia.com/…/privacy/topics/cookies" → "legal.yahoo.com/…/
// privacy/topics/cookies", b47-15), the reader still reads the terms of the
// company named, and the policy's own commitments are as they were. A
// link under the same label that goes to a site of another name may be
// another party's, and is left to the other rules.

// bareURLRE is an address written in a line, bare or as a link's target.
var bareURLRE = mustPattern(`https?://[^\s()\[\]<>]+`)

// partnerLinksMoved reports two texts that differ only in lines labelled
// by a company's name, "Name: address", each of whose addresses now lies
// on a site whose name is the label's.
func partnerLinksMoved(old, new string) bool {
	if !strings.Contains(new, "http") {
		return false
	}
	lo, ln := strings.Split(strings.TrimSpace(old), "\n"), strings.Split(strings.TrimSpace(new), "\n")
	if len(lo) != len(ln) {
		return false
	}
	moved := false
	for i := range lo {
		if lo[i] == ln[i] {
			continue
		}
		labelOld, restOld, ok1 := strings.Cut(lo[i], ":")
		labelNew, restNew, ok2 := strings.Cut(ln[i], ":")
		if !ok1 || !ok2 || labelOld != labelNew || strings.Contains(labelOld, "http") {
			return false
		}
		label := strings.ToLower(strings.Join(strings.Fields(strings.Trim(stripMarkdown(labelNew), " *-•")), ""))
		if len(label) < 3 {
			return false
		}
		// Nothing but addresses after the label, on both sides: bare, as
		// a link's target, or in Markdown's angle brackets, its own way
		// of writing a bare address ("<http://www.ubuntu.com/usn/trusty/>"
		// → "<https://usn.ubuntu.com/>", npm-055).
		if strings.TrimSpace(strings.Trim(bareURLRE.ReplaceAllString(restOld, ""), " []()<>")) != "" || strings.TrimSpace(strings.Trim(bareURLRE.ReplaceAllString(restNew, ""), " []()<>")) != "" {
			return false
		}
		us := bareURLRE.FindAllString(restNew, -1)
		if len(us) == 0 || len(bareURLRE.FindAllString(restOld, -1)) == 0 {
			return false
		}
		for _, u := range us {
			if name := orgName(linkSite(u)); name == "" || !strings.Contains(label, name) && !strings.Contains(name, label) {
				return false
			}
		}
		moved = true
	}
	return moved
}
