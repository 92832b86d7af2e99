package build

import (
	"bytes"
	"crypto/sha256"
	"debug/elf"
	"encoding/binary"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"

	"github.com/redline-legal/redline/internal/site"
)

// cacheFormat names the layout of cache entries and of what they hold. Bump
// it whenever a cached value's meaning changes without the code's identity
// changing (codeID covers released and committed builds).
const cacheFormat = "redline-cache/3"

// Cache keeps what a build computed, so that the next build does not compute
// it again: a version's rendered body, and each redline with its verdicts.
// An entry's key is a hash of everything its value depends on (the texts'
// bytes, the rules, redline's own version), so an entry is never stale: a
// change makes a new key. Each entry is checksummed and carries its key; an
// entry that is truncated, corrupt or not the one asked for is ignored and
// computed again, never served.
//
// A nil *Cache is valid and keeps nothing.
type Cache struct {
	dir string // holds <kind>/<2 hex>/<64 hex>

	// Counters, for tests and the benchmark.
	Hits, Misses, Bad atomic.Int64

	now func() time.Time // the clock of Trim and of marking entries used; nil: time.Now
}

// OpenCache uses dir as a cache, creating it when missing.
func OpenCache(dir string) (*Cache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	tag := filepath.Join(dir, "CACHEDIR.TAG")
	if _, err := os.Stat(tag); errors.Is(err, fs.ErrNotExist) {
		// The standard mark that tells backup tools to skip the folder.
		_ = os.WriteFile(tag, []byte("Signature: 8a477f597d28d172789f06886806bc55\n# This folder is redline's build cache; it can be deleted at any time.\n"), 0o644)
	}
	return &Cache{dir: dir}, nil
}

// Dir returns the cache's folder.
func (c *Cache) Dir() string {
	if c == nil {
		return ""
	}
	return c.dir
}

// key is the hash naming a cache entry.
type key [sha256.Size]byte

// hasher builds a key from parts; each part is length-prefixed, so that no
// two lists of parts hash alike.
type hasher struct{ h [][]byte }

func newKey(kind string) *hasher {
	k := &hasher{}
	return k.str(cacheFormat).str(codeID).str(kind)
}

func (k *hasher) bytes(b []byte) *hasher { k.h = append(k.h, b); return k }
func (k *hasher) str(s string) *hasher   { return k.bytes([]byte(s)) }

func (k *hasher) sum() key {
	h := sha256.New()
	var n [8]byte
	for _, b := range k.h {
		binary.LittleEndian.PutUint64(n[:], uint64(len(b)))
		h.Write(n[:])
		h.Write(b)
	}
	var out key
	h.Sum(out[:0])
	return out
}

func (k key) String() string { return hex.EncodeToString(k[:]) }

func (c *Cache) path(kind string, k key) string {
	s := k.String()
	return filepath.Join(c.dir, kind, s[:2], s)
}

// entryMagic starts every entry; then the entry's key, the SHA-256 of the
// payload, and the payload (gob).
var entryMagic = []byte("RLCACHE1")

// get decodes the entry kind/k into v and reports whether it could.
func (c *Cache) get(kind string, k key, v any) bool {
	if c == nil {
		return false
	}
	data, err := c.read(c.path(kind, k))
	if err != nil {
		c.Misses.Add(1)
		return false
	}
	head := len(entryMagic) + 2*sha256.Size
	bad := func() bool {
		c.Bad.Add(1)
		_ = os.Remove(c.path(kind, k)) // so that put can store a good one
		return false
	}
	if len(data) < head || !bytes.Equal(data[:len(entryMagic)], entryMagic) ||
		!bytes.Equal(data[len(entryMagic):len(entryMagic)+sha256.Size], k[:]) {
		return bad()
	}
	payload := data[head:]
	if sum := sha256.Sum256(payload); !bytes.Equal(sum[:], data[head-sha256.Size:head]) {
		return bad()
	}
	if err := gob.NewDecoder(bytes.NewReader(payload)).Decode(v); err != nil {
		return bad()
	}
	c.Hits.Add(1)
	return true
}

// Entries unused for trimAge are removed by Trim, which walks the cache at
// most once in trimEvery; an entry read is marked used by its modification
// time, set again when it is more than markEvery old. (Go's build cache
// works the same way: 5 days, a day, an hour.)
const (
	trimAge   = 5 * 24 * time.Hour
	trimEvery = 24 * time.Hour
	markEvery = time.Hour
	trimFile  = "trim.txt"
)

// read reads an entry's file and marks it used.
func (c *Cache) read(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() || fi.Size() > 1<<30 {
		return nil, fmt.Errorf("%s: not a cache entry", path)
	}
	data := make([]byte, fi.Size())
	if _, err := io.ReadFull(f, data); err != nil {
		return nil, err
	}
	if now := c.clock(); now.Sub(fi.ModTime()) > markEvery {
		_ = os.Chtimes(path, time.Time{}, now)
	}
	return data, nil
}

func (c *Cache) clock() time.Time {
	if c.now != nil {
		return c.now()
	}
	return time.Now()
}

// Trim removes the entries no build has read or written for five days, at
// most once a day (the day of the last trim is in trim.txt), so that a
// cache kept between CI runs does not grow without end. It reports how
// many entries it removed. A build that needs an entry trimmed computes it
// again.
func (c *Cache) Trim() (removed int) {
	if c == nil {
		return 0
	}
	now := c.clock()
	stamp := filepath.Join(c.dir, trimFile)
	if fi, err := os.Stat(stamp); err == nil && now.Sub(fi.ModTime()) < trimEvery && !fi.ModTime().After(now) {
		return 0
	}
	kinds, err := os.ReadDir(c.dir)
	if err != nil {
		return 0
	}
	for _, kind := range kinds {
		if !kind.IsDir() {
			continue // CACHEDIR.TAG, trim.txt
		}
		_ = filepath.WalkDir(filepath.Join(c.dir, kind.Name()), func(path string, d fs.DirEntry, err error) error {
			if err != nil || !d.Type().IsRegular() || !isEntryPath(path) {
				return nil // only what the cache itself names: never a file of a folder given by mistake
			}
			if fi, err := d.Info(); err == nil && now.Sub(fi.ModTime()) > trimAge && os.Remove(path) == nil {
				removed++
			}
			return nil
		})
	}
	if os.WriteFile(stamp, []byte(now.UTC().Format(time.RFC3339)+"\n"), 0o644) == nil {
		_ = os.Chtimes(stamp, time.Time{}, now)
	}
	return removed
}

// isEntryPath reports a path named as Cache.path names entries:
// <kind>/<2 hex>/<64 hex>, the folder the name's first two digits.
func isEntryPath(path string) bool {
	name, dir := filepath.Base(path), filepath.Base(filepath.Dir(path))
	if len(name) != 2*sha256.Size || dir != name[:2] {
		return false
	}
	_, err := hex.DecodeString(name)
	return err == nil && name == strings.ToLower(name)
}

// put stores v as the entry kind/k. The cache is an optimisation: a value
// that cannot be stored is computed again next time, so errors are dropped.
func (c *Cache) put(kind string, k key, v any) { c.store(kind, k, v, writeNew) }

// replace is put for an entry whose key does not name its content (the
// manifest of an output folder): the new entry replaces the old one.
func (c *Cache) replace(kind string, k key, v any) { c.store(kind, k, v, writeAtomic) }

func (c *Cache) store(kind string, k key, v any, write func(string, []byte) error) {
	if c == nil {
		return
	}
	var buf bytes.Buffer
	buf.Write(entryMagic)
	buf.Write(k[:])
	buf.Write(make([]byte, sha256.Size))
	head := buf.Len()
	if err := gob.NewEncoder(&buf).Encode(v); err != nil {
		return
	}
	data := buf.Bytes()
	sum := sha256.Sum256(data[head:])
	copy(data[head-sha256.Size:], sum[:])
	_ = write(c.path(kind, k), data)
}

// writeNew creates a file that does not exist yet. Two builds storing the
// same entry at once write the same bytes, and the second finds the file
// there; a reader that comes upon a file half-written finds its checksum
// wrong and ignores it.
func writeNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrNotExist) {
		if err = os.MkdirAll(filepath.Dir(path), 0o755); err == nil {
			f, err = os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		}
	}
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(path)
	}
	return err
}

// writeAtomic writes a file through a temporary file renamed into place, so
// that a reader sees the old file or the new one, never half of one.
func writeAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, ".tmp-*")
	if errors.Is(err, fs.ErrNotExist) {
		if err = os.MkdirAll(dir, 0o755); err == nil {
			f, err = os.CreateTemp(dir, ".tmp-*")
		}
	}
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		_ = os.Remove(f.Name())
	}
	return err
}

// codeID identifies the code that renders: the module's version, or the
// commit it was built from, and for a build from modified sources the
// executable itself (its size and time), so that a cache never serves
// what other code made.
var codeID = func() string {
	id := "unknown"
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return id
	}
	id = info.Main.Path + "@" + info.Main.Version
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev != "" {
		id += " " + rev
	}
	if rev == "" || modified == "true" || info.Main.Version == "(devel)" {
		if exe, err := os.Executable(); err == nil {
			id += " " + exeID(exe)
		}
	}
	return id
}()

// exeID identifies an executable built from modified sources: by the build
// ID the Go linker writes near its start, a hash of what went into it, so
// that "go run . build", which links a new file each time, still finds
// what the same code cached; else by its path, size and time.
func exeID(exe string) string {
	// ELF (Linux) keeps it in a note: "Go\0\0", then the ID.
	if f, err := elf.Open(exe); err == nil {
		defer f.Close()
		if sec := f.Section(".note.go.buildid"); sec != nil {
			if data, err := sec.Data(); err == nil && len(data) > 16 && string(data[12:16]) == "Go\x00\x00" {
				return "go-build-id " + string(bytes.TrimRight(data[16:], "\x00"))
			}
		}
	}
	// Mach-O and PE keep it at the start of the text.
	if f, err := os.Open(exe); err == nil {
		defer f.Close()
		head := make([]byte, 64<<10)
		n, _ := io.ReadFull(f, head)
		const start, end = "\xff Go build ID: \"", "\"\n \xff"
		if i := bytes.Index(head[:n], []byte(start)); i >= 0 {
			rest := head[i+len(start) : n]
			if j := bytes.Index(rest, []byte(end)); j > 0 && j < 256 {
				return "go-build-id " + string(rest[:j])
			}
		}
	}
	if fi, err := os.Stat(exe); err == nil {
		return fmt.Sprintf("%s %d %d", exe, fi.Size(), fi.ModTime().UnixNano())
	}
	return exe
}

// VersionMemo returns the memo of the published versions of the site
// folder dir that earlier builds parsed (site.VersionMemo), or an empty one;
// nil without a cache. Its entry is checked as every entry is: a damaged
// one is ignored, and the versions are parsed again.
func (c *Cache) VersionMemo(dir string) *site.VersionMemo {
	if c == nil {
		return nil
	}
	m := site.NewVersionMemo()
	var data []byte
	if c.get("versions", c.memoKey(dir), &data) {
		if m.Decode(data) != nil {
			c.Bad.Add(1)
		}
	}
	return m
}

// SaveVersionMemo keeps m for the next build of the site folder dir, when
// it changed.
func (c *Cache) SaveVersionMemo(dir string, m *site.VersionMemo) {
	if c == nil || m == nil || !m.Changed() {
		return
	}
	if data, err := m.Encode(); err == nil {
		c.replace("versions", c.memoKey(dir), data)
	}
}

// memoKey names the memo of a site folder: one per folder, so that builds
// of two sites do not take each other's turn.
func (c *Cache) memoKey(dir string) key {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return newKey("versions").str(dir).sum()
}
