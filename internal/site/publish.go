package site

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/redline-legal/redline/internal/diag"
)

// Publication puts many new files into a site folder at once: published
// versions, with their lines in versions.sum, and perhaps a new draft. Each
// file is first written to a staging folder inside the site (a dot folder,
// which nothing reads), so that a long job can fail at any point having
// written nothing; Commit then moves them into place and writes
// versions.sum in one rename. This is the one place, besides Load's
// reading, that knows the folder layout for writing.
type Publication struct {
	root  string   // the site folder
	stage string   // the staging folder, created by the first Add
	files []string // slash paths in the site, in the order added
	sums  Sums     // digests of the files under versions/
}

// NewPublication starts a publication into the site folder root.
func NewPublication(root string) *Publication {
	return &Publication{root: root, sums: Sums{}}
}

// Add stages file (a slash path in the site) with its content. It refuses a
// file that exists already: a published version is never overwritten.
func (p *Publication) Add(file string, data []byte) error {
	if _, err := os.Lstat(p.path(file)); !errors.Is(err, fs.ErrNotExist) {
		return (&diag.Error{File: file, Msg: "already exists"}).Refuse().
			WithHint("a published version is never overwritten")
	}
	if p.stage == "" {
		dir, err := os.MkdirTemp(p.root, ".redline-staging-")
		if err != nil {
			return &diag.Error{File: ".", Msg: "cannot write in the site folder: " + diag.Cause(err), Err: err}
		}
		p.stage = dir
	}
	staged := filepath.Join(p.stage, fmt.Sprint(len(p.files)))
	if err := os.WriteFile(staged, data, 0o644); err != nil {
		return &diag.Error{File: file, Msg: "cannot stage: " + diag.Cause(err), Err: err}
	}
	p.files = append(p.files, file)
	if strings.HasPrefix(file, "versions/") {
		p.sums[file] = Hash(data)
	}
	return nil
}

// Files returns the paths staged so far, in the order added.
func (p *Publication) Files() []string { return p.files }

// Commit moves the staged files into place and adds their lines to
// versions.sum. If any step fails, what it had placed is removed again:
// the site is as it was.
func (p *Publication) Commit() (err error) {
	defer p.Discard()
	sumPath := p.path(SumFile)
	old, err := os.ReadFile(sumPath)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return &diag.Error{File: SumFile, Msg: "cannot read: " + diag.Cause(err), Err: err}
	}
	sums, errs := ParseSums(old)
	if len(errs) > 0 {
		return errs
	}
	for file, sum := range p.sums {
		if _, dup := sums[file]; dup {
			return (&diag.Error{File: SumFile, Msg: file + " is recorded already"}).Refuse().
				WithHint("a published version is never overwritten")
		}
		sums[file] = sum
	}
	var placed, made []string
	defer func() {
		if err == nil {
			return
		}
		for _, f := range placed {
			_ = os.Remove(f)
		}
		for i := len(made) - 1; i >= 0; i-- {
			_ = os.Remove(made[i]) // only if empty: made by this commit
		}
	}()
	for i, file := range p.files {
		target := p.path(file)
		created, err := mkdirs(filepath.Dir(target))
		made = append(made, created...)
		if err != nil {
			return &diag.Error{File: file, Msg: "cannot write: " + diag.Cause(err), Err: err}
		}
		// A hard link fails if the target exists, so nothing is overwritten
		// even by another program writing at the same moment.
		staged := filepath.Join(p.stage, fmt.Sprint(i))
		if err := os.Link(staged, target); err != nil {
			if _, serr := os.Lstat(target); !errors.Is(serr, fs.ErrNotExist) {
				return (&diag.Error{File: file, Msg: "already exists"}).Refuse().
					WithHint("a published version is never overwritten")
			}
			if err := os.Rename(staged, target); err != nil { // a file system without hard links
				return &diag.Error{File: file, Msg: "cannot write: " + diag.Cause(err), Err: err}
			}
		}
		placed = append(placed, target)
	}
	if len(p.sums) == 0 {
		return nil
	}
	created, err := mkdirs(filepath.Dir(sumPath))
	made = append(made, created...)
	tmp := sumPath + ".tmp"
	if err == nil {
		if err = os.WriteFile(tmp, sums.Format(), 0o644); err == nil {
			err = os.Rename(tmp, sumPath)
		}
	}
	if err != nil {
		_ = os.Remove(tmp)
		return &diag.Error{File: SumFile, Msg: "cannot write: " + diag.Cause(err), Err: err}
	}
	return nil
}

// Discard removes the staging folder and everything in it.
func (p *Publication) Discard() {
	if p.stage != "" {
		_ = os.RemoveAll(p.stage)
		p.stage = ""
	}
}

func (p *Publication) path(file string) string {
	return filepath.Join(p.root, filepath.FromSlash(file))
}

// mkdirs makes dir and its missing parents, returning the ones it made,
// outermost first.
func mkdirs(dir string) ([]string, error) {
	var missing []string
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Lstat(d); err == nil || d == filepath.Dir(d) {
			break
		}
		missing = append([]string{d}, missing...)
	}
	return missing, os.MkdirAll(dir, 0o755)
}
