package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"time"

	"github.com/redline-legal/redline/internal/check"
	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/review"
	"github.com/redline-legal/redline/internal/site"
)

var releaseCmd = &command{
	name:    "release",
	args:    "BRAND/POLICY|--all --effective DATE|today [--summary TEXT] [--published DATE] [--urgent REASON] [--dry-run [--format markdown]] [--source DIR]",
	summary: "publish a policy's draft as its next version",
	help: `
Release compares the draft (content/BRAND/POLICY.md) with the newest
published version, decides which changes are material, and publishes the
draft as the next version: versions/BRAND/POLICY/v<N+1>.md, recorded in
versions/versions.sum. It never overwrites a file. Then it removes from the
draft its summary and the [[override]] tables the release used (the
published version keeps them), changing nothing else in the file.

It refuses (exit 1), writing nothing, and shows what it would have written:
  - a draft with no changes;
  - an effective date in the past (a retroactive change);
  - a material change that takes effect less than the brand's noticeDays
    (default 30) after it is published: it prints the earliest allowed date
    and each material change with its reason and id;
  - a draft that still holds an unfilled placeholder ("[Insert ...]",
    TODO, TBD, FIXME, lorem ipsum) or an address lost in copying, as
    check reports them: a published version cannot be corrected;
  - a summary that an earlier version already has (left over from its
    release): delete it from the draft, or write what this release changes;
  - --now or SOURCE_DATE_EPOCH before today: a release is published on the
    day it happens and cannot be backdated.

--dry-run prints what the release would write — the new version's front
matter, its material changes and their reasons, the earliest effective
date, and the notice users would get — and writes nothing. With --format
markdown it prints the same as a pull-request comment (see diff --format
markdown), --preview-url linking each policy's draft page.

--all releases every policy whose draft differs from its newest version
(or has none yet). Every one is checked first: if any is refused, none is
written. --effective today is today's date.

A reviewer who finds a flagged change minor overrules it in the draft's
front matter, and the override is kept in the published version:

	[[override]]
	change = "c-1a2b3c4d"        # the id redline diff and release print
	material = false
	by = "Jane Doe, DPO"
	reason = "Clarifies existing practice"

An override whose change no longer exists (the text was edited since) is a
warning that names the change it most likely means now; it changes nothing.

--urgent "reason" publishes a material change with short notice when the law
forces it; the reason is shown on the site. A blank reason is no reason.`,
	run: runRelease,
}

func runRelease(c *command, env *Env, args []string) int {
	fs := c.flags(env)
	source := fs.String("source", ".", "the site `folder`")
	effective := fs.String("effective", "", "the `date` the new version takes effect (YYYY-MM-DD, or today)")
	published := fs.String("published", "", "the publication `date` (default today)")
	summary := fs.String("summary", "", "one sentence on what changed (default: the draft's summary, or made from the changes)")
	urgent := fs.String("urgent", "", "why a material change must take effect with short notice (`reason`)")
	now := fs.String("now", "", "today's `date`; it cannot be before the clock's (default: the clock)")
	dryRun := fs.Bool("dry-run", false, "print what would be written, and write nothing")
	all := fs.Bool("all", false, "release every policy whose draft differs from its newest version")
	format := choiceFlag(fs, "format", "with --dry-run, the output format", "text", "markdown")
	preview := fs.String("preview-url", "", "with --format markdown, link each policy to its draft page in the build --drafts deployed at this `URL`")
	key, code, ok := parseOne(c, fs, env, args)
	if !ok {
		return code
	}
	switch {
	case *effective == "":
		return usageError(env, c, "give BRAND/POLICY (or --all) and --effective DATE")
	case key == "" && !*all:
		return usageError(env, c, "give BRAND/POLICY (or --all) and --effective DATE")
	case key != "" && *all:
		return usageError(env, c, "give BRAND/POLICY or --all, not both")
	case *all && *summary != "":
		return usageError(env, c, "--summary names one release's changes: give it with BRAND/POLICY, not --all")
	case *all && *urgent != "":
		return usageError(env, c, "--urgent gives one release's reason for short notice: give it with BRAND/POLICY, not --all")
	}
	if *format == "markdown" && !*dryRun {
		return usageError(env, c, "--format markdown goes with --dry-run: it describes a release, it does not make one")
	}
	if *preview != "" && *format != "markdown" {
		return usageError(env, c, "--preview-url goes with --dry-run --format markdown")
	}
	if err := checkPreviewURL(*preview); err != nil {
		return usageError(env, c, "%v", err)
	}
	urgentSet := false
	fs.Visit(func(f *flag.Flag) { urgentSet = urgentSet || f.Name == "urgent" })
	if urgentSet && strings.TrimSpace(*urgent) == "" {
		return usageError(env, c, "--urgent needs a reason: %q is blank", *urgent)
	}
	var s *site.Site
	var policies []*site.Policy
	var err error
	if *all {
		s, err = loadSite(*source)
	} else {
		var p *site.Policy
		s, p, err = loadPolicy(*source, key)
		policies = []*site.Policy{p}
	}
	if err != nil {
		return report(env, *source, err)
	}
	var opt review.ReleaseOptions
	if opt.Today, err = releaseDay(env, *now, s.Config.Location); err != nil {
		if e, ok := err.(*diag.Error); ok {
			return report(env, *source, e)
		}
		return usageError(env, c, "%v", err)
	}
	if *effective == "today" {
		opt.Effective = opt.Today
	} else if opt.Effective, err = site.ParseDate(*effective); err != nil {
		return usageError(env, c, "--effective: %v (or today)", err)
	}
	if *published != "" {
		if opt.Published, err = site.ParseDate(*published); err != nil {
			return usageError(env, c, "--published: %v", err)
		}
	}
	opt.Summary, opt.Urgent = *summary, *urgent
	rb, err := review.Rulebook(s.Config)
	if err != nil {
		return report(env, *source, err)
	}
	if *all {
		if policies = review.Pending(s); len(policies) == 0 {
			fmt.Fprintln(env.Stdout, "nothing to release: every draft is the same as its newest version")
			return exitOK
		}
	}
	// Plan every release before writing any: with --all, one refusal
	// stops them all, and nothing is half done.
	var rels []*review.Release
	var refused diag.List
	if *all {
		refused = draftErrors(s) // all or nothing: a broken draft stops them all
	} else {
		refused = policies[0].DraftErrors
	}
	for _, p := range policies {
		if len(p.DraftErrors) > 0 {
			continue
		}
		rel, err := review.PlanRelease(rb, p, opt)
		if rel != nil {
			warn(env, *source, rel.Warnings)
		}
		if unfilled := unfinished(p); len(unfilled) > 0 {
			refused = append(refused, unfilled...)
			continue
		}
		if err != nil {
			if rel != nil && rel.Content != nil && !*all && *format == "text" {
				// The refusal shows what would have been written.
				fmt.Fprintln(env.Stdout, "refused (see below); this is what the release would write:")
				printPlan(env, s, rel)
			}
			refused = append(refused, diag.All(err)...)
			continue
		}
		rels = append(rels, rel)
	}
	if len(refused) > 0 {
		if *all {
			fmt.Fprintf(env.Stderr, "redline release: %d of %d policies cannot be released; nothing was written\n", len(refused), len(policies))
		}
		return report(env, *source, refused)
	}
	if *dryRun && *format == "markdown" {
		return releaseMarkdown(env, rels, *preview)
	}
	if *dryRun {
		for _, rel := range rels {
			printPlan(env, s, rel)
		}
		fmt.Fprintln(env.Stdout, "dry run: nothing was written")
		return exitOK
	}
	for _, rel := range rels {
		if err := publish(*source, rel); err != nil {
			return report(env, *source, err)
		}
		printReleased(env, rel)
		cleanDraft(env, *source, rel)
	}
	return exitOK
}

// unfinished refuses a draft that still holds check's unfilled placeholders
// ("[Insert contact email]", "TODO") or addresses lost in copying: a
// published version can never be corrected, and its notice would carry
// the placeholder to every user.
func unfinished(p *site.Policy) diag.List {
	if p.Draft == nil {
		return nil
	}
	var out diag.List
	for _, f := range check.Document(p.Draft.File, p.Draft.Body, p.Draft.BodyLine) {
		if f.Rule == "placeholder" || f.Rule == "lost-email" {
			out = append(out, diag.Errorf(f.File, f.Line, "%s", f.Msg).Refuse().
				WithHint("%s: a published version cannot be corrected afterwards (redline check lists every one)", f.Hint))
		}
	}
	return out
}

func printReleased(env *Env, rel *review.Release) {
	p := rel.Policy
	fmt.Fprintf(env.Stdout, "released %s version %d: %s\n", p.Key(), rel.Number, rel.File)
	switch {
	case rel.Material:
		fmt.Fprintf(env.Stdout, "material: %d of %d changes; published %s, effective %s (%d days' notice)\n",
			rel.Outcome.Report.Count(), rel.Outcome.Result.Stats.Total(), rel.Published, rel.Effective, rel.Published.DaysUntil(rel.Effective))
		if rel.Urgent != "" {
			fmt.Fprintf(env.Stdout, "urgent: %s\n", rel.Urgent)
		}
		fmt.Fprintf(env.Stdout, "tell users before %s: redline notify %s writes the notices\n", rel.Effective, p.Key())
	case rel.Outcome != nil:
		fmt.Fprintf(env.Stdout, "not material: %d minor changes; effective %s\n", rel.Outcome.Result.Stats.Total(), rel.Effective)
	default:
		fmt.Fprintf(env.Stdout, "first version; effective %s\n", rel.Effective)
	}
}

// warn prints warnings, which change no exit code.
func warn(env *Env, source string, list diag.List) {
	for _, e := range list {
		shown := *e
		if shown.File != "" && source != "" && source != "." && !filepath.IsAbs(shown.File) {
			shown.File = filepath.ToSlash(filepath.Join(source, filepath.FromSlash(shown.File)))
		}
		place := ""
		if shown.File != "" {
			place = shown.File
			if shown.Line > 0 {
				place += fmt.Sprintf(":%d", shown.Line)
			}
			place += ": "
		}
		fmt.Fprintf(env.Stderr, "%swarning: %s\n", place, shown.Msg)
		if shown.Hint != "" {
			fmt.Fprintf(env.Stderr, "\t%s\n", indentHint(shown.Hint))
		}
	}
}

// releaseDay is the day a release is published: the clock's date in the
// site's time zone. --now and SOURCE_DATE_EPOCH may move it later, for a
// test, but never earlier: a fixed clock must not backdate a publication
// past the notice period.
func releaseDay(env *Env, flagNow string, loc *time.Location) (site.Date, error) {
	real := site.DateOf(env.Now().In(loc))
	day, err := today(env, flagNow, loc)
	if err != nil {
		return day, err
	}
	if day.Before(real) {
		what := "--now " + flagNow
		if flagNow == "" {
			what = "SOURCE_DATE_EPOCH (" + env.Getenv("SOURCE_DATE_EPOCH") + ")"
		}
		return day, (&diag.Error{Msg: fmt.Sprintf("%s says today is %s, but it is %s: a release is published on the day it happens and cannot be backdated", what, day, real),
			Hint: "omit --now and unset SOURCE_DATE_EPOCH for release; a policy's earlier versions are published with redline import (README: Bringing your history)"}).Refuse()
	}
	return day, nil
}

// cleanDraft removes from the draft the summary and the overrides the
// release used. It only warns when it cannot: the version is published.
func cleanDraft(env *Env, source string, rel *review.Release) {
	d := rel.Policy.Draft
	stale := make(map[int]bool)
	if rel.Outcome != nil {
		for _, i := range rel.Outcome.Stale {
			stale[i] = true
		}
	}
	var used []int
	if rel.Outcome != nil {
		for i := range d.Overrides {
			if !stale[i] {
				used = append(used, i)
			}
		}
	}
	path := filepath.Join(source, filepath.FromSlash(d.File))
	src, err := os.ReadFile(path)
	if err == nil {
		out, changed, ok := review.CleanDraft(src, used)
		front, body, line, serr := markdown.Split(bytes.TrimPrefix(src, []byte("\ufeff")))
		var now *site.Document
		if serr == nil {
			now, serr = site.FileDocument(d.File, front, body, line)
		}
		switch {
		case serr != nil || !bytes.Equal(body, d.Body) || !reflect.DeepEqual(now.Overrides, d.Overrides):
			err = errors.New("it was edited while the release ran")
		case !ok:
			err = errors.New("its front matter is laid out in a way redline does not rewrite")
		case changed:
			err = replaceFile(path, out)
			if err == nil {
				fmt.Fprintf(env.Stdout, "removed from %s what this release used: %s\n", d.File, usedWhat(d, used))
			}
		}
	}
	if err != nil {
		warn(env, source, diag.List{diag.Errorf(d.File, 1, "cannot remove the summary and the used overrides from the draft: %s", diag.Cause(err)).
			WithHint("delete them by hand: the next release must not publish them again")})
	}
}

func usedWhat(d *site.Document, used []int) string {
	var parts []string
	if strings.TrimSpace(d.Summary) != "" {
		parts = append(parts, "its summary")
	}
	if n := len(used); n > 0 {
		parts = append(parts, fmt.Sprintf("%d [[override]] %s", n, map[bool]string{true: "table", false: "tables"}[n == 1]))
	}
	if len(parts) == 0 {
		return "nothing"
	}
	return strings.Join(parts, " and ")
}

// replaceFile replaces the file at path with data in one rename, keeping
// its mode.
func replaceFile(path string, data []byte) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(fi.Mode().Perm())
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

// publish writes the new version, refusing to replace any file, and records
// it in versions.sum, which is replaced in one rename. If the sum cannot be
// written the new version is removed again: the site stays as it was. It
// holds the site's exclusive lock, so that concurrent releases each add
// their line and readers see the site before or after, never between.
func publish(source string, rel *review.Release) error {
	unlock, err := lockSite(source, true)
	if err != nil {
		return err
	}
	defer unlock()
	path := filepath.Join(source, filepath.FromSlash(rel.File))
	sumPath := filepath.Join(source, filepath.FromSlash(site.SumFile))
	old, err := os.ReadFile(sumPath)
	if err != nil && !os.IsNotExist(err) {
		return &diag.Error{File: site.SumFile, Msg: "cannot read: " + diag.Cause(err)}
	}
	sums, errs := site.ParseSums(old)
	if len(errs) > 0 {
		return errs
	}
	sums[rel.File] = site.Hash(rel.Content)
	if err := writeNew(path, rel.Content); err != nil {
		return (&diag.Error{File: rel.File, Msg: "cannot write: " + diag.Cause(err), Err: err}).Refuse().
			WithHint("a published version is never overwritten")
	}
	if err := writeAtomic(sumPath, sums.Format()); err != nil {
		_ = os.Remove(path)
		return &diag.Error{File: site.SumFile, Msg: "cannot write: " + diag.Cause(err), Err: err}
	}
	return nil
}
