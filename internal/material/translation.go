package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A note on the policy's translations says which language's text governs
// where they differ: "This translation is provided for informational
// purposes only. In the event of any discrepancy between the English text
// and this translation, the English version shall prevail" (Coinbase's,
// ota-97 012, read "a limit was added ('only')"); "For residents of
// Brazil, a Portuguese translation of this Privacy Notice is available
// here … the English version shall prevail" (Kraken's, ota-53 029, read
// as a change-notice term for Brazil's residents). It commits to nothing
// about data.

// translationRE names a translation or a language's version; prevailRE
// says which text governs.
var (
	translationRE = mustPattern(`(?i)\btranslat(?:ion|ions|ed)\b|\b(?:english|french|german|spanish|portuguese|italian|dutch|chinese|japanese|korean)\s+(?:version|text|language)\b`)
	prevailRE     = mustPattern(`(?i)\b(?:shall|will|should)\s+(?:prevail|govern|control|take precedence)\b|\b(?:prevails|governs|controls|takes precedence)\b`)
)

// dataDoneWords name personal data or what is done with it: a note on
// translations that writes one says more than which text governs.
var dataDoneWords = newFoldList("personal", "data", "collect", "share", "store", "process", "disclose", "sell", "retain", "transfer")

// translationChange returns the text a change put in or took out, alone or
// as lines put in a block (an item put in a list), when it is a
// translation note (translationNote).
func translationChange(ch redline.Change) (string, bool) {
	note := ch.New
	if ch.Kind == redline.Delete {
		note = ch.Old
	}
	if !containsFold(note, "translat") && !containsFold(note, "version") {
		return "", false // the cheap test first: most changes name neither
	}
	if ch.Kind == redline.Replace && !linesOnlyAdded(ch.Old, ch.New, &note) || ch.Kind == redline.Move {
		return "", false
	}
	return note, translationNote(note)
}

// translationNote reports a block, put in or taken out, that only says
// which language's text governs: each of its sentences names a
// translation or a language's version, or which governs, and one of them
// says which governs. A block longer than a note, or naming personal data
// or what is done with it, is not one.
func translationNote(block string) bool {
	if len(block) > 600 || !prevailRE.MatchString(block) || !translationRE.MatchString(block) || dataDoneWords.in(block) {
		return false
	}
	for _, s := range sentences(stripMarkdown(block)) {
		if strings.TrimSpace(s) != "" && !translationRE.MatchString(s) && !prevailRE.MatchString(s) {
			return false
		}
	}
	return true
}

// linesOnlyAdded reports new that is old with lines put in, and sets
// *added to those lines; an item put in a list is one.
func linesOnlyAdded(old, new string, added *string) bool {
	have := map[string]int{}
	for l := range strings.Lines(old) {
		if t := strings.TrimSpace(l); t != "" {
			have[t]++
		}
	}
	var b strings.Builder
	for l := range strings.Lines(new) {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
		case have[t] > 0:
			have[t]--
		default:
			b.WriteString(t)
			b.WriteByte('\n')
		}
	}
	for _, n := range have {
		if n > 0 {
			return false
		}
	}
	*added = b.String()
	return *added != ""
}
