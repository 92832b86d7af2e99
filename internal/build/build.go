// Package build turns a loaded site into its public website: it plans the
// pages, renders them with the theme's templates and writes them through a
// Writer. It does not read the site folder itself (package site does) and
// it never asks the clock: "now" is an option, so the same input and the same
// date give byte-identical output.
package build

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"html/template"
	"io/fs"
	"sync"
	"sync/atomic"

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
	Cache  *Cache    // what earlier builds computed; nil computes everything

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

	// ReleaseBodies lets the texts of published versions go once their
	// policy's pages are rendered, and reads each again (verified against
	// versions.sum) when its policy's pages are: a caller that does not use
	// the site after Build sets it, so that the texts of a large site are
	// not all in memory at once. Ignored with a theme's own layouts, which
	// may show any text on any page.
	ReleaseBodies bool

	// Progress, if set, is called after each page rendered, with the
	// number of pages rendered so far and of pages to render; from several
	// goroutines at once.
	Progress func(done, total int)
}

// Stats counts what a build wrote.
type Stats struct {
	Pages int // HTML pages
	Files int // every file, pages included
	Bytes int64

	// Warnings are what the build found odd but not wrong: a draft's
	// overrides that name no change (with --drafts).
	Warnings diag.List

	Rendered int // pages rendered by this build; the others were kept from the previous one
}

// Incremental is a Writer that keeps the files of its previous build.
// The builder plans the site in units (a policy's pages, a brand's, the
// site's own, the static files) and asks Keep for each, with a key that
// hashes everything the unit's files depend on: when Keep says yes, the
// unit is not rendered and its files stay as they are.
type Incremental interface {
	Writer
	// Keep records that unit makes the files paths, of which pages are
	// pages, under key, and reports whether the previous build made the
	// same files under the same key and they are still there as it left
	// them, with their total size.
	Keep(unit string, k string, paths []string, pages int) (size int64, ok bool)
	// Kept is Keep for a unit not planned yet: when the previous build made
	// the unit under key k (which decides its files) and they are still as
	// it left them, it records them for this build and returns how many
	// pages and files they are and their size; then the unit need not be
	// planned at all.
	Kept(unit string, k string) (pages, files int, size int64, ok bool)
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
	b := &builder{site: s, opts: opts, tmpl: tmpl, w: w, views: make(map[*site.Policy]*PolicyView), static: static, rules: rules,
		cache: opts.Cache, ownLayouts: opts.Theme.ownLayouts()}
	b.release = opts.ReleaseBodies && !b.ownLayouts
	b.inc, _ = w.(Incremental)
	if b.siteKey, err = b.makeSiteKey(); err != nil {
		return Stats{}, err
	}
	if b.rulesID, err = rulesID(s); err != nil {
		return Stats{}, err
	}
	b.plan()
	if len(b.jobs) > 0 {
		// The published texts a build took by their identity (the
		// cache's shortcut) are read and verified before anything is
		// rendered: those of the units rendered, or every one when the
		// site has layouts of its own, which may show any text.
		// With ReleaseBodies, each unit reads its own when it starts.
		switch {
		case b.ownLayouts:
			if err := s.LoadBodies(); err != nil {
				return Stats{}, err
			}
		case b.release:
			s.ReleaseBodies(b.renderDocs...)
		case len(b.renderDocs) > 0:
			if err := s.LoadBodies(b.renderDocs...); err != nil {
				return Stats{}, err
			}
		}
	}
	if err := b.run(); err != nil {
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

	cache      *Cache
	ownLayouts bool             // the site has layouts of its own (Theme.ownLayouts, which reads a folder)
	release    bool             // units read their texts and let them go (Options.ReleaseBodies)
	inc        Incremental      // w, when it keeps earlier builds' files
	siteKey    key              // everything that decides the output but drafts' bodies
	rulesID    []byte           // the site's additions to the rules, for the cache's keys
	unit       *unit            // the unit being planned
	renderDocs []*site.Document // the texts of the units to render
	toDo       int              // pages to render
	done       atomic.Int64

	// pairs are the versions each policy's redline pages compare.
	pairs map[*site.Policy][][2]int
	// redlines holds the paths of the redline pages this build makes.
	redlines map[string]bool

	bodies sync.Map // *site.Document -> *markdown.Doc
	docs   sync.Map // *site.Document -> *redline.Doc
	hashes sync.Map // *site.Document -> key of its body

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

// unit is a part of the site planned, kept or rendered together.
type unit struct {
	paths []string
	pages int
}

// inUnit plans the pages and files of one unit: when the writer still has
// them from the previous build under the same key, they are kept and
// nothing is queued; otherwise plan's jobs are queued as one job that
// renders the documents first and forgets them after the last page, so
// that memory holds one unit per core rather than the whole site.
func (b *builder) inUnit(name string, k key, docs []*site.Document, plan func()) {
	if b.inc != nil && k != (key{}) {
		// The key decides what the unit plans: a unit kept need not be planned.
		if pages, files, size, ok := b.inc.Kept(name, k.String()); ok {
			b.stats.Pages += pages
			b.stats.Files += files
			b.stats.Bytes += size
			return
		}
	}
	outer := b.jobs
	b.jobs, b.unit = nil, &unit{}
	plan()
	inner, u := b.jobs, b.unit
	b.jobs, b.unit = outer, nil
	if b.inc != nil {
		ks := k.String()
		if k == (key{}) {
			ks = "" // never kept
		}
		if size, ok := b.inc.Keep(name, ks, u.paths, u.pages); ok && ks != "" {
			b.stats.Pages += u.pages
			b.stats.Files += len(u.paths)
			b.stats.Bytes += size
			return
		}
	}
	b.toDo += u.pages
	b.renderDocs = append(b.renderDocs, docs...)
	b.jobs = append(b.jobs, func() error {
		if b.release && len(docs) > 0 { // LoadBodies() with none would read every text
			if err := b.site.LoadBodies(docs...); err != nil {
				return err
			}
			defer b.site.ReleaseBodies(docs...)
		}
		defer func() {
			for _, d := range docs {
				b.bodies.Delete(d)
				b.docs.Delete(d)
				b.hashes.Delete(d)
			}
		}()
		for _, d := range docs {
			r, err := b.render(d)
			if err != nil {
				return err
			}
			b.bodies.Store(d, r)
		}
		for _, job := range inner {
			if err := job(); err != nil {
				return err
			}
		}
		return nil
	})
}

// render renders a document's body, or takes it from the cache.
func (b *builder) render(d *site.Document) (*markdown.Doc, error) {
	k := newKey("body").bytes(b.bodyHash(d)).sum()
	var r markdown.Doc
	if b.cache.get("body", k, &r) {
		return &r, nil
	}
	out, err := markdown.Render(d.Body)
	if err != nil {
		return nil, &diag.Error{File: d.File, Line: d.BodyLine, Msg: "cannot render Markdown: " + err.Error(), Err: err}
	}
	b.cache.put("body", k, out)
	return out, nil
}

// bodyHash is the SHA-256 of a document's body, made once per build.
func (b *builder) bodyHash(d *site.Document) []byte {
	if h, ok := b.hashes.Load(d); ok {
		return h.([]byte)
	}
	h := sha256.Sum256(d.Body)
	b.hashes.Store(d, h[:])
	return h[:]
}

// parsed returns a text's body split into blocks, made once per build
// however many redline pages compare it, and only when one is not cached.
func (b *builder) parsed(doc *site.Document) *redline.Doc {
	if d, ok := b.docs.Load(doc); ok {
		return d.(*redline.Doc)
	}
	d := redline.Parse(doc.Body)
	b.docs.Store(doc, d)
	return d
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
	b.unit.paths = append(b.unit.paths, p.Path)
	b.unit.pages++
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
		buf := pageBuffers.Get().(*bytes.Buffer)
		defer putPageBuffer(buf)
		if err := b.tmpl[layout].Execute(buf, p); err != nil {
			return TemplateError("layouts/"+layout, fmt.Errorf("rendering %s: %w", p.Path, err))
		}
		// The page is written: let its text and redline go, or every page
		// of the site would stay in memory until the build ends.
		p.Body, p.TOC, p.Redline = "", nil, nil
		if err := b.write(p.Path, buf.Bytes(), true); err != nil {
			return err
		}
		if b.opts.Progress != nil {
			b.opts.Progress(int(b.done.Add(1)), b.toDo)
		}
		return nil
	})
}

// pageBuffers holds the buffers pages are rendered into, for the next
// pages: a Writer keeps nothing of what it is given, so a buffer is free
// again once its page is written. A large site's pages would otherwise
// allocate their size again and again (about 1 GB on the large benchmark
// corpus), for the collector to reclaim.
var pageBuffers = sync.Pool{New: func() any {
	b := new(bytes.Buffer)
	b.Grow(64 << 10)
	return b
}}

// putPageBuffer returns a page's buffer to pageBuffers, unless an unusual
// page made it so large that keeping it would hold memory for nothing.
func putPageBuffer(b *bytes.Buffer) {
	if b.Cap() <= 1<<20 {
		b.Reset()
		pageBuffers.Put(b)
	}
}

// file queues a file made by a function.
func (b *builder) file(path string, make func() ([]byte, error)) {
	b.unit.paths = append(b.unit.paths, path)
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
		b.stats.Rendered++
	}
	b.mu.Unlock()
	return nil
}

// planStatic queues the static files, copied as they are.
func (b *builder) planStatic() {
	names := make([]string, 0, len(b.static))
	for n := range b.static {
		names = append(names, n)
	}
	sortStrings(names)
	for _, n := range names {
		b.file(n, func() ([]byte, error) {
			data, err := fs.ReadFile(b.static[n], "static/"+n)
			if err != nil {
				return nil, site.ReadError("static/"+n, "cannot read", err)
			}
			return data, nil
		})
	}
}
