package material

import (
	"regexp"
	"slices"
	"strings"
)

// A copy editor mends a misspelt word in the same pass as other light
// edits: "And we do this … visiting: UNSUBSRIBE" → "We do this …
// visiting: UNSUBSCRIBE" (b79-12). The spelling step (typos) reads a
// change whose every changed word is a word corrected letter by letter;
// beside other edits it read nothing, and the rest was judged with the
// misspelt word still in it, a name the rules did not know. A word
// corrected is the same word: it is put right on the old side, as typos
// would read it alone, and the rest of the change judged without it
// (setAside): minor only if that rest is. A word that changes what is
// committed to ("sell" for "tell", a number, a negation) is no typo
// (typos), so a corrected word never hides a changed commitment; and
// what changed around it is still judged.

// typosMended returns old with each word that new spells right and old
// misspelt written as new writes it, and the words so mended ("unsubsribe
// → unsubscribe"). A removed word is mended only where one added word
// alone is its correction, the corrected word is not already in old, and
// the misspelt one is not left in new. One of the two must be a word
// WordNet or the rules know and the other none ("unsubsribe"): two words
// that both are ("service" → "services", "this" → "their", "knowingly"
// → "knowing") differ in number, person or manner, which the rest of the
// change is judged with, not set aside.
func (c *classifier) typosMended(old, new string, removed, added []string) (string, []string) {
	var fixed []string
	for _, r := range removed {
		if len(r) < 4 || slices.Contains(fixed, r) {
			continue
		}
		fix := ""
		for _, a := range added {
			if a != fix && len(a) >= len(r)-2 && len(a) <= len(r)+2 && a[0] == r[0] && c.knownWord(a) != c.knownWord(r) && c.typos([]string{r}, []string{a}) {
				if fix != "" {
					fix = ""
					break
				}
				fix = a
			}
		}
		if fix == "" || wordIn(strings.ToLower(old), fix) || wordIn(strings.ToLower(new), r) {
			continue
		}
		re := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(r) + `\b`)
		written := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(fix) + `\b`).FindString(new)
		if written == "" || !re.MatchString(old) {
			continue
		}
		old = re.ReplaceAllLiteralString(old, written)
		fixed = append(fixed, r+" → "+fix)
	}
	return old, fixed
}

// knownWord reports a word WordNet or the rules' own vocabulary knows.
func (c *classifier) knownWord(w string) bool { return c.english(w) || c.ix.termWord[w] }
