package material

// placeVerbs are the verbs that say where data go or are: "transferred to
// the United States", "stored in the EU", "processed in Ireland". (Folded:
// "stored" is "kept".)
var placeVerbs = map[string]bool{"transferred": true, "transmitted": true, "sent": true, "moved": true, "kept": true,
	"processed": true, "hosted": true, "held": true, "maintained": true, "located": true}

// placePreps are the prepositions that join a place verb to its place.
var placePreps = map[string]bool{"to": true, "in": true, "within": true}

// conjoinedPlace returns ws, folded words, with a place verb conjoined to
// another before the same place ("transferred to and stored in the United
// States", "processed and stored in the EU") cut to the verb and
// preposition the other side (other) writes ("transferred to the United
// States"): the data go to, and are in, the same place; moving data there
// keeps them there. The place itself is compared as written, so another
// country still counts, and only verbs of where data are join: "transferred
// to and shared with" is not one ("shared" is no place verb), nor is "sold
// in". ws is not changed.
func conjoinedPlace(ws, other []string) []string {
	for i := 0; i+3 < len(ws); i++ {
		if !placeVerbs[ws[i]] {
			continue
		}
		j := i + 1
		p1 := ""
		if placePreps[ws[j]] {
			p1 = ws[j]
			j++
		}
		if j+2 >= len(ws) || ws[j] != "and" || !placeVerbs[ws[j+1]] || ws[j+1] == ws[i] || !placePreps[ws[j+2]] {
			continue
		}
		v2, p2 := ws[j+1], ws[j+2]
		// the form the other side writes, of the two verbs
		for _, kept := range [][]string{{ws[i], p1}, {ws[i], p2}, {v2, p2}} {
			if kept[1] == "" || !hasSeq(other, kept) || hasSeq(other, []string{"and", v2}) {
				continue
			}
			out := append(append(append([]string{}, ws[:i]...), kept...), ws[j+3:]...)
			return out
		}
	}
	return ws
}
