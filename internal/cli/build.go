package cli

import (
	"fmt"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"github.com/redline-legal/redline/internal/build"
	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/site"
	"github.com/redline-legal/redline/internal/term"
)

var buildCmd = &command{
	name:    "build",
	args:    "[--source DIR] [--out DIR] [--now YYYY-MM-DD] [--drafts] [--local] [--cache-dir DIR | --no-cache] [--quiet]",
	summary: "render the site into a folder of static files",
	help: `
Build reads the site folder (config.toml, content/, versions/, layouts/,
static/) and writes the public website into --out: for every brand and policy
the version in force, every published version, a history page, versions.json,
an Atom feed per brand, a site index, sitemap.xml and 404.html.

The site is built as it stands on one day: --now, or SOURCE_DATE_EPOCH, or
today in the site's time zone. Versions published after that day are left
out, so "build --now 2026-06-01" shows what readers saw on 1 June 2026. The
same input and day give byte-identical output.

Pages link to each other by folder ("acme/privacy/"), as a web server wants.
With --local they link to files ("acme/privacy/index.html") instead, so that
the output can be opened from disk, public/index.html, with no web server:
for a preview, or to archive the site as it stood on a day.

Build writes into a temporary folder beside --out and swaps it in only when
everything succeeded: a failed build leaves the previous output untouched.
It replaces only a folder that is new, empty, or its own earlier output
(marked by a .redline-build file); never the site, a folder holding it, or
one inside its sources.
Every problem in the site is reported with its file and line.`,
	run: runBuild,
}

func runBuild(c *command, env *Env, args []string) int {
	fs := c.flags(env)
	source := fs.String("source", ".", "the site `folder`")
	out := fs.String("out", "", "the output `folder` (default SOURCE/public)")
	now := fs.String("now", "", "build the site as it stands on this `date` (YYYY-MM-DD)")
	drafts := fs.Bool("drafts", false, "also render drafts, with their redlines, at BRAND/POLICY/draft/ (default --out SOURCE/public-drafts)")
	local := fs.Bool("local", false, "link pages by their index.html, so the output opens from disk (file://)")
	cacheDir := fs.String("cache-dir", "", "keep the build cache in this `folder` (default: redline/ in the user's cache folder)")
	noCache := fs.Bool("no-cache", false, "build from scratch, without reading or writing the cache")
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	if code, ok := parse(fs, env, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(env, c, "unexpected argument %q", fs.Arg(0))
	}
	if *noCache && *cacheDir != "" {
		return usageError(env, c, "--cache-dir and --no-cache cannot be used together")
	}
	if *out == "" {
		// Drafts go to their own folder, so that a build made to review
		// them is never deployed by accident in place of the site.
		*out = filepath.Join(*source, "public")
		if *drafts {
			*out = filepath.Join(*source, "public-drafts")
		}
	}
	if *cacheDir != "" {
		if err := build.CheckCacheDir(*cacheDir, *source, *out, filepath.Join(*source, "public"), filepath.Join(*source, "public-drafts")); err != nil {
			e := diag.All(err)[0]
			return usageError(env, c, "--cache-dir %s; %s", term.Escape(e.Error()), term.Escape(e.Hint))
		}
	}
	start := env.Now()
	var cache *build.Cache
	if !*noCache {
		cache = openCache(env, *cacheDir)
	}
	memo := cache.VersionMemo(*source)
	if memo != nil {
		memo.TrustIdentity(start) // see "The build cache" in the README
	}
	s, err := loadSiteMemo(*source, memo)
	if err != nil {
		return report(env, *source, err)
	}
	cache.SaveVersionMemo(*source, memo)
	if env.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(buildMemoryLimit(heldTexts(s)))
	}
	if env.Getenv("GOGC") == "" {
		// What a build holds live is small beside its limit: the heap may
		// grow to three times it, and the limit caps it. Half as many
		// collections on the large benchmark corpus (52 against 104), for
		// about 10% less CPU, peaking at 271 MB.
		debug.SetGCPercent(200)
	}
	day, err := today(env, *now, s.Config.Location)
	if err != nil {
		return usageError(env, c, "%v", err)
	}
	// A broken draft stops a build that renders it, and only warns in one
	// that does not: an urgent fix to another policy must go out.
	if errs := draftErrors(s); *drafts && len(errs) > 0 {
		return report(env, *source, errs)
	} else {
		warn(env, *source, notBuilt(errs))
	}
	dir, err := build.CreateDir(*out, *source)
	if err != nil {
		return reportOutput(env, err)
	}
	dir.Remember(cache)
	opts := build.Options{Now: day, Drafts: *drafts, Generator: "redline " + Version(), LocalLinks: *local, Cache: cache, ReleaseBodies: true,
		Theme: build.Theme{Site: s.FS, Defaults: env.Theme}}
	var prog *progress
	if !*quiet && term.IsTerminal(env.Stderr) {
		prog = &progress{env: env, start: start}
		opts.Progress = prog.update
	}
	stats, err := build.Build(s, dir, opts)
	prog.clear()
	if err != nil {
		dir.Abort()
		return report(env, *source, err)
	}
	if err := dir.Commit(); err != nil {
		return reportOutput(env, err)
	}
	cache.Trim()
	warn(env, *source, stats.Warnings)
	if !*quiet {
		written, removed := dir.Changed()
		fmt.Fprintf(env.Stdout, "built %s as of %s: %d pages, %d files, %.1f MB in %s; %d pages rendered, %d files written, %d removed\n",
			*out, day, stats.Pages, stats.Files, float64(stats.Bytes)/1e6, env.Now().Sub(start).Round(time.Millisecond),
			stats.Rendered, written, removed)
		if *local {
			fmt.Fprintf(env.Stdout, "open %s in a browser\n", filepath.Join(*out, "index.html"))
		}
	}
	return exitOK
}

// draftErrors are the problems of every draft that cannot be read.
func draftErrors(s *site.Site) diag.List {
	var out diag.List
	for _, b := range s.Brands {
		for _, p := range b.Policies {
			out = append(out, p.DraftErrors...)
		}
	}
	out.Sort()
	return out
}

// notBuilt words draft errors as warnings for a build that leaves drafts out.
func notBuilt(errs diag.List) diag.List {
	out := make(diag.List, len(errs))
	for i, e := range errs {
		w := *e
		w.Msg = "draft left out (check, diff, release and build --drafts refuse it): " + e.Msg
		out[i] = &w
	}
	return out
}

// openCache opens the build cache: dir, or redline/ in the user's cache
// folder. A cache that cannot be used is no reason to fail a build: it
// runs without, with a warning when the folder was given.
func openCache(env *Env, dir string) *build.Cache {
	given := dir != ""
	if !given {
		base := env.Getenv("XDG_CACHE_HOME")
		if base == "" {
			switch home := env.Getenv("HOME"); {
			case runtime.GOOS == "windows":
				base = env.Getenv("LocalAppData")
			case home == "":
			case runtime.GOOS == "darwin":
				base = filepath.Join(home, "Library", "Caches")
			default:
				base = filepath.Join(home, ".cache")
			}
		}
		if base == "" || !filepath.IsAbs(base) {
			return nil
		}
		dir = filepath.Join(base, "redline")
	}
	c, err := build.OpenCache(dir)
	if err != nil {
		if given {
			fmt.Fprintf(env.Stderr, "redline build: warning: cannot use the cache folder %s (%v): building without it\n", dir, diag.Cause(err))
		}
		return nil
	}
	return c
}

// progress shows, on a terminal, how far a build is, once it has run for
// a second: "rendered 1234 of 17602 pages, 3.2 s".
type progress struct {
	env   *Env
	start time.Time
	mu    sync.Mutex
	last  time.Time
	shown bool
}

func (p *progress) update(done, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.env.Now()
	if now.Sub(p.start) < time.Second || now.Sub(p.last) < 100*time.Millisecond && done < total {
		return
	}
	p.last, p.shown = now, true
	fmt.Fprintf(p.env.Stderr, "\rrendered %d of %d pages, %.1f s ", done, total, now.Sub(p.start).Seconds())
}

// clear removes the progress line, if one was shown.
func (p *progress) clear() {
	if p == nil || !p.shown {
		return
	}
	fmt.Fprint(p.env.Stderr, "\r\033[K")
}

// reportOutput reports a failure to write the output: the site is fine, the
// command could not do its job, exit code 1.
func reportOutput(env *Env, err error) int {
	report(env, "", err)
	return exitRefused
}

// heldTexts is the size of the texts a build holds at once: it reads a
// policy's texts when it renders the policy and lets them go after
// (build.Options.ReleaseBodies), one policy per core.
func heldTexts(s *site.Site) int64 {
	var most, all int64
	for _, b := range s.Brands {
		for _, p := range b.Policies {
			n := p.TextBytes()
			most, all = max(most, n), all+n
		}
	}
	return min(all, most*int64(runtime.GOMAXPROCS(0)))
}

// buildMemoryLimit is a build's soft memory limit, given the size of the
// texts it holds at once. Go's collector lets the heap grow to twice what
// is live; a build holds, per core, the policy it renders and what it
// made of it, and caches of short texts (about 90 MB live on the large
// benchmark corpus and 87 MB on 296 real policies, 138 MB at most), so
// without a limit it peaked at 330 MB and more. 270 MiB holds it under 300
// MB for a few per cent more CPU. A site with huge policies gets room in
// proportion, so that the collector never runs without end under a limit
// below what is live (GOMEMLIMIT, when set, decides instead).
func buildMemoryLimit(texts int64) int64 {
	return max(270<<20, (texts+100<<20)*3/2)
}
