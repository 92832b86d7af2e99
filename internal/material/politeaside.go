package material

import "strings"

// "Please note that" asks the reader to notice what follows; it commits
// to nothing. Dropped beside another rewording ("Please note that should
// you choose to decline cookies, you may be unable to access particular
// areas" → "If you decline cookies, you may be unable to access parts",
// b330-16) it was read as an unknown word ("mind", as "note" folds to
// "bear in mind") and sent to a reviewer, though each rewording alone was
// the same commitments. Set aside, the rest is judged alone.

// politeLeadRE is a request to the reader that opens a sentence.
var politeLeadRE = mustPattern(`(?i)(^|[.!?:]\s+|\n\s*)please\s+(?:note|be\s+aware|remember|bear\s+in\s+mind|keep\s+in\s+mind|understand|be\s+advised|know)\s+that\s+`)

// politeOut returns old and new without the requests to the reader that
// open a sentence, where one side has more of them, and the words set
// aside; what is "" where there are none to set aside.
func politeOut(old, new string) (o, n, what string) {
	mo, mn := politeLeadRE.FindAllString(old, -1), politeLeadRE.FindAllString(new, -1)
	if len(mo) == len(mn) {
		return old, new, ""
	}
	var set []string
	for _, m := range append(mo, mn...) {
		set = append(set, "'"+strings.TrimSpace(strings.TrimLeft(m, ".!?:"))+"'")
	}
	strip := func(s string) string { return politeLeadRE.ReplaceAllString(s, "${1}") }
	return strip(old), strip(new), strings.Join(set, ", ")
}
