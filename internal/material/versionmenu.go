package material

import "strings"

// A page's menu of its earlier versions, captured as text: "View archived
// versions: Select date May 20, 2020 March 17, 2020 December 10, 2019 …"
// (Chrome's, ota-121 003, read "Retention and deletion: a number added").
// A line of dates under a label that names versions or an archive lists
// where the old texts are; it commits to nothing.

// menuDateRE is a date as such menus write it.
var menuDateRE = mustPattern(`(?i)\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})\b`)

// versionMenuLabelRE is the label of such a menu.
var versionMenuLabelRE = mustPattern(`(?i)\b(?:versions?|archived?|archives|select\s+(?:a\s+)?date)\b`)

// versionMenu reports a block that is such a menu: three dates or more,
// and beside them at most eight words, naming versions or an archive. A
// block without three "19" or "20" in it, as most are, is passed over
// before any expression runs.
func versionMenu(s string) bool {
	if len(s) > 4096 || strings.Count(s, "\n") > 2 || strings.Count(s, "20")+strings.Count(s, "19") < 3 || !versionMenuLabelRE.MatchString(s) {
		return false
	}
	dates := menuDateRE.FindAllStringIndex(s, -1)
	if len(dates) < 3 {
		return false
	}
	rest := menuDateRE.ReplaceAllString(s, " ")
	return len(rawWords(stripMarkdown(rest))) <= 8
}
