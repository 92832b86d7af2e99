package material

import (
	"slices"
	"strings"
	"unicode"

	"github.com/redline-legal/redline/internal/markdown"
)

// A policy pasted as plain text and kept as Markdown writes its headings
// as lines of their own, unmarked: the Omnis seed, as the shared cases
// and the never-seen set write it, has two Markdown headings and some
// twenty such lines ("Who are we?", "Cookies and similar technologies").
// Read without them, a change under "Cookies and similar technologies"
// stands under the document's title alone: "This statistical data does
// not identify any personal details whatsoever" → "… does not directly
// identify …" was "Wording not about personal data" there (b30-35),
// material under the heading the batch gave it. A short line of its own
// that reads as a title is read as the heading of what follows it, until
// the next heading or such line.

// plainHeadingText returns the nearest line above the changed block that
// reads as an unmarked heading, after the innermost Markdown heading the
// block stands under; "" for none.
func (c *classifier) plainHeadingText() string {
	i, ok := c.rowIndex()
	if !ok {
		return ""
	}
	return titleAbove(i, func(k int) *markdown.Block {
		if b := c.rows[k].New; b != nil {
			return b
		}
		return c.rows[k].Old
	})
}

// titleAbove returns the nearest title line among the up to 40 blocks
// before the one at at (block(k) gives the k-th, nil for none): "" when
// a Markdown heading comes first, or the line is the document's first
// block, its own title ("Privacy Policy"), no section's.
func titleAbove(at int, block func(k int) *markdown.Block) string {
	for k := at - 1; k >= 0 && k >= at-40; k-- {
		b := block(k)
		if b == nil {
			continue
		}
		if b.Kind == markdown.HeadingBlock {
			return ""
		}
		if b.Kind == markdown.Paragraph && titleLine(b.Text) {
			if k == 0 {
				return ""
			}
			return strings.TrimSpace(b.Text)
		}

	}
	return ""
}

// titleLine reports a paragraph that reads as a title: one line of one to
// eight words, starting with a capital, no sentence ended in it (a
// question may end it), nothing after a colon, no address or link. A
// title may carry a gloss in brackets: "Consent (Art. 6(1)(a))",
// "Analytics Cookies (Optional)".
func titleLine(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || strings.ContainsAny(t, "\n:;@|[]*_#`") {
		return false
	}
	if r := rune(t[0]); !unicode.IsUpper(r) {
		return false
	}
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, ",") {
		return false
	}
	n := len(strings.Fields(t))
	return n >= 1 && n <= 8 && !sentenceInside(t)
}

// sentenceInside reports a full stop inside t that ends a sentence: one
// followed by a capital ("Art. 6(1)(a)" ends none).
func sentenceInside(t string) bool {
	for i := strings.Index(t, ". "); i >= 0 && i+2 < len(t); {
		if unicode.IsUpper(rune(t[i+2])) {
			return true
		}
		j := strings.Index(t[i+2:], ". ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return false
}

// plainHeadingOfText returns the unmarked heading the changed block stands
// under in the old (or new) text, searched in that text's own order: for
// a moved block, where it left (old) and where it arrived (new). A
// Markdown heading nearer than any such line ends the search ("").
func (c *classifier) plainHeadingOfText(old bool) string {
	target, at := c.changedSideBlock(old)
	if target == nil {
		return ""
	}
	blocks := c.side(old).blocks
	return titleAbove(at, func(k int) *markdown.Block { return blocks[k] })
}

// changedSideBlock returns the changed block as the old (or new) text
// holds it, nil where that text has none, and its place among the text's
// blocks (-1 where it is not among them): for a moved block, where it
// left (old) and where it arrived (new).
func (c *classifier) changedSideBlock(old bool) (*markdown.Block, int) {
	i, ok := c.rowIndex()
	if !ok {
		return nil, -1
	}
	target := sideBlock(c.rows[i], old)
	for j := i; target == nil && j < len(c.rows); j++ {
		if c.rows[j].Change == c.rows[i].Change {
			target = sideBlock(c.rows[j], old) // a move: where it arrived
		}
	}
	if target == nil {
		return nil, -1
	}
	return target, slices.Index(c.side(old).blocks, target)
}

// A plain-text policy may set a section's title on a line of its own,
// each word capitalised and a colon after it: "Information Shared with
// Third Parties:" (Tumblr 012). Such a line names what the text under it
// is about, as a Markdown heading does, and commits to nothing by itself;
// added or removed, the text under it is judged change by change. A lead
// into a list ("We share your data with:") is a sentence, not a title:
// its words are not capitalised. A line that says a modal, a negation or
// "only" ("We Will Never Sell Your Data:") is read as the commitment it
// states, whatever its case.

// titleFunctionWords are the closed class a title leaves small: articles,
// prepositions and conjunctions.
var titleFunctionWords = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "to": true,
	"for": true, "with": true, "in": true, "on": true, "by": true, "from": true, "about": true, "at": true, "as": true}

// boldTitleSmall are the determiners a bold title may leave small.
var boldTitleSmall = map[string]bool{"this": true, "these": true, "your": true, "our": true, "its": true, "their": true}

// titleForceWords are the closed class that makes a line a commitment:
// modals, negations and "only".
var titleForceWords = map[string]bool{"may": true, "might": true, "will": true, "would": true, "shall": true, "should": true,
	"must": true, "can": true, "could": true, "not": true, "never": true, "no": true, "only": true}

// colonTitle reports a line that is a title followed by a colon, each
// word but the small ones capitalised, no modal or negation in it.
func colonTitle(t string) bool {
	t = strings.TrimSpace(t)
	body, ok := strings.CutSuffix(t, ":")
	return ok && titleLine(body) && titleWords(body, false)
}

// titleWords reports words that read as a title: each but the small ones
// capitalised, no modal or negation, nothing but words. A title set apart
// by its bold (loose) may leave its determiners small too: "Updates to
// this Privacy Notice".
func titleWords(body string, loose bool) bool {
	if body == "" || strings.ContainsAny(body, "\n:;@|[]*_#`") || !unicode.IsUpper([]rune(body)[0]) {
		return false
	}
	for _, w := range strings.Fields(body) {
		w = strings.Trim(w, `"'“”‘’()`)
		if w == "" {
			continue
		}
		if titleForceWords[strings.ToLower(w)] {
			return false
		}
		if r := []rune(w)[0]; unicode.IsLetter(r) && !unicode.IsUpper(r) && !titleFunctionWords[w] && !(loose && boldTitleSmall[w]) {
			return false
		}
	}
	return true
}

// boldTitle reports a line that is a title set in bold, standing alone:
// "**Contact Information of Department Handling Complaints Relating to
// Privacy**" put above a block of contacts (ota-59 030), read as new text
// about rights. Its words are a title's (titleWords, as colonTitle asks),
// with or without its colon, twelve at most.
func boldTitle(t string) bool {
	t = strings.TrimSpace(t)
	if m := listMarkRE.FindString(t); m != "" {
		t = t[len(m):] // "2. **Updates to this Privacy Notice**", an entry of a list of titles (ota-58 020)
	}
	for _, mark := range []string{"**", "__"} {
		if body, ok := strings.CutPrefix(t, mark); ok {
			if body, ok = strings.CutSuffix(body, mark); ok && !strings.Contains(body, mark) {
				body = strings.TrimSpace(body)
				if len(strings.Fields(body)) > 12 || sentenceInside(body) || strings.HasSuffix(body, ".") {
					return false
				}
				return titleWords(strings.TrimSuffix(body, ":"), true) && commonTitle(body)
			}
		}
	}
	return false
}

// titleQuestionWords open a title asked as a question: "How We Use Your
// Information".
var titleQuestionWords = map[string]bool{"how": true, "what": true, "why": true, "when": true, "where": true, "who": true, "which": true}

// possessiveEnds takes a word's possessive "'s" away: "Children’s Privacy".
var possessiveEnds = strings.NewReplacer("’s ", " ", "'s ", " ")

// commonTitle reports a title of two words or more made of English words
// that name no place: "**Frankfurt**", "**San Francisco**"
// over a list of servers say where data is kept, and "**GitHub Data
// Protection Officer**" over an address whom the reader writes to; each
// is judged as the text it is.
func commonTitle(body string) bool {
	wn := wordNet()
	n := 0
	body = possessiveEnds.Replace(body + " ")
	for _, w := range strings.FieldsFunc(strings.ToLower(body), func(r rune) bool { return !unicode.IsLetter(r) }) {
		n++
		if titleFunctionWords[w] || boldTitleSmall[w] || parties[w] || titleQuestionWords[w] {
			continue
		}
		e := wn.entries(w)
		if len(e) == 0 || e[0].pos == "n" && e[0].lexfile == 15 {
			return false // a name WordNet does not know, or a place's
		}
	}
	return n >= 2
}
