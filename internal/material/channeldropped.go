package material

import "strings"

// A way to exercise a right or a choice dropped from the ways a sentence
// gives is a right narrowed: "You can withdraw consent at any time using
// our cookie consent banner, the preference center in your dashboard, or
// by contacting us" → "… using our cookie consent banner or the
// preference center in your dashboard" (b104-23, read "Same commitments,
// reworded": "contact" is the mark a masked address leaves, and no word
// of content was left to compare). A way put in is left to the other
// rules: it narrows nothing.

// channelRE finds a way of reaching the author given as a means.
var channelRE = mustPattern(`(?i)\bby\s+(?:contacting|emailing|e-mailing|writing\s+to|calling|phoning|messaging|texting)\b`)

// exerciseRE finds what a reader does with a right or a choice.
var exerciseRE = mustPattern(`(?i)\b(?:withdraw|opt[\s-]out|unsubscribe|exercise|object|request|delete|access|correct|update|change)\w*`)

// channelDropped returns the way the old side gives that the new side
// does not, in a sentence about doing something with a right or a choice.
func channelDropped(old, new string) string {
	ways := channelRE.FindAllStringIndex(old, -1)
	if len(ways) == 0 || len(ways) <= len(channelRE.FindAllStringIndex(new, -1)) || !exerciseRE.MatchString(old) {
		return ""
	}
	for _, m := range ways {
		end := m[1]
		if k := strings.IndexAny(old[end:], ".,;:"); k >= 0 {
			end += k
		} else {
			end = len(old)
		}
		way := strings.TrimSpace(old[m[0]:end])
		// The way said as a command is kept: "or by contacting us" →
		// "or contact us".
		verb := strings.Fields(strings.ToLower(old[m[0]:m[1]]))[1]
		stem := strings.TrimSuffix(strings.TrimSuffix(verb, "ing"), "e")
		if !strings.Contains(new, way) && !strings.Contains(strings.ToLower(new), stem) {
			return way
		}
	}
	return ""
}
