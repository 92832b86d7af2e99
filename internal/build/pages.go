package build

import (
	"fmt"
	"html/template"
	"net/url"
	"strings"

	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/material"
	"github.com/redline-legal/redline/internal/redline"
	"github.com/redline-legal/redline/internal/review"
	"github.com/redline-legal/redline/internal/site"
)

// Page is what a layout is executed with.
type Page struct {
	Site *site.Site
	Now  site.Date
	Lang string

	Generator string // the program that made the page, "redline v1.2.0"; "" in tests

	Path        string // output path, "omnicrm/privacy/index.html"
	Root        string // relative link from the page to the site root, "../../"
	Title       string
	Description string
	Canonical   string       // absolute URL of the page
	NoIndex     bool         // keep search engines away (drafts)
	InlineCSS   template.CSS // the stylesheet, for a standalone page that links none
	Crumbs      []Crumb

	Brand   *site.Brand
	Policy  *site.Policy
	Version *site.Version // the version shown, nil on other pages
	IsDraft bool          // the page shows the draft

	Body template.HTML      // rendered Markdown
	TOC  []markdown.Heading // headings worth listing

	Upcoming   []*site.Version // later versions published and not yet in force
	Superseded bool            // the version shown is no longer in force
	SinceLink  string          // redline from this version to the one in force
	PrevLink   string          // redline from the previous version to this one
	Rows       []HistoryRow    // history page rows, newest first

	FromVersion, ToVersion *site.Version // the versions a redline page compares (a draft page: From only)
	Redline                *Redline      // the redline page's diff
	Releases               []HistoryRow  // the releases a redline page spans, oldest first, when it spans more than one: its changes are not judged again
	Earliest               site.Date     // a draft page: the earliest effective date if released on Now

	builder *builder
	docBody *site.Document           // rendered into Body and TOC when the page is written
	diff    func() (*Redline, error) // computed into Redline when the page is written
}

// local turns a link to a folder into a link to its index.html when the
// build is for opening from disk (Options.LocalLinks).
func (p *Page) local(target string) string {
	if p.builder == nil || !p.builder.opts.LocalLinks {
		return target
	}
	path, frag, _ := strings.Cut(target, "#")
	if path == "" || strings.HasSuffix(path, "/") {
		path += "index.html"
	}
	if frag != "" || strings.Contains(target, "#") {
		return path + "#" + frag
	}
	return path
}

// Crumb is one step of the breadcrumb trail.
type Crumb struct {
	Name    string
	URL     string // from the site root
	Current bool   // the page itself, not linked
	NoPage  bool   // a step without a page of its own (a policy not published yet), not linked
}

// HistoryRow is one version in a history table.
type HistoryRow struct {
	Version     *site.Version
	PrevNumber  int    // the version before, 0 for version 1
	ChangesLink string // redline from the previous version, "" when none
}

// PoliciesOf returns the brand's policies that have something to show.
func (p *Page) PoliciesOf(b *site.Brand) []*PolicyView {
	var out []*PolicyView
	for _, pol := range b.Policies {
		if v := p.builder.view(pol); v.visible() {
			out = append(out, v)
		}
	}
	return out
}

// ChangesLink returns the path of the redline page from the version in
// force to v, or "" when the site has none.
func (p *Page) ChangesLink(v *site.Version) string {
	cur := p.builder.view(v.Policy).InForce
	if cur == nil || cur.Number >= v.Number {
		return ""
	}
	return p.builder.changesPath(v.Policy, cur.Number, v.Number)
}

// TOCList is the table of contents as the list items of the default
// layout, made in Go: a long policy has dozens of headings, and a template
// ranging over TOC evaluates each field by reflection, on every page.
func (p *Page) TOCList() template.HTML {
	var b strings.Builder
	n := 0
	for _, h := range p.TOC {
		n += 40 + 2*len(h.ID) + len(h.Text)
	}
	b.Grow(n)
	for _, h := range p.TOC {
		fmt.Fprintf(&b, "\n<li class=\"l%d\"><a href=\"#%s\">%s</a></li>", h.Level,
			template.HTMLEscapeString(h.ID), template.HTMLEscapeString(h.Text))
	}
	return template.HTML(b.String())
}

// rootOf is the relative link from an output path to the site root.
func rootOf(path string) string {
	return strings.Repeat("../", strings.Count(path, "/"))
}

// policyPath returns "brand/policy/" + rest.
func policyPath(p *site.Policy, rest string) string {
	return p.Brand.ID + "/" + p.ID + "/" + rest
}

func versionPath(v *site.Version) string {
	return policyPath(v.Policy, fmt.Sprintf("v%d/", v.Number))
}

// changesPath is the redline page from version a to b, if the build makes one.
func (b *builder) changesPath(p *site.Policy, from, to int) string {
	path := policyPath(p, fmt.Sprintf("changes/v%d-v%d/", from, to))
	if !b.redlines[path] {
		return ""
	}
	return path
}

// brandURL is the absolute URL of a path under a brand.
func (b *builder) brandURL(br *site.Brand, path string) string {
	rest := strings.TrimPrefix(path, br.ID+"/")
	return br.BaseURL + rest
}

// planRedlines decides which redline pages the build makes: each version
// against the one before it, and each older version against the one in
// force ("what changed since I last read it").
func (b *builder) planRedlines() {
	b.redlines = make(map[string]bool)
	b.pairs = make(map[*site.Policy][][2]int)
	for _, br := range b.site.Brands {
		for _, p := range br.Policies {
			v := b.view(p)
			var pairs [][2]int
			for i := 1; i < len(v.Versions); i++ {
				pairs = append(pairs, [2]int{i, i + 1})
			}
			if v.InForce != nil {
				for i := 1; i < v.InForce.Number-1; i++ {
					pairs = append(pairs, [2]int{i, v.InForce.Number})
				}
			}
			for _, pr := range pairs {
				b.redlines[policyPath(p, fmt.Sprintf("changes/v%d-v%d/", pr[0], pr[1]))] = true
			}
			b.pairs[p] = pairs
		}
	}
}

// planRedlinePages queues the redline pages of a policy, their snippets of
// Markdown rendered through sn.
func (b *builder) planRedlinePages(v *PolicyView, sn *snippets) {
	p, br := v.Policy, v.Policy.Brand
	for _, pr := range b.pairs[p] {
		from, to := pr[0], pr[1]
		path := policyPath(p, fmt.Sprintf("changes/v%d-v%d/", from, to))
		a, c := p.Versions[from-1], p.Versions[to-1]
		title := fmt.Sprintf("%s: changes from version %d to version %d", p.Title(), from, to)
		pg := &Page{Path: path + "index.html", Title: title, Brand: br, Policy: p, FromVersion: a, ToVersion: c,
			Canonical:   b.brandURL(br, path),
			Description: fmt.Sprintf("What changed in the %s %s between version %d and version %d.", br.DisplayName(), p.Title(), from, to),
			Crumbs: []Crumb{{Name: "All policies"}, {Name: br.DisplayName(), URL: br.ID + "/"},
				{Name: p.Title(), URL: policyPath(p, "")}, {Name: "History", URL: policyPath(p, "history/")},
				{Name: fmt.Sprintf("Version %d to %d", from, to), Current: true}}}
		// Unchanged text links to the newer version's page, beside this
		// one's folder: "changes/v1-v2/" → "v2/".
		full := fmt.Sprintf("../../v%d/", to)
		if b.opts.LocalLinks {
			full += "index.html"
		}
		// A page from an older version to the one in force spans several
		// releases. Materiality is a release's: each was judged, and
		// announced, against the one before it. The page lists them, each
		// with its verdict and a link to its own page, and does not judge
		// the changes again as if they were one release.
		judge := to == from+1
		if !judge {
			for _, ver := range p.Versions[from:to] {
				pg.Releases = append(pg.Releases, b.historyRow(ver))
			}
		}
		pg.diff = func() (*Redline, error) {
			rl, _, err := b.compare(&a.Document, &c.Document, fmt.Sprintf("Version %d", from), fmt.Sprintf("Version %d", to), full, judge, sn)
			return rl, err
		}
		b.page("changes.html", pg)
	}
}

// compare compares two texts and, with judge set, classifies the changes,
// or takes the redline from the cache. With full set, the inline redline
// shows only the changes and links to the rest of the text at full
// (newRedline). The newer text's overrides may warrant warnings, which only
// a fresh comparison gives: a judged text with overrides is always compared
// afresh, and its outcome returned (nil otherwise). Without judge, the
// changes keep their ids and readers still do not see what renders the
// same, but no verdict is given (Redline.Report is nil).
func (b *builder) compare(oldDoc, newDoc *site.Document, from, to, full string, judge bool, sn *snippets) (*Redline, *review.Outcome, error) {
	cached := !judge || len(newDoc.Overrides) == 0
	var k key
	if cached {
		k = b.pairKey(oldDoc, newDoc, from, to, full, judge)
		rl := new(Redline)
		if b.cache.get("pair", k, rl) {
			return rl, nil, nil
		}
	}
	r := redline.Compare(b.parsed(oldDoc), b.parsed(newDoc))
	var rl *Redline
	var out *review.Outcome
	if judge {
		var err error
		if out, err = review.ClassifyMemo(b.rules, r, newDoc, sn.verdicts(b.rules)); err != nil {
			return nil, nil, err
		}
		rl = newRedline(r, out.Report, from, to, full, sn)
	} else {
		rl = newRedline(r, material.Unjudged(r), from, to, full, sn)
		rl.Report = nil
	}
	rl.Result = &redline.Result{Changes: r.Changes, Stats: r.Stats, OldLead: r.OldLead, NewLead: r.NewLead}
	// Rows are rendered into Inline; they are not kept, so that cached
	// and fresh pages are alike.
	if cached {
		b.cache.put("pair", k, rl)
	}
	return rl, out, nil
}

// plan queues every page and file of the site.
func (b *builder) plan() {
	b.planRedlines()
	b.inUnit("static", b.unitKey("static"), nil, b.planStatic)
	b.inUnit("site", b.unitKey("site"), nil, b.planSite)
	for _, br := range b.site.Brands {
		b.planBrand(br)
	}
}

// planSite queues the pages about the whole site.
func (b *builder) planSite() {
	cfg := b.site.Config
	b.page("index.html", &Page{Path: "index.html", Title: cfg.Title, Canonical: cfg.BaseURL,
		Description: "Policies of " + brandList(b.site.Brands) + ": the versions in force, earlier versions and what changed."})
	root := "/"
	if u, err := url.Parse(cfg.BaseURL); err == nil && u.Path != "" {
		root = u.Path
	}
	b.page("404.html", &Page{Path: "404.html", Root: root, Title: "Page not found", NoIndex: true})
	b.file("sitemap.xml", b.sitemap)
}

func brandList(brands []*site.Brand) string {
	names := make([]string, len(brands))
	for i, b := range brands {
		names[i] = b.DisplayName()
	}
	return strings.Join(names, ", ")
}

func (b *builder) planBrand(br *site.Brand) {
	b.inUnit("brand:"+br.ID, b.unitKey("brand:"+br.ID), nil, func() {
		crumbs := []Crumb{{Name: "All policies"}, {Name: br.DisplayName(), Current: true}}
		var intro template.HTML
		if len(br.Intro) > 0 {
			if d, err := markdown.Render(br.Intro); err == nil {
				intro = template.HTML(d.HTML)
			}
		}
		b.page("brand.html", &Page{Path: br.ID + "/index.html", Title: br.DisplayName() + " policies", Brand: br,
			Crumbs: crumbs, Body: intro, Canonical: br.BaseURL,
			Description: "The policies of " + br.DisplayName() + ", with every earlier version and what changed."})
		b.file(br.ID+"/feed.xml", func() ([]byte, error) { return b.feed(br) })
		// versions.json says the day its statuses refer to: with the
		// brand's pages, which are made again each day, not with the
		// policy's, which are kept until a version changes status.
		for _, p := range br.Policies {
			if v := b.view(p); v.visible() {
				b.file(policyPath(p, "versions.json"), func() ([]byte, error) { return b.versionsJSON(v) })
			}
		}
	})
	for _, p := range br.Policies {
		if v := b.view(p); v.visible() {
			docs := make([]*site.Document, 0, len(v.Versions)+1)
			for _, ver := range v.Versions {
				docs = append(docs, &ver.Document)
			}
			if v.Draft {
				docs = append(docs, p.Draft)
			}
			b.inUnit("policy:"+p.Key(), b.policyKey(p), docs, func() { b.planPolicy(v) })
		}
	}
}

func (b *builder) planPolicy(v *PolicyView) {
	p, br := v.Policy, v.Policy.Brand
	crumbs := func(last ...Crumb) []Crumb {
		c := []Crumb{{Name: "All policies"}, {Name: br.DisplayName(), URL: br.ID + "/"}}
		return append(c, last...)
	}
	sn := newSnippets() // the policy's pages are rendered in one unit, one after the other
	if v.Draft {
		policy := Crumb{Name: p.Title(), URL: policyPath(p, "")}
		policy.NoPage = len(v.Versions) == 0 // nothing published yet: the policy has no page

		b.planDraft(v, sn, crumbs(policy, Crumb{Name: "Draft", Current: true}))
	}
	if len(v.Versions) == 0 {
		return
	}
	shown := v.InForce
	if shown == nil {
		shown = v.Versions[0] // nothing in force yet: show the first, marked upcoming
	}
	upcoming := v.Upcoming
	if shown == v.Versions[0] && v.InForce == nil && len(upcoming) > 0 {
		upcoming = upcoming[1:]
	}
	b.page("policy.html", b.versionPage(v, shown, policyPath(p, "index.html"), upcoming,
		crumbs(Crumb{Name: p.Title(), Current: true})))
	for _, ver := range v.Versions {
		pg := b.versionPage(v, ver, versionPath(ver)+"index.html", nil,
			crumbs(Crumb{Name: p.Title(), URL: policyPath(p, "")}, Crumb{Name: fmt.Sprintf("Version %d", ver.Number), Current: true}))
		pg.Superseded = v.InForce != nil && ver.Number < v.InForce.Number
		if pg.Superseded {
			pg.SinceLink = b.changesPath(p, ver.Number, v.InForce.Number)
		}
		b.page("policy.html", pg)
	}
	rows := make([]HistoryRow, 0, len(v.Versions))
	for i := len(v.Versions) - 1; i >= 0; i-- {
		rows = append(rows, b.historyRow(v.Versions[i]))
	}
	b.page("history.html", &Page{Path: policyPath(p, "history/index.html"), Title: p.Title() + ": history",
		Brand: br, Policy: p, Rows: rows, Canonical: b.brandURL(br, policyPath(p, "history/")),
		Description: "Every published version of the " + br.DisplayName() + " " + p.Title() + ".",
		Crumbs:      crumbs(Crumb{Name: p.Title(), URL: policyPath(p, "")}, Crumb{Name: "History", Current: true})})
	b.planRedlinePages(v, sn)
}

// historyRow is a version's row in a history: with the redline page from
// the version before it, when there is one.
func (b *builder) historyRow(ver *site.Version) HistoryRow {
	row := HistoryRow{Version: ver, PrevNumber: ver.Number - 1}
	if ver.Number > 1 {
		row.ChangesLink = b.changesPath(ver.Policy, ver.Number-1, ver.Number)
	}
	return row
}

// versionPage is the page of one published version, at path.
func (b *builder) versionPage(v *PolicyView, ver *site.Version, path string, upcoming []*site.Version, crumbs []Crumb) *Page {
	p, br := v.Policy, v.Policy.Brand
	pg := &Page{Path: path, Title: ver.Title, Brand: br, Policy: p, Version: ver, Upcoming: upcoming,
		Crumbs: crumbs, docBody: &ver.Document,
		Description: fmt.Sprintf("%s %s, version %d, effective %s.", br.DisplayName(), ver.Title, ver.Number, ver.Effective.Long())}
	if strings.HasSuffix(path, "/v"+fmt.Sprint(ver.Number)+"/index.html") {
		pg.Canonical = b.brandURL(br, versionPath(ver))
	} else {
		pg.Canonical = b.brandURL(br, policyPath(p, ""))
	}
	if ver.Number > 1 {
		pg.PrevLink = b.changesPath(p, ver.Number-1, ver.Number)
	}
	return pg
}
