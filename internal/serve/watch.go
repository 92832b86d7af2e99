package serve

import (
	"context"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Debounce is how long the watcher waits after the last change in the site
// folder before it rebuilds: an editor's save is often several events (a
// temporary file written, renamed over the original, its mode set).
const Debounce = 60 * time.Millisecond

// Watch rebuilds the site whenever something in its folder changes, until
// ctx is done. It watches folders, not files, so that an editor that saves
// by writing a new file and renaming it over the old one is seen; and it
// watches each new folder as it appears. It builds the site once first. It skips the build's own output
// folders and hidden folders (.git). built, if set, is called after each
// rebuild.
func (s *Server) Watch(ctx context.Context, built func(Result)) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer w.Close()
	if err := addTree(w, s.opts.Dir); err != nil {
		return err
	}
	// The first build comes after the watches are in place: a save while
	// it runs is not missed.
	r := s.Rebuild()
	if built != nil {
		built(r)
	}
	var fire <-chan time.Time
	var timer *time.Timer
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if ignored(s.opts.Dir, ev.Name) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				// A new folder (or one renamed into place): watch it and
				// what it already holds.
				_ = addTree(w, ev.Name)
			}
			if timer == nil {
				timer = time.NewTimer(Debounce)
			} else {
				timer.Reset(Debounce)
			}
			fire = timer.C
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			_ = err // an overflow loses events: rebuild to be sure
			if timer == nil {
				timer = time.NewTimer(Debounce)
			} else {
				timer.Reset(Debounce)
			}
			fire = timer.C
		case <-fire:
			fire = nil
			r = s.Rebuild()
			if built != nil {
				built(r)
			}
		}
	}
}

// addTree watches root and every folder under it that is not ignored.
func addTree(w *fsnotify.Watcher, root string) error {
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			return nil // gone since, or unreadable: the build will say
		}
		if !d.IsDir() {
			return nil
		}
		if p != root && skipDir(d.Name()) {
			return filepath.SkipDir
		}
		return w.Add(p)
	})
}

// skipDir reports whether a folder holds nothing the site is built from:
// the build's outputs, version control, editors' and tools' folders.
func skipDir(name string) bool {
	switch name {
	case "public", "public-drafts", "node_modules", "outbox":
		return true
	}
	return strings.HasPrefix(name, ".")
}

// ignored reports whether a change at path cannot change the site: in a
// skipped folder, or an editor's swap, backup or lock file.
func ignored(root, path string) bool {
	rel, err := filepath.Rel(root, path)
	if err != nil {
		return false
	}
	parts := strings.Split(filepath.ToSlash(rel), "/")
	for _, d := range parts[:len(parts)-1] {
		if skipDir(d) {
			return true
		}
	}
	base := parts[len(parts)-1]
	switch {
	case strings.HasSuffix(base, "~"), strings.HasSuffix(base, ".swp"), strings.HasSuffix(base, ".swx"),
		strings.HasPrefix(base, ".#"), base == "4913", base == ".DS_Store":
		return true
	}
	return skipDir(base)
}
