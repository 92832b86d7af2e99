package serve

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"strings"

	"github.com/redline-legal/redline/internal/build"
	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/notify"
	"github.com/redline-legal/redline/internal/review"
	"github.com/redline-legal/redline/internal/site"
)

// serveNotice shows the change notice a draft would send if it were
// released on the preview's day with the earliest effective date it
// allows: rest is "BRAND/POLICY/" for the HTML part, and
// "BRAND/POLICY/notice.txt" for the subject and the plain-text part.
func (s *Server) serveNotice(w http.ResponseWriter, r *http.Request, st *state, rest string) {
	brand, rest, _ := strings.Cut(rest, "/")
	policy, file, _ := strings.Cut(rest, "/")
	var p *site.Policy
	if b := st.site.Brand(brand); b != nil {
		p = b.Policy(policy)
	}
	if p == nil || p.Draft == nil || (file != "" && file != "notice.txt") {
		s.notFound(w, st)
		return
	}
	html, text, err := s.notice(st, p)
	if err != nil {
		// The draft or the site cannot make a notice yet (no noticeFrom,
		// say): 422, with what to fix, as text for notice.txt.
		if file == "notice.txt" {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Header().Set("Cache-Control", "no-store")
			w.WriteHeader(http.StatusUnprocessableEntity)
			for _, e := range diag.All(err) {
				fmt.Fprintf(w, "%s\n", e.Error())
				if e.Hint != "" {
					fmt.Fprintf(w, "\tfix: %s\n", e.Hint)
				}
			}
			return
		}
		s.writeHTML(w, st, http.StatusUnprocessableEntity, noticeError(p, err), "")
		return
	}
	if file == "notice.txt" {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		io.WriteString(w, text)
		return
	}
	s.writeHTML(w, st, http.StatusOK, html, "")
}

// notice renders the draft's notice as notify would send it.
func (s *Server) notice(st *state, p *site.Policy) (html []byte, text string, err error) {
	d := s.draft(st, p)
	if d.err != nil {
		return nil, "", d.err
	}
	if d.last != nil && d.changes == 0 {
		return nil, "", &diag.Error{File: p.Draft.File, Msg: "the draft is the same as the published version: there is nothing to notify"}
	}
	summary := strings.TrimSpace(p.Draft.Summary)
	if summary == "" && d.outcome != nil {
		summary = review.Summarize(d.outcome)
	}
	v := &site.Version{
		Document: site.Document{File: fmt.Sprintf("versions/%s/%s/v%d.md", p.Brand.ID, p.ID, len(p.Versions)+1),
			Title: p.Draft.Title, Summary: summary, Body: p.Draft.Body, BodyLine: p.Draft.BodyLine,
			Params: p.Draft.Params, Overrides: p.Draft.Overrides},
		Policy: p, Number: len(p.Versions) + 1, Published: st.day, Effective: d.earliest,
		Material: d.material > 0,
	}
	rb, err := review.Rulebook(st.site.Config)
	if err != nil {
		return nil, "", err
	}
	n, err := notify.NewNotice(st.site, rb, v)
	if err != nil {
		return nil, "", err
	}
	tmpl, err := notify.LoadTemplates(build.Theme{Site: st.site.FS, Defaults: s.opts.Theme})
	if err != nil {
		return nil, "", err
	}
	if html, err = tmpl.HTML(n, notify.Preview); err != nil {
		return nil, "", err
	}
	m, err := tmpl.Render(n, notify.Preview, st.day.Time())
	if err != nil {
		return nil, "", err
	}
	text, err = notify.PlainText(m.Data)
	return html, text, err
}

func noticeError(p *site.Policy, err error) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Notice of %s</title></head><body><main><h1>No notice for %s yet</h1>",
		p.Key(), p.Key())
	for _, e := range diag.All(err) {
		fmt.Fprintf(&b, "<p><code>%s</code></p>", template.HTMLEscapeString(e.Error()))
		if e.Hint != "" {
			fmt.Fprintf(&b, "<p>Fix: %s</p>", template.HTMLEscapeString(e.Hint))
		}
	}
	b.WriteString("</main></body></html>")
	return b.Bytes()
}
