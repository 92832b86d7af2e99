package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// The authority the reader may complain to, named, dropped or swapped, is
// the right to lodge a complaint (GDPR Art. 13(2)(d)), whatever the names
// and places beside it read as: "You also have the right to lodge a
// complaint with the UK regulator, the Information Commissioner" → "…
// with us" (b48-39) drops no transfer to the UK; "You can contact the
// UK's data protection authority, the Information Commissioner's Office,
// at: Wycliffe House, …, Wilmslow" → "… our UK Representative" (b48-07),
// under a heading of that right, drops no recipient in Wilmslow.
// complaintAuthority reads names in such a sentence so; this reads the
// places and the addresses too.
//
// authorityNamed returns "rights" for a material verdict of a name or a
// place (entity) whose changed sentences, a sentence or two on each side,
// on the side the verdict names (removed: the old; added: the new) name a
// public authority (authorityWords; a data protection officer is none)
// the other side's do not, say a
// complaint there or in the heading, and share nothing (sharingStems);
// "" otherwise, and where either side names a transfer mechanism
// ("Privacy Shield" → "DPF": the complaint is the mechanism's).
func (c *classifier) authorityNamed(v Verdict, ch redline.Change) string {
	if v.Category == "rights" || !strings.HasSuffix(v.Rule, ".entity") || c.rb.categoryIndex("rights") < 0 {
		return ""
	}
	old := v.Direction == Restricts
	// A data protection officer is the author's, no authority.
	text := strings.ReplaceAll(strings.ToLower(c.changedSentencesOf(ch, !old)), "data protection officer", "")
	other := strings.ReplaceAll(strings.ToLower(c.changedSentencesOf(ch, old)), "data protection officer", "")
	authority := func(s string) bool {
		return slices.ContainsFunc(authorityWords, func(w string) bool { return strings.Contains(s, w) })
	}
	if text == "" || !authority(text) || authority(other) || len(sentences(text)) > 2 || len(sentences(other)) > 2 ||
		slices.ContainsFunc(sharingStems, func(s string) bool { return strings.Contains(text, s) }) ||
		slices.ContainsFunc(mechanismStems, func(s string) bool { return strings.Contains(text+" "+other, s) }) {
		return ""
	}
	if h := c.headingText(old); !strings.Contains(text, "complain") && !strings.Contains(strings.ToLower(h), "complain") && !authorityHeading(h) {
		return ""
	}
	return "rights"
}
