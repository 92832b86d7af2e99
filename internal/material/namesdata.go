package material

import "slices"

// namesData reports folded words that name data or information as such:
// the two nouns every privacy policy calls what it is about.
func namesData(ws []string) bool {
	return slices.Contains(ws, "data") || slices.Contains(ws, "information")
}
