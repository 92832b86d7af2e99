package material

import "strings"

// A gloss in brackets of what the sentence already names is no new
// party: a law's own name or number after its English one ("the Swedish
// Accounting Act (Bokföringslagen, SFS 1999:1078)", b59-05), a body's
// registration after it ("a non-profit organization … (identifier:
// W144000981)", b61-23). The words before the bracket are on both sides;
// the bracket follows a law noun (appositionNouns' law words: a statute
// is cited, not given data) or opens with a word of registration, in its first two (a
// closed class: the words registers number a body by). A party named in
// brackets after whom data goes to ("our partners (Acme Ltd)") glosses
// no law and no register, and still counts.

// registerWords open a bracket that numbers a body or a law.
var registerWords = map[string]bool{"identifier": true, "registration": true, "reg": true, "number": true, "no": true,
	"n°": true, "id": true, "siret": true, "siren": true, "rcs": true, "sfs": true, "crn": true, "ein": true, "vat": true}

// lawNouns head the name of a law a bracket may gloss.
var lawNouns = map[string]bool{"act": true, "law": true, "code": true, "regulation": true, "directive": true, "ordinance": true, "decree": true}

// glossedName reports the name e, every mention of which in text stands
// in a bracket that glosses words other also writes (see above).
// brackets collects the text of each glossing bracket, to read its
// numbers as the law's or the register's, not as quantities.
func glossedName(text, other, e string, brackets *[]string) bool {
	found, seen := false, []string(nil)
	for from := 0; from < len(text); {
		i := nameIndex(text[from:], e)
		if i < 0 {
			break
		}
		i += from
		open := strings.LastIndexByte(text[:i], '(')
		if open < 0 || strings.ContainsAny(text[open:i], ")") || i-open > 60 {
			return false
		}
		before := strings.Fields(text[max(0, open-60):open])
		if len(before) < 2 {
			return false
		}
		phrase := strings.Join(before[len(before)-2:], " ") // the glossed words, on both sides
		if !strings.Contains(other, phrase) {
			return false
		}
		head := strings.ToLower(strings.Trim(before[len(before)-1], ",.;:"))
		inside := strings.Fields(strings.ToLower(text[open+1 : i+len(e)]))
		numbered := false // a word of registration among the bracket's first two
		for _, w := range inside[:min(2, len(inside))] {
			numbered = numbered || registerWords[strings.Trim(w, ",.:;")]
		}
		if !lawNouns[head] && !numbered {
			return false
		}
		if end := strings.IndexByte(text[open:], ')'); end > 0 {
			seen = append(seen, text[open:open+end])
		}
		found, from = true, i+len(e)
	}
	if found {
		*brackets = append(*brackets, seen...)
	}
	return found
}

// glossNumber reports a number written only inside the brackets: a
// statute's or a register's number ("SFS 1999:1078", "LBK nr 700").
func glossNumber(n string, brackets []string, text string) bool {
	in := 0
	for _, b := range brackets {
		if hasWord(b, n) {
			in++
		}
	}
	return in > 0 && strings.Count(text, n) == in
}
