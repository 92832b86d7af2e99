package site

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// memoSite has versions with extra front matter fields (a string, a
// table, a date gob cannot keep exactly) and overrides.
func memoSite() fstest.MapFS {
	v1 := "+++\ntitle = \"Privacy\"\nversion = 1\npublished = 2026-01-01\neffective = 2026-01-15\nsummary = \"First\"\nmaterial = false\n" +
		"brand = \"acme\"\nreviewed = 2025-12-30\n[extra]\nowner = \"legal\"\ntags = [\"a\", \"b\"]\n+++\n\n# Privacy\n\nWe keep your email.\n"
	v2 := "+++\ntitle = \"Privacy\"\nversion = 2\npublished = 2026-02-01\neffective = 2026-03-20\nsummary = \"Second\"\nmaterial = true\nurgent = \"  \"\n" +
		"brand = \"acme\"\n[[override]]\nchange = \"c1\"\nmaterial = false\nby = \"Legal\"\nreason = \"A typo.\"\n+++\n\n# Privacy\n\nWe keep your email and name.\n"
	return testSite(
		"versions/acme/privacy/v1.md", v1,
		"versions/acme/privacy/v2.md", v2,
		"content/acme/privacy.md", "+++\ntitle = \"Privacy\"\n+++\n\nWe keep your email, name and phone.\n",
	)
}

// A site loaded with a memo that earlier loads filled, and through an
// encoded memo, is the site loaded without one.
func TestMemoSameSite(t *testing.T) {
	fsys := memoSite()
	want, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	memo := NewVersionMemo()
	for i := range 3 {
		got, err := LoadMemo(fsys, memo)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Brands, want.Brands) {
			t.Fatalf("load %d with a memo differs from a load without", i)
		}
		data, err := memo.Encode()
		if err != nil {
			t.Fatal(err)
		}
		memo = NewVersionMemo()
		if err := memo.Decode(data); err != nil {
			t.Fatal(err)
		}
	}
	// v2's params are a plain string: kept; v1's hold a date: parsed each time.
	if n := len(memo.entries); n != 1 {
		t.Errorf("memo holds %d versions, want 1 (v1's date field is not kept)", n)
	}
}

// A published file changed after the memo learnt it is refused as without
// a memo: the memo saves parsing, never the check against versions.sum.
func TestMemoTamperedFile(t *testing.T) {
	fsys := memoSite()
	memo := NewVersionMemo()
	if _, err := LoadMemo(fsys, memo); err != nil {
		t.Fatal(err)
	}
	f := fsys["versions/acme/privacy/v2.md"]
	f.Data = []byte(strings.Replace(string(f.Data), "email and name", "email and nothing else", 1))
	_, err := LoadMemo(fsys, memo)
	if err == nil || !strings.Contains(err.Error(), "versions/acme/privacy/v2.md: published file was changed") {
		t.Fatalf("tampered file with a memo: err = %v", err)
	}
	// The same bytes recorded under another name (and in versions.sum) are
	// checked against that name, not taken from the memo.
	fsys = memoSite()
	if _, err := LoadMemo(fsys, memo); err != nil {
		t.Fatal(err)
	}
	fsys["versions/acme/privacy/v3.md"] = &fstest.MapFile{Data: fsys["versions/acme/privacy/v2.md"].Data}
	sums, _ := ParseSums(fsys[SumFile].Data)
	sums["versions/acme/privacy/v3.md"] = Hash(fsys["versions/acme/privacy/v3.md"].Data)
	fsys[SumFile] = &fstest.MapFile{Data: sums.Format()}
	_, err = LoadMemo(fsys, memo)
	if err == nil || !strings.Contains(err.Error(), "version = 2, but the file is named v3.md") {
		t.Fatalf("a version copied under another name, with a memo: err = %v", err)
	}
}

// Bytes that are not a memo leave it empty, and the site loads as without.
func TestMemoCorrupt(t *testing.T) {
	fsys := memoSite()
	memo := NewVersionMemo()
	if _, err := LoadMemo(fsys, memo); err != nil {
		t.Fatal(err)
	}
	data, _ := memo.Encode()
	for _, bad := range [][]byte{nil, []byte("garbage"), data[:len(data)/2]} {
		m := NewVersionMemo()
		if err := m.Decode(bad); err == nil {
			t.Errorf("Decode(%d bytes of a broken memo) = nil", len(bad))
		}
		if len(m.entries) != 0 {
			t.Errorf("a broken memo kept %d entries", len(m.entries))
		}
		if _, err := LoadMemo(fsys, m); err != nil {
			t.Fatal(err)
		}
	}
}

// A memo is worth saving when a load added to it or did not use all of it.
func TestMemoChanged(t *testing.T) {
	fsys := memoSite()
	memo := NewVersionMemo()
	LoadMemo(fsys, memo)
	if !memo.Changed() {
		t.Error("a memo a load filled is not Changed")
	}
	data, _ := memo.Encode()
	memo = NewVersionMemo()
	memo.Decode(data)
	LoadMemo(fsys, memo)
	if memo.Changed() {
		t.Error("a memo a load used as it was is Changed")
	}
	delete(fsys, "versions/acme/privacy/v2.md")
	sums, _ := ParseSums(fsys[SumFile].Data)
	delete(sums, "versions/acme/privacy/v2.md")
	fsys[SumFile].Data = sums.Format()
	memo = NewVersionMemo()
	memo.Decode(data)
	LoadMemo(fsys, memo)
	if !memo.Changed() {
		t.Error("a memo holding a version the site no longer has is not Changed")
	}
}

// A memo once encoded is not Changed until a load adds to it.
func TestMemoEncodeSettles(t *testing.T) {
	fsys := memoSite()
	memo := NewVersionMemo()
	LoadMemo(fsys, memo)
	memo.Encode()
	LoadMemo(fsys, memo)
	if memo.Changed() {
		t.Error("a memo encoded, then used as it was, is Changed")
	}
}

// With KeepBytes, a second load shares the first one's bytes of each
// published text rather than holding a copy; a changed file is its own.
func TestMemoKeepBytes(t *testing.T) {
	fsys := memoSite()
	memo := NewVersionMemo()
	memo.KeepBytes()
	a, err := LoadMemo(fsys, memo)
	if err != nil {
		t.Fatal(err)
	}
	b, err := LoadMemo(fsys, memo)
	if err != nil {
		t.Fatal(err)
	}
	va, vb := a.Brands[0].Policies[0].Versions, b.Brands[0].Policies[0].Versions
	for i := range va {
		if &va[i].Body[0] != &vb[i].Body[0] {
			t.Errorf("v%d: the second load holds a copy of the text", i+1)
		}
	}
	f := fsys["versions/acme/privacy/v2.md"]
	f.Data = []byte(strings.Replace(string(f.Data), "email and name", "email and nothing else", 1))
	if _, err := LoadMemo(fsys, memo); err == nil || !strings.Contains(err.Error(), "published file was changed") {
		t.Fatalf("tampered file with kept bytes: err = %v", err)
	}
}

// writeMemoSite writes fsys into a new folder and returns it.
func writeMemoSite(t *testing.T, fsys fstest.MapFS) string {
	t.Helper()
	dir := t.TempDir()
	for name, f := range fsys {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// later is a load's time far enough after the files were written that
// their identity may be trusted.
var later = time.Now().Add(time.Hour)

// With TrustIdentity, a published file unchanged since a load read it is
// not read again: its version comes from the memo, and its body is read
// and verified by LoadBodies; the site is then the one a plain load gives.
func TestTrustIdentity(t *testing.T) {
	if runtime.GOOS != "linux" && runtime.GOOS != "darwin" {
		t.Skip("identities are trusted on Linux and macOS only")
	}
	dir := writeMemoSite(t, memoSite())
	want, err := Load(DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	memo := NewVersionMemo()
	memo.TrustIdentity(later)
	if _, err := LoadMemo(DirFS(dir), memo); err != nil {
		t.Fatal(err)
	}
	data, _ := memo.Encode()
	memo = NewVersionMemo()
	memo.Decode(data)
	memo.TrustIdentity(later)
	got, err := LoadMemo(DirFS(dir), memo)
	if err != nil {
		t.Fatal(err)
	}
	v2 := got.Brands[0].Policies[0].Versions[1]
	if v2.lazy == "" || v2.Body != nil {
		t.Fatal("v2, unchanged, was read again")
	}
	if err := got.LoadBodies(); err != nil {
		t.Fatal(err)
	}
	got.FS, want.FS = nil, nil
	if !reflect.DeepEqual(got.Brands, want.Brands) {
		t.Fatal("a load trusting identities, its bodies loaded, differs from a plain load")
	}
}

// A published file changed is read again, whatever its size and times
// (its change time moves), and refused; one changed after the load, before
// LoadBodies, is refused by LoadBodies.
func TestTrustIdentityTampered(t *testing.T) {
	if runtime.GOOS != "linux" && runtime.GOOS != "darwin" {
		t.Skip("identities are trusted on Linux and macOS only")
	}
	dir := writeMemoSite(t, memoSite())
	file := filepath.Join(dir, "versions", "acme", "privacy", "v2.md")
	memo := NewVersionMemo()
	memo.TrustIdentity(later)
	if _, err := LoadMemo(DirFS(dir), memo); err != nil {
		t.Fatal(err)
	}
	orig, _ := os.ReadFile(file)
	fi, _ := os.Stat(file)
	same := []byte(strings.Replace(string(orig), "email and name", "email and eman", 1)) // same size
	tamper := func() {
		if err := os.WriteFile(file, same, 0o644); err != nil {
			t.Fatal(err)
		}
		os.Chtimes(file, fi.ModTime(), fi.ModTime()) // the old modification time back
	}
	tamper()
	_, err := LoadMemo(DirFS(dir), memo)
	if err == nil || !strings.Contains(err.Error(), "v2.md: published file was changed") {
		t.Fatalf("a file changed with its size and time kept: err = %v", err)
	}

	os.WriteFile(file, orig, 0o644)
	if _, err := LoadMemo(DirFS(dir), memo); err != nil { // records the restored file
		t.Fatal(err)
	}
	s, err := LoadMemo(DirFS(dir), memo)
	if err != nil {
		t.Fatal(err)
	}
	if s.Brands[0].Policies[0].Versions[1].lazy == "" {
		t.Fatal("v2, restored and read once, was read again")
	}
	tamper()
	err = s.LoadBodies()
	if err == nil || !strings.Contains(err.Error(), "v2.md: published file was changed") {
		t.Fatalf("a file changed between the load and LoadBodies: err = %v", err)
	}
}

// A file changed in the seconds before a load is never taken by its
// identity: a change in the same tick of the clock would not show.
func TestTrustIdentityRacy(t *testing.T) {
	dir := writeMemoSite(t, memoSite())
	memo := NewVersionMemo()
	memo.TrustIdentity(time.Now())
	for range 2 {
		s, err := LoadMemo(DirFS(dir), memo)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range s.Brands[0].Policies[0].Versions {
			if v.lazy != "" {
				t.Fatalf("%s, written just now, was taken by its identity", v.File)
			}
		}
	}
}

// With KeepBytes and TrustIdentity (a live preview), a file as verified is
// taken whole from memory, its text there; a changed one is read again.
func TestTrustIdentityKeptBytes(t *testing.T) {
	if runtime.GOOS != "linux" && runtime.GOOS != "darwin" {
		t.Skip("identities are trusted on Linux and macOS only")
	}
	dir := writeMemoSite(t, memoSite())
	memo := NewVersionMemo()
	memo.KeepBytes()
	memo.TrustIdentity(later)
	a, err := LoadMemo(DirFS(dir), memo)
	if err != nil {
		t.Fatal(err)
	}
	b, err := LoadMemo(DirFS(dir), memo)
	if err != nil {
		t.Fatal(err)
	}
	va, vb := a.Brands[0].Policies[0].Versions[1], b.Brands[0].Policies[0].Versions[1]
	if vb.lazy != "" || &va.Body[0] != &vb.Body[0] {
		t.Fatal("v2, unchanged, was not taken from memory")
	}
	file := filepath.Join(dir, "versions", "acme", "privacy", "v2.md")
	data, _ := os.ReadFile(file)
	os.WriteFile(file, []byte(strings.Replace(string(data), "email and name", "email and eman", 1)), 0o644)
	if _, err := LoadMemo(DirFS(dir), memo); err == nil || !strings.Contains(err.Error(), "v2.md: published file was changed") {
		t.Fatalf("a changed file, its bytes in memory: err = %v", err)
	}
}
