package material

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// htmlRE matches what HTML does not render as text: comments and tags.
var htmlRE = mustPattern(`(?s)<!--.*?-->|</?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?>`)

// linkTargetRE is a link's target after its text: "](https://…)", closed
// or cut short (a sentence quoted from inside a link has its "[" before it).
// A target may hold parentheses in balanced pairs, as CommonMark reads
// them: "[tarball](https://en.wikipedia.org/wiki/Tar_(computing))," is
// the word "tarball" and a comma, the same as the target written
// "…Tar_(computing%29)," (npm 041), not "tarball)," with a stray mark.
var linkTargetRE = mustPattern(`\]\((?:[^()\s]|\([^()\s]*\))*\)|\]\([^)\s]*\)?`)

// ruleRE is a run of "=" or "-" standing alone, as a heading's underline
// or a table's delimiter cell are written ("Bolt =====", "| --- |",
// "| :--- |"): a line on the page, not words. The marks beside it stay.
var ruleRE = mustPattern(`(^|\s|\|):?(?:={3,}|-{3,}):?(\s|\||$)`)

// escapeRE is a Markdown escape, a backslash before punctuation, which is
// read as the punctuation alone: "30\." reads "30.".
var escapeRE = mustPattern("\\\\([!-/:-@\\[-`{-~])")

// readable is text as a reader sees it: no HTML comments or tags, no
// attribute lists, no Markdown marks, link targets, escapes or table
// borders, single spaces.
func readable(s string) string {
	if strings.ContainsRune(s, '<') {
		s = htmlRE.ReplaceAllString(s, " ")
	}
	if strings.Contains(s, "{:") || strings.Contains(s, "{#") {
		s = attrListRE.ReplaceAllString(s, " ") // "{: #security }" names the block for the page's code
	}
	if strings.Contains(s, "](") {
		s = linkTargetRE.ReplaceAllString(s, "")
	}
	if strings.Contains(s, "--") || strings.Contains(s, "==") {
		s = ruleRE.ReplaceAllString(s, "$1 $2")
	}
	if strings.ContainsRune(s, '|') {
		s = tableCells(s)
	}
	if strings.ContainsRune(s, '\\') {
		s = escapeRE.ReplaceAllString(s, "$1")
	}
	return singleSpaced(stripMarkdown(s))
}

// singleSpaced is strings.Join(strings.Fields(s), " "): the words of s,
// one space between each. It is s itself when s is so already, as most
// texts are, where Fields and Join made two new ones.
func singleSpaced(s string) string {
	space := true // the rune before was a space, or there was none
	for _, r := range s {
		if unicode.IsSpace(r) {
			if r != ' ' || space {
				return strings.Join(strings.Fields(s), " ")
			}
			space = true
		} else {
			space = false
		}
	}
	if space && s != "" {
		return strings.Join(strings.Fields(s), " ") // a space at the end
	}
	return s
}

// tableCells writes the cells of the table rows in s one after another,
// as a reader sees them: "| Name | Email | | |" reads "Name; Email". A
// pipe is a cell's border where it starts or ends a line or has a space
// beside it; "A|B" and the escaped "\|" are text. Empty cells are not
// written, and a cell that ends a sentence needs no semicolon after it.
func tableCells(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	cell := 0 // where the cell being read starts
	flush := func(end int) {
		c := strings.TrimSpace(s[cell:end])
		if c == "" {
			return
		}
		if b.Len() > 0 {
			if strings.ContainsRune(".;:!?", rune(b.String()[b.Len()-1])) {
				b.WriteByte(' ')
			} else {
				b.WriteString("; ")
			}
		}
		b.WriteString(c)
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '|' || i > 0 && s[i-1] == '\\' {
			continue
		}
		border := i == 0 || i == len(s)-1 || isSpaceByte(s[i-1]) || isSpaceByte(s[i+1]) || s[i-1] == '|' || s[i+1] == '|'
		if !border {
			continue
		}
		flush(i)
		cell = i + 1
	}
	flush(len(s))
	return b.String()
}

// wordSpans appends to out the byte ranges of the words of s, as rawWords
// cuts them.
func wordSpans(out [][2]int, s string) [][2]int {
	start := -1
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if !word && start >= 0 && (r == '\'' || r == '’' || r == '.' || r == ',' || r == '-') && i+n < len(s) {
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			switch r {
			case '\'', '’', '-':
				word = unicode.IsLetter(next) || unicode.IsDigit(next)
			default:
				word = unicode.IsDigit(prev) && unicode.IsDigit(next)
			}
		}
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
		i += n
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// quoteChange quotes the words that changed between two sentences, with a
// word of context on each side, as the text has them ("e-mail" stays
// "e-mail"): "'We respond' → 'We aim to respond'".
func quoteChange(old, new string) string {
	rawOld, rawNew := old, new
	old, new = readable(old), readable(new)
	if old == new {
		// The words a reader sees are the same on both sides: quoting
		// them twice ("'Please see our Cookie Notice' → 'Please see our
		// Cookie Notice'") tells nothing. A link removed or pointed
		// elsewhere is the commonest such change; emphasis or a table's
		// layout the others.
		what := "formatting"
		if slices.Compare(linkTargetRE.FindAllString(rawOld, -1), linkTargetRE.FindAllString(rawNew, -1)) != 0 {
			what = "a link"
		}
		return "only " + what + " changed, the words read the same: " + quote(old)
	}
	// The spans of the words of two sentences are most often kept on the
	// stack: a list grown by doubling was five allocations a side.
	var bufA, bufB [64][2]int
	a, b := wordSpans(bufA[:0], old), wordSpans(bufB[:0], new)
	key := func(s string, sp [2]int) string {
		return strings.ToLower(strings.ReplaceAll(s[sp[0]:sp[1]], "’", "'"))
	}
	same := func(x, y [2]int) bool { return sameQuoteKey(old[x[0]:x[1]], new[y[0]:y[1]]) }
	p := 0
	for p < len(a) && p < len(b) && same(a[p], b[p]) {
		p++
	}
	q := 0
	for q < len(a)-p && q < len(b)-p && same(a[len(a)-1-q], b[len(b)-1-q]) {
		q++
	}
	if p == len(a) && p == len(b) { // the same words: punctuation or case changed
		return quote(old) + " → " + quote(new)
	}
	span := func(s string, ws [][2]int) string {
		from, to := max(p-1, 0), min(len(ws)-q+1, len(ws))
		// A word of context that needs the next to mean anything ("at
		// rest and in" of "in transit") takes the words after it, up to
		// three and never past punctuation: "'data at rest and in
		// transit' → 'data in transit'". The words after are common to
		// both sides, so both quotes stop at the same word.
		for extra := 0; extra < 3 && to < len(ws) && danglingContext[key(s, ws[to-1])] && strings.TrimSpace(s[ws[to-1][1]:ws[to][0]]) == ""; extra++ {
			to++
		}
		if from >= to {
			return ""
		}
		if to-from > 16 {
			return s[ws[from][0]:ws[from+7][1]] + " … " + s[ws[to-7][0]:ws[to-1][1]]
		}
		return s[ws[from][0]:ws[to-1][1]]
	}
	x, y := span(old, a), span(new, b)
	switch {
	case x == "":
		return "added " + quote(y)
	case y == "":
		return "removed " + quote(x)
	}
	return quote(x) + " → " + quote(y)
}

// sameQuoteKey reports two words the same by quoteChange's key,
// strings.ToLower(strings.ReplaceAll(w, "’", "'")), without making either
// key: rune by rune, a typographic apostrophe as a plain one, each rune
// lowered as ToLower lowers it, a byte that is no UTF-8 as the U+FFFD
// ToLower writes for it.
func sameQuoteKey(x, y string) bool {
	for x != "" && y != "" {
		rx, nx := utf8.DecodeRuneInString(x)
		ry, ny := utf8.DecodeRuneInString(y)
		if rx == '’' {
			rx = '\''
		}
		if ry == '’' {
			ry = '\''
		}
		if unicode.ToLower(rx) != unicode.ToLower(ry) {
			return false
		}
		x, y = x[nx:], y[ny:]
	}
	return x == "" && y == ""
}

// danglingContext are the words a quote should not end on: a preposition,
// an article, a conjunction or a possessive waits for the word after it.
var danglingContext = map[string]bool{"a": true, "an": true, "the": true, "of": true, "in": true, "at": true, "on": true,
	"to": true, "for": true, "with": true, "by": true, "from": true, "and": true, "or": true, "your": true, "our": true,
	"their": true, "its": true, "into": true, "about": true, "such": true, "as": true, "than": true, "if": true,
	"unless": true, "within": true, "per": true, "via": true, "under": true}

func quote(s string) string {
	if len(s) > 160 {
		cut := strings.LastIndexByte(s[:160], ' ')
		if cut < 80 {
			cut = 160
		}
		s = s[:cut] + " …"
	}
	return "'" + s + "'"
}
