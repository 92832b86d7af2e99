package serve

import (
	"bytes"
	"compress/gzip"
	"io"
	"slices"
	"sync"
)

// memory is the output of one preview build, held in memory: nothing is
// written to the site or to public/. Files are kept gzipped: the pages of
// a large site take a tenth of the room, and a page is unzipped in well
// under a millisecond when it is asked for. It is a build.Incremental: a unit
// whose key is the same as in the previous build takes that build's files
// as they are (the byte slices are shared, not copied), so a rebuild after
// an edit renders only the units the edit touched.
type memory struct {
	prev *memory // the previous build's output, or nil; dropped when done

	mu    sync.Mutex
	files map[string][]byte // gzipped
	units map[string]memUnit
}

type memUnit struct {
	key   string
	paths []string
	pages int
}

func newMemory(prev *memory) *memory {
	return &memory{prev: prev, files: make(map[string][]byte), units: make(map[string]memUnit)}
}

// WriteFile implements build.Writer.
func (m *memory) WriteFile(name string, data []byte) error {
	var buf bytes.Buffer
	buf.Grow(len(data)/4 + 64)
	zw := zippers.Get().(*gzip.Writer)
	zw.Reset(&buf)
	if _, err := zw.Write(data); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	zippers.Put(zw)
	c := slices.Clip(buf.Bytes())
	m.mu.Lock()
	m.files[name] = c
	m.mu.Unlock()
	return nil
}

// Kept implements build.Incremental.
func (m *memory) Kept(unit, k string) (pages, files int, size int64, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.prev == nil || k == "" {
		return 0, 0, 0, false
	}
	old, ok := m.prev.units[unit]
	if !ok || old.key != k {
		return 0, 0, 0, false
	}
	for _, p := range old.paths {
		data, ok := m.prev.files[p]
		if !ok {
			return 0, 0, 0, false
		}
		size += int64(len(data))
	}
	for _, p := range old.paths {
		m.files[p] = m.prev.files[p]
	}
	m.units[unit] = old
	return old.pages, len(old.paths), size, true
}

// Keep implements build.Incremental.
func (m *memory) Keep(unit, k string, paths []string, pages int) (int64, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.units[unit] = memUnit{key: k, paths: slices.Clone(paths), pages: pages}
	if m.prev == nil || k == "" {
		return 0, false
	}
	old, ok := m.prev.units[unit]
	if !ok || old.key != k || !slices.Equal(old.paths, paths) {
		return 0, false
	}
	var size int64
	for _, p := range paths {
		data, ok := m.prev.files[p]
		if !ok {
			return 0, false
		}
		size += int64(len(data)) // gzipped: the stats are not shown
	}
	for _, p := range paths {
		m.files[p] = m.prev.files[p]
	}
	return size, true
}

// done lets the previous build go, once this one is complete.
func (m *memory) done() { m.prev = nil }

var zippers = sync.Pool{New: func() any {
	zw, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed)
	return zw
}}

// get returns the file at name and whether there is one.
func (m *memory) get(name string) ([]byte, bool) {
	if m == nil {
		return nil, false
	}
	m.mu.Lock()
	gz, ok := m.files[name]
	m.mu.Unlock()
	if !ok {
		return nil, false
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, false
	}
	data, err := io.ReadAll(zr)
	return data, err == nil
}

// has reports whether there is a file at name.
func (m *memory) has(name string) bool {
	if m == nil {
		return false
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	_, ok := m.files[name]
	return ok
}
