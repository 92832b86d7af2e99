// Package check finds defects in a site's policy texts that a build accepts
// but a reader would trip over: a heading with nothing under it, a section
// or paragraph that appears twice, an unfilled placeholder, an email address
// lost in copying, a link to an anchor that does not exist.
//
// It looks at what authors can still fix: each policy's draft, or the newest
// published version when a policy has no draft. Published versions are
// immutable, so their defects are reported once, where the fix will go.
// Check reads only the loaded site model; it does no I/O.
package check

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/site"
	"github.com/yuin/goldmark/ast"
)

// Finding is one defect at one place.
type Finding struct {
	File string `json:"file"`
	Line int    `json:"line"`
	Rule string `json:"rule"` // "empty-section", "duplicate-section", ...
	Msg  string `json:"message"`
	Hint string `json:"hint,omitempty"`
}

// Site checks every policy of s and returns the findings sorted by place.
func Site(s *site.Site) []Finding {
	var out []Finding
	for _, b := range s.Brands {
		for _, p := range b.Policies {
			doc := p.Draft
			if doc == nil {
				if v := p.Latest(); v != nil {
					doc = &v.Document
				}
			}
			if doc != nil {
				out = append(out, Document(doc.File, doc.Body, doc.BodyLine)...)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return out
}

// section is a heading and the source of everything under it up to the
// next heading of the same or a higher level.
type section struct {
	level      int
	title, id  string
	line       int
	start, end int // byte range of the content below the heading
}

// Document checks one Markdown body; bodyLine is the file line it starts on.
func Document(file string, body []byte, bodyLine int) []Finding {
	c := &checker{file: file, body: body, bodyLine: bodyLine}
	root := markdown.Parse(body)
	if strings.TrimSpace(string(body)) == "" {
		return []Finding{{File: file, Line: bodyLine, Rule: "empty-document", Msg: "the policy has no text",
			Hint: "write the policy below the front matter"}}
	}
	c.walk(root)
	c.emptySections()
	c.duplicateSections()
	c.duplicateParagraphs()
	c.placeholders()
	c.anchors()
	return c.found
}

type checker struct {
	file     string
	body     []byte
	bodyLine int
	sections []section
	copies   []span // sections that repeat an earlier one word for word
	paras    []para
	links    []link
	linkText []span // where the text of each link with a destination lies
	ids      map[string]bool
	newlines []int // offsets of the body's newlines, for line
	found    []Finding
}

type para struct {
	text   string
	line   int
	offset int
}

type link struct {
	target string
	line   int
}

// span is a byte range of the body.
type span struct{ start, end int }

func (c *checker) add(line int, rule, hint, format string, args ...any) {
	c.found = append(c.found, Finding{File: c.file, Line: line, Rule: rule, Msg: fmt.Sprintf(format, args...), Hint: hint})
}

// line converts a byte offset of the body to a line of the file. It looks
// the offset up among the body's newlines, found once, so that placing
// every paragraph of a long document costs no more than reading it.
func (c *checker) line(offset int) int {
	if c.newlines == nil {
		c.newlines = make([]int, 0, bytes.Count(c.body, []byte("\n")))
		for i, b := range c.body {
			if b == '\n' {
				c.newlines = append(c.newlines, i)
			}
		}
	}
	return c.bodyLine + sort.SearchInts(c.newlines, min(offset, len(c.body)))
}

func (c *checker) walk(root ast.Node) {
	c.ids = map[string]bool{}
	var open []int // indices of the sections not yet ended, innermost last
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		start := nodeStart(n)
		if h, ok := n.(*ast.Heading); ok {
			id, _ := h.AttributeString("id")
			idb, _ := id.([]byte)
			c.ids[string(idb)] = true
			// close the sections this heading ends
			for len(open) > 0 && c.sections[open[len(open)-1]].level >= h.Level {
				c.sections[open[len(open)-1]].end = start
				open = open[:len(open)-1]
			}
			contentStart := len(c.body)
			if next := n.NextSibling(); next != nil {
				contentStart = max(nodeStart(next), start)
			}
			open = append(open, len(c.sections))
			c.sections = append(c.sections, section{level: h.Level, title: markdown.PlainText(h, c.body),
				id: string(idb), line: c.line(start), start: contentStart, end: -1})
			continue
		}
		if p, ok := n.(*ast.Paragraph); ok {
			text := markdown.PlainText(p, c.body)
			c.paras = append(c.paras, para{text: text, line: c.line(start), offset: start})
			// "...the following purposes:" may introduce subsections; a
			// colon before the end of its own section introduces nothing.
			next := n.NextSibling()
			nextHeading, _ := next.(*ast.Heading)
			if strings.HasSuffix(text, ":") && (next == nil || nextHeading != nil && nextHeading.Level <= c.level()) {
				c.add(c.line(start), "dangling-colon", "add what the sentence announces (an address, a list), or end it differently",
					"text ends with a colon, but what it introduces is missing")
			}
		}
		_ = ast.Walk(n, func(m ast.Node, entering bool) (ast.WalkStatus, error) {
			l, ok := m.(*ast.Link)
			if !entering || !ok {
				return ast.WalkContinue, nil
			}
			if len(l.Destination) > 0 {
				if sp, ok := textSpan(l); ok {
					c.linkText = append(c.linkText, sp)
				}
			}
			if bytes.HasPrefix(l.Destination, []byte("#")) {
				at := start
				if p := l.Pos(); p >= 0 {
					at = p
				}
				c.links = append(c.links, link{target: string(l.Destination[1:]), line: c.line(at)})
			}
			return ast.WalkContinue, nil
		})
	}
	for _, i := range open {
		c.sections[i].end = len(c.body)
	}
	for i := range c.sections { // a section never ends before its content starts
		c.sections[i].start = min(c.sections[i].start, c.sections[i].end)
	}
}

// textSpan is the byte range of the source that a link's text covers.
func textSpan(l *ast.Link) (span, bool) {
	sp, found := span{}, false
	_ = ast.Walk(l, func(m ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := m.(*ast.Text); ok && entering {
			if !found {
				sp.start = t.Segment.Start
			}
			sp.end, found = t.Segment.Stop, true
		}
		return ast.WalkContinue, nil
	})
	return sp, found
}

// level is the level of the innermost open section, 0 before any heading.
func (c *checker) level() int {
	if n := len(c.sections); n > 0 {
		return c.sections[n-1].level
	}
	return 0
}

// nodeStart is the byte offset where a block starts in the source. An empty
// heading ("### " alone) has no lines: goldmark's position is the only
// place it has.
func nodeStart(n ast.Node) int {
	if p := n.Pos(); p >= 0 {
		return p
	}
	if n.Type() == ast.TypeBlock {
		if lines := n.Lines(); lines != nil && lines.Len() > 0 {
			return lines.At(0).Start // for a heading, after its #s: the same line
		}
	}
	for c := n.FirstChild(); c != nil; c = c.FirstChild() {
		if lines := c.Lines(); lines != nil && lines.Len() > 0 {
			return lines.At(0).Start
		}
	}
	return 0
}

func (c *checker) emptySections() {
	for i, s := range c.sections {
		if s.title == "" {
			c.add(s.line, "empty-heading", "write the heading's title, or remove the line of #s",
				"a heading with no text (pages saved from a website often have them)")
			continue
		}
		empty := len(bytes.TrimSpace(c.body[s.start:s.end])) == 0
		hasSub := i+1 < len(c.sections) && c.sections[i+1].level > s.level && c.sections[i+1].start <= s.end
		if empty && !hasSub {
			c.add(s.line, "empty-section", "write the section's text, or remove the heading",
				"heading %q is followed by nothing", s.title)
		}
	}
}

func (c *checker) duplicateSections() {
	seen := map[string]section{}
	for _, s := range c.sections {
		if s.title == "" {
			continue // reported as an empty heading
		}
		key := strings.ToLower(s.title)
		first, dup := seen[key]
		if !dup {
			seen[key] = s
			continue
		}
		a := bytes.TrimSpace(c.body[first.start:first.end])
		b := bytes.TrimSpace(c.body[s.start:s.end])
		if bytes.Equal(a, b) {
			c.copies = append(c.copies, span{s.start, s.end})
			c.add(s.line, "duplicate-section", "remove one of the two copies",
				"section %q repeats the section on line %d word for word", s.title, first.line)
		} else {
			c.add(s.line, "duplicate-heading", fmt.Sprintf("its anchor is #%s; give one of them another title, or an explicit {#id}", s.id),
				"a second section is titled %q (the first is on line %d)", s.title, first.line)
		}
	}
}

func (c *checker) duplicateParagraphs() {
	seen := map[string]int{}
	copies := merge(c.copies)
	for _, p := range c.paras {
		if len(p.text) < 40 {
			continue // short lines such as "Email:" legitimately repeat
		}
		if first, ok := seen[p.text]; ok {
			if !within(copies, p.offset) { // else already reported with its section
				c.add(p.line, "duplicate-paragraph", "remove the repetition, unless it is meant",
					"paragraph repeats the one on line %d", first)
			}
			continue
		}
		seen[p.text] = p.line
	}
}

// merge sorts spans and joins those that overlap, so that within can
// search them.
func merge(spans []span) []span {
	spans = slices.Clone(spans)
	slices.SortFunc(spans, func(a, b span) int { return a.start - b.start })
	var out []span
	for _, s := range spans {
		if n := len(out); n > 0 && s.start <= out[n-1].end {
			out[n-1].end = max(out[n-1].end, s.end)
			continue
		}
		out = append(out, s)
	}
	return out
}

// within reports whether offset lies in one of the sorted, disjoint spans.
func within(spans []span, offset int) bool {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].end > offset })
	return i < len(spans) && spans[i].start <= offset
}

var (
	placeholder = regexp.MustCompile(`(?i)\[(insert|add|enter|your|company|date|address|email|name|link)\b[^\]\n]*\]|\b(TODO|TBD|FIXME)\b|lorem ipsum`)
	lostEmail   = regexp.MustCompile(`\[email(&#160;|\s)protected\]`)
)

// placeholders reports every unfilled placeholder and every lost email
// address. Bracketed text that is the text of a link with a destination
// ("[link](https://...)", "[your rights](#rights)") is a link, not a
// placeholder.
func (c *checker) placeholders() {
	links := merge(c.linkText)
	for _, start := range c.candidateLines() {
		end := len(c.body)
		if i := bytes.IndexByte(c.body[start:], '\n'); i >= 0 {
			end = start + i
		}
		for _, m := range placeholder.FindAllIndex(c.body[start:end], -1) {
			m0, m1 := start+m[0], start+m[1]
			text := c.body[m0:m1]
			if lostEmail.Match(text) {
				continue
			}
			if text[0] == '[' && (m1-m0 > 2 && within(links, m0+1) || c.definition(m0, m1)) {
				continue
			}
			c.add(c.line(m0), "placeholder", "fill it in before publishing", "unfilled placeholder %q", text)
		}
	}
	for _, m := range lostEmail.FindAllIndex(c.body, -1) {
		c.add(c.line(m[0]), "lost-email", "write the real address; the copy from a web page replaced it with this text",
			"an email address was lost in copying: %q", "[email protected]")
	}
}

// candidateLines returns the start of each line that may hold a
// placeholder: one with a "[" or, in any case, "todo", "tbd", "fixme" or
// "lorem ipsum". Searching for these literals is many times faster than
// running the case-insensitive placeholder pattern over every byte, which
// made check take seconds on a long policy.
func (c *checker) candidateLines() []int {
	lower := make([]byte, len(c.body))
	for i, b := range c.body {
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		lower[i] = b
	}
	var at []int
	for _, lit := range []string{"[", "todo", "tbd", "fixme", "lorem ipsum"} {
		for i := 0; ; {
			j := bytes.Index(lower[i:], []byte(lit))
			if j < 0 {
				break
			}
			at = append(at, c.lineStart(i+j))
			i += j + len(lit)
		}
	}
	slices.Sort(at)
	return slices.Compact(at)
}

// lineStart is the offset of the start of the line holding offset.
func (c *checker) lineStart(offset int) int {
	if n := c.line(offset) - c.bodyLine; n > 0 {
		return c.newlines[n-1] + 1
	}
	return 0
}

// definition reports whether the bracketed label at body[start:end] opens
// a link reference definition ("[link]: https://..." on a line of its own).
func (c *checker) definition(start, end int) bool {
	if end >= len(c.body) || c.body[end] != ':' {
		return false
	}
	lineStart := c.lineStart(start)
	return start-lineStart <= 3 && len(bytes.Trim(c.body[lineStart:start], " ")) == 0
}

func (c *checker) anchors() {
	for _, l := range c.links {
		if l.target != "" && !c.ids[l.target] {
			c.add(l.line, "broken-anchor", "link to one of the document's headings, or fix the heading's anchor",
				"link to #%s, which no heading has", l.target)
		}
	}
}
