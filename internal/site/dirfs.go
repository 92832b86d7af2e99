package site

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/redline-legal/redline/internal/diag"
)

// Size limits of the files of a site. A policy is a few hundred kilobytes;
// the limits keep a mistake (a disk image saved as a draft) from exhausting
// the machine's memory before anything is reported.
const (
	MaxFileSize   = 32 << 20  // any file redline parses: config, drafts, versions, layouts, versions.sum
	MaxStaticSize = 256 << 20 // a file of static/, copied as it is
)

// DirFS returns the site folder dir as an fs.FS that holds redline to its
// promise to read only files inside the site: it refuses a symbolic link
// anywhere on the way to a file, and anything that is neither a regular
// file nor a folder (a named pipe would block a read forever), checking
// each with Lstat before it opens anything. ReadFile refuses a file larger
// than MaxFileSize (MaxStaticSize under static/; notices/, which holds
// notify's ledgers, has no limit). Its errors are *diag.Error values naming
// the file.
//
// A folder on the way that was found to be a folder is not checked again
// by the same FS: a site is read with one FS, and its folders hold
// thousands of files.
func DirFS(dir string) fs.FS { return &dirFS{dir: dir, fsys: os.DirFS(dir)} }

type dirFS struct {
	dir     string
	fsys    fs.FS
	folders sync.Map // folders checked: string -> true
}

// check Lstats every element of name from the root down, and refuses a
// symbolic link or a special file; it returns the last one's FileInfo.
func (d *dirFS) check(op, name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	if name == "." {
		return os.Stat(d.dir) // the site folder itself may be reached by a link
	}
	var fi fs.FileInfo
	for i := 0; i <= len(name); i++ {
		if i < len(name) && name[i] != '/' {
			continue
		}
		elem := name[:i]
		if i < len(name) {
			if _, ok := d.folders.Load(elem); ok {
				continue
			}
		}
		var err error
		fi, err = os.Lstat(filepath.Join(d.dir, filepath.FromSlash(elem)))
		if err != nil {
			return nil, &fs.PathError{Op: op, Path: name, Err: underlying(err)}
		}
		if err := special(elem, fi.Mode()); err != nil {
			return nil, err
		}
		if fi.IsDir() {
			d.folders.Store(elem, true)
		}
	}
	return fi, nil
}

func underlying(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// special refuses a symbolic link, and a file that is neither regular nor a folder.
func special(name string, mode fs.FileMode) error {
	switch {
	case mode&fs.ModeSymlink != 0:
		return diag.Errorf(name, 0, "symbolic link").Refuse().
			WithHint("redline reads only files inside the site folder; replace the link with the file itself")
	case mode.IsRegular(), mode.IsDir():
		return nil
	}
	return diag.Errorf(name, 0, "not a regular file but %s", kindOfMode(mode)).
		WithHint("a site holds only regular files and folders; remove it")
}

func kindOfMode(mode fs.FileMode) string {
	switch {
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeCharDevice != 0:
		return "a character device"
	case mode&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

func (d *dirFS) Open(name string) (fs.File, error) {
	if _, err := d.check("open", name); err != nil {
		return nil, err
	}
	return d.fsys.Open(name)
}

func (d *dirFS) Stat(name string) (fs.FileInfo, error) { return d.check("stat", name) }

func (d *dirFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if _, err := d.check("readdir", name); err != nil {
		return nil, err
	}
	return fs.ReadDir(d.fsys, name)
}

func (d *dirFS) ReadFile(name string) ([]byte, error) {
	fi, err := d.check("read", name)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: errors.New("is a folder")}
	}
	limit := sizeLimit(name)
	if limit >= 0 && fi.Size() > limit {
		return nil, TooLarge(name, limit)
	}
	f, err := d.fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readSized(f, name, limit, fi.Size())
}

// readSized is ReadLimited for a file whose size is known (it may have
// changed since): one allocation, not a buffer grown as it fills.
func readSized(r io.Reader, name string, limit, size int64) ([]byte, error) {
	if limit >= 0 && size > limit {
		size = limit
	}
	buf := make([]byte, 0, size+1) // +1: the read that finds the end
	for {
		if len(buf) == cap(buf) {
			if limit >= 0 && int64(len(buf)) > limit {
				return nil, TooLarge(name, limit)
			}
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if limit >= 0 && int64(len(buf)) > limit {
		return nil, TooLarge(name, limit)
	}
	return buf, nil
}

// sizeLimit is the largest file redline reads at name, or -1 for none.
func sizeLimit(name string) int64 {
	switch top, _, _ := strings.Cut(name, "/"); top {
	case "static":
		return MaxStaticSize
	case "notices":
		return -1
	}
	return MaxFileSize
}

// ReadLimited reads r, the file name, refusing more than limit bytes (no limit
// when limit < 0), and reports an error about name.
func ReadLimited(r io.Reader, name string, limit int64) ([]byte, error) {
	if limit < 0 {
		return io.ReadAll(r)
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, TooLarge(name, limit)
	}
	return data, nil
}

// TooLarge is the error for a file larger than limit bytes.
func TooLarge(name string, limit int64) *diag.Error {
	return diag.Errorf(name, 0, "file is larger than %s, the most redline reads", mib(limit)).
		WithHint("is it the right file? a policy is a few hundred kilobytes; see the README on size limits")
}

func mib(n int64) string { return fmt.Sprintf("%d MiB", n>>20) }

// ReadError is the error for a file or folder that could not be read: err
// itself when it already names its place (a link, a pipe, a file too
// large), else "name: what: cause".
func ReadError(name, what string, err error) *diag.Error {
	var e *diag.Error
	if errors.As(err, &e) {
		return e
	}
	return diag.Errorf(name, 0, "%s: %s", what, diag.Cause(err))
}
