package material

// powerClass files the verbs a policy gives the reader power with ("you
// can see the data we hold", "you may delete your account") by the right
// of GDPR Arts. 15 to 21 each one exercises. Two verbs of one right are
// the same power said another way ("see" → "view"); a verb of another
// right is another power ("see" → "edit": to look at the data became to
// change it). WordNet does not tell these apart: it files "see" and
// "view" under no common sense, and "edit" under none of "see"'s.
var powerClass = map[string]string{
	"see": "access", "view": "access", "access": "access", "review": "access", "inspect": "access",
	"consult": "access", "read": "access", "obtain": "access", "check": "access",
	"edit": "rectification", "correct": "rectification", "update": "rectification", "change": "rectification",
	"amend": "rectification", "modify": "rectification", "fix": "rectification", "rectify": "rectification",
	"delete": "erasure", "erase": "erasure", "remove": "erasure", "destroy": "erasure", "clear": "erasure",
	"download": "portability", "export": "portability", "port": "portability",
	"restrict": "restriction", "limit": "restriction", "pause": "restriction", "suspend": "restriction",
	"object": "objection", "opt": "objection", "unsubscribe": "objection", "refuse": "objection",
	"decline": "objection", "withdraw": "objection", "disable": "objection",
}

// powerAdverbs may stand between a permission and its verb: "you can also
// see", "you may easily delete".
var powerAdverbs = map[string]bool{"also": true, "easily": true, "still": true, "then": true, "always": true, "directly": true, "yourself": true}

// powerVerbs returns the verb of each power a text, folded, gives the
// reader: "you" and, within three words, a permission ("you may", "you
// have the right to"), then the verb; or the verb after "how to" ("how to
// see which cookies have been set").
func (c *classifier) powerVerbs(ws []string) []string {
	var out []string
	for i, w := range ws {
		switch {
		case w == "you":
			if v := c.powerVerbAfter(ws, i); v != "" {
				out = append(out, v)
			}
		case w == "how" && i+2 < len(ws) && ws[i+1] == "to" && powerClass[ws[i+2]] != "":
			// "to learn more about cookies, including how to see which
			// cookies have been set"
			out = append(out, ws[i+2])
		}
	}
	return out
}

// powerVerbAfter returns the verb of the power a permission gives the
// "you" at ws[i], "" if none follows it.
func (c *classifier) powerVerbAfter(ws []string, i int) string {
	for j := i + 1; j < min(len(ws), i+4); j++ {
		for _, p := range c.ix.forceByFirst[ws[j]] {
			if c.rb.Force[p.class].Class != "permission" || j+len(p.words) > len(ws) || !equalWords(ws[j:j+len(p.words)], p.words) {
				continue
			}
			k := j + len(p.words)
			for k < len(ws) && (powerAdverbs[ws[k]] || ws[k] == "to") {
				k++
			}
			if k < len(ws) && powerClass[ws[k]] != "" {
				return ws[k]
			}
			return ""
		}
	}
	return ""
}

// powerVerbChanged returns the one verb of a power given to the reader
// that another replaced, each with its right, when the two sides give the
// same number of powers and only that verb differs.
func (c *classifier) powerVerbChanged(fOld, fNew []string) (from, to string) {
	vo, vn := c.powerVerbs(fOld), c.powerVerbs(fNew)
	if len(vo) != len(vn) {
		return "", ""
	}
	for i := range vo {
		if vo[i] == vn[i] {
			continue
		}
		if from != "" {
			return "", "" // two powers changed: read by the other rules
		}
		from, to = vo[i], vn[i]
	}
	return from, to
}

// samePower returns a test for the verb of a power given to the reader
// that the other side says with another verb of the same right ("you can
// see" → "you can view").
func (c *classifier) samePower(fOld, fNew []string) func(string) bool {
	from, to := c.powerVerbChanged(fOld, fNew)
	if from == "" || powerClass[from] != powerClass[to] {
		return func(string) bool { return false }
	}
	return func(w string) bool { return w == from || w == to }
}
