package material

import "slices"

// dataItemsAdded reports a change that only puts kinds of data into a
// list of kinds of data: the words added stand between two kinds of data
// the list names ("mailing address, city, country, postal code, billing
// address"), in a frame (the words both sides keep) that names data more
// than anything else, and they are nouns and their modifiers, no act.
// Such an item is a kind of the user's data, whatever its own words name:
// "city, country, postal code" are parts of an address, not a transfer.
// An act added ("and transfer them to our office in India") is no item of
// the list, nor is a word put at the list's end, where what follows may
// be another clause.
func (c *classifier) dataItemsAdded(removed, added, fNew []string) bool {
	if len(c.content(removed)) > 0 || len(c.content(added)) == 0 {
		return false
	}
	i := -1
	for j := 0; j+len(added) <= len(fNew); j++ {
		if equalWords(fNew[j:j+len(added)], added) {
			i = j
			break
		}
	}
	after := i + len(added)
	for after < len(fNew) && (fNew[after] == "and" || fNew[after] == "or") {
		after++ // "…, region and billing address"
	}
	if i < 2 {
		return false
	}
	// The item between two items of data, or last, after an "and" or an
	// "or" that follows one: "name, email address and IP address" →
	// "…, IP address and mobile advertising ID".
	last := after == len(fNew) && i >= 3 && (fNew[i-1] == "and" || fNew[i-1] == "or") && c.names("data", fNew[i-3:i-1])
	if !last && (after+2 > len(fNew) || !c.names("data", fNew[after:after+2]) || !c.names("data", fNew[i-2:i])) {
		return false
	}
	wn := wordNet()
	for _, w := range c.content(added) {
		if e := wn.entries(w); len(e) > 0 && e[0].pos[0] == 'v' {
			return false // an act, not a kind of data
		}
	}
	frame := append(slices.Clone(fNew[:i]), fNew[i+len(added):]...)
	k, hit, _ := c.categorizeAside(frame, nil, nil)
	return hit && k == "data"
}
