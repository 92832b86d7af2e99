package material

import (
	"regexp"
	"strings"
)

// "Non-essential cookies" are "cookies that are not essential": a prefix
// of negation said as a clause of the noun it qualifies, the same
// cookies. Read as words, the clause is a limit added (b108-24, b329-24,
// two writers of two rounds): "Non-essential cookies and analytics" →
// "Cookies that are not essential, and analytics".

var (
	nonPrefixRE  = mustPattern(`(?i)\bnon-([a-z]+)\b`)
	notClauseFmt = `(?i),?\s*\b(?:that|which)\s+(?:are|is)\s+not\s+(?:strictly\s+)?%s\b,?`
)

// nonPrefixRestated reports old and new the same words but for one
// "non-X" on one side said as "that are not X" on the other, where the
// other side has no "non-X".
func (c *classifier) nonPrefixRestated(old, new string) (string, bool) {
	for _, s := range [2][2]string{{old, new}, {new, old}} {
		a, b := s[0], s[1]
		ms := nonPrefixRE.FindAllStringSubmatch(a, -1)
		if len(ms) != 1 || nonPrefixRE.MatchString(b) {
			continue
		}
		x := strings.ToLower(ms[0][1])
		re, err := regexp.Compile(fmtNotClause(x))
		if err != nil {
			continue
		}
		if len(re.FindAllStringIndex(b, -1)) != 1 {
			continue
		}
		a2 := nonPrefixRE.ReplaceAllString(a, "")
		b2 := re.ReplaceAllString(b, " ")
		if equalWords(c.ix.fold(a2), c.ix.fold(b2)) {
			return ms[0][0], true
		}
	}
	return "", false
}

func fmtNotClause(x string) string {
	return strings.Replace(notClauseFmt, "%s", regexp.QuoteMeta(x), 1)
}

// nonToggled returns the word a "non" was put before or taken from, where
// the words are otherwise the same: "Non-essential cookies are disabled
// by default" → "Essential cookies are disabled …" reverses which cookies
// are meant (a miss found writing TestNonPrefix's twins): the word as old
// and new have it, "" otherwise.
func nonToggled(old, new []string) (string, string) {
	count := func(ws []string) int {
		n := 0
		for _, w := range ws {
			if w == "non" {
				n++
			}
		}
		return n
	}
	if count(old) == count(new) {
		return "", ""
	}
	without := func(ws []string) []string {
		out := make([]string, 0, len(ws))
		for _, w := range ws {
			if w != "non" {
				out = append(out, w)
			}
		}
		return out
	}
	if !equalWords(without(old), without(new)) {
		return "", ""
	}
	for _, ws := range [2][]string{old, new} {
		for i, w := range ws {
			if w == "non" && i+1 < len(ws) {
				if count(old) > count(new) {
					return "non-" + ws[i+1], ws[i+1]
				}
				return ws[i+1], "non-" + ws[i+1]
			}
		}
	}
	return "", ""
}
