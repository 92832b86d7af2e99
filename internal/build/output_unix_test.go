//go:build unix

package build

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// A web server running as another user must be able to read the output:
// folders 0755 and files 0644 under the usual umask (os.MkdirTemp alone
// makes 0700, which served 403 for every page), and no more than the umask
// allows under a strict one.
func TestDirModes(t *testing.T) {
	for _, tc := range []struct {
		umask             int
		dirMode, fileMode fs.FileMode
	}{
		{0o022, 0o755, 0o644},
		{0o077, 0o700, 0o600},
	} {
		old := syscall.Umask(tc.umask)
		out := filepath.Join(t.TempDir(), "public")
		d, err := CreateDir(out, "")
		if err == nil {
			err = d.WriteFile("acme/privacy/index.html", []byte("page"))
		}
		if err == nil {
			err = d.Commit()
		}
		syscall.Umask(old)
		if err != nil {
			t.Fatal(err)
		}
		err = filepath.WalkDir(out, func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			fi, err := e.Info()
			if err != nil {
				return err
			}
			want := tc.fileMode
			if e.IsDir() {
				want = tc.dirMode
			}
			if fi.Mode().Perm() != want {
				t.Errorf("umask %03o: %s has mode %v, want %v", tc.umask, p, fi.Mode().Perm(), want)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// A build running beside another must not take the other's temporary
// folder for a killed build's leftover.
func TestLeftoversOfRunningBuildStay(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	first, err := CreateDir(out, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := first.WriteFile("index.html", []byte("first")); err != nil {
		t.Fatal(err)
	}
	second, err := CreateDir(out, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(first.tmp, "index.html")); err != nil {
		t.Fatalf("the running build's folder was removed: %v", err)
	}
	second.Abort()
	if err := first.Commit(); err != nil {
		t.Fatal(err)
	}
	if data, err := os.ReadFile(filepath.Join(out, "index.html")); err != nil || string(data) != "first" {
		t.Fatalf("index.html = %q, %v", data, err)
	}
	// Once it has ended, its folder is gone and nothing else is left.
	entries, _ := os.ReadDir(filepath.Dir(out))
	if len(entries) != 1 {
		t.Errorf("left beside the output: %v", entries)
	}
}

// "link/.." is the parent of the link's target, as the system resolves it,
// not the folder that holds the link.
func TestRealPath(t *testing.T) {
	root, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	site := filepath.Join(root, "a", "site")
	if err := os.MkdirAll(filepath.Join(site, "versions"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(site, "versions"), filepath.Join(root, "link")); err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		filepath.Join(root, "link"):         filepath.Join(site, "versions"),
		root + "/link/..":                   site,
		root + "/link/../versions/new/../x": filepath.Join(site, "versions", "x"),
		root + "/./a//site/../site/public":  filepath.Join(site, "public"),
		root + "/missing/../a":              filepath.Join(root, "a"),
	} {
		got, err := realPath(in)
		if err != nil || got != want {
			t.Errorf("realPath(%s) = %s, %v; want %s", in, got, err, want)
		}
	}
}
