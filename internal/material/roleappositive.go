package material

import (
	"slices"
	"strings"
	"unicode"
)

// A party the sentence names both sides, said again by its role beside
// its name, names no one new: "hosted by Amazon Web Services" → "hosted
// by Amazon Web Services (AWS), our hosting provider", "backed up by AWS"
// → "backed up by our cloud host, AWS," (b117-03, b117-06), "provided by:
// Amazon" → "provided by our hosting partner: Amazon" (b385-05). The role noun
// is one a name stands in apposition to (appositionNouns, namerole.go, or
// "host"), after "our", "its", "their" or "the" and at most two words of
// kind, set off by a comma or a bracket from the name, the word right
// before or after it, or before it with a colon or nothing between. A
// name not on the other side is a party put in, read elsewhere; so is a role phrase with a
// word of force or a figure in it.

// roleAppositive returns a test for the folded words of such a role
// phrase that one side gives and the other does not.
func (c *classifier) roleAppositive(ctxOld, ctxNew string) func(string) bool {
	var words []string
	for _, side := range [2][2]string{{ctxNew, ctxOld}, {ctxOld, ctxNew}} {
		for _, p := range c.rolePhrases(side[0], side[1]) {
			if !strings.Contains(side[1], p) {
				words = append(words, c.ix.fold(p)...)
			}
		}
	}
	if len(words) == 0 {
		return func(string) bool { return false }
	}
	return func(w string) bool { return slices.Contains(words, w) }
}

// rolePhrases returns the role phrases of text ("our hosting provider")
// set off beside a capitalised name that other holds too.
func (c *classifier) rolePhrases(text, other string) []string {
	raw := strings.Fields(text)
	var out []string
	for i, w := range raw {
		lw := strings.ToLower(strings.Trim(w, ",;:.()"))
		if lw != "our" && lw != "its" && lw != "their" && lw != "the" {
			continue
		}
		// The phrase: the determiner, up to two words of kind, the role
		// noun, which ends the phrase at a comma, a bracket or the end.
		for k := i + 1; k < len(raw) && k <= i+3; k++ {
			core := strings.ToLower(strings.Trim(raw[k], ",;:.()"))
			bare := strings.Trim(raw[k], ",;:.()")
			if c.ix.forceWord[core] || isNumber(core) || strings.IndexFunc(bare, unicode.IsUpper) >= 0 && !strings.Contains(other, bare) {
				// A capitalised word is a name, unless the other side
				// says it too ("our AI partners" beside "AI models").
				break
			}
			noun := strings.TrimSuffix(core, "s")
			if _, ok := appositionNouns[noun]; !ok && noun != "host" {
				continue
			}
			if _, ok := appositionNouns[noun]; ok && appositionNouns[noun] != "recipients" {
				break
			}
			end := raw[k]
			phrase := strings.Join(raw[i:k+1], " ")
			phrase = strings.TrimRight(phrase, ",;:.()")
			// Set off beside a name the other side holds: the name
			// before it, ended by "," or ")", or after it, the phrase
			// ended by ",".
			before := i > 0 && strings.HasSuffix(strings.TrimRight(raw[i-1], ","), ")") || i > 0 && strings.HasSuffix(raw[i-1], ",")
			from := max(i-1, 0)
			if i > 1 && strings.HasPrefix(raw[i-1], "(") {
				from = i - 2 // "Amazon Web Services (AWS), our hosting provider"
			}
			// Or before it, ended by ":" or by nothing at all ("by our
			// hosting partner: Amazon", "from our AI partners Anthropic").
			after := k+1 < len(raw) && (strings.HasSuffix(end, ",") || strings.HasSuffix(end, ":") || strings.Trim(end, ",;:.()") == end)
			if before && nameIn(raw[from:i], other) || after && nameIn(raw[k+1:k+2], other) {
				out = append(out, phrase)
			}
			break
		}
	}
	return out
}

// nameIn reports a capitalised word of ws (its punctuation trimmed) that
// other holds as written.
func nameIn(ws []string, other string) bool {
	for _, w := range ws {
		t := strings.Trim(w, ",;:.()")
		if t != "" && unicode.IsUpper([]rune(t)[0]) && len(t) > 1 && strings.Contains(other, t) {
			return true
		}
	}
	return false
}
