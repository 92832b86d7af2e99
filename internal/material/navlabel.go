package material

import "strings"

// A page's navigation captured with its text: ChatGPT's privacy policy
// lost its "Table of contents" line and read "To confirm: the rules cannot
// tell whether 'table', 'contents' changes a commitment" (ota-40 042).
// A block that is only such a label, as a line, a heading or a list item,
// says nothing of the policy.

// navigationLabels are the labels of a page's navigation, in lower case.
var navigationLabels = map[string]bool{"table of contents": true, "contents": true, "on this page": true, "in this article": true,
	"in this section": true, "jump to section": true, "jump to": true, "skip to content": true, "skip to main content": true,
	"back to top": true, "return to top": true, "top of page": true}

// navigationLabel reports a block that is only a navigation label.
func navigationLabel(block string) bool {
	if len(block) > 300 {
		return false // a label, with its mark-up and a link, is a line; most blocks are not read
	}
	t := strings.ToLower(strings.Join(strings.Fields(stripMarkdown(block)), " "))
	t = strings.Trim(t, "#*-_:. ↑")
	return navigationLabels[t]
}

// counterRE is the counter of a page's tabs or slides, as the page's
// script writes it: "tab 1 of 0", "tab NaN of 0" before the script ran
// (Vodafone Ireland's, ota-74 035, read "a number without a unit
// changed").
var counterRE = mustPattern(`(?i)^\s*(?:tab|slide|page|step|item|image|card)\s+(?:\d+|nan)\s+of\s+(?:\d+|nan)\s*$`)

// counterLine reports a block that is only such a counter.
func counterLine(block string) bool {
	return len(block) < 40 && counterRE.MatchString(block)
}
