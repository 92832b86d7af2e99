// Package serve is redline's live preview: it builds a site with its drafts
// into memory, serves it over HTTP, watches the site folder and rebuilds
// what an edit changed, and tells open tabs to reload (Server-Sent Events).
// A draft's page gains check's warnings and a link to its change notice; a
// site that does not build is shown as an error page in every tab until it
// is fixed.
//
// It writes nothing: not into the site folder, not into public/. The reload
// script exists only in the responses of this package; the pages the build
// makes stay free of scripts. It never asks the clock itself: the day comes
// from Options.Today.
package serve

import (
	"io/fs"
	"sync"
	"time"

	"github.com/redline-legal/redline/internal/build"
	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/site"
)

// Options configure a Server.
type Options struct {
	Dir   string // the site folder
	Theme fs.FS  // the default layouts/ and static/

	// Today is the day the site is previewed as of, in the site's time
	// zone loc; called on every build, so a preview left running past
	// midnight moves on with the calendar.
	Today func(loc *time.Location) site.Date

	Generator string       // as build.Options.Generator
	Cache     *build.Cache // the build cache, or nil

	// Now, if set, is the clock: a published file whose size, times and
	// inode are as when a load read and verified it is then not read
	// again (site.VersionMemo.TrustIdentity). Without it every load reads
	// and verifies every published file.
	Now func() time.Time
}

// Server previews one site folder. Its zero value is not usable: call New.
type Server struct {
	opts   Options
	events *broker

	buildMu sync.Mutex // one build at a time

	mu  sync.RWMutex
	cur *state

	memo memo // what draft pages and the index computed, by content

	versions *site.VersionMemo // the published versions as parsed, by content
}

// state is the outcome of one build: the site and its pages, or what is
// wrong with it. After a failed build, files are the last good build's.
type state struct {
	id    int
	site  *site.Site  // nil when the site could not be loaded
	day   site.Date   // the day built for
	files *memory     // nil before the first good build
	errs  diag.List   // non-empty: the site does not build
	warns diag.List   // what the build found odd
	stats build.Stats // of the last good build
}

// New returns a server for the site in opts.Dir; it has built nothing yet.
func New(opts Options) *Server {
	versions := opts.Cache.VersionMemo(opts.Dir)
	if versions == nil {
		versions = site.NewVersionMemo()
	}
	versions.KeepBytes() // the preview holds the site: one copy of each text
	return &Server{opts: opts, events: newBroker(), cur: &state{}, versions: versions}
}

// Result says what a build did, for the command to print.
type Result struct {
	ID       int
	Err      diag.List // the site's problems; nil when it built
	Warnings diag.List
	Pages    int
	Rendered int
}

// Rebuild reads the site folder again, builds it into memory and tells
// open tabs about it. A site that does not build leaves the previous pages
// in memory and makes every page the error page until it builds again.
func (s *Server) Rebuild() Result {
	s.buildMu.Lock()
	defer s.buildMu.Unlock()
	s.mu.RLock()
	prev := s.cur
	s.mu.RUnlock()

	next := &state{id: prev.id + 1, files: prev.files, stats: prev.stats}
	si, day, files, stats, err := s.build(prev.files)
	next.site, next.day = si, day
	if err != nil {
		next.errs = diag.All(err)
		if len(next.errs) == 0 {
			next.errs = diag.List{{Msg: err.Error()}}
		}
		next.errs.Sort()
	} else {
		next.files, next.stats, next.warns = files, stats, stats.Warnings
	}
	s.mu.Lock()
	s.cur = next
	s.mu.Unlock()
	s.events.publish(next.id, len(next.errs) == 0)
	return Result{ID: next.id, Err: next.errs, Warnings: next.warns, Pages: next.stats.Pages, Rendered: next.stats.Rendered}
}

// build loads and builds the site; files is the previous good output.
func (s *Server) build(prev *memory) (*site.Site, site.Date, *memory, build.Stats, error) {
	if s.opts.Now != nil {
		s.versions.TrustIdentity(s.opts.Now())
	}
	si, err := site.LoadMemo(site.DirFS(s.opts.Dir), s.versions)
	if err != nil {
		return nil, site.Date{}, nil, build.Stats{}, err
	}
	s.opts.Cache.SaveVersionMemo(s.opts.Dir, s.versions)
	day := s.opts.Today(si.Config.Location)
	var draftErrs diag.List
	for _, b := range si.Brands {
		for _, p := range b.Policies {
			draftErrs = append(draftErrs, p.DraftErrors...)
		}
	}
	if len(draftErrs) > 0 {
		return si, day, nil, build.Stats{}, draftErrs
	}
	out := newMemory(prev)
	stats, err := build.Build(si, out, build.Options{Now: day, Drafts: true, Generator: s.opts.Generator,
		Cache: s.opts.Cache, Theme: build.Theme{Site: si.FS, Defaults: s.opts.Theme}})
	out.done()
	if err != nil {
		return si, day, nil, build.Stats{}, err
	}
	return si, day, out, stats, nil
}

// current returns the state of the latest build.
func (s *Server) current() *state {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.cur
}

// Close ends the event streams of open tabs, so that an http.Server's
// Shutdown does not wait for them.
func (s *Server) Close() { s.events.close() }
