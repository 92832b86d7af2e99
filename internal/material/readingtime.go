package material

import "strings"

// withoutReadingTime returns s without the reading time a blog or help
// page prints beside its dates ("Updated on Jul 16, 2024 · 23 min read"),
// and with a year parted from what the capture glued to it: "Published on
// May 9, 2024Updated on Jul 16, 202423 min read" (OKX's policy, ota-131
// 003; its law enforcement guidelines, ota-177 016) is two dates and a
// reading time, which commit to nothing.
func withoutReadingTime(s string) string {
	read := strings.Contains(s, " read")
	if !read && !yearGlued(s) {
		return s
	}
	s = gluedYearRE.ReplaceAllString(s, "$1 $2")
	if read {
		s = strings.TrimSpace(readingTimeRE.ReplaceAllString(s, " "))
	}
	return s
}

// yearGlued reports four digits with a capital letter right after them,
// the cheap sign of gluedYearRE.
func yearGlued(s string) bool {
	for i := 4; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' && isDigitByte(s[i-1]) && isDigitByte(s[i-2]) && isDigitByte(s[i-3]) && isDigitByte(s[i-4]) {
			return true
		}
	}
	return false
}

// isDigitByte reports an ASCII digit.
func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// gluedYearRE is a year with the next words glued to it: a capitalised
// word ("2024Updated") or a reading time's minutes ("202423 min read").
var gluedYearRE = mustPattern(`\b((?:19|20)\d\d)([A-Z][a-z]|\d{1,3}\s*(?:min|mins|minutes?)\.?\s+read\b)`)

// readingTimeRE is a reading time, with the dot or bar before it.
var readingTimeRE = mustPattern(`(?i)\s*[·•|–—-]?\s*\b\d{1,3}\s*(?:min|mins|minutes?)\.?\s+read\b`)
