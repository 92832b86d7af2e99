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
	for _, text := range []string{ch.Old, ch.New} {
		for _, line := range strings.Split(text, "\n") {
			if strings.TrimSpace(line) != "" && !changeLogEntryRE.MatchString(line) {
				return false
			}
		}
	}
	return true
}
