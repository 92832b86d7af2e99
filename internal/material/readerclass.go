package material

// classNouns name a class of people the reader may belong to.
var classNouns = map[string]bool{"resident": true, "citizen": true, "user": true, "customer": true, "consumer": true,
	"member": true, "subscriber": true, "visitor": true, "individual": true, "person": true, "parent": true, "guardian": true}

// readerAsClass returns a with a condition on who the reader is ("if you
// are a California resident", "if you are a resident of the EEA") put as
// the class the other text b names in its place ("California residents",
// "residents of the EEA"): the same people, addressed as "you" on a
// condition or named as a class. It returns a itself when a has no such
// condition or b does not name the same class.
func readerAsClass(a, b []string) []string {
	for i := 0; i+5 < len(a); i++ {
		if a[i] != "if" || a[i+1] != "you" || a[i+2] != "are" || a[i+3] != "a" && a[i+3] != "an" {
			continue
		}
		start := i + 4
		// "a California resident": qualifiers, then the class noun.
		for j := start; j < len(a) && j < start+5; j++ {
			if !classNouns[a[j]] {
				continue
			}
			if j+1 < len(a) && a[j+1] == "of" {
				// "a resident of the EEA": the class noun, then its place,
				// as long as b names it after the plural.
				if j != start {
					break
				}
				k := 0
				for k < 6 && j+2+k < len(a) && hasSeq(b, append([]string{a[j] + "s", "of"}, a[j+2:j+3+k]...)) {
					k++
				}
				if k == 0 {
					break
				}
				class := append([]string{a[j] + "s", "of"}, a[j+2:j+2+k]...)
				return splice(a, i, j+2+k, class)
			}
			if j == start {
				break // "if you are a user": no qualifier to say which ones
			}
			class := append(append([]string{}, a[start:j]...), a[j]+"s")
			if hasSeq(b, class) && !hasSeq(b, a[i:j+1]) {
				return splice(a, i, j+1, class)
			}
			break
		}
	}
	return a
}

// hasSeq reports whether ws has the words of seq one after the other.
func hasSeq(ws, seq []string) bool { return indexSeq(ws, seq) >= 0 }

// indexSeq returns where ws first has the words of seq one after the
// other, or -1.
func indexSeq(ws, seq []string) int {
	for i := 0; i+len(seq) <= len(ws); i++ {
		if equalWords(ws[i:i+len(seq)], seq) {
			return i
		}
	}
	return -1
}

// splice returns a copy of ws with ws[i:j] replaced by put.
func splice(ws []string, i, j int, put []string) []string {
	out := make([]string, 0, len(ws)-(j-i)+len(put))
	out = append(append(append(out, ws[:i]...), put...), ws[j:]...)
	return out
}
