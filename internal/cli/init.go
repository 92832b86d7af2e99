package cli

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/redline-legal/redline/internal/site"
)

// starter is the site "redline init" writes: one brand, one policy, version 1.
//
//go:embed starter
var starter embed.FS

var initCmd = &command{
	name:    "init",
	args:    "[--now YYYY-MM-DD] DIR",
	summary: "create a new site folder with one brand and one policy",
	help: `
Init writes a minimal working site into DIR: config.toml with one brand
("example"), its privacy policy as a draft in content/example/privacy.md,
version 1 published today in versions/example/privacy/v1.md, and
versions/versions.sum. DIR must not exist or be empty.

Then: cd DIR && redline build, and open public/index.html.`,
	run: runInit,
}

func runInit(c *command, env *Env, args []string) int {
	fs := c.flags(env)
	now := fs.String("now", "", "publish version 1 on this `date` (YYYY-MM-DD; default today)")
	if code, ok := parse(fs, env, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		return usageError(env, c, "give one folder to create")
	}
	dir := fs.Arg(0)
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		fmt.Fprintf(env.Stderr, "redline init: %s is not empty; init never overwrites files\n\tgive a new folder\n", dir)
		return exitRefused
	}
	day, err := today(env, *now, time.Local)
	if err != nil {
		return usageError(env, c, "%v", err)
	}
	if err := writeStarter(dir, day); err != nil {
		fmt.Fprintf(env.Stderr, "redline init: %v\n", err)
		return exitRefused
	}
	fmt.Fprintf(env.Stdout, "created a redline site in %s\nnext: cd %s && redline build\n", dir, dir)
	return exitOK
}

func writeStarter(dir string, day site.Date) error {
	sums := make(site.Sums)
	err := fs.WalkDir(starter, "starter", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(starter, p)
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
