package material

// placeOpened reports a place the data is in or handled at, said by
// pointing back to a place named ("stored in Ireland and processed
// there"), traded for one open to any other ("processed elsewhere",
// "anywhere", "abroad"), or the reverse: where the data goes is now any
// place, or now only the one named (a miss found in no labelled set:
// "Same commitments, reworded"; the words are ordinary, no category's).
// old and new are the changed sentences' words as written, lower case.
func placeOpened(old, new []string) bool {
	removed, added := diffWords(old, new)
	has := func(ws []string, set map[string]bool) bool {
		for _, w := range ws {
			if set[w] {
				return true
			}
		}
		return false
	}
	return has(removed, namedPlaceWords) && has(added, openPlaceWords) || has(removed, openPlaceWords) && has(added, namedPlaceWords)
}

// namedPlaceWords point back to a place the text names, or keep to it.
var namedPlaceWords = map[string]bool{"there": true, "here": true, "locally": true, "domestically": true, "onshore": true}

// openPlaceWords open the place to any other.
var openPlaceWords = map[string]bool{"elsewhere": true, "anywhere": true, "abroad": true, "overseas": true,
	"internationally": true, "everywhere": true, "offshore": true, "worldwide": true}

// opensReach reports a word that opens a place to any other, or says the
// reach is the world's ("global"), added to the sentence: "(Global): …
// EU Points of Presence" → "(Global): … global Points of Presence" adds
// one, though the row's name says "Global" on both sides.
func opensReach(old, new string) bool {
	_, added := diffWords(plainWords(old), plainWords(new))
	for _, w := range added {
		if openPlaceWords[w] || w == "global" || w == "globally" {
			return true
		}
	}
	return false
}
