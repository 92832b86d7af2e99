package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A list's lead-in that closed it ("The companies which make up the group
// are:") made one that opens it ("The group includes, among others, these
// companies:") lets the list stand for more than it names: the items are
// now examples (b143-12, read "Wording not about personal data"). Only a
// lead-in, ending with a colon on both sides, with a word that opens a
// list on the new side and none on the old, is read so. (The reverse is
// not read: "In particular, we:" → "Specifically, we:" closes nothing.)

// openListMarkers say a list names some of what it stands for.
var openListMarkers = []string{"among others", "amongst others", "among other things", "inter alia", "not limited to", "without limitation", "including", "includes", "include", "such as", "for example", "for instance", "e.g.", "among them", "like",
	// "The following processors may receive your data:" → "These and
	// other processors …" (b276-25, a miss)
	"and other", "and others", "or other"}

// openedLead reports +1 when new, a list's lead-in, opens the list old
// closed, 0 otherwise, with the marker.
func openedLead(old, new string) (int, string) {
	o, n := strings.TrimSpace(old), strings.TrimSpace(new)
	if strings.Count(o, "\n")+strings.Count(n, "\n") > 0 {
		return 0, ""
	}
	if !strings.HasSuffix(o, ":") || !strings.HasSuffix(n, ":") {
		return openedInline(o, n)
	}
	marker := func(s string) string {
		l := strings.ToLower(s)
		for _, m := range openListMarkers {
			if i := strings.Index(l, m); i >= 0 && (i == 0 || !isAlnumByte(l[i-1])) && (i+len(m) == len(l) || !isAlnumByte(l[i+len(m)])) {
				if m == "like" && (strings.HasSuffix(l[:i], "would ") || strings.HasSuffix(l[:i], "'d ") || strings.HasSuffix(l[:i], "’d ")) {
					continue // "we would like to tell you:"
				}
				return m
			}
		}
		return ""
	}
	mo, mn := marker(o), marker(n)
	if mo == "" && mn != "" {
		return 1, mn
	}
	return 0, ""
}

// openedLeadVerdict is the verdict on a list's lead-in opened.
func (c *classifier) openedLeadVerdict(ch redline.Change, cat, ctxOld, ctxNew string) (Verdict, bool) {
	d, m := openedLead(ctxOld, ctxNew)
	if d == 0 {
		return Verdict{}, false
	}
	if cat == "" {
		cat = "unclassified"
		if strings.Contains(strings.ToLower(ctxOld+ctxNew), "compan") && c.rb.categoryIndex("identity") >= 0 {
			cat = "identity" // the companies "we" stands for
		}
	}
	v := c.material(ch, cat+".scope", &signals{}, nil, nil, "")
	what, dir := "A list opened: its items are now examples ('"+m+"')", Expands
	v.Reason, v.Direction = fmt.Sprintf("%s: %s (%s)", what, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
	return v, true
}

// openedInline reports +1, with the marker, where new puts words ending in
// a marker of an open list before a list of names old gave whole, and
// changes nothing else: "The Omnis Software Group is currently made up of
// Omnis Software Ltd., Omnis Software France and Omnis Software Germany
// GmbH" → "… made up of companies including Omnis Software Ltd., …" lets
// the group hold companies it does not name (b308-11, a miss in the whole
// policy). The list is two items or more, joined by commas and a last
// "and" or "or".
func openedInline(o, n string) (int, string) {
	if len(n) <= len(o) {
		return 0, ""
	}
	p := 0
	for p < len(o) && o[p] == n[p] {
		p++
	}
	for p > 0 && o[p-1] != ' ' {
		p-- // the insertion starts at a word
	}
	rest := o[p:]
	if !strings.HasSuffix(n, rest) || len(n)-len(rest) <= p {
		return 0, ""
	}
	put := strings.ToLower(strings.TrimSpace(n[p : len(n)-len(rest)]))
	if !strings.Contains(rest, ", ") || !strings.Contains(rest, " and ") && !strings.Contains(rest, " or ") {
		return 0, ""
	}
	for _, m := range openListMarkers {
		if put == m || strings.HasSuffix(put, " "+m) {
			return 1, m
		}
	}
	return 0, ""
}
