package material

import (
	"strings"
	"unicode/utf8"
)

// A brand-voice text announces what follows: "Here's what you need to
// know.", "Here's why it matters: we use …", "Here's what happens:",
// "Here's how it works:". Such a sentence points at the sentences or the
// list after it and says nothing of its own: it commits to nothing, and
// put in or taken out, what follows commits to what it did. It is read
// as questionLead reads a question put before a sentence (questionlead.go):
// only "here is" (here's, here are) with an interrogative word, what the
// reader is pointed to, and only where it names nothing that the rest of
// the paragraph or the other version does not (no figure, no name, no
// term of the rulebook): "Here's what we share with Zendesk:" names a
// recipient and is judged as written. The list it announces is judged
// item by item as ever: a new item is a new item. An announcement changed
// on both sides, or put in on one and taken out on the other, is compared
// as written.

// announcementRE matches "here is" and an interrogative word, to the end
// of its clause (a colon or the end of the sentence).
var announcementRE = mustPattern(`(?i)\bhere(?:'s|’s|\s+is|\s+are)\s+(?:what|why|how|when|where|who|which)\b[^.!?:;\n]*[.!?:]`)

// announcementLead returns the announcements put in (or taken out) and
// the two texts without them; "" and the texts as they are when the change
// puts in none.
func (c *classifier) announcementLead(old, new string) (a, o, n string) {
	if !containsFoldedHere(old) && !containsFoldedHere(new) {
		return "", old, new
	}
	o, removed := c.plainAnnouncements(old, new)
	n, added := c.plainAnnouncements(new, old)
	if len(removed) == 0 && len(added) == 0 || len(removed) > 0 && len(added) > 0 {
		return "", old, new
	}
	return strings.Join(append(removed, added...), " "), o, n
}

func containsFoldedHere(s string) bool {
	return strings.Contains(s, "ere") && announcementRE.MatchString(s)
}

// plainAnnouncements returns text without each announcement other does
// not hold that opens a sentence or follows a dash, and names nothing the
// rest of text or other does not; and those announcements.
func (c *classifier) plainAnnouncements(text, other string) (plain string, found []string) {
	plain = text
	for from := 0; from < len(plain); {
		loc := announcementRE.FindStringIndex(plain[from:])
		if loc == nil {
			return plain, found
		}
		start, end := from+loc[0], from+loc[1]
		a := plain[start:end]
		before := strings.TrimRight(plain[:start], " ")
		last, _ := utf8.DecodeLastRuneInString(before)
		opens := before == "" || strings.ContainsRune(".!?:-–—", last)
		rest := plain[:start] + " " + plain[end:]
		if !opens || strings.Contains(other, a) || !c.announcesNothing(a, rest+" "+other) {
			from = end
			continue
		}
		found = append(found, strings.TrimSpace(a))
		tail := strings.TrimLeft(plain[end:], " ")
		if before != "" && strings.TrimSpace(tail) == "" {
			// A closing announcement: the sentence before ends the text.
			plain = strings.TrimRight(plain[:start], " ")
		} else if before != "" && tail != "" {
			plain = plain[:start] + tail
		} else {
			plain = tail
		}
		from = start
	}
	return plain, found
}

// announcesNothing reports text that names nothing context does not: no
// figure, no address, no name, and no term of the rulebook context does
// not write (as leadQuestion asks of a question).
func (c *classifier) announcesNothing(text, context string) bool {
	if strings.ContainsAny(text, "0123456789@()[]\"“”") || strings.Contains(text, "://") || strings.Contains(text, "www.") {
		return false
	}
	if len(c.entities("here"+text[len("here"):])) > 0 {
		return false // a name; "Here" itself, capitalised, opens a sentence
	}
	return c.termsWrittenIn(text, context)
}
