package build

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/redline-legal/redline/internal/diag"
)

// Writer receives the files of a built site. Paths are slash-separated and
// relative to the output root.
type Writer interface {
	WriteFile(name string, data []byte) error
}

// Dir writes a site into a temporary folder beside the output folder and
// swaps it into place on Commit, so that a build that fails half-way leaves
// the previous output untouched, and a reader never sees half a site.
type Dir struct {
	final, tmp string
	mu         sync.Mutex
	made       map[string]bool // folders already created
}

// CreateDir prepares a build into out.
func CreateDir(out string) (*Dir, error) {
	parent := filepath.Dir(filepath.Clean(out))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, outputError(out, err)
	}
	if fi, err := os.Stat(out); err == nil && !fi.IsDir() {
		return nil, diag.Errorf(out, 0, "output is a file, not a folder").WithHint("give another --out, or remove the file")
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(out)+".tmp-")
	if err != nil {
		return nil, outputError(out, err)
	}
	return &Dir{final: out, tmp: tmp, made: map[string]bool{".": true}}, nil
}

func outputError(out string, err error) error {
	return &diag.Error{File: out, Msg: fmt.Sprintf("cannot write the output folder: %v", err), Err: err,
		Hint: "check the folder's permissions, or give another with --out DIR"}
}

// WriteFile writes one file of the site.
func (d *Dir) WriteFile(name string, data []byte) error {
	full := filepath.Join(d.tmp, filepath.FromSlash(name))
	dir := filepath.Dir(name)
	d.mu.Lock()
	made := d.made[dir]
	d.mu.Unlock()
	if !made {
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return outputError(d.final, err)
		}
		d.mu.Lock()
		d.made[dir] = true
		d.mu.Unlock()
	}
	if err := os.WriteFile(full, data, 0o644); err != nil {
		return outputError(d.final, err)
	}
	return nil
}

// Commit replaces the output folder with the new build.
func (d *Dir) Commit() error {
	old := ""
	if _, err := os.Stat(d.final); err == nil {
		old = d.tmp + ".old"
		if err := os.Rename(d.final, old); err != nil {
			d.Abort()
			return outputError(d.final, err)
		}
	}
	if err := os.Rename(d.tmp, d.final); err != nil {
		if old != "" {
			_ = os.Rename(old, d.final)
		}
		d.Abort()
		return outputError(d.final, err)
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// Abort removes the temporary folder; the previous output stays as it was.
func (d *Dir) Abort() { _ = os.RemoveAll(d.tmp) }

// Files is a Writer that keeps the site in memory, for tests and previews.
type Files struct {
	mu sync.Mutex
	m  map[string][]byte
}

// WriteFile stores a copy of data under name.
func (f *Files) WriteFile(name string, data []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.m == nil {
		f.m = make(map[string][]byte)
	}
	f.m[name] = append([]byte(nil), data...)
	return nil
}

// Get returns the file written under name, or nil.
func (f *Files) Get(name string) []byte {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.m[name]
}

// Names returns the written paths, sorted.
func (f *Files) Names() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	names := make([]string, 0, len(f.m))
	for n := range f.m {
		names = append(names, n)
	}
	sortStrings(names)
	return names
}
