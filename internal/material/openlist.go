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
	if !strings.HasSuffix(o, ":") || !strings.HasSuffix(n, ":") || strings.Count(o, "\n")+strings.Count(n, "\n") > 0 {
		return 0, ""
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
