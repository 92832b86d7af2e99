package site

import (
	"bytes"
	"encoding/gob"
	"sync"
	"time"
)

// VersionMemo keeps what loading a published version found, keyed by the
// SHA-256 of the file's bytes: a published file never changes, so a later
// load that reads the same bytes need not check and parse them again. The
// file is still read and hashed on every load, and its hash checked against
// versions.sum: the memo saves the parsing (front matter, the UTF-8,
// control character and nesting checks), never the verification. Only a
// version that loaded without error is kept; the fields that depend on the
// file's name (its number) are checked again on each load.
//
// It is safe for concurrent use. Encode and Decode turn it into bytes and
// back, for a cache on disk; Decode of bytes that are not an encoded memo
// fails, and the memo is then empty.
type VersionMemo struct {
	mu      sync.Mutex
	entries map[string]*memoVersion // by Hash(file)
	used    map[string]bool         // entries found or added since Decode
	added   bool

	srcs map[string][]byte // the files' bytes, by hash, when kept (KeepBytes)
}

// KeepBytes makes the memo keep the bytes of every published file it
// learns, so that the loads that follow share them rather than hold a copy
// each (a live preview keeps the last site and loads the next). The memo
// then holds every published text: for a process that holds them anyway.
func (m *VersionMemo) KeepBytes() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.srcs = map[string][]byte{}
}

// shared returns the bytes kept for a file whose hash is sum and whose
// bytes are src: the ones kept when there are (then src can go), else src,
// kept from now on.
func (m *VersionMemo) shared(sum string, src []byte) []byte {
	if m == nil {
		return src
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.srcs == nil {
		return src
	}
	if kept, ok := m.srcs[sum]; ok && bytes.Equal(kept, src) {
		return kept
	}
	m.srcs[sum] = src
	return src
}

// memoVersion is a published version's front matter, as checked.
type memoVersion struct {
	Title, Summary, Urgent string
	Version                int
	Published, Effective   int64 // Unix seconds of midnight UTC
	Material, Imported     bool
	Overrides              []Override
	Source                 Source
	Params                 map[string]any
}

// NewVersionMemo returns an empty memo.
func NewVersionMemo() *VersionMemo {
	return &VersionMemo{entries: map[string]*memoVersion{}, used: map[string]bool{}}
}

func init() {
	// The types a front matter's extra fields may hold in a memo (memoable).
	gob.Register([]any{})
	gob.Register(map[string]any{})
}

// lookup returns the entry for a file's hash, or nil.
func (m *VersionMemo) lookup(sum string) *memoVersion {
	if m == nil {
		return nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	e := m.entries[sum]
	if e != nil {
		m.used[sum] = true
	}
	return e
}

// remember keeps the version v, read from a file whose hash is sum.
func (m *VersionMemo) remember(sum string, v *Version) {
	if m == nil || v.Params != nil && !memoable(v.Params) {
		return
	}
	e := &memoVersion{Title: v.Title, Summary: v.Summary, Urgent: v.Urgent, Version: v.Number,
		Published: v.Published.t.Unix(), Effective: v.Effective.t.Unix(), Material: v.Material, Imported: v.Imported,
		Overrides: v.Overrides, Source: v.Source, Params: v.Params}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.entries[sum] == nil {
		m.entries[sum], m.added = e, true
	}
	m.used[sum] = true
}

// memoable reports whether a gob round trip gives back the same values: TOML
// gives strings, integers, floats, booleans, arrays and tables, and dates and
// times, whose time zone gob does not keep. Empty arrays and tables are left
// out too, as gob would give them back as nil.
func memoable(v any) bool {
	switch v := v.(type) {
	case string, int64, float64, bool:
		return true
	case []any:
		if len(v) == 0 {
			return false
		}
		for _, x := range v {
			if x == nil || !memoable(x) {
				return false
			}
		}
		return true
	case map[string]any:
		if len(v) == 0 {
			return false
		}
		for _, x := range v {
			if x == nil || !memoable(x) {
				return false
			}
		}
		return true
	}
	return false
}

// version makes the Version for a file whose hash is sum from its memo, or
// returns nil when there is none or it does not fit the file's name.
func (e *memoVersion) version(p *Policy, file string, n int, src []byte, sum string) *Version {
	if e.Version != n {
		return nil
	}
	front, body, bodyLine, err := splitFront(src)
	if err != nil || front == nil {
		return nil
	}
	return &Version{
		Document: Document{File: file, Title: e.Title, Summary: e.Summary, Body: body, BodyLine: bodyLine, Params: e.Params,
			Overrides: e.Overrides, front: front},
		Policy: p, Number: n, Published: unixDate(e.Published), Effective: unixDate(e.Effective),
		Material: e.Material, Urgent: e.Urgent, Sum: sum, Imported: e.Imported, Source: e.Source,
	}
}

func unixDate(sec int64) Date {
	y, m, d := time.Unix(sec, 0).UTC().Date()
	return NewDate(y, m, d)
}

// Changed reports whether the memo holds entries that the last Decode did
// not give, or that no load since has used: then it is worth saving.
func (m *VersionMemo) Changed() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.added || len(m.used) != len(m.entries)
}

// Encode returns the memo's entries that were used since Decode, and
// forgets the others, so that the versions a site no longer has leave the
// memo; Changed is false until a load adds to it.
func (m *VersionMemo) Encode() ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	keep := make(map[string]*memoVersion, len(m.used))
	for sum := range m.used {
		if e := m.entries[sum]; e != nil {
			keep[sum] = e
		}
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(keep); err != nil {
		return nil, err
	}
	m.entries, m.added = keep, false
	return buf.Bytes(), nil
}

// Decode replaces the memo's entries with the encoded ones.
func (m *VersionMemo) Decode(data []byte) error {
	entries := map[string]*memoVersion{}
	err := gob.NewDecoder(bytes.NewReader(data)).Decode(&entries)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.used, m.added = map[string]bool{}, false
	if err != nil {
		m.entries = map[string]*memoVersion{}
		return err
	}
	m.entries = entries
	return nil
}
