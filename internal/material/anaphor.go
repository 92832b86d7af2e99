package material

import "slices"

// A noun after a word that points back ("such functionality", "those
// tools", "these features") names nothing of its own: the thing is the
// one the text named before, and the noun only recalls it. A rewriter who
// recalls it by another noun, or by a pronoun, points back to the same
// thing: "how they use such functionality and what data they submit to
// those tools" → "how they use these features and … the data they put
// into them" (b66-08). What it is was said where it was first named, and a
// change there is judged there.
//
// The words of data, recipients and the other categories are never
// recalled this way: "those partners" for "those providers" may point to
// another party of a list, and what is shared and with whom is compared
// word for word (sameCategories).

// pointers are the determiners that point back to a thing named before.
var pointers = map[string]bool{"such": true, "this": true, "that": true, "these": true, "those": true, "said": true}

// anaphorTraded returns a test for a changed word that stands right after
// a pointer on its side where the other side, too, recalls a thing among
// its changed words: a noun of its own after a pointer, or "it", "they",
// "them". A word some category names, or a name, is never folded.
func (c *classifier) anaphorTraded(old, new, removed, added []string) func(string) bool {
	after := func(ws []string) map[string]bool {
		var m map[string]bool
		for i := 0; i+1 < len(ws); i++ {
			if pointers[ws[i]] && ws[i+1] != "as" {
				if m == nil {
					m = map[string]bool{}
				}
				m[ws[i+1]] = true
			}
		}
		return m
	}
	ao, an := after(old), after(new)
	// A word its side writes more often where nothing points back than
	// the other side does names the thing there, and that is compared:
	// "promotional communications … in those communications" →
	// "promotional emails … in those emails" recalls the emails the
	// sentence newly names (b380-36).
	named := func(ws []string, w string) int {
		n := 0
		for i, v := range ws {
			if v == w && (i == 0 || !pointers[ws[i-1]]) {
				n++
			}
		}
		return n
	}
	onlyRecalled := func(w string) bool { return named(old, w) == named(new, w) }
	recalls := func(changed []string, recalled map[string]bool) bool {
		return slices.ContainsFunc(changed, func(w string) bool {
			return recalled[w] && c.wordTopics(w) == "" || w == "it" || w == "they" || w == "them"
		})
	}
	fromOld, fromNew := recalls(removed, ao), recalls(added, an)
	return func(w string) bool {
		if c.wordTopics(w) != "" || pronouns[w] {
			return false
		}
		return ao[w] && slices.Contains(removed, w) && fromNew && onlyRecalled(w) || an[w] && slices.Contains(added, w) && fromOld && onlyRecalled(w)
	}
}
