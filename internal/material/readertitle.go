package material

import (
	"regexp"
	"slices"
	"strings"
)

// The same commitment can be said to "you" or to "the User": "When you
// interact with our chat widget" → "When the User interacts with our chat
// widget", "your account login details" → "the User’s account login
// details" (b214, a lawyer switching the form of address: the title was
// read as a word the rules could not place). readerTitlesOut writes the
// reader's title "you" (or "your") where the other side says it so, and
// the rest is judged: a reader narrowed to some readers ("you" → "our
// account holders") is still a change. (The author's name said for "we"
// is the brand rules' to read, brandforwe.go: a name for "we" in a
// paragraph read alone may as well be another company's, "we will notify"
// → "AWS will notify".)

// readerTitles name the reader in the third person, as plainWords reads
// them (lower case, "’s" taken off).
var readerTitles = [][]string{{"the", "user"}, {"each", "user"}, {"users"}, {"the", "data", "subject"}, {"data", "subjects"}, {"the", "data", "subjects"}}

// readerTitleRE finds a third-person title of the reader, with its
// possessive, as written.
var readerTitleRE = regexp.MustCompile(`\b(?:[Tt]he|[Ee]ach)\s+(?:[Uu]ser|[Dd]ata [Ss]ubject)(?:’s|'s)?\b|\b[Dd]ata [Ss]ubjects(?:’|')?`)

// readerTitlesOut returns old and new with the reader's title written "you"
// (or "your") where the other side says it so, and the titles so
// written, quoted; what is "" where none was.
func readerTitlesOut(old, new string) (o, n, what string) {
	if len(old)+len(new) > maxFramed {
		return old, new, ""
	}
	mo, mn := changedWithMargin(old, new, 24)
	if !containsFold(mo, "you") && !containsFold(mn, "you") || !containsFold(mo, "user") && !containsFold(mn, "user") && !containsFold(mo, "subject") && !containsFold(mn, "subject") {
		return old, new, "" // a title of the reader on one side, "you" on the other, near what changed
	}
	ow, nw := plainWords(old), plainWords(new)
	var titled [2]bool // per side (old, new): the side titles the reader where the other says "you"
	wordHunks(ow, nw, func(x, y []string, _, _ int) {
		for side, pair := range [2][2][]string{{x, y}, {y, x}} {
			if (slices.Contains(pair[1], "you") || slices.Contains(pair[1], "your")) && hasTitle(pair[0]) {
				titled[side] = true
			}
		}
	})
	if !titled[0] && !titled[1] {
		return old, new, ""
	}
	var said []string
	rewrite := func(s string, side int) string {
		if !titled[side] {
			return s
		}
		s = readerTitleRE.ReplaceAllStringFunc(s, func(m string) string {
			said = append(said, m)
			switch {
			case strings.HasSuffix(m, "s") && (strings.Contains(m, "’") || strings.Contains(m, "'")), strings.HasSuffix(m, "’"), strings.HasSuffix(m, "'"):
				return "your"
			case m[0] >= 'A' && m[0] <= 'Z':
				return "You"
			}
			return "you"
		})
		return strings.ReplaceAll(s, " their ", " your ")
	}
	o, n = rewrite(old, 0), rewrite(new, 1)
	if o == old && n == new {
		return old, new, ""
	}
	slices.Sort(said)
	return o, n, quoteWords(slices.Compact(said))
}

func hasTitle(ws []string) bool {
	for _, t := range readerTitles {
		if hasTerm(ws, t) {
			return true
		}
	}
	return false
}
