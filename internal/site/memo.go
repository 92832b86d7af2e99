package site

import (
	"bytes"
	"encoding/gob"
	"errors"
	"io/fs"
	"iter"
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/par"
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

	usedFiles map[string]bool // files records found or added since Decode

	srcs map[string][]byte // the files' bytes, by hash, when kept (KeepBytes)

	files      map[string]fileRecord // by path: what the file was when it was verified
	trustSince int64                 // TrustIdentity's now, less a margin; 0: off
}

// fileID is a file's identity, as identityOf gives it.
type fileID struct {
	Size, MTime, CTime int64
	Ino, Dev           uint64
}

// fileRecord is a published file as it was when a load read it and found
// the hash Sum.
type fileRecord struct {
	ID  fileID
	Sum string
}

// TrustIdentity lets a load take a published file whose identity (size,
// modification and change time, inode, device: what the system changes
// whenever the file's bytes change) is the same as when an earlier load
// read it and found its hash, without reading it again: its version is
// the one that load parsed, its hash the one it found and checked against
// versions.sum, and its body is read and verified only when Site.LoadBodies
// asks for it. now is the time of the load: a file changed in the last
// seconds before it is not recorded (its change could share a clock tick
// with the next one), and is read every time. On systems without a change
// time redline knows (all but Linux and macOS), every file is read.
func (m *VersionMemo) TrustIdentity(now time.Time) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.trustSince = now.Add(-racyWindow).UnixNano()
	if m.files == nil {
		m.files = map[string]fileRecord{}
	}
}

const racyWindow = 2 * time.Second

// trusted returns the record of a file whose identity is id, when it may be
// trusted, and the memo's entry for its hash.
func (m *VersionMemo) trusted(file string, id fileID) (string, *memoVersion) {
	if m == nil {
		return "", nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.trustSince == 0 {
		return "", nil
	}
	r, ok := m.files[file]
	if !ok || r.ID != id {
		return "", nil
	}
	e := m.entries[r.Sum]
	if e == nil || e.Front == nil {
		return "", nil
	}
	m.used[r.Sum] = true
	m.usedFiles[file] = true
	return r.Sum, e
}

// record keeps the identity a file had before a load read it and found the
// hash sum, unless it changed too recently to be sure of it.
func (m *VersionMemo) record(file string, id fileID, sum string) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.trustSince == 0 || id.MTime >= m.trustSince || id.CTime >= m.trustSince {
		return
	}
	if old, ok := m.files[file]; !ok || old != (fileRecord{ID: id, Sum: sum}) {
		m.files[file] = fileRecord{ID: id, Sum: sum}
		m.added = true
	}
	m.usedFiles[file] = true
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

// kept returns the bytes kept for the hash sum, or nil.
func (m *VersionMemo) kept(sum string) []byte {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.srcs[sum]
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
	Front                  []byte // the front matter, for a version whose body is not read (TrustIdentity)
	BodyLine               int
}

// NewVersionMemo returns an empty memo.
func NewVersionMemo() *VersionMemo {
	return &VersionMemo{entries: map[string]*memoVersion{}, used: map[string]bool{}, usedFiles: map[string]bool{}}
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
		Overrides: v.Overrides, Source: v.Source, Params: v.Params, Front: v.front, BodyLine: v.BodyLine}
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
		return len(v) > 0 && allMemoable(slices.Values(v))
	case map[string]any:
		return len(v) > 0 && allMemoable(maps.Values(v))
	}
	return false
}

func allMemoable(vs iter.Seq[any]) bool {
	for x := range vs {
		if x == nil || !memoable(x) {
			return false
		}
	}
	return true
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
			Overrides: e.Overrides, front: front, sum: sum},
		Policy: p, Number: n, Published: unixDate(e.Published), Effective: unixDate(e.Effective),
		Material: e.Material, Urgent: e.Urgent, Sum: sum, Imported: e.Imported, Source: e.Source,
	}
}

// lazyVersion makes the Version of a file trusted by its identity: its body
// is not read yet (LoadBodies reads it).
func (e *memoVersion) lazyVersion(p *Policy, file string, n int, sum string, size int64) *Version {
	if e.Version != n {
		return nil
	}
	return &Version{
		Document: Document{File: file, Title: e.Title, Summary: e.Summary, BodyLine: e.BodyLine, Params: e.Params,
			Overrides: e.Overrides, front: e.Front, lazy: sum, lazySize: size, sum: sum},
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
	return m.added || len(m.used) != len(m.entries) || len(m.usedFiles) != len(m.files)
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
	files := make(map[string]fileRecord, len(m.usedFiles))
	for f := range m.usedFiles {
		if r, ok := m.files[f]; ok && keep[r.Sum] != nil {
			files[f] = r
		}
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(memoFile{Entries: keep, Files: files}); err != nil {
		return nil, err
	}
	m.entries, m.added = keep, false
	if m.files != nil {
		m.files = files
	}
	return buf.Bytes(), nil
}

// memoFile is an encoded memo.
type memoFile struct {
	Entries map[string]*memoVersion
	Files   map[string]fileRecord
}

// Decode replaces the memo's entries with the encoded ones.
func (m *VersionMemo) Decode(data []byte) error {
	var f memoFile
	err := gob.NewDecoder(bytes.NewReader(data)).Decode(&f)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.used, m.usedFiles, m.added = map[string]bool{}, map[string]bool{}, false
	if err != nil || f.Entries == nil {
		m.entries, m.files = map[string]*memoVersion{}, nil
		if err == nil {
			err = errors.New("not a memo")
		}
		return err
	}
	m.entries, m.files = f.Entries, f.Files
	if m.files == nil {
		m.files = map[string]fileRecord{}
	}
	return nil
}

// trusting reports whether TrustIdentity is on.
func (m *VersionMemo) trusting() bool {
	if m == nil {
		return false
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.trustSince != 0
}

// ReleaseBodies forgets the bodies of the published versions among docs,
// for LoadBodies to read again, verified against the hash Load took: a
// build that renders one policy at a time need not hold every text of a
// large site at once. Drafts, and versions whose body is not loaded, are
// left as they are.
func (s *Site) ReleaseBodies(docs ...*Document) {
	for _, d := range docs {
		if d.sum == "" || d.lazy != "" {
			continue
		}
		// The front matter was cut from the file's bytes: a copy lets them go.
		d.lazy, d.lazySize = d.sum, int64(len(d.front)+len(d.Body))
		d.Body, d.front = nil, bytes.Clone(d.front)
	}
}

// LoadBodies reads the bodies of the published versions that a load with
// VersionMemo.TrustIdentity took by their identity, and verifies each
// against the hash that load took from versions.sum: a file changed since
// is refused as Load refuses it. With documents given, only those are read
// (the others are left as they are); with none, every published version.
// It does nothing for a site loaded otherwise.
func (s *Site) LoadBodies(docs ...*Document) error {
	if len(docs) == 0 {
		for _, b := range s.Brands {
			for _, p := range b.Policies {
				for _, v := range p.Versions {
					docs = append(docs, &v.Document)
				}
			}
		}
	}
	var lazy []*Document
	for _, d := range docs {
		if d.lazy != "" {
			lazy = append(lazy, d)
		}
	}
	errs := make(diag.List, len(lazy))
	par.DoIO(len(lazy), func(i int) error {
		d := lazy[i]
		src, err := fs.ReadFile(s.FS, d.File)
		if err != nil {
			errs[i] = ReadError(d.File, "cannot read", err)
			return nil
		}
		front, body, bodyLine, err := splitFront(src)
		if Hash(src) != d.lazy || err != nil || !bytes.Equal(front, d.front) || bodyLine != d.BodyLine {
			brand, policy := policyOf(d.File)
			errs[i] = diag.Errorf(d.File, 0, "published file was changed: its hash no longer matches %s", SumFile).Refuse().
				WithHint("published text is immutable; restore it with `git checkout -- %s` and make the change in content/%s/%s.md, then release a new version", d.File, brand, policy)
			return nil
		}
		d.Body, d.front, d.lazy, d.lazySize = body, front, "", 0
		return nil
	})
	var out diag.List
	for _, e := range errs {
		if e != nil {
			out = append(out, e)
		}
	}
	if len(out) > 0 {
		return out
	}
	return nil
}
