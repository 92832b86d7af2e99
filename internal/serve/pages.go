package serve

import (
	"bufio"
	"bytes"
	"html/template"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/redline-legal/redline/internal/diag"
)

// The preview's own pages are plain and self-contained: they must show
// even when the site's theme is what is broken.
const pageHead = `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
	`<meta name="viewport" content="width=device-width, initial-scale=1"><title>{{.Title}}</title>` +
	`<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em}` +
	`pre{background:#f4f4f4;padding:.5em;overflow:auto}.at{background:#ffd7d7;display:block}` +
	`.hint{color:#064;}.muted{color:#555}table{border-collapse:collapse}td,th{padding:.2em .6em;text-align:left;border-bottom:1px solid #ccc}</style></head><body>`

var errorTmpl = template.Must(template.New("error").Parse(pageHead + `
<main>
<h1>The site does not build</h1>
<p>The preview shows this page in every tab until the problem is fixed; it reloads by itself when you save.</p>
{{- range .Errors}}
<section class="error">
<h2><code>{{.Place}}</code></h2>
<p>{{.Msg}}</p>
{{- with .Hint}}<p class="hint"><strong>Fix:</strong> {{.}}</p>{{end}}
{{- with .Lines}}<pre>{{range .}}<span{{if .At}} class="at"{{end}}>{{printf "%4d" .N}}  {{.Text}}</span>
{{end}}</pre>{{end}}
</section>
{{- end}}
</main>
</body></html>`))

type errorLine struct {
	N    int
	Text string
	At   bool
}

type errorView struct {
	Place, Msg, Hint string
	Lines            []errorLine
}

// errorPage shows the site's errors, each with its place, its fix and the
// lines of the file around it.
func errorPage(dir string, st *state) []byte {
	data := struct {
		Title  string
		Errors []errorView
	}{Title: "Error: the site does not build"}
	for i, e := range st.errs {
		if i == 20 {
			data.Errors = append(data.Errors, errorView{Msg: "and more: run redline check to see them all"})
			break
		}
		v := errorView{Place: placeOf(e), Msg: e.Msg, Hint: e.Hint}
		if e.Line > 0 && e.File != "" && !filepath.IsAbs(e.File) {
			v.Lines = around(filepath.Join(dir, filepath.FromSlash(e.File)), e.Line)
		}
		data.Errors = append(data.Errors, v)
	}
	var b bytes.Buffer
	if err := errorTmpl.Execute(&b, data); err != nil {
		return []byte("<!doctype html><title>Error</title><body><pre>" + template.HTMLEscapeString(st.errs.Error()) + "</pre></body>")
	}
	return b.Bytes()
}

func placeOf(e *diag.Error) string {
	c := *e
	c.Msg = ""
	return strings.TrimSuffix(c.Error(), ": ")
}

// around returns the lines of a file from two before line to two after.
func around(file string, line int) []errorLine {
	f, err := os.Open(file)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []errorLine
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan() && n <= line+2; n++ {
		if n >= line-2 {
			out = append(out, errorLine{N: n, Text: sc.Text(), At: n == line})
		}
	}
	return out
}

var indexTmpl = template.Must(template.New("index").Parse(pageHead + `
<main>
<h1>Drafts in this preview</h1>
<p>As of {{.Day.Long}}. <a href="/">The site</a> as it would be published, with the drafts below at <code>BRAND/POLICY/draft/</code>.</p>
{{- if .Drafts}}
<table>
<thead><tr><th>Draft</th><th>Compared with</th><th>Changes</th><th>Material</th><th>Earliest effective date</th><th>Notice</th></tr></thead>
<tbody>
{{- range .Drafts}}
<tr><td><a href="/{{.Key}}/draft/">{{.Key}}</a> {{.Title}}</td><td>{{.From}}</td><td>{{.Changes}}</td><td class="material">{{.Material}}</td><td>{{.Earliest.Long}}</td><td><a href="/_redline/notice/{{.Key}}/">notice</a></td></tr>
{{- end}}
</tbody>
</table>
{{- else}}
<p>No draft differs from its published version.</p>
{{- end}}
{{- with .Warnings}}
<h2>Warnings</h2>
<ul>{{range .}}<li><code>{{.Error}}</code>{{with .Hint}}<br>{{.}}{{end}}</li>{{end}}</ul>
{{- end}}
</main>
</body></html>`))

type indexRow struct {
	Key, Title, From  string
	Changes, Material int
	Earliest          interface{ Long() string }
}

// indexPage lists every draft that differs from its published version,
// with its number of material changes.
func (s *Server) indexPage(st *state) []byte {
	data := struct {
		Title    string
		Day      interface{ Long() string }
		Drafts   []indexRow
		Warnings diag.List
	}{Title: "Drafts: redline preview", Day: st.day, Warnings: st.warns}
	for _, b := range st.site.Brands {
		for _, p := range b.Policies {
			if p.Draft == nil {
				continue
			}
			d := s.draft(st, p)
			row := indexRow{Key: p.Key(), Title: p.Draft.Title, Earliest: d.earliest, Changes: d.changes, Material: d.material}
			switch {
			case d.last == nil:
				row.From = "nothing: it would be version 1"
			case d.err != nil:
				row.From = d.err.Error()
			case d.changes == 0:
				continue // the same as its published version
			default:
				row.From = "version " + strconv.Itoa(d.last.Number)
			}
			data.Drafts = append(data.Drafts, row)
		}
	}
	var buf bytes.Buffer
	if err := indexTmpl.Execute(&buf, data); err != nil {
		return []byte(template.HTMLEscapeString(err.Error()))
	}
	return buf.Bytes()
}
