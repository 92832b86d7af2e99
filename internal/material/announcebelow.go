package material

import (
	"strings"
)

// A sentence that only announces what the text below says ("Below we
// describe the ways in which we may use cookies", "The table below sets
// out the cookies we use") commits to nothing itself: what it announces is
// said, and judged, where it is said. Reworded, its modal ("may use" →
// "use") binds no one (b52-36). A sentence that says more than what
// follows, or a second sentence beside it, is still read.

// announceBelowRE matches a sentence that announces the text after it.
var announceBelowRE = mustPattern(`(?i)^\W*(?:below,?\s+(?:we|you will|you'll|you can)|(?:this section|the (?:table|list|sections?) below|the following(?: table| list| sections?)?)(?:\s+(?:we|will))?)\s+(?:\w+\s+){0,2}?(?:describe|describes|explain|explains|set out|sets out|outline|outlines|list|lists|summari[sz]e|summari[sz]es|find|see)\b[^.;:!?]*[.:]?\s*$`)

// announcesBelow reports text that is one sentence announcing what the
// text below says (announceBelowRE).
func announcesBelow(text string) bool {
	s := strings.TrimSpace(stripMarkdown(text))
	return s != "" && announceBelowRE.MatchString(s)
}
