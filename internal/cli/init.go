package cli

import (
	"embed"
	"flag"
	"fmt"
	iofs "io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/redline-legal/redline/internal/review"
	"github.com/redline-legal/redline/internal/site"
)

// starter is the site "redline init" writes: one brand, one policy, version 1.
//
//go:embed starter
var starter embed.FS

var initCmd = &command{
	name:    "init",
	args:    "[--brand ID [--name NAME]] [--now YYYY-MM-DD] DIR",
	summary: "create a new site folder (and git repository)",
	help: `
Init writes a new site into DIR, which must not exist or be empty.

With --brand ID (and --name NAME, the brand's name as readers know it;
default: the id in capitals) the site is yours: config.toml with that one
brand, and a privacy policy to rewrite as your own in
content/ID/privacy.md. Nothing is published until you release it.

Without --brand it is a demo: a brand "example" whose privacy policy is
published as version 1 today, to try every command on.

Init also makes DIR a git repository (git init) with a .gitignore for the
build output and the notices' outbox, unless DIR is already inside one or
git is not installed: redline's hints to restore a file with git checkout
assume your versions are committed.

Then: cd DIR && redline build --local, and open public/index.html.`,
	run: runInit,
}

func runInit(c *command, env *Env, args []string) int {
	fs := c.flags(env)
	now := fs.String("now", "", "publish the demo's version 1 on this `date` (YYYY-MM-DD; default today)")
	brand := fs.String("brand", "", "the `id` of your first brand: lower-case letters, digits and hyphens")
	name := fs.String("name", "", "the brand's `name` as readers know it (default: from the id)")
	if code, ok := parse(fs, env, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		return usageError(env, c, "give one folder to create")
	}
	dir := fs.Arg(0)
	named := false
	fs.Visit(func(f *flag.Flag) { named = named || f.Name == "name" })
	switch {
	case strings.TrimSpace(dir) == "":
		return usageError(env, c, "the folder name is empty; give the folder to create")
	case *brand == "" && named:
		return usageError(env, c, "--name needs --brand ID")
	case *brand != "" && !site.ValidID(*brand):
		return usageError(env, c, "--brand %q is not a valid id: use lower-case letters, digits and hyphens, e.g. northwind", *brand)
	case named && (strings.TrimSpace(*name) == "" || strings.ContainsFunc(*name, unicode.IsControl) || !utf8.ValidString(*name)):
		return usageError(env, c, "--name %q: give the brand's name as readers know it, e.g. \"Northwind Traders\"", *name)
	}
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		fmt.Fprintf(env.Stderr, "redline init: %s is a file; init never overwrites files\n\tgive a new folder\n", dir)
		return exitRefused
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		fmt.Fprintf(env.Stderr, "redline init: %s is not empty; init never overwrites files\n\tgive a new folder\n", dir)
		return exitRefused
	}
	var err error
	if *brand != "" {
		if *name == "" {
			*name = site.TitleFromID(*brand)
		}
		err = writeBrandSite(dir, *brand, *name)
	} else {
		var day site.Date
		if day, err = today(env, *now, time.Local); err != nil {
			return usageError(env, c, "%v", err)
		}
		err = writeStarter(dir, day)
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "redline init: %v\n", err)
		return exitRefused
	}
	w := env.Stdout
	if *brand != "" {
		fmt.Fprintf(w, "created a redline site for %s in %s\n", *name, dir)
	} else {
		fmt.Fprintf(w, "created a demo redline site in %s (for your own: redline init --brand ID --name NAME DIR)\n", dir)
	}
	fmt.Fprintln(w, gitInit(dir))
	fmt.Fprintf(w, "next: cd %s\n", dir)
	if *brand != "" {
		fmt.Fprintf(w, "  rewrite content/%s/privacy.md as your policy (or add your own, one .md file per policy)\n", *brand)
		fmt.Fprintln(w, "  redline check: fill in every [Insert ...] it lists; release refuses a draft that has one")
		fmt.Fprintf(w, "  redline release %s/privacy --effective today\n", *brand)
	}
	fmt.Fprintln(w, "  redline build --local, and open public/index.html")
	return exitOK
}

// gitInit makes dir a git repository, unless git is missing or dir is
// already inside one, and says what it did.
func gitInit(dir string) string {
	git, err := exec.LookPath("git")
	if err != nil {
		return "git is not installed: no repository created (redline's hints to restore a file with git checkout assume one)"
	}
	if out, err := exec.Command(git, "-C", dir, "rev-parse", "--show-toplevel").Output(); err == nil {
		return "inside the git repository " + strings.TrimSpace(string(out)) + ": no new repository created"
	}
	if out, err := exec.Command(git, "init", "--quiet", dir).CombinedOutput(); err != nil {
		return fmt.Sprintf("git init failed, no repository created: %s", strings.TrimSpace(string(out)))
	}
	return "created a git repository: commit your versions when you release them"
}

// writeBrandSite writes a site for one brand: config.toml, a privacy policy
// draft to rewrite, .gitignore and an empty versions.sum. Nothing is
// published: the first release is the user's.
func writeBrandSite(dir, id, name string) error {
	config := fmt.Sprintf(`# The site's settings. See the redline README for every setting.
title = %s
baseURL = "https://policies.example.com/" # where the site will be served
languageCode = "en"
timeZone = "UTC" # decides what "today" is, e.g. "Europe/London"
noticeDays = 30  # a material change must be published this many days before it takes effect

[brands.%s]
name = %s
# legalName = "%s Ltd"
# website = "https://www.example.com/"
# contact = "privacy@example.com"    # an email address or an http(s) URL
# color = "#1d4f91"                  # header colour; text is white or black, whichever reads
# noticeFrom = "%s <privacy@example.com>"  # the From of change notices (redline notify)
`, review.QuoteTOML(name+" policies"), id, review.QuoteTOML(name), tomlComment(name), tomlComment(name))
	draft, err := iofs.ReadFile(starter, "starter/content/example/privacy.md")
	if err != nil {
		return err
	}
	text := strings.ReplaceAll(string(draft), "Example Ltd", name)
	text = strings.ReplaceAll(text, "privacy@example.com", "[Insert privacy contact email]")
	gitignore, err := iofs.ReadFile(starter, "starter/gitignore")
	if err != nil {
		return err
	}
	for _, f := range []struct{ path, data string }{
		{"config.toml", config},
		{".gitignore", string(gitignore)},
		{"content/" + id + "/privacy.md", text},
		{site.SumFile, ""},
	} {
		if err := writeNew(filepath.Join(dir, filepath.FromSlash(f.path)), []byte(f.data)); err != nil {
			return err
		}
	}
	return nil
}

// tomlComment makes s safe inside a commented-out example value.
func tomlComment(s string) string { q := review.QuoteTOML(s); return q[1 : len(q)-1] }

func writeStarter(dir string, day site.Date) error {
	sums := make(site.Sums)
	err := iofs.WalkDir(starter, "starter", func(p string, d iofs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := iofs.ReadFile(starter, p)
		if err != nil {
			return err
		}
		data = []byte(strings.ReplaceAll(string(data), "{{today}}", day.String()))
		rel := strings.TrimPrefix(p, "starter/")
		if rel == "gitignore" { // a file named .gitignore would be left out of the embed
			rel = ".gitignore"
		}
		if strings.HasPrefix(rel, "versions/") {
			sums[rel] = site.Hash(data)
		}
		return writeNew(filepath.Join(dir, filepath.FromSlash(rel)), data)
	})
	if err != nil {
		return err
	}
	return writeNew(filepath.Join(dir, filepath.FromSlash(site.SumFile)), sums.Format())
}
