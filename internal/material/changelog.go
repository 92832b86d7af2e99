package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// changeLogEntryRE is a dated entry of a policy's log of its own changes,
// as a list item: "_July 12, 2023_: Add new example of information shared
// with site owners.", "2023-07-12 — Updated the rights section".
var changeLogEntryRE = mustPattern(`(?i)^\s*(?:[-*+]|\d+[.)])?\s*[_*]*\s*(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})\s*[_*]*\s*(?::|–|—|-)\s+\S`)

// changeLogHeading reports the heading of a policy's log of its changes:
// "Change log", "Changelog", "Revision history", "Version history".
func changeLogHeading(h string) bool {
	return containsFold(h, "change log") || containsFold(h, "changelog") ||
		containsFold(h, "revision history") || containsFold(h, "version history") ||
		containsFold(h, "document history") || containsFold(h, "history of changes")
}

// changeLogEntry reports a change that adds, removes or rewords dated
// entries under the heading of the policy's change log. An entry records a
// change made elsewhere in the policy, judged where it is made; the entry
// itself commits to nothing (automattic-033).
func changeLogEntry(ch redline.Change) bool {
	if len(ch.Section) == 0 || !changeLogHeading(ch.Section[len(ch.Section)-1]) {
		return false
	}
	return everyLine(changeLogEntryRE.MatchString, ch.Old, ch.New)
}

// everyLine reports whether every line of the texts that is not blank,
// without its line break, is one ok says yes to: a change made only of
// entries of a log, of items of a list, of lines of figures.
func everyLine(ok func(line string) bool, texts ...string) bool {
	for _, text := range texts {
		for line := range strings.Lines(text) {
			if line = strings.TrimRight(line, "\r\n"); strings.TrimSpace(line) != "" && !ok(line) {
				return false
			}
		}
	}
	return true
}

// A policy may list, under its date, the sections a release changed:
// "**Sections updated in this release:**" over "1. Your Additional
// Rights: Colombia / 2. Your Additional Rights: Taiwan" (IBM's, as
// Cloudant's page carried it, ota-111 001 to 015: six false alarms, the
// sections' names read as places rights are given in, or as text of
// their categories). The list says where the changes are, judged there;
// its entries commit to nothing.

// updatedSectionsLeadRE is the lead-in of such a list.
var updatedSectionsLeadRE = mustPattern(`(?i)\b(?:sections?|parts?)\s+(?:that\s+(?:were|have\s+been)\s+)?(?:updated|changed|amended|revised|modified)\b|\b(?:updated|changed|amended|revised|modified)\s+sections\b|\bwhat(?:'s|’s|\s+has)\s+changed\b`)

// updatedSectionLine reports a line that is an item of ten words at most,
// no sentence. The cheap tests first: most lines of most changes are
// sentences of a paragraph.
func updatedSectionLine(line string) bool {
	t := strings.TrimSpace(line)
	if strings.HasSuffix(t, ".") || !strings.HasPrefix(t, "* ") && !strings.HasPrefix(t, "- ") && numbering.FindStringIndex(t) == nil {
		return false
	}
	return len(rawWords(stripMarkdown(t))) <= 10
}

// updatedSectionsEntry reports a change of entries of such a list: each
// line on each side an updatedSectionLine.
func (c *classifier) updatedSectionsEntry(ch redline.Change) bool {
	if ch.Kind == redline.Move {
		return false
	}
	if !everyLine(updatedSectionLine, ch.Old, ch.New) {
		return false
	}
	lead := c.leadInText()
	return lead != "" && updatedSectionsLeadRE.MatchString(lead)
}
