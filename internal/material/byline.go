package material

import "strings"

// bylineAuthor reports a person's name that text writes after "by" in a
// line saying who wrote or last changed the page: "Latest update on
// Thursday 3 February 2022 by Natalia Kudryavtseva" (b47-11, b47-16),
// "Written by David Webb". A byline names the page's editor, who receives
// no one's data; "processed by Anna Berg Consulting" is no byline.
func bylineAuthor(text, e string) bool {
	if !personName(e) {
		return false
	}
	found := false
	for line := range occurrences(text, e) {
		if j := strings.LastIndexByte(line, '\n'); j >= 0 {
			line = line[j+1:]
		}
		ws := strings.Fields(strings.ToLower(stripMarkdown(line)))
		if len(ws) == 0 || ws[len(ws)-1] != "by" {
			return false
		}
		edited := false
		for _, w := range ws[:len(ws)-1] {
			edited = edited || bylineWords[strings.Trim(w, ".,:;()*_")]
		}
		if !edited {
			return false
		}
		found = true
	}
	return found
}

// bylineWords say that a page was written or changed, in the line before
// "by" and its author's name.
var bylineWords = map[string]bool{"update": true, "updated": true, "modified": true, "modification": true, "written": true,
	"posted": true, "edited": true, "published": true, "revised": true, "revision": true, "reviewed": true, "authored": true,
	"edit": true, "change": true, "changed": true, "contributed": true, "maintained": true}
