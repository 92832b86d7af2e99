package build

import (
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net/mail"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/site"
)

// pageLayouts are the page templates; each is parsed together with
// base.html, which it fills by defining "main" (and optionally "title").
var pageLayouts = []string{"index.html", "brand.html", "policy.html", "history.html", "changes.html", "draft.html", "404.html"}

// Theme is where layouts and static files come from: a site's own layouts/
// and static/ first, then the defaults embedded in the binary.
type Theme struct {
	Site     fs.FS // the site folder
	Defaults fs.FS // holds layouts/ and static/
}

// Layout returns the source of layouts/<name> and the file it came from.
func (t Theme) Layout(name string) (src []byte, file string, err error) {
	file = "layouts/" + name
	src, err = t.file(file)
	return src, file, err
}

// file returns a static or layout file, the site's own first.
func (t Theme) file(name string) ([]byte, error) {
	for _, fsys := range []fs.FS{t.Site, t.Defaults} {
		if fsys == nil {
			continue
		}
		data, err := fs.ReadFile(fsys, name)
		if err == nil || !errors.Is(err, fs.ErrNotExist) {
			return data, err
		}
	}
	return nil, fmt.Errorf("%s: not found", name)
}

// templates parses every page layout.
func (t Theme) templates() (map[string]*template.Template, error) {
	baseSrc, baseFile, err := t.Layout("base.html")
	if err != nil {
		return nil, err
	}
	base, err := template.New("base.html").Funcs(funcs).Parse(string(baseSrc))
	if err != nil {
		return nil, TemplateError(baseFile, err)
	}
	out := make(map[string]*template.Template, len(pageLayouts))
	for _, name := range pageLayouts {
		src, file, err := t.Layout(name)
		if err != nil {
			return nil, err
		}
		tmpl, err := template.Must(base.Clone()).New(name).Parse(string(src))
		if err != nil {
			return nil, TemplateError(file, err)
		}
		out[name] = tmpl.Lookup("base.html")
	}
	return out, nil
}

var templateLine = regexp.MustCompile(`^template: [^:]+:(\d+):(?:\d+:)? ?(.*)$`)

// TemplateError places an html/template error at its layout file and line.
func TemplateError(file string, err error) *diag.Error {
	e := &diag.Error{File: file, Msg: err.Error(), Err: err,
		Hint: "fix the layout, or delete it to use the built-in one"}
	if m := templateLine.FindStringSubmatch(err.Error()); m != nil {
		e.Line, _ = strconv.Atoi(m[1])
		e.Msg = m[2]
	}
	return e
}

// staticFiles lists static/ of the defaults and of the site; a site file
// replaces a default file of the same name.
func (t Theme) staticFiles() (map[string]fs.FS, error) {
	files := make(map[string]fs.FS)
	for _, fsys := range []fs.FS{t.Defaults, t.Site} {
		if fsys == nil {
			continue
		}
		err := fs.WalkDir(fsys, "static", func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) && p == "static" {
					return fs.SkipDir
				}
				return err
			}
			if !d.IsDir() && !strings.HasPrefix(d.Name(), ".") {
				files[strings.TrimPrefix(p, "static/")] = fsys
			}
			return nil
		})
		if err != nil {
			return nil, site.ReadError("static", "cannot read", err)
		}
	}
	return files, nil
}

var funcs = template.FuncMap{
	// rel turns a path from the site root into a link from the page.
	"rel": func(p *Page, target string) string { return p.Root + p.local(target) },
	// contactLink links an email address or a URL, and prints anything else.
	"contactLink": func(s string) template.HTML {
		esc := template.HTMLEscapeString(s)
		if a, err := mail.ParseAddress(s); err == nil && a.Address == s {
			return template.HTML(`<a href="mailto:` + esc + `">` + esc + `</a>`)
		}
		if strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://") {
			return template.HTML(`<a href="` + esc + `">` + esc + `</a>`)
		}
		return template.HTML(esc)
	},
}

func sortStrings(s []string) { sort.Strings(s) }

// ownLayouts reports whether the site has a layouts/ folder with anything
// in it: layouts of its own, which may show any of the site's texts.
func (t Theme) ownLayouts() bool {
	if t.Site == nil {
		return false
	}
	entries, err := fs.ReadDir(t.Site, "layouts")
	return err == nil && len(entries) > 0 || err != nil && !errors.Is(err, fs.ErrNotExist)
}
