package build

import (
	"regexp"
	"strconv"

	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/material"
	"github.com/redline-legal/redline/internal/redline"
)

// headingIDs matches the id a snippet's heading gets ("1. ## Sharing"): a
// snippet is rendered alone, so its ids would repeat the page's own (the
// sections' headings have theirs from the block model, which counts the
// headings in snippets as the whole page does).
var headingIDs = regexp.MustCompile(`<h([1-6]) id="[^"]*">`)

// snippets keeps the Markdown snippets rendered for one policy's redline
// pages: an unchanged paragraph, the old side of an edited one, an excerpt
// of the summary recur in most of the pairs a policy's pages compare, and
// are rendered once. A unit's pages are rendered one after the other, so
// snippets needs no lock; it is forgotten with the unit. A nil *snippets
// keeps nothing.
type snippets struct {
	html   map[string]string // Markdown → HTML
	text   map[string]string // Markdown → what it reads as (readText)
	short  map[excerptKey]string
	marked map[string]marked // a change's words (marksKey) → rendered with their marks

	// memo keeps the verdicts on the policy's changes, which its
	// comparisons share (material.Memo); it goes with the policy's unit.
	memo *material.Memo
}

// verdicts returns the policy's memo of verdicts under rb, nil for a nil
// *snippets.
func (s *snippets) verdicts(rb *material.Rulebook) *material.Memo {
	if s == nil {
		return nil
	}
	if s.memo == nil {
		s.memo = material.NewMemo(rb)
	}
	return s.memo
}

func newSnippets() *snippets {
	return &snippets{html: make(map[string]string), text: make(map[string]string), short: make(map[excerptKey]string), marked: make(map[string]marked)}
}

// marksKey is what a change's words render from: its spans, each with its
// operation. "" for a nil *snippets, which keeps nothing.
func (s *snippets) marksKey(spans []redline.Span) string {
	if s == nil {
		return ""
	}
	n := 0
	for _, sp := range spans {
		n += len(sp.Text) + 2
	}
	b := make([]byte, 0, n+8*len(spans))
	for _, sp := range spans {
		b = append(b, byte('0'+sp.Op))
		b = strconv.AppendInt(b, int64(len(sp.Text)), 10)
		b = append(b, ':')
		b = append(b, sp.Text...)
	}
	return string(b)
}

// marks returns the rendering of the words of marksKey key, if kept.
func (s *snippets) marks(key string) (marked, bool) {
	if s == nil {
		return marked{}, false
	}
	m, ok := s.marked[key]
	return m, ok
}

// render renders a snippet of Markdown, once.
func (s *snippets) render(src string) (string, error) {
	if s != nil {
		if h, ok := s.html[src]; ok {
			return h, nil
		}
	}
	d, err := markdown.Render([]byte(src))
	if err != nil {
		return "", err
	}
	h := headingIDs.ReplaceAllString(string(d.HTML), "<h$1>")
	if s != nil {
		s.html[src] = h
	}
	return h, nil
}

// readText is the package's readText, once per snippet.
// excerptKey is a block and the length of its excerpt.
type excerptKey struct {
	md string
	n  int
}

// excerpt is the start of what md reads as, in about n bytes (shorten):
// a change listed in every comparison of a policy that holds it.
func (s *snippets) excerpt(md string, n int) string {
	if s == nil {
		return shorten(readText(s, md), n)
	}
	k := excerptKey{md, n}
	if t, ok := s.short[k]; ok {
		return t
	}
	t := shorten(s.readText(md), n)
	s.short[k] = t
	return t
}

func (s *snippets) readText(md string) string {
	if s != nil {
		if t, ok := s.text[md]; ok {
			return t
		}
	}
	t := readText(s, md)
	if s != nil {
		s.text[md] = t
	}
	return t
}
