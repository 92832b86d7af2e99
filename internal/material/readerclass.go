package material

import "strings"

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
	if out := readerInPlace(a, b); out != nil {
		return out
	}
	if out := readerAsWho(a, b); out != nil {
		return out
	}
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

// placePrepositions say where the reader is: "if you are in the EU",
// "if you are from the UK", "if you are based in California".
var placePrepositions = map[string]bool{"in": true, "from": true}

// readerInPlace returns a with a condition on where the reader is ("if
// you are in the EU", "if you are based in the UK") put as the class of
// people of that place the other text b names in its place ("EU
// individuals", "residents of the UK", "users in the EU"): the same
// people. It returns nil when a has no such condition or b does not name
// the class with the same place.
func readerInPlace(a, b []string) []string {
	for i := 0; i+4 < len(a); i++ {
		if a[i] != "if" || a[i+1] != "you" || a[i+2] != "are" {
			continue
		}
		s := i + 3
		if a[s] == "based" || a[s] == "located" {
			s++
		}
		if s+1 >= len(a) || !placePrepositions[a[s]] {
			continue
		}
		s++
		lead := s // "the" kept with the place it names
		if a[s] == "the" {
			s++
		}
		for k := min(3, len(a)-s); k >= 1; k-- {
			place := a[s : s+k]
			for noun := range classNouns {
				plural := noun + "s"
				for _, class := range [][]string{
					append(append([]string{}, place...), plural),                     // "EU individuals"
					append(append([]string{plural, "in"}, a[lead:s]...), place...),   // "individuals in the EU"
					append(append([]string{plural, "of"}, a[lead:s]...), place...),   // "residents of the EU"
					append(append([]string{plural, "from"}, a[lead:s]...), place...), // "visitors from the EU"
				} {
					if hasSeq(b, class) && !hasSeq(b, a[i:s+k]) {
						return splice(a, i, s+k, class)
					}
				}
			}
		}
	}
	return nil
}

// readerAsWho returns a with "if you V" written as the class b names by
// the same verb in a relative clause, "users who V" ("If you live in
// Colorado, …" is "For users who live in Colorado, …"): the reader on a
// condition, or the people who do what the condition says. nil when a
// has no such condition or b no such class.
func readerAsWho(a, b []string) []string {
	for i := 0; i+2 < len(a); i++ {
		if a[i] != "if" || a[i+1] != "you" {
			continue
		}
		v := a[i+2]
		for k := 1; k+1 < len(b); k++ {
			if b[k] != "who" || b[k+1] != v || !classNouns[strings.TrimSuffix(b[k-1], "s")] {
				continue
			}
			return splice(a, i, i+2, b[k-1:k+1])
		}
	}
	return nil
}
