package material

// versionRedated reports a date alone changed in a short line that dates
// a version of the document, however the version is qualified: "Previous
// version: 28 May 2025" → "Previous version: 29 July 2025", "Current
// version effective 1 March 2024". dateRevised takes "version" only after
// "last"; a line that names a version and gives it a calendar date (a
// month on each side, the rest numbers and grammar) dates the document,
// and commits to nothing. A date in a line about anything else ("Deletion
// date: 28 May 2025", "kept until 28 May 2025") is not read so, nor is a
// version number without a month ("App version: 2.1" → "2.2").
func (c *classifier) versionRedated(removed, added, words []string) bool {
	if len(words) > maxVersionLine || len(removed) == 0 || len(added) == 0 {
		return false
	}
	version := false
	for _, w := range words {
		if c.ix.unit[w] || c.ix.termWord[w] {
			return false // "kept for 30 days", "deletion date"
		}
		version = version || w == "version"
	}
	if !version || !hasMonth(removed) || !hasMonth(added) {
		return false
	}
	for _, ws := range [][]string{removed, added} {
		for _, w := range ws {
			if !isNumber(w) && !months[w] && !c.ix.grammar[w] {
				return false
			}
		}
	}
	return true
}

// maxVersionLine is the most words of a line versionRedated reads as a
// version's date line: a label, a qualifier and a date.
const maxVersionLine = 8

func hasMonth(ws []string) bool {
	for _, w := range ws {
		if months[w] {
			return true
		}
	}
	return false
}
