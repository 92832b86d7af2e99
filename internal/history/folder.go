package history

import (
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/site"
)

// Folder reads past versions from a folder of Markdown files, each named by
// its date (2024-04-17.md, 2024-04-17-privacy.md) or dated by its front
// matter.
type Folder struct {
	dir   string // absolute
	given string // as the user wrote it, for what versions record
	loc   *time.Location
	files []dated // sorted by date, then name
}

type dated struct {
	name string
	day  site.Date
}

// OpenFolder lists dir's Markdown files and dates each one; a file it
// cannot date is an error naming it. Other files are ignored.
func OpenFolder(dir string, loc *time.Location) (*Folder, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, &diag.Error{Msg: fmt.Sprintf("cannot open the folder %s: %s", dir, diag.Cause(err))}
	}
	entries, err := os.ReadDir(abs)
	if err != nil {
		return nil, &diag.Error{Msg: fmt.Sprintf("cannot open the folder %s: %s", dir, diag.Cause(err)),
			Hint: "give the folder of the policy's past versions with --dir"}
	}
	f := &Folder{dir: abs, given: filepath.ToSlash(filepath.Clean(dir)), loc: loc}
	var errs diag.List
	for _, e := range entries {
		name := e.Name()
		ext := strings.ToLower(filepath.Ext(name))
		if strings.HasPrefix(name, ".") || e.IsDir() || ext != ".md" && ext != ".markdown" {
			continue
		}
		t, err := f.read(name)
		if err != nil {
			errs = append(errs, diag.All(err)...)
			continue
		}
		f.files = append(f.files, dated{name: name, day: t.Published})
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if len(f.files) == 0 {
		return nil, &diag.Error{File: abs, Msg: "no Markdown files (.md) in the folder",
			Hint: "put each past version in the folder as a file named by its date, 2024-04-17.md"}
	}
	sort.SliceStable(f.files, func(i, j int) bool {
		a, b := f.files[i], f.files[j]
		if !a.day.Equal(b.day) {
			return a.day.Before(b.day)
		}
		return a.name < b.name
	})
	return f, nil
}

// Describe names the source.
func (f *Folder) Describe() string { return "folder " + f.given }

// read reads one file: its text and dates.
func (f *Folder) read(name string) (*Text, error) {
	file := filepath.Join(f.dir, name)
	if fi, err := os.Stat(file); err == nil && fi.Size() > site.MaxFileSize {
		return nil, &diag.Error{File: file, Msg: fmt.Sprintf("%d bytes, more than the %d redline reads in a site's file", fi.Size(), site.MaxFileSize)}
	}
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, &diag.Error{File: file, Msg: "cannot read: " + diag.Cause(err)}
	}
	if e := site.CheckUTF8(file, src); e != nil {
		return nil, e
	}
	fm, body, err := splitFront(src, f.loc)
	if err != nil {
		return nil, &diag.Error{File: file, Line: 1, Msg: err.Error(),
			Hint: "a file's front matter is YAML between --- lines or TOML between +++ lines"}
	}
	if e := refuseUnsound(file, src, body); e != nil {
		return nil, e
	}
	t := &Text{Body: body, Title: fm.Title, Summary: fm.Summary, Published: fm.Published, Effective: fm.Effective,
		Dated: true, Label: file, Origin: site.Source{Repository: f.given, Path: name}}
	if t.Published.IsZero() {
		t.Published = fileDate(name)
	}
	if t.Published.IsZero() {
		t.Published = t.Effective
	}
	if t.Published.IsZero() {
		return nil, &diag.Error{File: file, Msg: "no date: the file's name does not start with one and its front matter has none",
			Hint: "name the file by the day it was published, 2024-04-17.md, or give it date: 2024-04-17 in its front matter"}
	}
	return t, nil
}

// fileDate is the date a file's name starts with: "2024-04-17.md",
// "2024-04-17-privacy.md", "2024-04-17 privacy.md".
func fileDate(name string) site.Date {
	if len(name) < 10 {
		return site.Date{}
	}
	if len(name) > 10 && !strings.ContainsRune(".-_ ", rune(name[10])) {
		return site.Date{}
	}
	d, err := site.ParseDate(name[:10])
	if err != nil {
		return site.Date{}
	}
	return d
}

// Texts yields the files in date order: after the file after records, when
// it came from a folder.
func (f *Folder) Texts(after *site.Source) iter.Seq2[*Text, error] {
	return func(yield func(*Text, error) bool) {
		files := f.files
		if after != nil && after.Commit == "" && after.Path != "" {
			i := 0
			for i < len(files) && files[i].name != after.Path {
				i++
			}
			if i == len(files) {
				yield(nil, (&diag.Error{File: f.dir, Msg: fmt.Sprintf("the newest imported version came from %s, which is not in this folder", after.Path)}).Refuse().
					WithHint("import continues a history from the file it last imported; check --dir (it was %s)", after.Repository))
				return
			}
			files = files[i+1:]
		}
		for _, d := range files {
			t, err := f.read(d.name)
			if !yield(t, err) || err != nil {
				return
			}
		}
	}
}
