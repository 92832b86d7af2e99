package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/redline-legal/redline/internal/diag"
)

// lockSite locks the site folder: exclusive for a command that writes it
// (release), shared for one that reads it, so that a reader never sees a
// release half done and two releases never write versions.sum at once.
// The lock is flock(2) on the folder itself: no lock file is made, and a
// command that dies releases it, so a crash cannot block the next run. It
// waits while another command holds a conflicting lock; releases hold it
// for milliseconds. Call unlock when done.
func lockSite(source string, exclusive bool) (unlock func(), err error) {
	f, err := os.Open(source)
	if err == nil {
		err = flock(f, exclusive)
		if err != nil {
			f.Close()
		}
	}
	if err != nil {
		return nil, &diag.Error{Msg: fmt.Sprintf("cannot lock the site folder %s: %s", source, diag.Cause(err)), Err: err,
			Hint: "redline locks the site folder while it reads or writes it; check its permissions, or put the site on a local disk"}
	}
	return func() { f.Close() }, nil
}

// writeNew writes a new file and refuses to replace one that exists. The
// file appears whole or not at all: it is written beside path under a
// hidden name, synced, and linked into place, so a command killed half-way
// leaves no half file where a published version belongs.
func writeNew(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp")
	if err := writeSynced(tmp, data); err != nil {
		return err
	}
	defer os.Remove(tmp)
	err := os.Link(tmp, path)
	if err == nil || errors.Is(err, fs.ErrExist) {
		return err
	}
	// A file system without hard links: create the file exclusively.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(path)
		return err
	}
	return f.Close()
}

// writeAtomic replaces path with data in one rename, so that a reader sees
// the old file or the new one, never half of one. The temporary file is
// hidden (redline ignores dot files in a site) and has a fixed name: call
// it only under lockSite's exclusive lock, and a leftover of a killed run is
// simply written over.
func writeAtomic(path string, data []byte) error {
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp")
	if err := writeSynced(tmp, data); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// writeSynced writes data to path (mode 0644 less the umask) and syncs it
// to disk before returning.
func writeSynced(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
