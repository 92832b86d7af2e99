package history

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/site"
)

// Git reads the history of one file of a git repository with the git
// command: every commit that changed the file, following renames.
type Git struct {
	repo       string // the repository's folder, absolute
	path       string // the file, relative to the repository's top folder
	loc        *time.Location
	repository string // what versions record: the remote's URL, or the folder as given
}

// OpenGit checks that git can be run and that repo is a repository. loc is
// the site's time zone, which decides a commit's day.
func OpenGit(repo, path string, loc *time.Location) (*Git, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, &diag.Error{Msg: "cannot run git: " + diag.Cause(err),
			Hint: "import --git reads the repository with the git command: install git, or put it on PATH"}
	}
	abs, err := filepath.Abs(repo)
	if err == nil {
		_, err = os.Stat(abs)
	}
	if err != nil {
		return nil, &diag.Error{Msg: fmt.Sprintf("cannot open the repository %s: %s", repo, diag.Cause(err)),
			Hint: "give the folder of a git repository with --git; clone a remote one first (git clone URL)"}
	}
	// Without a remote, a version records the folder as the user named it,
	// not where it sits on this machine.
	g := &Git{repo: abs, path: filepath.ToSlash(filepath.Clean(path)), loc: loc, repository: filepath.ToSlash(filepath.Clean(repo))}
	if out, err := g.git("rev-parse", "--git-dir"); err != nil || len(out) == 0 {
		return nil, &diag.Error{Msg: fmt.Sprintf("%s is not a git repository", repo),
			Hint: "give the folder of a git repository (a clone, or a bare repository) with --git"}
	}
	if strings.HasPrefix(g.path, "../") || g.path == ".." || filepath.IsAbs(path) {
		return nil, &diag.Error{Msg: fmt.Sprintf("--path %s is not inside the repository", path),
			Hint: "give the file's path from the repository's top folder, as git shows it: git -C REPO ls-files"}
	}
	if out, err := g.git("config", "--get", "remote.origin.url"); err == nil && len(bytes.TrimSpace(out)) > 0 {
		g.repository = publicURL(string(bytes.TrimSpace(out)))
	}
	return g, nil
}

// publicURL is a remote's URL without the user name and password it may
// carry (https://TOKEN@host/...): what a version records is published.
func publicURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" || u.User == nil {
		return s
	}
	u.User = nil
	return u.String()
}

// Describe names the source.
func (g *Git) Describe() string {
	return fmt.Sprintf("git repository %s, file %s", g.repository, g.path)
}

// git runs a git command in the repository, without the user's settings
// that change what log prints.
func (g *Git) git(args ...string) ([]byte, error) {
	cmd := g.command(args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return out, errors.New(msg)
		}
	}
	return out, err
}

func (g *Git) command(args ...string) *exec.Cmd {
	all := append([]string{"-C", g.repo, "-c", "log.showSignature=false", "-c", "core.quotePath=false", "--literal-pathspecs"}, args...)
	cmd := exec.Command("git", all...)
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0", "GIT_PAGER=cat", "LC_ALL=C")
	return cmd
}

// commit is one commit that changed the file.
type commit struct {
	hash    string
	when    time.Time
	subject string
	path    string // the file's path in this commit
	deleted bool   // the commit deleted the file
}

// log lists the commits that changed the file, oldest first.
func (g *Git) log() ([]commit, error) {
	out, err := g.git("log", "--no-color", "-z", "--follow", "--name-status",
		"--format=%x1e%H%x1f%ct%x1f%B%x1f", "--", g.path)
	if err != nil {
		return nil, &diag.Error{Msg: fmt.Sprintf("git log of %s in %s: %s", g.path, g.repo, diag.Cause(err)),
			Hint: "check that the repository has commits and that --path names a file in it"}
	}
	var commits []commit
	for _, rec := range strings.Split(string(out), "\x1e") {
		f := strings.SplitN(rec, "\x1f", 4)
		if len(f) < 4 {
			continue
		}
		sec, err := strconv.ParseInt(f[1], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("git log: unexpected output %q", f[1])
		}
		c := commit{hash: f[0], when: time.Unix(sec, 0), subject: subject(f[2])}
		var names []string
		for _, s := range strings.Split(f[3], "\x00") {
			if s = strings.TrimLeft(s, "\n"); s != "" {
				names = append(names, s)
			}
		}
		if len(names) < 2 {
			continue // a merge, which changed nothing of its own
		}
		c.deleted = strings.HasPrefix(names[0], "D")
		c.path = names[len(names)-1]
		commits = append(commits, c)
	}
	for i, j := 0, len(commits)-1; i < j; i, j = i+1, j-1 {
		commits[i], commits[j] = commits[j], commits[i]
	}
	return commits, nil
}

// subject is a commit message's first line, as a version's summary.
func subject(msg string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(msg), "\n")
	line = clean(line)
	if r := []rune(line); len(r) > 200 {
		line = strings.TrimSpace(string(r[:199])) + "…"
	}
	return line
}

// Texts yields the file at each commit that changed it, oldest first: after
// the commit after records, when it holds one.
func (g *Git) Texts(after *site.Source) iter.Seq2[*Text, error] {
	return func(yield func(*Text, error) bool) {
		if out, _ := g.git("cat-file", "-t", "HEAD:"+g.path); strings.TrimSpace(string(out)) == "tree" {
			yield(nil, &diag.Error{Msg: fmt.Sprintf("%s is a folder in %s", g.path, g.repo),
				Hint: "--path names the policy's file, from the repository's top folder"})
			return
		}
		commits, err := g.log()
		if err != nil {
			yield(nil, err)
			return
		}
		if len(commits) == 0 {
			yield(nil, &diag.Error{Msg: fmt.Sprintf("%s has no history in %s", g.path, g.repo),
				Hint: "--path is the file's path from the repository's top folder, as `git -C REPO log --follow -- FILE` finds it"})
			return
		}
		if after != nil && after.Commit != "" {
			i := 0
			for i < len(commits) && commits[i].hash != after.Commit {
				i++
			}
			if i == len(commits) {
				yield(nil, (&diag.Error{Msg: fmt.Sprintf("the newest imported version came from commit %s, which is not in the history of %s in %s", short(after.Commit), g.path, g.repo)}).Refuse().
					WithHint("import continues a history from the commit it last imported; check --git and --path (it was %s)", after.Path))
				return
			}
			commits = commits[i+1:]
		}
		cat, err := g.catFile()
		if err != nil {
			yield(nil, err)
			return
		}
		defer cat.close()
		for _, c := range commits {
			if c.deleted {
				continue
			}
			label := filepath.Join(g.repo, filepath.FromSlash(c.path)) + " (commit " + short(c.hash) + ")"
			src, err := cat.blob(c.hash + ":" + c.path)
			if err != nil {
				yield(nil, &diag.Error{File: label, Msg: "cannot read: " + diag.Cause(err)})
				return
			}
			t, err := g.text(c, src, label)
			if !yield(t, err) || err != nil {
				return
			}
		}
	}
}

func (g *Git) text(c commit, src []byte, label string) (*Text, error) {
	if e := site.CheckUTF8(label, src); e != nil {
		return nil, e
	}
	fm, body, err := splitFront(src, g.loc)
	if err != nil {
		return nil, &diag.Error{File: label, Line: 1, Msg: err.Error(),
			Hint: "a file's front matter is YAML between --- lines or TOML between +++ lines"}
	}
	if e := refuseUnsound(label, src, body); e != nil {
		return nil, e
	}
	day := site.DateOf(c.when.In(g.loc))
	t := &Text{Body: body, Title: fm.Title, Summary: c.subject, Published: day, Effective: fm.Effective, Label: label,
		Origin: site.Source{Repository: g.repository, Path: c.path, Commit: c.hash},
		Name:   strings.TrimSuffix(filepath.Base(c.path), filepath.Ext(c.path))}
	if !fm.Published.IsZero() {
		t.Published = fm.Published
	}
	t.Dated = !fm.Published.IsZero() || !fm.Effective.IsZero()
	return t, nil
}

func short(hash string) string {
	if len(hash) > 12 {
		return hash[:12]
	}
	return hash
}

// catFile is one "git cat-file --batch" that reads the file at each commit
// in turn, without starting a process per version.
type catFile struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
}

func (g *Git) catFile() (*catFile, error) {
	cmd := g.command("cat-file", "--batch")
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, &diag.Error{Msg: "cannot run git: " + diag.Cause(err)}
	}
	return &catFile{cmd: cmd, in: in, out: bufio.NewReaderSize(out, 64<<10)}, nil
}

// blob returns the content of the object named by rev ("commit:path").
func (c *catFile) blob(rev string) ([]byte, error) {
	if strings.ContainsAny(rev, "\n") {
		return nil, fmt.Errorf("a path with a line break cannot be read")
	}
	if _, err := io.WriteString(c.in, rev+"\n"); err != nil {
		return nil, err
	}
	header, err := c.out.ReadString('\n')
	if err != nil {
		return nil, err
	}
	f := strings.Fields(header)
	if len(f) != 3 {
		return nil, fmt.Errorf("git cat-file: %s", strings.TrimSpace(header))
	}
	size, err := strconv.Atoi(f[2])
	switch {
	case err != nil:
		return nil, fmt.Errorf("git cat-file: %s", strings.TrimSpace(header))
	case f[1] == "tree":
		return nil, fmt.Errorf("a folder, not a file: --path names the policy's file")
	case f[1] != "blob":
		return nil, fmt.Errorf("a %s, not a file", f[1])
	case size > site.MaxFileSize:
		return nil, fmt.Errorf("%d bytes, more than the %d redline reads in a site's file", size, site.MaxFileSize)
	}
	data := make([]byte, size+1) // and the newline after it
	if _, err := io.ReadFull(c.out, data); err != nil {
		return nil, err
	}
	return data[:size], nil
}

func (c *catFile) close() {
	c.in.Close()
	_, _ = io.Copy(io.Discard, c.out)
	_ = c.cmd.Wait()
}
