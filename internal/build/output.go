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
//
// It replaces only an output folder that is missing, empty or marked as
// redline's own (Marker), and never the site folder, a folder containing
// it, or one inside its sources. Folders are made with mode 0755 and files
// 0644, less the umask.
type Dir struct {
	out        string // as the user named it, for messages
	final, tmp string
	lock       *os.File // the temporary folder, held locked while the build runs
	mu         sync.Mutex
	made       map[string]bool // folders already created
}

// CreateDir prepares a build into out for the site folder source (which
// may be "" when the output belongs to no site folder). It refuses, with
// an error marked Unsafe, an output it must not replace; it then removes
// what killed builds into out left behind.
func CreateDir(out, source string) (*Dir, error) {
	real, err := realPath(out)
	if err != nil {
		return nil, outputError(out, err)
	}
	if err := checkOutput(out, real, source); err != nil {
		return nil, err
	}
	parent := filepath.Dir(real)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, outputError(out, err)
	}
	cleanLeftovers(parent, filepath.Base(real))
	tmp, err := mkTemp(parent, "."+filepath.Base(real)+".tmp-")
	if err != nil {
		return nil, outputError(out, err)
	}
	d := &Dir{out: out, final: real, tmp: tmp, made: map[string]bool{".": true}}
	if d.lock, err = os.Open(tmp); err == nil {
		tryLock(d.lock)
		err = os.WriteFile(filepath.Join(tmp, Marker), markerText, 0o644)
	}
	if err != nil {
		d.Abort()
		return nil, outputError(out, err)
	}
	return d, nil
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
			return outputError(d.out, err)
		}
		d.mu.Lock()
		d.made[dir] = true
		d.mu.Unlock()
	}
	if err := os.WriteFile(full, data, 0o644); err != nil {
		return outputError(d.out, err)
	}
	return nil
}

// Commit replaces the output folder with the new build.
func (d *Dir) Commit() error {
	defer d.unlock()
	old := ""
	if _, err := os.Lstat(d.final); err == nil {
		old = d.tmp + ".old"
		if err := os.Rename(d.final, old); err != nil {
			d.Abort()
			return outputError(d.out, err)
		}
	}
	if err := os.Rename(d.tmp, d.final); err != nil {
		if old != "" {
			_ = os.Rename(old, d.final)
		}
		d.Abort()
		return outputError(d.out, err)
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// Abort removes the temporary folder; the previous output stays as it was.
func (d *Dir) Abort() {
	_ = os.RemoveAll(d.tmp)
	d.unlock()
}

func (d *Dir) unlock() {
	if d.lock != nil {
		d.lock.Close()
		d.lock = nil
	}
}

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
