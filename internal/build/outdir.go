package build

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/site"
)

// Marker is the file at the root of every output folder that marks it as
// redline's: a build replaces a folder whole, so it replaces only a folder
// that is missing, empty, or holds this file.
const Marker = ".redline-build"

var markerText = []byte("This folder is the output of `redline build`, which replaces it whole on every build.\n" +
	"Keep no other files here: put files to publish (CNAME, robots.txt) in the site's static/ folder.\n")

// checkOutput refuses an output folder that is the site, contains it, lies
// inside one of its sources, or holds files redline did not build. out is
// the path as the user gave it, real its resolved path.
func checkOutput(out, real, source string) error {
	refuse := func(format string, args ...any) error {
		return diag.Errorf(out, 0, format, args...).Refuse().
			WithHint("give another --out: a new folder, an empty one, or redline's own earlier output (the default is SOURCE/public)")
	}
	if source != "" {
		src, err := realPath(source)
		if err != nil {
			return outputError(out, err)
		}
		switch where := overlap(real, src); where {
		case "":
		case ".":
			return refuse("the output folder is the site folder itself: a build replaces its output whole and would delete the site")
		case "..":
			return refuse("the output folder contains the site folder %s: a build replaces its output whole and would delete the site", source)
		default:
			return refuse("the output folder is inside the site's %s%s: a build replaces its output whole and would delete it", where, slashIfDir(where))
		}
	}
	fi, err := os.Lstat(real)
	switch {
	case errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOTDIR):
		return nil // making it will say what is in the way
	case err != nil:
		return outputError(out, err)
	case !fi.IsDir():
		return diag.Errorf(out, 0, "output is a file, not a folder").Refuse().WithHint("give another --out, or remove the file")
	}
	entries, err := os.ReadDir(real)
	if err != nil {
		return outputError(out, err)
	}
	if len(entries) == 0 || isOurs(real) {
		return nil
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if len(names) > 3 {
		names = append(names[:3], "...")
	}
	return diag.Errorf(out, 0, "the output folder holds files redline did not build (%s): a build replaces its output whole", strings.Join(names, ", ")).Refuse().
		WithHint("give a new or empty folder with --out; redline replaces only such a folder or one holding its %s file, which every build writes", Marker)
}

// CheckCacheDir refuses a folder for the build cache of the site folder
// source that the cache would damage: the cache writes folders of its own
// (one named versions/) and removes its old entries, so the folder must not
// be the site, hold it, lie in one of its sources, or lie in an output
// folder (outs), which a build replaces whole and which is deployed. Paths
// are compared as the output folder's are (realPath, overlap): a symbolic
// link or ".." does not get round it. The error says why, or is nil.
func CheckCacheDir(dir, source string, outs ...string) error {
	refuse := func(format string, args ...any) error {
		return diag.Errorf(dir, 0, format, args...).
			WithHint("give the cache a folder of its own, such as %s", filepath.Join(source, ".redline-cache"))
	}
	real, err := realPath(dir)
	if err != nil {
		return refuse("cannot resolve the cache folder: %v", diag.Cause(err))
	}
	src, err := realPath(source)
	if err != nil {
		return refuse("cannot resolve the site folder: %v", diag.Cause(err))
	}
	switch where := overlap(real, src); where {
	case "":
	case ".":
		return refuse("the cache folder is the site folder itself")
	case "..":
		return refuse("the cache folder holds the site folder %s", source)
	default:
		return refuse("the cache folder is in the site's %s%s", where, slashIfDir(where))
	}
	for _, out := range outs {
		if o, err := realPath(out); err == nil && within(real, o) {
			return refuse("the cache folder is in the output folder %s, which a build replaces and which is deployed", out)
		}
	}
	return nil
}

// within reports whether the resolved path p is root or lies in it,
// comparing folders as files (os.SameFile) as overlap does, or by name
// when root does not exist yet.
func within(p, root string) bool {
	ri, err := os.Stat(root)
	if err != nil {
		rel, err := filepath.Rel(root, p)
		return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
	}
	for dir := p; ; dir = filepath.Dir(dir) {
		if fi, err := os.Stat(dir); err == nil && os.SameFile(fi, ri) {
			return true
		}
		if dir == filepath.Dir(dir) {
			return false
		}
	}
}

func slashIfDir(name string) string {
	if name == site.ConfigFile {
		return ""
	}
	return "/"
}

// isOurs reports whether dir holds redline's marker as a regular file.
func isOurs(dir string) bool {
	fi, err := os.Lstat(filepath.Join(dir, Marker))
	return err == nil && fi.Mode().IsRegular()
}

// overlap says where the output folder out lies in the site folder src
// (both resolved paths): "." when it is the site, ".." when it contains it,
// the name of a source (site.Sources) when it is one or lies inside one,
// else "". It compares files, not names (os.SameFile), so a folder reached
// by another name (a bind mount, another case on a case-insensitive disk)
// is recognised all the same.
func overlap(out, src string) string {
	srcInfo, err := os.Stat(src)
	if err != nil {
		return "" // the site was read, so this does not happen
	}
	var sources []fs.FileInfo
	for _, name := range site.Sources {
		fi, _ := os.Stat(filepath.Join(src, name))
		sources = append(sources, fi)
	}
	// Up from out: a source met before the site is one out lies in.
	for dir := out; ; dir = filepath.Dir(dir) {
		if fi, err := os.Stat(dir); err == nil {
			if os.SameFile(fi, srcInfo) {
				if dir == out {
					return "."
				}
				break
			}
			for i, s := range sources {
				if s != nil && os.SameFile(fi, s) {
					return site.Sources[i]
				}
			}
		}
		if dir == filepath.Dir(dir) {
			break
		}
	}
	// A source that does not exist yet has no file to compare: its name.
	if rel, err := filepath.Rel(src, out); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		top, _, _ := strings.Cut(rel, string(filepath.Separator))
		for _, name := range site.Sources {
			if strings.EqualFold(top, name) {
				return name
			}
		}
	}
	// Up from the site: out met on the way contains it.
	outInfo, err := os.Stat(out)
	if err != nil {
		return ""
	}
	for dir := filepath.Dir(src); ; dir = filepath.Dir(dir) {
		if fi, err := os.Stat(dir); err == nil && os.SameFile(fi, outInfo) {
			return ".."
		}
		if dir == filepath.Dir(dir) {
			return ""
		}
	}
}

// realPath returns the absolute path p names, with every symbolic link and
// ".." resolved in order, as the system resolves them: "link/.." is the
// parent of the link's target, not the folder holding the link. Its tail
// may not exist yet.
func realPath(p string) (string, error) {
	if !filepath.IsAbs(p) {
		wd, err := os.Getwd()
		if err != nil {
			return "", err
		}
		p = wd + string(filepath.Separator) + p
	}
	vol := filepath.VolumeName(p)
	cur := vol + string(filepath.Separator)
	missing := false
	for _, part := range strings.FieldsFunc(p[len(vol):], func(r rune) bool { return os.IsPathSeparator(uint8(r)) }) {
		switch part {
		case ".":
			continue
		case "..":
			cur = filepath.Dir(cur)
			continue
		}
		next := filepath.Join(cur, part)
		if !missing {
			if _, err := os.Lstat(next); err == nil {
				resolved, err := filepath.EvalSymlinks(next)
				if err != nil {
					return "", err
				}
				cur = resolved
				continue
			}
			missing = true // or not reachable: writing there will say why
		}
		cur = next
	}
	return cur, nil
}

// cleanLeftovers removes the temporary folders that killed builds of out
// left beside it: only folders named as redline names them that hold its
// marker (or nothing), and that no running build holds locked.
func cleanLeftovers(parent, base string) {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	prefix := "." + base + ".tmp-"
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), prefix) || !e.IsDir() { // IsDir is false for a link
			continue
		}
		dir := filepath.Join(parent, e.Name())
		f, err := os.Open(dir)
		if err != nil {
			continue
		}
		if tryLock(f) && (isOurs(dir) || isEmpty(dir)) {
			_ = os.RemoveAll(dir)
		}
		f.Close()
	}
}

func isEmpty(dir string) bool {
	entries, err := os.ReadDir(dir)
	return err == nil && len(entries) == 0
}

// mkTemp creates a new folder in parent named prefix and a random number,
// with the usual mode 0755 (less the umask), where os.MkdirTemp makes 0700.
func mkTemp(parent, prefix string) (string, error) {
	for range 10000 {
		name := filepath.Join(parent, fmt.Sprintf("%s%d", prefix, rand.Uint32()))
		err := os.Mkdir(name, 0o755)
		if err == nil {
			return name, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return "", err
		}
	}
	return "", fmt.Errorf("cannot create a temporary folder in %s", parent)
}
