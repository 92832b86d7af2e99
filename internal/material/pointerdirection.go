package material

import (
	"strings"
)

// A pointer within the text keeps its direction when the number of the
// section it points to is dropped or put in: "a summary of the types of
// cookies we use in Section 2.2 below" → "… we use below" (b52-21). It
// says where more is said, not what; the reader is still sent below.

// numberedPointerRE matches a numbered part of the text and the direction
// it lies in: "in Section 2.2 below", "Clause 4(b) above".
var numberedPointerRE = mustPattern(`(?i)\b(section|clause|paragraph|part|chapter|article)\s+[0-9][0-9.]*(?:\([a-z0-9]+\))?\s+(below|above)\b`)

// pointerDirection returns a test for the noun of a numbered part of the
// text ("section") written on one side only, where the other side still
// points the same way ("below").
func pointerDirection(old, new string) func(string) bool {
	asked, found := false, false
	return func(w string) bool {
		if !partNouns[w] {
			return false
		}
		if !asked {
			asked, found = true, pointsAlike(old, new)
		}
		return found
	}
}

// pointsAlike reports a numbered pointer on one side whose direction the
// other side writes (see pointerDirection).
func pointsAlike(old, new string) bool {
	lo, ln := strings.ToLower(old), strings.ToLower(new)
	for _, side := range [][2]string{{old, ln}, {new, lo}} {
		for _, m := range numberedPointerRE.FindAllStringSubmatch(side[0], -1) {
			if hasWord(side[1], strings.ToLower(m[2])) {
				return true
			}
		}
	}
	// The sentences compared may already write the pointer "in section"
	// ("listed in Clause 7 below" → "listed in section"): the other side
	// still points there by its direction alone.
	dir := func(s string) bool { return hasWord(s, "below") || hasWord(s, "above") }
	return strings.Contains(lo, "in section") && !strings.Contains(ln, "section") && dir(ln) ||
		strings.Contains(ln, "in section") && !strings.Contains(lo, "section") && dir(lo)
}
