package build

import (
	"bytes"
	"fmt"
	"html/template"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/material"
	"github.com/redline-legal/redline/internal/redline"
	"github.com/redline-legal/redline/internal/site"
)

// Redline is a diff prepared for a page: the inline redline, the
// side-by-side table and the summary.
type Redline struct {
	Result     *redline.Result
	Inline     template.HTML   // the new text with deletions and insertions marked: whole, or on a site's redline page the changes with their context and a line for each run of unchanged text
	SideBySide template.HTML   // a table of the changes, old beside new
	Changes    []ChangeSummary // one per change: the material ones first, then in reading order
	From, To   string          // labels of the two texts, "Version 1", "Draft"

	Report        *material.Report // the verdicts, nil when not classified
	MaterialCount int
	// Unseen counts the changes readers cannot see (material.Verdict's
	// Hidden): shown as unchanged text and counted under the summary.
	Unseen int
}

// ChangeSummary is one line of a redline page's summary.
type ChangeSummary struct {
	ID       string // the anchor of the change on the page: its id, "c-1a2b3c4d"
	Kind     redline.Kind
	Label    string             // the kind for readers: "added", "removed", "changed", "moved"
	Section  string             // "8. International Data Transfers › Safeguards"
	Excerpt  string             // the start of the new text, or of the old for a deletion
	Note     string             // the materiality verdict's reason
	Material bool               // the change must be announced
	Override *material.Override // a reviewer's verdict, if any
}

// NewRedline renders r for a page, with the materiality verdicts of rep
// (nil when there are none): material changes are listed first in the
// summary, badged, with their reasons and any reviewer's override. The
// inline redline is the whole new text with its changes marked.
func NewRedline(r *redline.Result, rep *material.Report, from, to string) *Redline {
	return newRedline(r, rep, from, to, "", nil)
}

// newRedline is NewRedline; when full is the link to the page of the new
// text ("../../v2/"), the inline redline shows only the changes, each with
// the headings of its section and a block of context either side, and a
// run of unchanged text is one line that says how much it is and links to
// it on that page. Snippets of Markdown are rendered through sn.
func newRedline(r *redline.Result, rep *material.Report, from, to, full string, sn *snippets) *Redline {
	rl := &Redline{Result: r, Report: rep, From: from, To: to}
	// A change's anchor is its id, the one "redline diff" shows and notices
	// link to, when the changes are classified; else its place.
	ids := make([]string, len(r.Changes))
	for i := range ids {
		if rep != nil {
			ids[i] = rep.Verdicts[i].ID
		} else {
			ids[i] = fmt.Sprintf("c%d", i+1)
		}
	}
	w := &rowWriter{r: r, ids: ids, rep: rep, sn: sn, marked: make(map[int]marked)}
	// The builders start about as large as they end, rather than double
	// their way there: each redline page of a build makes two.
	var in, side strings.Builder
	est := 512 + 256*len(r.Changes)
	for _, c := range r.Changes {
		est += 2 * (len(c.Old) + len(c.New))
	}
	side.Grow(est)
	if full == "" {
		for _, row := range r.Rows {
			if row.New != nil {
				est += len(row.New.Text)
			} else if row.Old != nil {
				est += len(row.Old.Text)
			}
		}
	}
	in.Grow(est)
	if full == "" {
		for _, row := range r.Rows {
			w.row(&in, row)
		}
	} else {
		w.collapsed(&in, full, to)
	}
	side.WriteString(`<table class="sbs"><caption>Changes side by side</caption><thead><tr><th scope="col">` +
		template.HTMLEscapeString(from) + `</th><th scope="col">` + template.HTMLEscapeString(to) + "</th></tr></thead><tbody>\n")
	for i, c := range r.Changes {
		if rep != nil && rep.Verdicts[i].Hidden {
			rl.Unseen++
			continue
		}
		id := ids[i]
		sec := sectionLabel(c.Section)
		fmt.Fprintf(&side, `<tr><th colspan="2" scope="colgroup"><a href="#%s">§ %s</a> <span class="kind">%s</span></th></tr>`+"\n",
			id, template.HTMLEscapeString(sec), kindLabel(c.Kind))
		side.WriteString("<tr><td>")
		side.WriteString(w.spansHTML(i, c.Words, c.Old, redline.Deleted, c.Kind == redline.Insert))
		side.WriteString("</td><td>")
		side.WriteString(w.spansHTML(i, c.Words, c.New, redline.Inserted, c.Kind == redline.Delete))
		side.WriteString("</td></tr>\n")
		excerpt := c.New
		if c.Kind == redline.Delete {
			excerpt = c.Old
		}
		cs := ChangeSummary{ID: id, Kind: c.Kind, Label: kindLabel(c.Kind), Section: sec, Excerpt: sn.excerpt(excerpt, 90)}
		if rep != nil {
			v := rep.Verdicts[i]
			cs.Material, cs.Note, cs.Override = v.Material, v.Reason, v.Override
			if v.Material {
				rl.MaterialCount++
			}
		}
		rl.Changes = append(rl.Changes, cs)
	}
	sort.SliceStable(rl.Changes, func(i, j int) bool { return rl.Changes[i].Material && !rl.Changes[j].Material })
	side.WriteString("</tbody></table>\n")
	rl.Inline, rl.SideBySide = template.HTML(in.String()), template.HTML(side.String())
	return rl
}

// rowWriter renders the rows of one redline, each change's marked-up words
// made once for the inline text and the side-by-side table.
type rowWriter struct {
	r      *redline.Result
	ids    []string
	rep    *material.Report
	sn     *snippets
	marked map[int]marked // by change
}

// marked is a change's words rendered with its deletions and insertions
// marked: both sides together, and each side alone; ok is false when the
// markers cannot be placed (see markedHTML).
type marked struct {
	both, old, new string
	ok             bool
}

// marks renders change i's words once, and words the policy's other
// redline pages rendered already not again.
func (w *rowWriter) marks(i int, spans []redline.Span) marked {
	if m, ok := w.marked[i]; ok {
		return m
	}
	key := w.sn.marksKey(spans)
	if m, ok := w.sn.marks(key); ok {
		w.marked[i] = m
		return m
	}
	var m marked
	if h, ok := markedSource(w.sn, spans); ok {
		m.both, m.ok = markersToTags(h)
		if m.ok {
			var ok1, ok2 bool
			m.old, ok1 = markersToTags(dropMarked(h, insOpen, insClose, true))
			m.new, ok2 = markersToTags(dropMarked(h, delOpen, delClose, true))
			m.ok = ok1 && ok2
		}
	}
	w.marked[i] = m
	if w.sn != nil {
		w.sn.marked[key] = m
	}
	return m
}

// hidden reports a changed row readers cannot see.
func (w *rowWriter) hidden(row redline.Row) bool {
	return w.rep != nil && row.Change >= 0 && row.Kind != "" && w.rep.Verdicts[row.Change].Hidden
}

// row renders one row of the inline redline, and the verdict of a material
// change after it.
func (w *rowWriter) row(b *strings.Builder, row redline.Row) {
	writeRow(b, w, row)
	if w.rep != nil && row.Change >= 0 && !row.MoveFrom {
		if v := w.rep.Verdicts[row.Change]; v.Material {
			badge, item := "material", ""
			if !v.Certain {
				badge = "material, to confirm"
			}
			if v.GDPR != "" {
				item = ` <span class="gdpr">(GDPR ` + template.HTMLEscapeString(v.GDPR) + `)</span>`
			}
			fmt.Fprintf(b, `<p class="verdict"><span class="badge material">%s</span> %s%s</p>`+"\n", badge, template.HTMLEscapeString(v.Reason), item)
		}
	}
}

// collapsed renders the rows that show the changes: each changed row, the
// headings of the section it is in, and the unchanged block before and
// after it. Two or more unchanged blocks in a row become one line linking
// to them in the full text at full, the page of the version labelled to.
func (w *rowWriter) collapsed(b *strings.Builder, full, to string) {
	rows := w.r.Rows
	show := make([]bool, len(rows))
	var heads [7]int // the row of the current heading of each level, -1 for none
	for i := range heads {
		heads[i] = -1
	}
	for i, row := range rows {
		if bl := row.New; bl != nil && !row.MoveFrom && bl.Kind == markdown.HeadingBlock && bl.Level >= 1 && bl.Level <= 6 {
			heads[bl.Level] = i
			for l := bl.Level + 1; l < len(heads); l++ {
				heads[l] = -1
			}
		}
		if row.Kind == "" || w.hidden(row) && row.New != nil {
			continue
		}
		show[i] = true
		if w.hidden(row) {
			continue // a deleted comment: shown as nothing, with no context
		}
		for _, h := range heads {
			if h >= 0 {
				show[h] = true
			}
		}
		if i > 0 {
			show[i-1] = true
		}
		if i+1 < len(rows) {
			show[i+1] = true
		}
	}
	for i := 0; i < len(rows); {
		if show[i] {
			w.row(b, rows[i])
			i++
			continue
		}
		j := i
		for j < len(rows) && !show[j] {
			j++
		}
		if j-i < 2 {
			w.row(b, rows[i]) // one block takes no more room than a line about it
		} else {
			writeUnchanged(b, rows[i:j], full, to)
		}
		i = j
	}
}

// writeUnchanged writes the line that stands for a run of unchanged blocks:
// how many paragraphs, the sections it holds, and a link to them.
func writeUnchanged(b *strings.Builder, rows []redline.Row, full, to string) {
	paras := 0
	var sections []string
	for _, row := range rows {
		if row.New.Kind == markdown.HeadingBlock {
			sections = append(sections, sectionLabel(row.New.Section[len(row.New.Section)-1:]))
		} else {
			paras++
		}
	}
	href := full
	if a := rows[0].New.Anchor; a != "" {
		href += "#" + a
	}
	var what string
	switch {
	case paras == 1:
		what = "1 unchanged paragraph"
	case paras > 1:
		what = fmt.Sprintf("%d unchanged paragraphs", paras)
	case len(sections) == 1:
		what = "1 unchanged heading"
	default:
		what = fmt.Sprintf("%d unchanged headings", len(sections))
	}
	fmt.Fprintf(b, `<p class="unchanged"><a href="%s">%s of %s</a>`, template.HTMLEscapeString(href), what, template.HTMLEscapeString(to))
	if len(sections) > 0 {
		b.WriteString(", in § ")
		const named = 3
		for k, s := range sections[:min(len(sections), named)] {
			if k > 0 {
				b.WriteString(", § ")
			}
			b.WriteString(template.HTMLEscapeString(s))
		}
		if n := len(sections) - named; n == 1 {
			b.WriteString(" and 1 more section")
		} else if n > 1 {
			fmt.Fprintf(b, " and %d more sections", n)
		}
	}
	b.WriteString("</p>\n")
}

// ChangeList is the summary as the list items of the default layout of a
// redline page, made in Go for the reason of Page.TOCList: a link to each
// change, its kind and section, its material badge and reason, a
// reviewer's verdict, and its excerpt.
func (rl *Redline) ChangeList() template.HTML {
	var b strings.Builder
	n := 0
	for _, c := range rl.Changes {
		n += 160 + len(c.Section) + len(c.Note) + len(c.Excerpt)
	}
	b.Grow(n)
	esc := template.HTMLEscapeString
	for _, c := range rl.Changes {
		fmt.Fprintf(&b, "\n<li><a href=\"#%s\"><span class=\"kind\">%s</span> § %s</a>", esc(c.ID), esc(c.Label), esc(c.Section))
		if c.Material {
			b.WriteString(` <span class="badge material">material</span>`)
		}
		if c.Note != "" {
			b.WriteString(" " + esc(c.Note))
		}
		if o := c.Override; o != nil {
			b.WriteString(`<br><span class="override">Verdict set by ` + esc(o.By) + ": " + esc(o.Reason) + "</span>")
		}
		b.WriteString(`<br><span class="muted">` + esc(c.Excerpt) + "</span></li>")
	}
	if rl.Unseen > 0 {
		b.WriteString("\n<li class=\"muted\">" + esc(material.UnseenNote(rl.Unseen)) + "</li>")
	}
	return template.HTML(b.String())
}

func sectionLabel(path []string) string {
	if len(path) == 0 {
		return "Introduction"
	}
	return strings.Join(path, " › ")
}

func kindLabel(k redline.Kind) string {
	switch k {
	case redline.Insert:
		return "added"
	case redline.Delete:
		return "removed"
	case redline.Replace:
		return "changed"
	case redline.Move:
		return "moved"
	}
	return ""
}

// shorten cuts s to about n characters at a word boundary, without Markdown markers.
func shorten(s string, n int) string {
	// Only the start is shown: a long paragraph is cut before it is
	// cleaned, unless what is left of the start is too short.
	if len(s) > 8*n {
		cut := 8 * n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		if t := shorten(s[:cut], n); len(t) > n {
			return t
		}
	}
	s = strings.Join(strings.Fields(markers.Replace(s)), " ")
	s = strings.TrimLeft(s, "-*+ ")
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		for cut = n; cut > 0 && !utf8.RuneStart(s[cut]); cut-- {
		}
	}
	return s[:cut] + "…"
}

var markers = strings.NewReplacer("**", "", "__", "", "`", "", "#", "")

// writeRow renders one row of the inline redline.
func writeRow(b *strings.Builder, w *rowWriter, row redline.Row) {
	r := w.r
	var id string
	if row.Change >= 0 {
		id = w.ids[row.Change]
	}
	switch {
	case w.hidden(row):
		if row.New != nil && !row.MoveFrom {
			w.writeBlock(b, row.New) // what readers see did not change
		}
	case row.Kind == "":
		w.writeBlock(b, row.New)
	case row.MoveFrom:
		fmt.Fprintf(b, `<p class="moved-from" id="from-%s"><del><span class="vh">Moved away: </span>%s</del> <a href="#%s">Moved to § %s</a></p>`+"\n",
			id, template.HTMLEscapeString(w.sn.excerpt(row.Old.Text, 80)), id, template.HTMLEscapeString(sectionLabel(r.Changes[row.Change].Section)))
	case row.Kind == redline.Insert:
		fmt.Fprintf(b, `<div class="chg" id="%s"><ins class="block"><span class="vh">Added: </span>`, id)
		w.writeBlock(b, row.New)
		b.WriteString("</ins></div>\n")
	case row.Kind == redline.Delete:
		fmt.Fprintf(b, `<div class="chg" id="%s"><del class="block"><span class="vh">Removed: </span>`, id)
		w.writeBlock(b, row.Old)
		b.WriteString("</del></div>\n")
	case row.Kind == redline.Move:
		fmt.Fprintf(b, `<div class="chg moved" id="%s"><p class="note"><a href="#from-%s">Moved here from § %s</a></p>`,
			id, id, template.HTMLEscapeString(sectionLabel(row.Old.Section)))
		if row.Words == nil {
			w.writeBlock(b, row.New)
		} else {
			writeEdited(b, w, row)
		}
		b.WriteString("</div>\n")
	default: // Replace
		fmt.Fprintf(b, `<div class="chg" id="%s">`, id)
		writeEdited(b, w, row)
		b.WriteString("</div>\n")
	}
}

// writeBlock renders an unchanged (or wholly added or removed) block as the
// page would show it; a heading keeps its anchor.
func (w *rowWriter) writeBlock(b *strings.Builder, bl *markdown.Block) {
	if bl.Kind == markdown.HeadingBlock {
		fmt.Fprintf(b, `<h%d id="%s">%s</h%d>`+"\n", bl.Level, bl.Anchor,
			template.HTMLEscapeString(bl.Section[len(bl.Section)-1]), bl.Level)
		return
	}
	if plainText(bl.Text) {
		// Most policy text is plain sentences: no need for a Markdown parser.
		switch bl.Kind {
		case markdown.Paragraph:
			b.WriteString("<p>" + template.HTMLEscapeString(bl.Text) + "</p>\n")
			return
		case markdown.ListItem:
			if t, ok := strings.CutPrefix(bl.Text, "- "); ok {
				b.WriteString("<ul>\n<li>" + template.HTMLEscapeString(t) + "</li>\n</ul>\n")
				return
			}
		}
	}
	h, err := w.sn.render(bl.Text)
	if err != nil {
		b.WriteString("<p>" + template.HTMLEscapeString(bl.Text) + "</p>\n")
		return
	}
	b.WriteString(h)
}

// plainText reports text that Markdown renders as itself: one line, no
// markup, nothing that could become a link.
func plainText(s string) bool {
	return !strings.ContainsAny(s, "\n*_`[]<>&\\!#|@~") && !strings.Contains(s, "://") && !strings.Contains(s, "www.")
}

// writeEdited renders a block edited word by word, in the element of its
// kind, its Markdown rendered as on the rest of the page. A block whose
// markup itself changed so that the words cannot be marked in place is
// shown whole, the old struck and the new inserted.
func writeEdited(b *strings.Builder, w *rowWriter, row redline.Row) {
	if row.New.Kind == markdown.HeadingBlock {
		fmt.Fprintf(b, `<h%d id="%s">`, row.New.Level, row.New.Anchor)
		b.WriteString(w.spansHTML(row.Change, trimUnderlineSpans(trimPrefixSpans(row.Words, "#", " ")), "", -1, false))
		fmt.Fprintf(b, "</h%d>\n", row.New.Level)
		return
	}
	if m := w.marks(row.Change, row.Words); m.ok {
		b.WriteString(m.both)
		return
	}
	b.WriteString(`<del class="block"><span class="vh">Removed: </span>`)
	w.writeBlock(b, row.Old)
	b.WriteString(`</del><ins class="block"><span class="vh">Added: </span>`)
	w.writeBlock(b, row.New)
	b.WriteString("</ins>\n")
}

// trimPrefixSpans drops a leading Markdown marker ("## ", "- ") that both
// sides share.
func trimPrefixSpans(spans []redline.Span, marks, space string) []redline.Span {
	if len(spans) == 0 || spans[0].Op != redline.Equal {
		return spans
	}
	t := strings.TrimLeft(spans[0].Text, marks)
	t = strings.TrimLeft(t, space)
	out := append([]redline.Span{{Op: redline.Equal, Text: t}}, spans[1:]...)
	return out
}

// trimUnderlineSpans drops the "=====" or "-----" line under a setext
// heading, on each side: the page shows the heading's words, not its
// underline.
func trimUnderlineSpans(spans []redline.Span) []redline.Span {
	out := append([]redline.Span(nil), spans...)
	oldDone, newDone := false, false
	for i := len(out) - 1; i >= 0 && !(oldDone && newDone); i-- {
		sp := &out[i]
		onOld, onNew := sp.Op != redline.Inserted, sp.Op != redline.Deleted
		if (!onOld || oldDone) && (!onNew || newDone) {
			continue
		}
		nl := strings.LastIndexByte(sp.Text, '\n')
		if strings.Trim(sp.Text[nl+1:], "=- \t\r") != "" {
			return spans // the last line has words: not an underline
		}
		sp.Text = strings.TrimRight(sp.Text[:max(nl, 0)], "\r")
		if nl >= 0 {
			oldDone, newDone = oldDone || onOld, newDone || onNew
		}
	}
	kept := out[:0]
	for _, sp := range out {
		if sp.Text != "" {
			kept = append(kept, sp)
		}
	}
	return kept
}

// spansHTML renders one cell of the side-by-side table: with only set to
// Deleted or Inserted, one side of the spans, its words marked up as <del>
// or <ins> with a hidden word for screen readers, so that the redline does
// not rely on colour; whole is that side's Markdown, shown when there are
// no spans; empty marks a side that has nothing. A heading shows its words,
// without its "##" (and without an id: the page has it once already).
func (w *rowWriter) spansHTML(change int, spans []redline.Span, whole string, only redline.Op, empty bool) string {
	if empty {
		return `<span class="muted">—</span>`
	}
	heading := false
	if spans == nil {
		if text, ok := markdown.CutHeadingMarker(whole); ok {
			return "<strong>" + template.HTMLEscapeString(text) + "</strong>"
		}
	} else {
		_, heading = markdown.CutHeadingMarker(spans[0].Text)
		if _, setext := markdown.CutHeadingMarker(whole); setext && !heading {
			heading, spans = true, trimUnderlineSpans(spans) // "Title" over "-----"
		}
	}
	if !heading && only >= 0 {
		if spans != nil {
			if m := w.marks(change, spans); m.ok {
				if only == redline.Deleted {
					return m.old
				}
				return m.new
			}
		}
		var b strings.Builder
		w.writeBlock(&b, &markdown.Block{Kind: markdown.Paragraph, Text: whole})
		if spans == nil {
			return b.String()
		}
		if only == redline.Deleted {
			return `<del class="block"><span class="vh">Removed: </span>` + b.String() + "</del>"
		}
		return `<ins class="block"><span class="vh">Added: </span>` + b.String() + "</ins>"
	}
	if spans == nil {
		return template.HTMLEscapeString(whole)
	}
	var b strings.Builder
	for i, s := range spans {
		text := s.Text
		if i == 0 {
			if h, ok := markdown.CutHeadingMarker(text); ok {
				text = h // the table shows a heading's words, not its "##"
			}
		}
		t := template.HTMLEscapeString(text)
		switch {
		case s.Op == redline.Equal:
			b.WriteString(t)
		case only >= 0 && s.Op != only:
		case s.Op == redline.Deleted:
			b.WriteString(`<del><span class="vh">[removed: </span>` + t + `<span class="vh">]</span></del>`)
		default:
			b.WriteString(`<ins><span class="vh">[added: </span>` + t + `<span class="vh">]</span></ins>`)
		}
	}
	return b.String()
}

// Standalone renders a redline as one self-contained HTML page, with the
// theme's stylesheet inline, for "redline diff --format html".
func Standalone(theme Theme, rl *Redline, title string, now site.Date) ([]byte, error) {
	tmpl, err := theme.templates()
	if err != nil {
		return nil, err
	}
	css, err := theme.file("static/style.css")
	if err != nil {
		return nil, err
	}
	s := &site.Site{Config: &site.Config{Title: "redline", LanguageCode: "en"}}
	p := &Page{Site: s, Now: now, Lang: "en", Path: "redline.html", Title: title, Redline: rl,
		InlineCSS: template.CSS(css), NoIndex: true}
	var buf bytes.Buffer
	if err := tmpl["changes.html"].Execute(&buf, p); err != nil {
		return nil, TemplateError("layouts/changes.html", err)
	}
	return buf.Bytes(), nil
}
