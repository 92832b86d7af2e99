package cli

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/history"
	"github.com/redline-legal/redline/internal/review"
	"github.com/redline-legal/redline/internal/site"
)

var importCmd = &command{
	name:    "import",
	args:    "BRAND/POLICY (--git REPO --path FILE | --dir DIR) [--since DATE] [--until DATE] [--title TEXT] [--dry-run] [--source DIR]",
	summary: "publish a policy's past versions from git or a folder",
	help: `
Import brings a policy's history into the site: each past text becomes a
published version (versions/BRAND/POLICY/v<N>.md, recorded in
versions/versions.sum), oldest first, classified against the one before
it as release would classify it.

  --git REPO --path FILE   every commit that changed FILE (following
                           renames); dated by the commit, summarised by the
                           first line of its message
  --dir DIR                every .md file of DIR, named by its date
                           (2024-04-17.md) or dated by its front matter

A text that did not change is skipped. YAML (---) or TOML (+++) front
matter of the files is not part of the text: its title, date or lastmod
(published) and effective fields are used when present.

Imported versions are marked imported = true, with a [source] table saying
where each came from, and the site says so: they were published before the
site kept the policy, so the notice period is not checked for them; a
text that takes effect after today is refused (import what came before with
--until, then release that text from the draft). Run the
same command again later and it adds only what is new since the version it
last imported. When the policy has no draft, its newest text becomes
content/BRAND/POLICY.md, ready for the next release.

Nothing is written unless every version can be: a failed import leaves the
site as it was.`,
	run: runImport,
}

func runImport(c *command, env *Env, args []string) int {
	fs := c.flags(env)
	source := fs.String("source", ".", "the site `folder`")
	repo := fs.String("git", "", "the git `repository` (its folder) to read the history from")
	file := fs.String("path", "", "the policy's `file` in the repository, from its top folder")
	dir := fs.String("dir", "", "a `folder` of dated Markdown files to read the history from")
	since := fs.String("since", "", "import only versions published on or after this `date`")
	until := fs.String("until", "", "import only versions published on or before this `date`")
	title := fs.String("title", "", "the versions' `title` when their front matter has none")
	dryRun := fs.Bool("dry-run", false, "say what would be imported, and write nothing")
	key, code, ok := parseOne(c, fs, env, args)
	if !ok {
		return code
	}
	switch {
	case key == "":
		return usageError(env, c, "give BRAND/POLICY")
	case (*repo == "") == (*dir == ""):
		return usageError(env, c, "give either --git REPO --path FILE or --dir DIR")
	case *repo != "" && *file == "":
		return usageError(env, c, "--git needs --path FILE, the policy's file in the repository")
	case *dir != "" && *file != "":
		return usageError(env, c, "--path goes with --git, not --dir")
	}
	var opt history.Options
	opt.Title = *title
	if *since != "" {
		d, err := site.ParseDate(*since)
		if err != nil {
			return usageError(env, c, "--since: %v", err)
		}
		opt.Since = d
	}
	if *until != "" {
		d, err := site.ParseDate(*until)
		if err != nil {
			return usageError(env, c, "--until: %v", err)
		}
		opt.Until = d
	}
	if !opt.Since.IsZero() && !opt.Until.IsZero() && opt.Until.Before(opt.Since) {
		return usageError(env, c, "--until %s is before --since %s: no version can be published in between", opt.Until, opt.Since)
	}
	s, p, err := loadImportPolicy(*source, key)
	if err != nil {
		return report(env, *source, err)
	}
	// The machine's day, not --now or SOURCE_DATE_EPOCH: the notice period
	// is waived only for what has already taken effect.
	opt.Today = site.DateOf(env.Now().In(s.Config.Location))
	var src history.Source
	if *repo != "" {
		src, err = history.OpenGit(*repo, *file, s.Config.Location)
	} else {
		src, err = history.OpenFolder(*dir, s.Config.Location)
	}
	if err != nil {
		return report(env, *source, err)
	}
	rb, err := review.Rulebook(s.Config)
	if err != nil {
		return report(env, *source, err)
	}
	pub := site.NewPublication(*source)
	defer pub.Discard()
	res, err := history.Import(rb, p, src, opt, pub)
	if err != nil {
		return report(env, *source, err)
	}
	if len(res.Versions) == 0 && res.Draft == "" {
		fmt.Fprintf(env.Stdout, "%s: nothing new to import from %s%s\n", p.Key(), src.Describe(), skipped(res, opt))
		return exitOK
	}
	if !*dryRun {
		// Under the site's exclusive lock, as release writes: a release
		// made meanwhile keeps its line in versions.sum, and one that took
		// a number this import staged makes the import fail whole.
		unlock, err := lockSite(*source, true)
		if err != nil {
			return report(env, *source, err)
		}
		err = pub.Commit()
		if err == nil && res.DraftReplaced {
			if werr := replaceFile(filepath.Join(*source, filepath.FromSlash(res.Draft)), res.DraftText); werr != nil {
				err = &diag.Error{File: res.Draft, Msg: "the versions were imported, but the draft could not be replaced: " + diag.Cause(werr), Err: werr,
					Hint: "put the newest version's text in the draft yourself"}
			}
		}
		unlock()
		if err != nil {
			return report(env, *source, err)
		}
	}
	if len(res.Versions) == 0 {
		fmt.Fprintf(env.Stdout, "%s: nothing new to import from %s%s\n", p.Key(), src.Describe(), skipped(res, opt))
	} else {
		printImport(env, p, src, res, opt, *dryRun)
	}
	if res.Draft != "" {
		verb := "wrote"
		if *dryRun {
			verb = "would write"
		}
		what := "the newest text, the draft of the next release"
		if res.DraftReplaced {
			what = "the newest text, in place of the draft, which was the text before this import, unedited"
		}
		fmt.Fprintf(env.Stdout, "%s %s: %s\n", verb, res.Draft, what)
	}
	if d := res.StaleDraft; d != nil {
		fmt.Fprintf(env.Stderr, "redline import: warning: %s, the draft, was kept: it differs from the newest text imported by %d %s, %d material, and the next release would publish it\n"+
			"\tif it is init's starting text or older than what you imported, remove it and run this import again: it then writes the newest text as the draft\n",
			d.File, d.Changes, plural(d.Changes, "change", "changes"), d.Material)
	}
	return exitOK
}

// loadImportPolicy is loadPolicy for a policy that may not exist yet: its
// brand must.
func loadImportPolicy(source, key string) (*site.Site, *site.Policy, error) {
	brandID, policyID, ok := strings.Cut(key, "/")
	if !ok || !site.ValidID(brandID) || !site.ValidID(policyID) {
		return loadPolicy(source, key) // its error
	}
	s, err := loadSite(source)
	if err != nil {
		return nil, nil, err
	}
	b := s.Brand(brandID)
	if b == nil {
		return nil, nil, &diag.Error{Msg: fmt.Sprintf("unknown brand %q", brandID),
			Hint: fmt.Sprintf("add a [brands.%s] table with at least name = \"...\" to config.toml; the brands are: %s", brandID, brandIDs(s))}
	}
	if p := b.Policy(policyID); p != nil {
		return s, p, nil
	}
	return s, &site.Policy{Brand: b, ID: policyID}, nil
}

func printImport(env *Env, p *site.Policy, src history.Source, res *history.Result, opt history.Options, dryRun bool) {
	w := env.Stdout
	first, last := res.Versions[0], res.Versions[len(res.Versions)-1]
	material := 0
	for _, v := range res.Versions {
		if v.Material {
			material++
		}
	}
	verb := "imported"
	if dryRun {
		verb = "would import"
	}
	span := fmt.Sprintf("version %d, %s", first.Number, first.Published)
	if len(res.Versions) > 1 {
		span = fmt.Sprintf("versions %d to %d, %s to %s", first.Number, last.Number, first.Published, last.Published)
	}
	fmt.Fprintf(w, "%s %d %s of %s from %s: %s, %d material\n",
		verb, len(res.Versions), plural(len(res.Versions), "version", "versions"), p.Key(), src.Describe(), span, material)
	for _, v := range res.Versions {
		verdict := "first version"
		switch {
		case v.Material:
			verdict = fmt.Sprintf("%d %s, material", v.Changes, plural(v.Changes, "change", "changes"))
		case v.Number > 1:
			verdict = fmt.Sprintf("%d %s", v.Changes, plural(v.Changes, "change", "changes"))
		}
		from := v.Origin.Path
		if v.Origin.Commit != "" {
			from = "commit " + v.Origin.Commit[:min(12, len(v.Origin.Commit))]
		}
		fmt.Fprintf(w, "  v%-4d %s  %-22s %s (%s)\n", v.Number, v.Published, verdict, v.Summary, from)
	}
	if s := skipped(res, opt); s != "" {
		fmt.Fprintln(w, strings.TrimPrefix(s, "; "))
	}
}

func skipped(res *history.Result, opt history.Options) string {
	var parts []string
	if res.Unchanged > 0 {
		parts = append(parts, fmt.Sprintf("skipped %d that did not change the text", res.Unchanged))
	}
	if res.Before > 0 {
		parts = append(parts, fmt.Sprintf("skipped %d published before --since %s", res.Before, opt.Since))
	}
	if res.After > 0 {
		parts = append(parts, fmt.Sprintf("skipped %d published after --until %s", res.After, opt.Until))
	}
	if len(parts) == 0 {
		return ""
	}
	return "; " + strings.Join(parts, "; ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
