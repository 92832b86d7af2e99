package build

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/par"
)

// Writer receives the files of a built site. Paths are slash-separated and
// relative to the output root. WriteFile must not keep data once it
// returns: the build renders its next page into the same memory.
type Writer interface {
	WriteFile(name string, data []byte) error
}

// Dir writes a site into an output folder, changing only what changed: a
// file whose bytes are the same as the previous build's keeps its
// modification time, and files the build no longer makes are removed.
//
// Nothing in the output folder changes before Commit: the files that
// differ are written into a temporary folder beside it, and Commit moves
// them into place, so that a build that fails half-way leaves the previous
// output untouched. A new output folder is built whole in the temporary
// folder and renamed into place.
//
// It replaces only an output folder that is missing, empty or marked as
// redline's own (Marker), and never the site folder, a folder containing
// it, or one inside its sources. Folders are made with mode 0755 and files
// 0644, less the umask.
//
// With a cache (Remember), Dir also keeps a manifest of what each build
// made, which lets the builder skip whole units whose inputs did not
// change (Keep); without one, every file is rendered and compared.
type Dir struct {
	out        string // as the user named it, for messages
	final, tmp string
	lock       *os.File // the temporary folder, held locked while the build runs
	fresh      bool     // the output folder did not exist: build it whole in tmp

	cache *Cache
	prev  *manifest // the previous build's, nil when unknown
	next  manifest

	mu      sync.Mutex
	made    map[string]bool // folders already created in tmp
	all     map[string]bool // every file of this build
	staged  []string        // files written into tmp, to move into place
	removed int
	dirty   []string        // folders of the previous build changed since: they may hold files it did not make
	dirs    map[string]bool // folders of this build's files (folders)
	// dirtyDone is closed when dirty is known (checkDirs, which runs
	// while the site is built); nil when there is nothing to check.
	dirtyDone chan struct{}
	// listed receives the files of the output folder, listed while the
	// site is built, when there is no manifest; nil when not listed.
	listed chan []string
}

// manifest records the files each unit of a build made, with their size
// and modification time as the build left them.
type manifest struct {
	Out   string // the output folder's real path
	Units map[string]*unitFiles
	// Dirs holds the modification time of each folder of the output as the
	// build left it ("." the output folder itself): a file put there since,
	// by hand or by another program, changes its folder's time, and the
	// next build removes it, as a build without a manifest would.
	Dirs map[string]int64
}

type unitFiles struct {
	Key     string
	Files   []fileStamp
	Pages   int  // how many of Files are pages
	Planned bool // Pages is known (a manifest of an older redline has not)
	kept    bool // taken over from the previous build; stamps known
	intact  bool // of the previous build: its files are as it left them
}

type fileStamp struct {
	Path  string
	Size  int64
	MTime int64 // nanoseconds
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
	d := &Dir{out: out, final: real, tmp: tmp, made: map[string]bool{".": true}, all: map[string]bool{},
		next: manifest{Out: real, Units: map[string]*unitFiles{}}}
	if _, err := os.Lstat(real); errors.Is(err, fs.ErrNotExist) {
		d.fresh = true
	}
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

// Remember keeps the manifest of the builds into d in c, and reads the
// previous one, so that unchanged units need not be rendered again. With
// no cache (c nil), or no manifest in it, the files the output folder
// holds are listed meanwhile, on another core, for Commit to remove those
// the build does not make.
func (d *Dir) Remember(c *Cache) {
	d.cache = c
	if d.fresh {
		return
	}
	var m manifest
	if c != nil && c.get("out", d.manifestKey(), &m) && m.Out == d.final && isOurs(d.final) {
		d.prev = &m
		d.checkIntact()
		return
	}
	// The output folder is not written to before Commit: listed now or
	// then, it holds the same files.
	d.listed = make(chan []string, 1)
	go func() { d.listed <- d.listFiles() }()
}

// listFiles lists the files of the output folder, by path relative to it.
func (d *Dir) listFiles() []string {
	var files []string
	_ = filepath.WalkDir(d.final, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(d.final, p)
		files = append(files, filepath.ToSlash(rel))
		return nil
	})
	return files
}

// checkIntact finds, on every core, which units of the previous build still
// have their files as it left them: same size, same modification time, a
// regular file. (A site's output holds tens of thousands of files; Keep
// asks about them one unit at a time.)
func (d *Dir) checkIntact() {
	units := make([]*unitFiles, 0, len(d.prev.Units))
	for _, u := range d.prev.Units {
		units = append(units, u)
	}
	par.Do(len(units), func(i int) error {
		u := units[i]
		for _, f := range u.Files {
			fi, err := os.Lstat(filepath.Join(d.final, filepath.FromSlash(f.Path)))
			if err != nil || !fi.Mode().IsRegular() || fi.Size() != f.Size || fi.ModTime().UnixNano() != f.MTime {
				return nil
			}
		}
		u.intact = true
		return nil
	})
	// The folders are needed only at Commit: they are checked meanwhile.
	d.dirtyDone = make(chan struct{})
	go func() {
		defer close(d.dirtyDone)
		d.checkDirs()
	}()
}

// checkDirs finds the folders of the previous build whose time changed:
// something was put into them, or taken out, since.
func (d *Dir) checkDirs() {
	if d.prev.Dirs == nil {
		d.dirty = []string{"."} // a manifest of an older redline: look at the top folder at least
		return
	}
	dirs := make([]string, 0, len(d.prev.Dirs))
	for dir := range d.prev.Dirs {
		dirs = append(dirs, dir)
	}
	changed := make([]bool, len(dirs))
	par.Do(len(dirs), func(i int) error {
		fi, err := os.Lstat(filepath.Join(d.final, filepath.FromSlash(dirs[i])))
		changed[i] = err == nil && fi.IsDir() && fi.ModTime().UnixNano() != d.prev.Dirs[dirs[i]]
		return nil
	})
	for i, dir := range dirs {
		if changed[i] {
			d.dirty = append(d.dirty, dir)
		}
	}
	sort.Strings(d.dirty)
}

func (d *Dir) manifestKey() key { return newKey("out").str(d.final).sum() }

func outputError(out string, err error) error {
	return &diag.Error{File: out, Msg: fmt.Sprintf("cannot write the output folder: %v", err), Err: err,
		Hint: "check the folder's permissions, or give another with --out DIR"}
}

// Kept implements Incremental.
func (d *Dir) Kept(unit, k string) (pages, files int, size int64, ok bool) {
	if d.prev == nil {
		return 0, 0, 0, false
	}
	old := d.prev.Units[unit]
	if old == nil || !old.intact || !old.Planned || old.Key != k {
		return 0, 0, 0, false
	}
	u := &unitFiles{Key: k, Files: slices.Clone(old.Files), Pages: old.Pages, Planned: true, kept: true}
	for _, f := range u.Files {
		d.all[f.Path] = true
		size += f.Size
	}
	d.next.Units[unit] = u
	return u.Pages, len(u.Files), size, true
}

// Keep implements Incremental.
func (d *Dir) Keep(unit, k string, paths []string, pages int) (int64, bool) {
	u := &unitFiles{Key: k, Files: make([]fileStamp, len(paths)), Pages: pages, Planned: true}
	for i, p := range paths {
		u.Files[i].Path = p
		d.all[p] = true
	}
	d.next.Units[unit] = u
	if d.prev == nil {
		return 0, false
	}
	old := d.prev.Units[unit]
	if old == nil || !old.intact || old.Key != k || len(old.Files) != len(paths) {
		return 0, false
	}
	var size int64
	for i, f := range old.Files {
		if f.Path != paths[i] {
			return 0, false
		}
		size += f.Size
	}
	copy(u.Files, old.Files)
	u.kept = true
	return size, true
}

// WriteFile writes one file of the site: into the temporary folder, unless
// the output folder has it already with the same bytes.
func (d *Dir) WriteFile(name string, data []byte) error {
	d.mu.Lock()
	d.all[name] = true
	d.mu.Unlock()
	if !d.fresh && sameFile(filepath.Join(d.final, filepath.FromSlash(name)), data) {
		return nil
	}
	full := filepath.Join(d.tmp, filepath.FromSlash(name))
	dir := filepath.Dir(name)
	d.mu.Lock()
	made := d.made[dir]
	d.mu.Unlock()
	if !made {
		// Most folders are new and their parent made already: Mkdir is one
		// call where MkdirAll is three (two of them Stat).
		if err := os.Mkdir(filepath.Dir(full), 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
			if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
				return outputError(d.out, err)
			}
		}
		d.mu.Lock()
		d.made[dir] = true
		d.mu.Unlock()
	}
	if err := os.WriteFile(full, data, 0o644); err != nil {
		return outputError(d.out, err)
	}
	d.mu.Lock()
	d.staged = append(d.staged, name)
	d.mu.Unlock()
	return nil
}

// sameFile reports whether the regular file at path holds data.
func sameFile(path string, data []byte) bool {
	fi, err := os.Lstat(path)
	if err != nil || !fi.Mode().IsRegular() || fi.Size() != int64(len(data)) {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	// Read into a buffer used again: a build compares every file of the
	// previous one, hundreds of megabytes it need not keep.
	bp := readBufs.Get().(*[]byte)
	defer readBufs.Put(bp)
	if cap(*bp) < len(data)+1 {
		*bp = make([]byte, len(data)+1)
	}
	buf := (*bp)[:len(data)+1] // one byte more: the file may have grown
	n, err := io.ReadFull(f, buf)
	// Short of the extra byte, the file ends where data does (EOF when
	// both are empty).
	return n == len(data) && (errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF)) && bytes.Equal(buf[:n], data)
}

var readBufs = sync.Pool{New: func() any { return new([]byte) }}

// Commit puts the new build in place: it moves the changed files into the
// output folder and removes the files the build no longer makes.
func (d *Dir) Commit() error {
	defer d.unlock()
	if d.fresh {
		if err := os.Rename(d.tmp, d.final); err != nil {
			d.Abort()
			return outputError(d.out, err)
		}
		d.remember()
		return nil
	}
	sort.Strings(d.staged)
	made := map[string]bool{".": true}
	for _, name := range d.staged {
		dst := filepath.Join(d.final, filepath.FromSlash(name))
		if dir := path.Dir(name); !made[dir] {
			if err := mkdirOver(d.final, dir); err != nil {
				d.Abort()
				return outputError(d.out, err)
			}
			made[dir] = true
		}
		if fi, err := os.Lstat(dst); err == nil && fi.IsDir() {
			_ = os.RemoveAll(dst) // a folder where the build now makes a file
		}
		if err := os.Rename(filepath.Join(d.tmp, filepath.FromSlash(name)), dst); err != nil {
			d.Abort()
			return outputError(d.out, err)
		}
	}
	if !isOurs(d.final) {
		if err := os.Rename(filepath.Join(d.tmp, Marker), filepath.Join(d.final, Marker)); err != nil {
			d.Abort()
			return outputError(d.out, err)
		}
	}
	d.removeStale()
	_ = os.RemoveAll(d.tmp)
	d.remember()
	return nil
}

// mkdirOver makes the folder rel inside root, removing a file that stands
// where a folder must be (the build made a file there before).
func mkdirOver(root, rel string) error {
	full := filepath.Join(root, filepath.FromSlash(rel))
	err := os.MkdirAll(full, 0o755)
	if err == nil {
		return nil
	}
	for p := rel; p != "." && p != "/"; p = path.Dir(p) {
		if fi, lerr := os.Lstat(filepath.Join(root, filepath.FromSlash(p))); lerr == nil && !fi.IsDir() {
			if rerr := os.Remove(filepath.Join(root, filepath.FromSlash(p))); rerr != nil {
				return err
			}
			return os.MkdirAll(full, 0o755)
		}
	}
	return err
}

// removeStale removes the files of the previous build that this one does
// not make, and the folders it leaves empty. Without a manifest it walks
// the output folder.
func (d *Dir) removeStale() {
	var stale []string
	if d.prev != nil {
		for _, u := range d.prev.Units {
			for _, f := range u.Files {
				if !d.all[f.Path] {
					stale = append(stale, f.Path)
				}
			}
		}
	} else {
		var files []string
		if d.listed != nil {
			files = <-d.listed
		} else {
			files = d.listFiles()
		}
		for _, rel := range files {
			if rel != Marker && !d.all[rel] {
				stale = append(stale, rel)
			}
		}
	}
	stale = append(stale, d.strays()...)
	dirs := map[string]bool{}
	for _, rel := range stale {
		if os.Remove(filepath.Join(d.final, filepath.FromSlash(rel))) == nil {
			d.removed++
		}
		for dir := path.Dir(rel); dir != "."; dir = path.Dir(dir) {
			dirs[dir] = true
		}
	}
	// Deepest first, so that a folder is empty when its turn comes.
	list := make([]string, 0, len(dirs))
	for dir := range dirs {
		list = append(list, dir)
	}
	sort.Slice(list, func(i, j int) bool { return strings.Count(list[i], "/") > strings.Count(list[j], "/") })
	for _, dir := range list {
		_ = os.Remove(filepath.Join(d.final, filepath.FromSlash(dir))) // fails, as it should, when not empty
	}
}

// strays lists what stands in the folders of the previous build that
// changed since (checkIntact) and that this build does not make: files, and
// folders that hold none of its files, which it removes whole.
func (d *Dir) strays() []string {
	d.waitDirs()
	if len(d.dirty) == 0 {
		return nil
	}
	kept := d.folders()
	var out []string
	for _, dir := range d.dirty {
		entries, err := os.ReadDir(filepath.Join(d.final, filepath.FromSlash(dir)))
		if err != nil {
			continue
		}
		for _, e := range entries {
			rel := path.Join(dir, e.Name())
			switch {
			case rel == Marker || d.all[rel] || e.IsDir() && kept[rel]:
			case e.IsDir():
				if os.RemoveAll(filepath.Join(d.final, filepath.FromSlash(rel))) == nil {
					d.removed++
				}
			default:
				out = append(out, rel)
			}
		}
	}
	return out
}

// remember stores the manifest of this build in the cache, when it
// differs from the previous one.
func (d *Dir) remember() {
	if d.cache == nil {
		return
	}
	d.waitDirs()
	same := d.prev != nil && len(d.staged) == 0 && d.removed == 0 && len(d.prev.Units) == len(d.next.Units) &&
		d.prev.Dirs != nil && len(d.dirty) == 0
	d.stampDirs()
	for name, u := range d.next.Units {
		if !u.kept {
			same = false
			for i := range u.Files {
				f := &u.Files[i]
				if fi, err := os.Lstat(filepath.Join(d.final, filepath.FromSlash(f.Path))); err == nil {
					f.Size, f.MTime = fi.Size(), fi.ModTime().UnixNano()
				}
			}
		} else if old := d.prev.Units[name]; old == nil || !old.Planned {
			same = false // or the manifest was written by an older redline
		}
	}
	if !same {
		d.cache.replace("out", d.manifestKey(), &d.next)
	}
}

// stampDirs records the modification time of every folder of the output
// in the next manifest: taken from the previous one for a folder this build
// changed nothing in, read again for the others.
func (d *Dir) stampDirs() {
	touched := map[string]bool{".": d.prev == nil || d.prev.Dirs == nil || len(d.staged) > 0 || d.removed > 0}
	for _, name := range d.staged {
		for dir := path.Dir(name); ; dir = path.Dir(dir) {
			touched[dir] = true // a folder made for it changes its parent's time too
			if dir == "." {
				break
			}
		}
	}
	for _, dir := range d.dirty {
		touched[dir] = true
	}
	d.next.Dirs = map[string]int64{".": 0}
	for dir := range d.folders() {
		d.next.Dirs[dir] = 0
	}
	for dir := range d.next.Dirs {
		if t, ok := d.prev.dir(dir); ok && !touched[dir] && d.removed == 0 {
			d.next.Dirs[dir] = t
			continue
		}
		if fi, err := os.Lstat(filepath.Join(d.final, filepath.FromSlash(dir))); err == nil {
			d.next.Dirs[dir] = fi.ModTime().UnixNano()
		}
	}
}

// folders returns the folders this build's files are in, and theirs (the
// output folder itself, ".", left out), made once, at Commit.
func (d *Dir) folders() map[string]bool {
	if d.dirs == nil {
		d.dirs = map[string]bool{}
		for p := range d.all {
			for dir := path.Dir(p); dir != "." && !d.dirs[dir]; dir = path.Dir(dir) {
				d.dirs[dir] = true
			}
		}
	}
	return d.dirs
}

func (d *Dir) waitDirs() {
	if d.dirtyDone != nil {
		<-d.dirtyDone
	}
}

// dir returns the recorded time of folder dir.
func (m *manifest) dir(dir string) (int64, bool) {
	if m == nil || m.Dirs == nil {
		return 0, false
	}
	t, ok := m.Dirs[dir]
	return t, ok
}

// Changed returns the number of files the build wrote or removed.
func (d *Dir) Changed() (written, removed int) { return len(d.staged), d.removed }

// Abort removes the temporary folder; the previous output stays as it was.
func (d *Dir) Abort() {
	d.waitDirs()
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
