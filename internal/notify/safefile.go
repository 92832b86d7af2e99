package notify

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/redline-legal/redline/internal/diag"
)

// The outbox is written without ever following a symbolic link: a link
// named preview.eml, <token>.eml or ledger.jsonl, or an outbox folder that
// is a link, would let whoever put it there (a commit to the site's
// repository, another user of the machine) make redline overwrite any file
// its user can write. Such a link is refused, never followed; so is a file
// with a second name (a hard link), a named pipe or any other file that is
// not a plain one.

// MakeOutbox creates the outbox folder rel under base (its folders one by
// one, as needed) and returns its path. No folder of rel may be a symbolic
// link; base (the site folder, or the folder --out names the outbox in) is
// the user's own choice and is taken as it is.
func MakeOutbox(base, rel string) (string, error) {
	if base == "" {
		base = "."
	}
	if err := os.MkdirAll(base, 0o755); err != nil {
		return "", &diag.Error{File: base, Msg: "cannot create the outbox: " + diag.Cause(err), Err: err}
	}
	path := base
	for _, part := range strings.Split(filepath.ToSlash(filepath.Clean(rel)), "/") {
		if part == "" || part == "." {
			continue
		}
		path = filepath.Join(path, part)
		if err := os.Mkdir(path, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
			return "", &diag.Error{File: path, Msg: "cannot create the outbox: " + diag.Cause(err), Err: err}
		}
		if err := realDir(path); err != nil {
			return "", err
		}
	}
	return path, nil
}

// realDir refuses a path that is a symbolic link or not a folder.
func realDir(path string) error {
	fi, err := os.Lstat(path)
	switch {
	case err != nil:
		return &diag.Error{File: path, Msg: "cannot open the outbox: " + diag.Cause(err), Err: err}
	case fi.Mode()&fs.ModeSymlink != 0:
		target, _ := os.Readlink(path)
		return (&diag.Error{File: path, Msg: fmt.Sprintf("the outbox is a symbolic link (to %s): redline does not write through links", target)}).Refuse().
			WithHint("give the real folder with --out, or remove the link")
	case !fi.IsDir():
		return (&diag.Error{File: path, Msg: "the outbox is not a folder"}).Refuse().
			WithHint("remove it, or give another folder with --out")
	}
	return nil
}

// openOutboxFile opens (creating it if need be) a file of the outbox for
// writing, refusing anything but a plain file with one name.
func openOutboxFile(path string, flag int) (*os.File, error) {
	if noFollow == 0 { // no O_NOFOLLOW here: look first
		if fi, err := os.Lstat(path); err == nil && !fi.Mode().IsRegular() {
			return nil, notPlain(path, fi)
		}
	}
	f, err := os.OpenFile(path, flag|os.O_CREATE|noFollow, 0o644)
	if err != nil {
		if isLoop(err) {
			return nil, notPlain(path, nil)
		}
		if fi, lerr := os.Lstat(path); lerr == nil && !fi.Mode().IsRegular() {
			return nil, notPlain(path, fi) // a named pipe without a reader, a device
		}
		return nil, &diag.Error{File: path, Msg: "cannot write: " + diag.Cause(err), Err: err}
	}
	fi, err := f.Stat()
	if err == nil && (!fi.Mode().IsRegular() || links(fi) > 1) {
		err = notPlain(path, fi)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

func notPlain(path string, fi fs.FileInfo) error {
	what := "a symbolic link"
	switch {
	case fi == nil || fi.Mode()&fs.ModeSymlink != 0:
	case fi.Mode().IsRegular():
		what = "a file with another name elsewhere (a hard link)"
	case fi.IsDir():
		what = "a folder"
	default:
		what = "not a plain file"
	}
	return (&diag.Error{File: path, Msg: "this file of the outbox is " + what + ": redline does not write through it"}).Refuse().
		WithHint("remove it: the outbox holds only the files redline writes there")
}

// writeOutboxFile replaces the contents of the file at path with data.
func writeOutboxFile(path string, data []byte) error {
	f, err := openOutboxFile(path, os.O_WRONLY)
	if err != nil {
		return err
	}
	if fi, serr := f.Stat(); serr != nil || fi.Size() > 0 {
		err = f.Truncate(0)
	}
	if err == nil {
		_, err = f.Write(data)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return &diag.Error{File: path, Msg: "cannot write: " + diag.Cause(err), Err: err}
	}
	return nil
}

// WritePreview writes the preview's files into the outbox dir.
func WritePreview(dir string, eml, html []byte) error {
	if err := realDir(dir); err != nil {
		return err
	}
	if err := writeOutboxFile(filepath.Join(dir, "preview.eml"), eml); err != nil {
		return err
	}
	return writeOutboxFile(filepath.Join(dir, "preview.html"), html)
}
