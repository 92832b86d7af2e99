package serve

import (
	"slices"
	"sync"
)

// memory is the output of one preview build, held in memory: nothing is
// written to the site or to public/. It is a build.Incremental: a unit
// whose key is the same as in the previous build takes that build's files
// as they are (the byte slices are shared, not copied), so a rebuild after
// an edit renders only the units the edit touched.
type memory struct {
	prev *memory // the previous build's output, or nil; dropped when done

	mu    sync.Mutex
	files map[string][]byte
	units map[string]memUnit
}

type memUnit struct {
	key   string
	paths []string
}

func newMemory(prev *memory) *memory {
	return &memory{prev: prev, files: make(map[string][]byte), units: make(map[string]memUnit)}
}

// WriteFile implements build.Writer.
func (m *memory) WriteFile(name string, data []byte) error {
	c := append([]byte(nil), data...)
	m.mu.Lock()
	m.files[name] = c
	m.mu.Unlock()
	return nil
}

// Keep implements build.Incremental.
func (m *memory) Keep(unit, k string, paths []string) (int64, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.units[unit] = memUnit{key: k, paths: slices.Clone(paths)}
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
		size += int64(len(data))
	}
	for _, p := range paths {
		m.files[p] = m.prev.files[p]
	}
	return size, true
}

// done lets the previous build go, once this one is complete.
func (m *memory) done() { m.prev = nil }

// get returns the file at name and whether there is one.
func (m *memory) get(name string) ([]byte, bool) {
	if m == nil {
		return nil, false
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	data, ok := m.files[name]
	return data, ok
}
