package material

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// appositiveDefined returns s with each common noun that a definition in
// brackets follows ("adults (individuals aged 18 or over)") written as
// its definition alone ("individuals aged 18 or over"), where other says
// those words, word for word, and not the noun: a noun defined by a
// criterion names what the criterion names, and the other side names it
// so. The definition opens with a word, not "e.g.", "and" or "including"
// (examples or another class), and is compared as it stands. s itself
// when none is.
func appositiveDefined(s, other string) string {
	if !strings.Contains(s, " (") {
		return s
	}
	lo := " " + strings.Join(lowerWords(other), " ") + " "
	var rs []replacement
	at := 0 // where the last replacement ends
	for i := strings.Index(s, " ("); i >= 0; {
		open := i + 1
		end := strings.IndexByte(s[open:], ')')
		if end < 0 {
			break
		}
		end += open
		def := s[open+1 : end]
		// The noun before the brackets: one word in small letters.
		j := i
		for j > 0 && unicode.IsLetter(rune(s[j-1])) {
			j--
		}
		noun := s[j:i]
		dw := lowerWords(def)
		if len(dw) >= 2 && len(noun) >= 3 && noun == strings.ToLower(noun) && j >= at && !openerOfMore[dw[0]] && criterion(def) && !coordinated(s[:j]) &&
			strings.Contains(lo, " "+strings.Join(dw, " ")+" ") && !strings.Contains(lo, " "+noun+" ") {
			rs = append(rs, replacement{from: j, to: end + 1, with: def})
			at = end + 1
		}
		next := strings.Index(s[end:], " (")
		if next < 0 {
			break
		}
		i = end + next
	}
	return replaced(s, rs)
}

// criterion reports that a definition in brackets says what a thing is
// by some word in small letters ("individuals aged 18 or over"), not by
// names alone ("Software Products Italia and The DLA Group"): names are
// who the noun stands for, and a noun that gains another noun beside them
// ("distributors and resellers (…)") says more of who they are.
func criterion(def string) bool {
	for _, w := range rawWords(def) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !nameJoiners[w] && !listJoiners[w] {
			return true
		}
	}
	return false
}

// listJoiners are the small words a list of names is written with,
// beside the joiners within a name (nameJoiners).
var listJoiners = map[string]bool{"and": true, "or": true, "the": true}

// coordinated reports that the text before a noun ends with "and" or "or":
// the brackets after "distributors and resellers" define both nouns, and
// the last alone cannot be written as the definition.
func coordinated(before string) bool {
	before = strings.TrimRight(before, " ")
	return strings.HasSuffix(before, " and") || strings.HasSuffix(before, " or") || strings.HasSuffix(before, ",")
}

// openerOfMore are the words that open brackets giving examples or more
// than the noun before them: "(e.g. …)", "(and …)", "(including …)".
var openerOfMore = map[string]bool{"e": true, "eg": true, "e.g": true, "e.g.": true, "i.e.": true, "ie": true, "and": true, "or": true, "including": true, "includes": true,
	"such": true, "for": true, "like": true, "incl": true, "excluding": true, "except": true, "other": true, "not": true, "but": true, "plus": true, "as": true, "also": true, "see": true,
	// A condition in brackets qualifies what comes before, and defines
	// no noun: "marketing communications from third parties (where
	// permitted)" was read as "from third where permitted", the old side
	// writing "(where permitted)" too (b367-33).
	"where": true, "if": true, "when": true, "whenever": true, "unless": true, "once": true, "while": true, "subject": true, "provided": true, "only": true}

// lowerWords returns the words of s in small letters.
func lowerWords(s string) []string {
	ws := rawWords(s)
	for i, w := range ws {
		ws[i] = strings.ToLower(w)
	}
	return ws
}
