package build

import (
	"regexp"

	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/material"
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
	html map[string]string // Markdown → HTML
	text map[string]string // Markdown → what it reads as (readText)

	// memo keeps the verdicts on the policy's changes: the comparisons of
	// its versions share most of them (material.Memo).
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
	return &snippets{html: make(map[string]string), text: make(map[string]string)}
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
