package material

import (
	"slices"
	"strings"
)

// controlLabelRE is the label of a link, button or other control of a
// page, written in quotes before the noun that names the control: "the
// “Do Not Sell or Share My Personal Information” link", "the 'Accept all'
// button". Group 1 is the label.
var controlLabelRE = mustPattern(`["“‘]([^"“”‘’\n]{1,80})["”’]\s+(?:link|button|tab|toggle|icon|menu|option|switch|checkbox)s?\b`)

// controlRelabelled reports two texts that differ only in the quoted
// labels of their links, buttons and other controls: "opt out by clicking
// the “Do Not Sell or Share My Personal Information” link on the footer"
// → "… the ‘Your Privacy Choices’ link on the footer". It returns the
// first label that changed, as each side writes it. What the reader
// does, where, and to what end is said outside the label; the words on
// the control name it. A label traded for its opposite ("Accept all" →
// "Reject all", "Opt Out" → "Opt In"), one that only gains or loses a
// "not" or other small words, and one that names another party ("Google"
// → "Facebook") say another control, and are left to the other rules.
// quotesLabel is strings.ContainsAny(s, "\"“‘"), each mark found by its
// bytes: ContainsAny decodes every character when a mark is beyond ASCII.
func quotesLabel(s string) bool {
	return strings.Contains(s, `"`) || strings.Contains(s, "“") || strings.Contains(s, "‘")
}

func (c *classifier) controlRelabelled(old, new string) (from, to string, ok bool) {
	// Most paragraphs quote nothing: a byte scan before the pattern.
	if !quotesLabel(old) || !quotesLabel(new) || !namesControl(old) || !namesControl(new) {
		return "", "", false
	}
	mo, mn := controlLabelRE.FindAllStringSubmatchIndex(old, -1), controlLabelRE.FindAllStringSubmatchIndex(new, -1)
	if len(mo) == 0 || len(mo) != len(mn) {
		return "", "", false
	}
	for i := range mo {
		lo, ln := old[mo[i][2]:mo[i][3]], new[mn[i][2]:mn[i][3]]
		fo, fn := c.ix.fold(lo), c.ix.fold(ln)
		if equalWords(fo, fn) {
			continue
		}
		removed, added := diffWords(fo, fn)
		if len(c.content(removed)) == 0 || len(c.content(added)) == 0 || c.oppositeIn(removed, added, fo, fn) != "" {
			return "", "", false
		}
		if from == "" {
			from, to = lo, ln
		}
	}
	if from == "" {
		return "", "", false
	}
	blank := func(s string, ms [][]int) string {
		labels := make([][2]int, len(ms))
		for i, m := range ms {
			labels[i] = [2]int{m[2], m[3]}
		}
		return replaceSpans(s, labels, "label")
	}
	if !equalWords(c.ix.fold(blank(old, mo)), c.ix.fold(blank(new, mn))) {
		return "", "", false
	}
	eo, en := c.entities(old), c.entities(new)
	slices.Sort(eo)
	slices.Sort(en)
	return from, to, slices.Equal(eo, en)
}

// namesControl is a cheap test for what controlLabelRE finds: a closing
// quote, spaces, and a noun of a control.
func namesControl(s string) bool {
	for i := 0; i < len(s); i++ {
		var q int // the length of a closing quote at i
		switch {
		case s[i] == '"':
			q = 1
		case strings.HasPrefix(s[i:], "”") || strings.HasPrefix(s[i:], "’"):
			q = len("”")
		default:
			continue
		}
		j := i + q
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n') {
			j++
		}
		if j == i+q {
			continue
		}
		for _, w := range [...]string{"link", "button", "tab", "toggle", "icon", "menu", "option", "switch", "checkbox"} {
			if strings.HasPrefix(s[j:], w) {
				return true
			}
		}
	}
	return false
}
