// Package build turns a loaded site into its public website: it plans the
// pages, renders them with the theme's templates and writes them through a
// Writer. It does not read the site folder itself (package site does) and
// it never asks the clock: "now" is an option, so the same input and the same
// date give byte-identical output.
package build

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"sync"

	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/material"
	"github.com/redline-legal/redline/internal/par"
	"github.com/redline-legal/redline/internal/redline"
	"github.com/redline-legal/redline/internal/review"
	"github.com/redline-legal/redline/internal/site"
)

// Options control a build.
type Options struct {
	Now    site.Date // the day the site is built for; versions published later are left out
	Drafts bool      // also render each policy's draft, marked as a draft
	Theme  Theme     // layouts and static files

	// Generator names the program that made the pages, "redline v1.2.0":
	// pages carry it in <meta name="generator"> and their footer. It must
	// not change between runs of one binary, or output would not be
	// byte-identical.
	Generator string

	// LocalLinks links pages by their file, "acme/privacy/index.html", not
	// by their folder, "acme/privacy/": a browser opening the output from
	// disk (file://) shows a folder as a listing, not as its index.html. For
	// a preview or an archive; a web server wants the pretty links.
	LocalLinks bool
}

// Stats counts what a build wrote.
type Stats struct {
	Pages int // HTML pages
	Files int // every file, pages included
	Bytes int64

	// Warnings are what the build found odd but not wrong: a draft's
	// overrides that name no change (with --drafts).
	Warnings diag.List
}

// Build renders s into w.
func Build(s *site.Site, w Writer, opts Options) (Stats, error) {
	tmpl, err := opts.Theme.templates()
	if err != nil {
		return Stats{}, err
	}
	static, err := opts.Theme.staticFiles()
	if err != nil {
		return Stats{}, err
	}
	for _, br := range s.Brands {
		if br.Logo != "" && static[br.Logo] == nil {
			return Stats{}, diag.Errorf(site.ConfigFile, 0, "brand %q: logo %q is not in static/", br.ID, br.Logo).
				WithHint("put the image at static/%s, or fix the path", br.Logo)
		}
	}
	rules, err := review.Rulebook(s.Config)
	if err != nil {
		return Stats{}, err
	}
	b := &builder{site: s, opts: opts, tmpl: tmpl, w: w, views: make(map[*site.Policy]*PolicyView), static: static, rules: rules}
	b.plan()
	if err := b.run(); err != nil {
		return Stats{}, err
	}
	if err := b.copyStatic(); err != nil {
		return Stats{}, err
	}
	return b.stats, nil
}

// builder holds one build's state.
type builder struct {
	site  *site.Site
	opts  Options
	tmpl  map[string]*template.Template
	w     Writer
	views map[*site.Policy]*PolicyView
	jobs  []func() error

	static map[string]fs.FS   // static files by path, and where each comes from
	rules  *material.Rulebook // the site's materiality rules

	// pairs are the versions each policy's redline pages compare.
	pairs map[*site.Policy][][2]int
	// redlines holds the paths of the redline pages this build makes.
	redlines map[string]bool

	bodies sync.Map // *site.Document -> *markdown.Doc
	docs   sync.Map // *site.Document -> *redline.Doc

	mu    sync.Mutex
	stats Stats
}

// PolicyView is a policy as readers see it on the build date.
type PolicyView struct {
	Policy   *site.Policy
	Versions []*site.Version // published by the build date, oldest first
	InForce  *site.Version   // nil when no version is in force yet
	Upcoming []*site.Version // published, not yet in force
	Draft    bool            // the draft is rendered too
}

func (b *builder) view(p *site.Policy) *PolicyView {
	if v, ok := b.views[p]; ok {
		return v
	}
	now := b.opts.Now
	v := &PolicyView{Policy: p, Versions: p.PublishedBy(now), Upcoming: p.Upcoming(now),
		Draft: b.opts.Drafts && p.Draft != nil}
	v.InForce = p.InForce(now)
	if v.InForce != nil && v.InForce.Published.After(now) {
		v.InForce = nil
	}
	b.views[p] = v
	return v
}

// visible reports whether a policy has anything to show.
func (v *PolicyView) visible() bool { return len(v.Versions) > 0 || v.Draft }

// run executes the planned jobs on every core; the first error wins.
func (b *builder) run() error {
	return par.Do(len(b.jobs), func(i int) error {
		err := b.jobs[i]()
		b.jobs[i] = nil // done: what it planned can be collected
		return err
	})
}

// group queues the jobs planned by plan as one job: the documents of one
// policy are rendered and split into blocks when its first page is made, and
// forgotten after its last, so that memory holds one policy per core rather
// than the whole site.
func (b *builder) group(docs []*site.Document, plan func()) {
	outer := b.jobs
	b.jobs = nil
	plan()
	inner := b.jobs
	b.jobs = append(outer, func() error {
		defer func() {
			for _, d := range docs {
				b.bodies.Delete(d)
				b.docs.Delete(d)
			}
		}()
		for _, d := range docs {
			r, err := markdown.Render(d.Body)
			if err != nil {
				return &diag.Error{File: d.File, Line: d.BodyLine, Msg: "cannot render Markdown: " + err.Error(), Err: err}
			}
			b.bodies.Store(d, r)
			b.docs.Store(d, redline.Parse(d.Body))
		}
		for _, job := range inner {
			if err := job(); err != nil {
				return err
			}
		}
		return nil
	})
}

// parsed returns a version's body split into blocks, made once per build
// however many redline pages compare it.
func (b *builder) parsed(v *site.Version) *redline.Doc {
	d, _ := b.docs.Load(&v.Document)
	return d.(*redline.Doc)
}

func (b *builder) body(d *site.Document) *markdown.Doc {
	r, _ := b.bodies.Load(d)
	return r.(*markdown.Doc)
}

// page queues a page rendered with a layout.
func (b *builder) page(layout string, p *Page) {
	p.Site, p.Now, p.Lang, p.builder = b.site, b.opts.Now, b.site.Config.LanguageCode, b
	p.Generator = b.opts.Generator
	if p.Root == "" && p.Path != "index.html" {
		p.Root = rootOf(p.Path)
	}
	b.jobs = append(b.jobs, func() error {
		if p.docBody != nil {
			d := b.body(p.docBody)
			p.Body, p.TOC = template.HTML(d.HTML), d.TOC()
		}
		if p.diff != nil {
			rl, err := p.diff()
			if err != nil {
				return err
			}
			p.Redline = rl
		}
		var buf bytes.Buffer
		buf.Grow(32 << 10)
		if err := b.tmpl[layout].Execute(&buf, p); err != nil {
			return TemplateError("layouts/"+layout, fmt.Errorf("rendering %s: %w", p.Path, err))
		}
		// The page is written: let its text and redline go, or every page
		// of the site would stay in memory until the build ends.
		p.Body, p.TOC, p.Redline = "", nil, nil
		return b.write(p.Path, buf.Bytes(), true)
	})
}

// file queues a file made by a function.
func (b *builder) file(path string, make func() ([]byte, error)) {
	b.jobs = append(b.jobs, func() error {
		data, err := make()
		if err != nil {
			return err
		}
		return b.write(path, data, false)
	})
}

func (b *builder) write(path string, data []byte, page bool) error {
	if err := b.w.WriteFile(path, data); err != nil {
		return err
	}
	b.mu.Lock()
	b.stats.Files++
	b.stats.Bytes += int64(len(data))
	if page {
		b.stats.Pages++
	}
	b.mu.Unlock()
	return nil
}

func (b *builder) copyStatic() error {
	files := b.static
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sortStrings(names)
	return par.Do(len(names), func(i int) error {
		data, err := fs.ReadFile(files[names[i]], "static/"+names[i])
		if err != nil {
			return site.ReadError("static/"+names[i], "cannot read", err)
		}
		return b.write(names[i], data, false)
	})
}
