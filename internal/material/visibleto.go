package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// Who can see what the reader gives is whom it is disclosed to: "Your
// profile is visible only to your connections" → "… visible to all members
// of the platform" (b6-11) makes the profile known to more people, a
// change of the recipients of the data (GDPR Art. 13(1)(e)), though no
// word of sharing is written.
//
// visibleTo returns "recipients" for a material verdict no category
// placed whose change, on both sides, stands in what follows a word of
// being seen ("visible", "viewable", "accessible", "shown", "seen" …) and
// its "to" or "by", with only force words between ("visible only to"):
// the audience, or how far it reaches. A change before it (what is
// visible) keeps the verdict as it was.
func (c *classifier) visibleTo(v Verdict, ch redline.Change) string {
	if v.Category != "unclassified" || ch.Kind != redline.Replace || c.rb.categoryIndex("recipients") < 0 {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	// Cheap test: a word of being seen on both sides.
	if !mayBeSeen(so) || !mayBeSeen(sn) {
		return ""
	}
	ow, nw := plainWords(so), plainWords(sn)
	p, _, _ := changedSpan(ow, nw)
	for _, ws := range [2][]string{ow, nw} {
		at := seenAt(ws)
		if at < 0 || p < at {
			return ""
		}
	}
	return "recipients"
}

// mayBeSeen is visibleTo's cheap test on a raw sentence.
func mayBeSeen(s string) bool {
	return lowerHasAny(s, "visible", "viewable", "accessible", "shown", "seen")
}

// seenAt returns where, in plain words, a word of being seen stands with
// its "to" or "by" after it, only force words between ("visible only
// to", "seen by"); -1 if none does.
func seenAt(ws []string) int {
	for i, w := range ws {
		switch w {
		case "visible", "viewable", "accessible", "shown", "seen":
		default:
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			if ws[j] == "to" || ws[j] == "by" {
				return i
			}
			if !seenForce[ws[j]] {
				break
			}
		}
	}
	return -1
}

// seenForce are the words that may stand between a word of being seen
// and its "to": how far it reaches.
var seenForce = map[string]bool{"only": true, "solely": true, "just": true, "exclusively": true, "publicly": true, "also": true, "generally": true, "always": true}

// seenRecategorized is recategorized for visibleTo, whose verdict's
// reason said no category named the words: it says which one does now.
func (c *classifier) seenRecategorized(v Verdict, k string) Verdict {
	v = c.recategorized(v, k)
	v.Reason = strings.Replace(v.Reason, "(a commitment about what is yours, in words no category names)",
		"("+strings.ToLower(c.label(k))+": who can see what is yours)", 1)
	return v
}
