package material

// Two words written as one ("user name" → "username") are the same word
// beside other changes too, not only where nothing else changed (b76-13,
// "your user name and chosen password" → "your username and the password
// you choose"). A word of force is never joined: "may be" is not
// "maybe", nor "any one" "anyone".

// joinCompounds returns folded words a and b with each pair of adjacent
// words of one side written as the one word the other side has in their
// place (among the words removed and added); a and b themselves when
// there is none.
func (c *classifier) joinCompounds(a, b, removed, added []string) ([]string, []string) {
	if len(removed) == 0 || len(added) == 0 {
		return a, b
	}
	a = c.joinedFrom(a, removed, added)
	b = c.joinedFrom(b, added, removed)
	return a, b
}

// joinedFrom returns ws with each two adjacent words of gone written as
// one word of put, where that word is theirs joined.
func (c *classifier) joinedFrom(ws, gone, put []string) []string {
	if len(gone) < 2 {
		return ws
	}
	joined := map[string]bool{}
	for i := 0; i+1 < len(gone); i++ {
		x, y := gone[i], gone[i+1]
		if c.ix.forceWord[x] || c.ix.forceWord[y] {
			continue
		}
		for _, p := range put {
			if len(p) == len(x)+len(y) && p[:len(x)] == x && p[len(x):] == y {
				joined[p] = true
			}
		}
	}
	if len(joined) == 0 {
		return ws
	}
	return replaceRuns(ws, func(ws []string, i int) (int, []string) {
		if i+1 < len(ws) && joined[ws[i]+ws[i+1]] {
			return 2, []string{ws[i] + ws[i+1]}
		}
		return 0, nil
	})
}
