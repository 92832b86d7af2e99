package notify

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// What a notice says of a material change is built from the change itself
// (its category, and the words that changed) in plain words for the
// people it affects: a lawyer's reason ("commitment changed (added
// 'will')") stays on the redline page.

// topics say, for each rubric category, what a change in it is about, as
// it concerns the reader.
var topics = map[string]string{
	"identity":    "Who is responsible for your data",
	"data":        "The personal data we collect",
	"purposes":    "What we use your data for",
	"legal-basis": "Why we are allowed to use your data",
	"recipients":  "Who we share your data with",
	"transfers":   "Where your data goes",
	"retention":   "How long we keep your data",
	"rights":      "Your rights",
	"security":    "How we protect your data",
	"cookies":     "Cookies and tracking",
	"ai":          "Automated decisions",
	"children":    "Age limits",
	"notice":      "How we tell you about changes",
	"scope":       "What this policy covers",
}

const (
	contextWords = 2  // shared words quoted on each side of an edit
	quoteWords   = 30 // the longest quotation, in words
	maxEdits     = 2  // edits of one paragraph quoted; the rest are counted
)

// describe writes the sentence a notice gives one material change, and
// the old and new words it quotes.
func describe(category string, section []string, ch *redline.Change) (topic, old, new, sentence string) {
	topic = topics[category]
	if topic == "" {
		if len(section) > 0 {
			topic = inline(section[len(section)-1])
		} else {
			topic = "Our policy"
		}
	}
	switch {
	case ch.Kind == redline.Insert:
		new = quote(words(ch.New))
		sentence = fmt.Sprintf("%s: we added %s.", topic, new)
	case ch.Kind == redline.Delete:
		old = quote(words(ch.Old))
		sentence = fmt.Sprintf("%s: we removed %s.", topic, old)
	case len(ch.Words) == 0: // moved as it was
		new = quote(words(ch.New))
		sentence = fmt.Sprintf("%s: %s now stands under %s.", topic, new, quote(words(strings.Join(section, " › "))))
	default:
		edits := edits(ch.Words)
		var parts, olds, news []string
		for i, e := range edits {
			if i == maxEdits {
				more := len(edits) - maxEdits
				parts = append(parts, fmt.Sprintf("and %d more %s", more, plural(more, "edit", "edits")))
				break
			}
			o, n := quote(e.old), quote(e.new)
			olds, news = append(olds, o), append(news, n)
			parts = append(parts, fmt.Sprintf("%s now reads %s", o, n))
		}
		old, new = strings.Join(olds, "; "), strings.Join(news, "; ")
		sentence = topic + ": " + strings.Join(parts, "; ") + "."
	}
	return topic, old, new, sentence
}

// edit is one run of changed words with a few shared words either side.
type edit struct{ old, new []string }

// edits finds the runs of changed words of a word-level edit script,
// each with up to contextWords shared words before and after it (fewer
// when the next run is that close: runs that close are one edit).
func edits(spans []redline.Span) []edit {
	// Tokens: every word, marked with the side it is on.
	type token struct {
		word string
		op   redline.Op
	}
	var toks []token
	for _, s := range spans {
		for _, w := range words(s.Text) {
			toks = append(toks, token{w, s.Op})
		}
	}
	var out []edit
	for i := 0; i < len(toks); {
		if toks[i].op == redline.Equal {
			i++
			continue
		}
		// A run of changes, joined with the next while fewer than
		// 2*contextWords+1 shared words, and no end of a sentence, lie
		// between them.
		start, end := i, i
		for j := i; j < len(toks); j++ {
			if toks[j].op != redline.Equal {
				end = j + 1
				continue
			}
			if j-end >= 2*contextWords+1 || endsSentence(toks[j].word) {
				break
			}
		}
		// Context stays within the sentence.
		from := start
		for k := 0; k < contextWords && from > 0 && toks[from-1].op == redline.Equal && !endsSentence(toks[from-1].word); k++ {
			from--
		}
		to := end
		for k := 0; k < contextWords && to < len(toks) && toks[to].op == redline.Equal; k++ {
			to++
			if endsSentence(toks[to-1].word) {
				break
			}
		}
		var e edit
		for _, t := range toks[from:to] {
			if t.op != redline.Inserted {
				e.old = append(e.old, t.word)
			}
			if t.op != redline.Deleted {
				e.new = append(e.new, t.word)
			}
		}
		out = append(out, e)
		i = end
	}
	return out
}

func endsSentence(w string) bool {
	return strings.HasSuffix(w, ".") || strings.HasSuffix(w, "!") || strings.HasSuffix(w, "?")
}

var (
	mdLink      = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	mdAutolink  = regexp.MustCompile(`<((?:https?://|mailto:)[^>]*)>`)
	mdBlockMark = regexp.MustCompile(`^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)+`)
)

// plain is Markdown source as a reader sees it: without emphasis, code
// marks, link targets, list or heading markers; table cells separated by
// commas.
func plain(md string) string {
	md = mdLink.ReplaceAllString(md, "$1")
	md = mdAutolink.ReplaceAllString(md, "$1")
	var lines []string
	for _, line := range strings.Split(md, "\n") {
		line = strings.TrimSpace(mdBlockMark.ReplaceAllString(strings.TrimSpace(line), ""))
		if strings.HasPrefix(line, "|") { // a table row
			if strings.Trim(line, "|-: ") == "" {
				continue // the row under the header
			}
			var cells []string
			for _, c := range strings.Split(strings.Trim(line, "| "), "|") {
				if c = strings.TrimSpace(c); c != "" {
					cells = append(cells, c)
				}
			}
			line = strings.Join(cells, ", ")
		}
		lines = append(lines, line)
	}
	return inline(strings.Join(lines, " "))
}

// inline is a line of Markdown without its inline markup.
func inline(s string) string {
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdAutolink.ReplaceAllString(s, "$1")
	s = strings.NewReplacer("**", "", "__", "", "`", "", `\`, "").Replace(s)
	// Single * or _ of emphasis, at either end of a word.
	f := strings.Fields(s)
	for i, w := range f {
		w = strings.TrimLeft(w, "*_")
		core := strings.TrimRight(w, ".,;:!?)")
		f[i] = strings.TrimRight(core, "*_") + w[len(core):]
	}
	return strings.Join(f, " ")
}

// words is Markdown source as plain words.
func words(md string) []string {
	var out []string
	for _, w := range strings.Fields(plain(md)) {
		// What is left of a link that an edit cut in two: "[our",
		// "partners](https://...)".
		if i := strings.Index(w, "]("); i >= 0 {
			w = w[:i]
		}
		if w = strings.TrimLeft(w, "!["); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// quote puts words in quotation marks, cut to quoteWords with an ellipsis.
// The end of a sentence or clause is left out of the quotation, which
// the notice's own sentence goes on from.
func quote(ws []string) string {
	cut := len(ws) > quoteWords
	if cut {
		ws = ws[:quoteWords]
	}
	s := strings.TrimRight(joinWords(ws), ".,;:")
	if cut {
		s += " …"
	}
	return "“" + s + "”"
}

// joinWords joins words with spaces, but for punctuation, which the word
// diff counts as words of its own: "errors ." is "errors.".
func joinWords(ws []string) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 && !strings.ContainsAny(w[:1], ".,;:!?)]") && !strings.HasSuffix(ws[i-1], "(") {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
