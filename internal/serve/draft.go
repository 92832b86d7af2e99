package serve

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"html/template"
	"slices"
	"strings"
	"sync"

	"github.com/redline-legal/redline/internal/check"
	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/review"
	"github.com/redline-legal/redline/internal/site"
)

// memo keeps what was computed about a draft, by a hash of everything it
// depends on, so that a page or the index asked for again after a build
// that did not touch the draft costs nothing.
type memo struct {
	mu sync.Mutex
	m  map[[32]byte]any
}

func (m *memo) get(k [32]byte, compute func() any) any {
	m.mu.Lock()
	v, ok := m.m[k]
	m.mu.Unlock()
	if ok {
		return v
	}
	v = compute()
	m.mu.Lock()
	if m.m == nil || len(m.m) > 10000 {
		m.m = make(map[[32]byte]any) // forget the past rather than grow without end
	}
	m.m[k] = v
	m.mu.Unlock()
	return v
}

func hashOf(parts ...[]byte) [32]byte {
	h := sha256.New()
	for _, p := range parts {
		fmt.Fprintf(h, "%d:", len(p))
		h.Write(p)
	}
	var k [32]byte
	h.Sum(k[:0])
	return k
}

// draftState is a draft compared with the newest version published by the
// preview's day, as release and the draft page compare them.
type draftState struct {
	policy   *site.Policy
	last     *site.Version // nil: the draft would be version 1
	outcome  *review.Outcome
	changes  int
	material int
	earliest site.Date
	err      error
}

func (s *Server) draft(st *state, p *site.Policy) *draftState {
	versions := p.PublishedBy(st.day)
	var last *site.Version
	var lastBody []byte
	if len(versions) > 0 {
		last = versions[len(versions)-1]
		lastBody = last.Body
	}
	ov, _ := json.Marshal(p.Draft.Overrides)
	rules, _ := json.Marshal(st.site.Config.Material)
	k := hashOf([]byte("draft"), []byte(p.Key()), []byte(st.day.String()), lastBody, p.Draft.Body, ov, rules,
		[]byte(fmt.Sprint(p.Brand.NoticeDays, len(versions))))
	d := s.memo.get(k, func() any {
		d := &draftState{policy: p, last: last, earliest: st.day}
		if last == nil {
			return d
		}
		rb, err := review.Rulebook(st.site.Config)
		if err != nil {
			d.err = err
			return d
		}
		out, err := review.Compare(rb, &last.Document, p.Draft)
		if err != nil {
			d.err = err
			return d
		}
		d.outcome, d.changes, d.material = out, out.Result.Stats.Total(), out.Report.Count()
		if out.Report.Material {
			d.earliest = st.day.AddDays(p.Brand.NoticeDays)
		}
		if d.earliest.Before(last.Effective) {
			d.earliest = last.Effective
		}
		return d
	}).(*draftState)
	c := *d
	c.policy, c.last = p, last // the memo may hold an earlier load's objects
	return &c
}

// findings are check's warnings for a draft.
func (s *Server) findings(d *site.Document) []check.Finding {
	k := hashOf([]byte("check"), []byte(d.File), []byte(fmt.Sprint(d.BodyLine)), d.Body)
	return s.memo.get(k, func() any { return check.Document(d.File, d.Body, d.BodyLine) }).([]check.Finding)
}

var draftExtras = template.Must(template.New("extras").Parse(`
<section class="preview-extras" aria-labelledby="preview-check" style="border:2px solid #b35c00;padding:0 1em;margin:1em 0">
<h2 id="preview-check">Preview</h2>
<p><a href="/_redline/notice/{{.Key}}/">The change notice users would get</a> (<a href="/_redline/notice/{{.Key}}/notice.txt">as text</a>).</p>
{{- if .Findings}}
<p><strong>{{len .Findings}} {{if eq (len .Findings) 1}}warning{{else}}warnings{{end}} from <code>redline check</code>:</strong></p>
<ul class="check-warnings">
{{- range .Findings}}
<li><code>{{.File}}:{{.Line}}</code> {{.Msg}} <span class="muted">[{{.Rule}}]</span>{{with .Hint}}<br>{{.}}{{end}}</li>
{{- end}}
</ul>
{{- else}}
<p><code>redline check</code> finds nothing to fix in this draft.</p>
{{- end}}
{{- range .Warnings}}
<p class="check-warnings"><code>{{.Error}}</code>{{with .Hint}}<br>{{.}}{{end}}</p>
{{- end}}
</section>`))

// withDraftExtras adds to a draft's page, below its header, check's
// warnings for the draft and the link to its notice.
func (s *Server) withDraftExtras(st *state, page []byte, brand, policy string) []byte {
	if st.site == nil {
		return page
	}
	b := st.site.Brand(brand)
	if b == nil || b.Policy(policy) == nil || b.Policy(policy).Draft == nil {
		return page
	}
	p := b.Policy(policy)
	data := struct {
		Key      string
		Findings []check.Finding
		Warnings []*diag.Error
	}{Key: p.Key(), Findings: s.findings(p.Draft)}
	for _, w := range st.warns {
		if w.File == p.Draft.File {
			data.Warnings = append(data.Warnings, w)
		}
	}
	var buf bytes.Buffer
	if err := draftExtras.Execute(&buf, data); err != nil {
		return page
	}
	page = inlineFindings(page, p.Draft, data.Findings)
	at := bytes.Index(page, []byte(`<header class="doc-head">`))
	if at < 0 {
		return page
	}
	end := bytes.Index(page[at:], []byte("</header>"))
	if end < 0 {
		return page
	}
	at += end + len("</header>")
	out := make([]byte, 0, len(page)+buf.Len())
	return append(append(append(out, page[:at]...), buf.Bytes()...), page[at:]...)
}

// inlineFindings puts each of check's warnings into the draft's text on
// the page, after the heading of the section it is in, so the author sees
// it where the fix goes. A warning whose section the page does not show
// stays only in the list above.
func inlineFindings(page []byte, d *site.Document, findings []check.Finding) []byte {
	if len(findings) == 0 {
		return page
	}
	type heading struct {
		line int
		id   string
	}
	var heads []heading
	var ids markdown.IDs
	_, blocks := markdown.Blocks(d.Body)
	for _, bl := range blocks {
		if bl.Kind != markdown.HeadingBlock {
			continue
		}
		first, _, _ := strings.Cut(bl.Text, "\n")
		text, _ := markdown.CutHeadingMarker(first)
		text = strings.TrimRight(strings.TrimSpace(text), "#")
		heads = append(heads, heading{line: d.BodyLine + bl.Line - 1, id: ids.Unique(markdown.HeadingID(text))})
	}
	text := bytes.Index(page, []byte(`<div class="prose redline-text">`))
	if text < 0 {
		text = bytes.Index(page, []byte(`<div class="prose">`))
	}
	if text < 0 {
		return page
	}
	inserts := make(map[int][]byte) // offset in page -> what goes there
	for _, f := range findings {
		at := bytes.IndexByte(page[text:], '>') + text + 1 // the start of the text
		for i := len(heads) - 1; i >= 0; i-- {
			if heads[i].line > f.Line {
				continue
			}
			h := bytes.Index(page[text:], []byte(` id="`+heads[i].id+`"`))
			if h >= 0 {
				if end := bytes.Index(page[text+h:], []byte("</h")); end >= 0 {
					if gt := bytes.IndexByte(page[text+h+end:], '>'); gt >= 0 {
						at = text + h + end + gt + 1
					}
				}
			}
			break
		}
		note := fmt.Sprintf("\n<p class=\"check-warning\" role=\"note\" style=\"border-left:4px solid #b35c00;padding-left:.5em\"><strong>check</strong> (line %d): %s%s</p>",
			f.Line, template.HTMLEscapeString(f.Msg), hintOf(f.Hint))
		inserts[at] = append(inserts[at], note...)
	}
	offsets := make([]int, 0, len(inserts))
	for at := range inserts {
		offsets = append(offsets, at)
	}
	slices.Sort(offsets)
	out := make([]byte, 0, len(page)+512*len(findings))
	prev := 0
	for _, at := range offsets {
		out = append(append(out, page[prev:at]...), inserts[at]...)
		prev = at
	}
	return append(out, page[prev:]...)
}

func hintOf(h string) string {
	if h == "" {
		return ""
	}
	return " — " + template.HTMLEscapeString(h)
}
