package material

// A pointer to a part of the policy may say where the part stands before
// or after it, and introduce the part's title with a word: "described
// below in the section titled “Access and Control”" points where
// "described in the “Access and control” section below" does. Only where
// nothing but such pointers changed is the change called so
// (pointersOnlyReworded): samePlaces, which every comparison reads, keeps
// the titles that the words around a pointer are categorised by.

// pointedPlaceWideRE is pointedPlaceRE with the pointer's position before
// "in" ("described below in") and a word introducing the title ("the
// section titled “…”").
var pointedPlaceWideRE = mustPattern(`(?i)\b(?:(see\s+)|((?:given|set out|listed|described|explained|found|shown|detailed)\s+)(?:(?:below|above)\s+)?((?:in|under)\s+))(?:the\s+)?(?:(?:section|chapter|paragraph|clause)\s+(?:(?:titled|entitled|called|named|headed)\s+)?(?:\d+(?:\.\d+)*\b|"[^"]*"|“[^”]*”)|"[^"]*"|“[^”]*”)(?:\s+(?:section|below|above)\b)*`)

// pointersOnlyReworded reports that old and new, each with every place a
// pointer points to written as one word, fold to the same words, where
// they did not before.
func (c *classifier) pointersOnlyReworded(old, new string) bool {
	if !pointsHint(old) && !pointsHint(new) || !mayPoint(old) || !mayPoint(new) {
		return false
	}
	wo := pointedPlaceWideRE.ReplaceAllString(old, "${1}${2}${3}section")
	wn := pointedPlaceWideRE.ReplaceAllString(new, "${1}${2}${3}section")
	return (wo != old || wn != new) && equalWords(c.ix.fold(wo), c.ix.fold(wn))
}
