package material

import "slices"

// ordinaryPhrase returns the words of a change that the rules would call
// the same commitment only because WordNet finds them ordinary English: a
// phrase of two or more words after a preposition, added or removed and
// nothing else ("on your dashboard" → "on your dashboard on paid plans"),
// which says for which ones or when. Such a change is left to the
// fallback: material, to confirm. It returns nil where the words were
// paired or where the change is of another shape.
func (c *classifier) ordinaryPhrase(uo, ua, old, new []string) []string {
	switch {
	case len(uo) == 0 && len(ua) >= 2:
		return c.phraseAdded(new, ua)
	case len(ua) == 0 && len(uo) >= 2:
		return c.phraseAdded(old, uo)
	}
	return nil
}

// phraseAdded returns words, the content words ws has and the other side
// lacks, when they stand together after a preposition of ws ("on paid
// plans"), with only grammar between them.
func (c *classifier) phraseAdded(ws, words []string) []string {
	wn := wordNet()
	for _, w := range words {
		if len(w) < 3 || len(wn.entries(w)) == 0 {
			return nil // a name ("Outbrain DSP"), a place's initials ("EU-U.S."): other rules' to judge
		}
	}
	first := slices.Index(ws, words[0])
	if first < 1 || !phrasePrepositions[ws[first-1]] && !(first > 1 && phrasePrepositions[ws[first-2]] && c.ix.grammar[ws[first-1]]) {
		return nil
	}
	k := first
	for _, w := range words[1:] {
		at := slices.Index(ws[k+1:], w)
		if at < 0 || at > 2 {
			return nil
		}
		for _, g := range ws[k+1 : k+1+at] {
			if !c.ix.grammar[g] {
				return nil
			}
		}
		k += 1 + at
	}
	return words
}

// phrasePrepositions open a phrase that says which ones or when.
var phrasePrepositions = map[string]bool{"on": true, "for": true, "in": true, "under": true, "within": true, "with": true, "at": true,
	"from": true, "during": true, "after": true, "before": true, "outside": true, "inside": true, "through": true}
