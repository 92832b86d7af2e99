package material

// authorJoined reports an item, item (folded), joined by "and" to the
// author where the author is who acts: "We use" → "We and our partners
// use", "Linear will be the controller" → "Linear and its affiliates will
// be the controllers". The parties added (or removed) beside the author do
// what the sentence says the author does: they are recipients of the data,
// or, where the sentence says who the controller is, controllers with it
// (see authorJoinedCategory). The item is a possessive of the author's
// ("our", "its") and a noun of a group or of persons (WordNet), at most
// four words, right after "we … and" or a name and "and" in side.
func authorJoined(item, side []string) bool {
	if len(item) < 2 || len(item) > 4 {
		return false
	}
	if item[0] == "and" {
		item = item[1:]
	}
	if len(item) < 2 || item[0] != "our" && item[0] != "its" {
		return false
	}
	e := wordNet().entries(item[len(item)-1])
	if len(e) == 0 || e[0].pos[0] != 'n' || e[0].lexfile != 14 && e[0].lexfile != 18 {
		return false
	}
	for i := 1; i+len(item) < len(side); i++ {
		if side[i] != "and" || side[i+1] != item[0] || !equalWords(side[i+1:i+1+len(item)], item) {
			continue
		}
		subj := side[i-1]
		if item[0] == "our" && subj == "we" || item[0] == "its" && subj != "we" && (i == 1 || side[i-2] != "of" && side[i-2] != "with" && side[i-2] != "to") {
			return true
		}
	}
	return false
}

// authorJoinedCategory is the category of parties joined to the author
// (authorJoined): identity where the sentence names the controller's role,
// else recipients.
func authorJoinedCategory(old, new []string) string {
	for _, side := range [2][]string{old, new} {
		for _, w := range side {
			if w == "controller" || w == "controllers" || w == "processor" || w == "processors" {
				return "identity"
			}
		}
	}
	return "recipients"
}
