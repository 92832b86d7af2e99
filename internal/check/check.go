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
	copies   []section // sections that repeat an earlier one word for word
	paras    []para
	links    []link
	ids      map[string]bool
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

func (c *checker) add(line int, rule, hint, format string, args ...any) {
	c.found = append(c.found, Finding{File: c.file, Line: line, Rule: rule, Msg: fmt.Sprintf(format, args...), Hint: hint})
}

// line converts a byte offset of the body to a line of the file.
func (c *checker) line(offset int) int {
	return c.bodyLine + bytes.Count(c.body[:min(offset, len(c.body))], []byte("\n"))
}

func (c *checker) walk(root ast.Node) {
	c.ids = map[string]bool{}
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		start := nodeStart(n)
		if h, ok := n.(*ast.Heading); ok {
			id, _ := h.AttributeString("id")
			idb, _ := id.([]byte)
			c.ids[string(idb)] = true
			// close the sections this heading ends
			for i := len(c.sections) - 1; i >= 0 && c.sections[i].end < 0; i-- {
				if c.sections[i].level >= h.Level {
					c.sections[i].end = start
				}
			}
			contentStart := len(c.body)
			if next := n.NextSibling(); next != nil {
				contentStart = nodeStart(next)
			}
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
			if l, ok := m.(*ast.Link); entering && ok && bytes.HasPrefix(l.Destination, []byte("#")) {
				c.links = append(c.links, link{target: string(l.Destination[1:]), line: c.line(start)})
			}
			return ast.WalkContinue, nil
		})
	}
	for i := range c.sections {
		if c.sections[i].end < 0 {
			c.sections[i].end = len(c.body)
		}
	}
}

// level is the level of the innermost open section, 0 before any heading.
func (c *checker) level() int {
	if n := len(c.sections); n > 0 {
		return c.sections[n-1].level
	}
	return 0
}

// nodeStart is the byte offset where a block starts in the source.
func nodeStart(n ast.Node) int {
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
		content := strings.TrimSpace(string(c.body[min(s.start, s.end):s.end]))
		hasSub := i+1 < len(c.sections) && c.sections[i+1].level > s.level && c.sections[i+1].start <= s.end
		if content == "" && !hasSub {
			c.add(s.line, "empty-section", "write the section's text, or remove the heading",
				"heading %q is followed by nothing", s.title)
		}
	}
}

func (c *checker) duplicateSections() {
	seen := map[string]section{}
	for _, s := range c.sections {
		key := strings.ToLower(s.title)
		first, dup := seen[key]
		if !dup {
			seen[key] = s
			continue
		}
		a := strings.TrimSpace(string(c.body[first.start:first.end]))
		b := strings.TrimSpace(string(c.body[s.start:s.end]))
		if a == b {
			c.copies = append(c.copies, s)
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
	inCopy := func(offset int) bool { // already reported with its section
		for _, s := range c.copies {
			if s.start <= offset && offset < s.end {
				return true
			}
		}
		return false
	}
	for _, p := range c.paras {
		if len(p.text) < 40 {
			continue // short lines such as "Email:" legitimately repeat
		}
		if first, ok := seen[p.text]; ok {
			if !inCopy(p.offset) {
				c.add(p.line, "duplicate-paragraph", "remove the repetition, unless it is meant",
					"paragraph repeats the one on line %d", first)
			}
			continue
		}
		seen[p.text] = p.line
	}
}

var (
	placeholder = regexp.MustCompile(`(?i)\[(insert|add|enter|your|company|date|address|email|name|link)\b[^\]]*\]|\b(TODO|TBD|FIXME)\b|lorem ipsum`)
	lostEmail   = regexp.MustCompile(`\[email(&#160;|\s)protected\]`)
)

func (c *checker) placeholders() {
	for i, line := range strings.Split(string(c.body), "\n") {
		if m := placeholder.FindString(line); m != "" && !lostEmail.MatchString(m) {
			c.add(c.bodyLine+i, "placeholder", "fill it in before publishing", "unfilled placeholder %q", m)
		}
		if lostEmail.MatchString(line) {
			c.add(c.bodyLine+i, "lost-email", "write the real address; the copy from a web page replaced it with this text",
				"an email address was lost in copying: %q", "[email protected]")
		}
	}
}

func (c *checker) anchors() {
	for _, l := range c.links {
		if l.target != "" && !c.ids[l.target] {
			c.add(l.line, "broken-anchor", "link to one of the document's headings, or fix the heading's anchor",
				"link to #%s, which no heading has", l.target)
		}
	}
}
