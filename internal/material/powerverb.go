package material

import "slices"

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
			out = append(out, c.powerVerbsAfter(ws, i)...)
		case w == "how" && i+2 < len(ws) && ws[i+1] == "to" && powerClass[ws[i+2]] != "":
			// "to learn more about cookies, including how to see which
			// cookies have been set"
			out = append(out, ws[i+2])
		}
	}
	return out
}

// powerVerbsAfter returns the verbs of the powers a permission gives the
// "you" at ws[i]: the verb after it, and each verb of a power joined to
// it by "and" or "or" ("you can review and update your account": two
// powers, b288-39); none if no verb follows it.
func (c *classifier) powerVerbsAfter(ws []string, i int) []string {
	for j := i + 1; j < min(len(ws), i+4); j++ {
		for _, p := range c.ix.forceByFirst[ws[j]] {
			if c.rb.Force[p.class].Class != "permission" || j+len(p.words) > len(ws) || !equalWords(ws[j:j+len(p.words)], p.words) {
				continue
			}
			k := j + len(p.words)
			for k < len(ws) && (powerAdverbs[ws[k]] || ws[k] == "to") {
				k++
			}
			var out []string
			for k < len(ws) && powerClass[ws[k]] != "" {
				out = append(out, ws[k])
				if k+2 >= len(ws) || ws[k+1] != "and" && ws[k+1] != "or" {
					break
				}
				k += 2
			}
			return out
		}
	}
	return nil
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

// samePower returns a test for the verbs of the powers given to the
// reader that the other side says with other verbs of the same rights,
// in the same order ("you can see" → "you can view", "you can review and
// update" → "you can see and change").
func (c *classifier) samePower(fOld, fNew []string) func(string) bool {
	vo, vn := c.powerVerbs(fOld), c.powerVerbs(fNew)
	if verb, _ := powerTakenIn(vo, vn, fOld, fNew); verb != "" {
		// The powers both sides give, said by other verbs, are the
		// same; the one taken or given is read by powerTaken.
		return func(w string) bool { return w != verb && (slices.Contains(vo, w) || slices.Contains(vn, w)) }
	}
	if len(vo) != len(vn) || slices.Equal(vo, vn) {
		return func(string) bool { return false }
	}
	for i := range vo {
		if powerClass[vo[i]] != powerClass[vn[i]] {
			return func(string) bool { return false }
		}
	}
	return func(w string) bool { return slices.Contains(vo, w) || slices.Contains(vn, w) }
}

// powerTaken returns the verb of a power one side gives the reader that
// the other does not give by any verb of its right, where the other side
// gives fewer powers and each of them the first does too: "you can review
// and update your account" → "you can view your account" takes the right
// to rectify (b288-39). It returns the verb, and whether the old side
// gave it (taken) or the new (given).
func (c *classifier) powerTaken(fOld, fNew []string) (verb string, taken bool) {
	return powerTakenIn(c.powerVerbs(fOld), c.powerVerbs(fNew), fOld, fNew)
}

// powerTakenIn is powerTaken on the verbs of the powers each side gives
// (powerVerbs).
func powerTakenIn(vo, vn, fOld, fNew []string) (verb string, taken bool) {
	more, fewer := vo, vn
	if len(vn) > len(vo) {
		more, fewer = vn, vo
	}
	if len(fewer) == 0 || len(more) == len(fewer) {
		return "", false
	}
	classes := func(vs []string) map[string]bool {
		m := map[string]bool{}
		for _, v := range vs {
			m[powerClass[v]] = true
		}
		return m
	}
	cm, cf := classes(more), classes(fewer)
	for k := range cf {
		if !cm[k] {
			return "", false // a right traded, read by powerVerbChanged
		}
	}
	other := fNew
	if len(vn) > len(vo) {
		other = fOld
	}
	for _, v := range more {
		if !cf[powerClass[v]] && !slices.Contains(other, v) {
			// A verb the other side writes, though not after a
			// permission of its own, is still given: "You can change
			// your preferences at any time. or clear cookies" (b161-27).
			return v, len(vo) > len(vn)
		}
	}
	return "", false
}
