package cli

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/review"
	"github.com/redline-legal/redline/internal/site"
)

var releaseCmd = &command{
	name:    "release",
	args:    "BRAND/POLICY --effective DATE [--summary TEXT] [--published DATE] [--urgent REASON] [--source DIR] [--now DATE]",
	summary: "publish a policy's draft as its next version",
	help: `
Release compares the draft (content/BRAND/POLICY.md) with the newest
published version, decides which changes are material, and publishes the
draft as the next version: versions/BRAND/POLICY/v<N+1>.md, recorded in
versions/versions.sum. It never overwrites a file.

It refuses (exit 1), writing nothing:
  - a draft with no changes;
  - an effective date in the past (a retroactive change);
  - a material change that takes effect less than the brand's noticeDays
    (default 30) after it is published: it prints the earliest allowed date
    and each material change with its reason and id.

A reviewer who finds a flagged change minor overrules it in the draft's
front matter, and the override is kept in the published version:

	[[override]]
	change = "c-1a2b3c4d"        # the id redline diff and release print
	material = false
	by = "Jane Doe, DPO"
	reason = "Clarifies existing practice"

--urgent "reason" publishes a material change with short notice when the law
forces it; the reason is shown on the site.`,
	run: runRelease,
}

func runRelease(c *command, env *Env, args []string) int {
	fs := c.flags(env)
	source := fs.String("source", ".", "the site `folder`")
	effective := fs.String("effective", "", "the `date` the new version takes effect (YYYY-MM-DD)")
	published := fs.String("published", "", "the publication `date` (default today)")
	summary := fs.String("summary", "", "one sentence on what changed (default: the draft's summary, or made from the changes)")
	urgent := fs.String("urgent", "", "why a material change must take effect with short notice (`reason`)")
	now := fs.String("now", "", "today's `date`, for reproducible runs (default: the clock)")
	key, code, ok := parseOne(c, fs, env, args)
	if !ok {
		return code
	}
	if key == "" || *effective == "" {
		return usageError(env, c, "give BRAND/POLICY and --effective DATE")
	}
	s, p, err := loadPolicy(*source, key)
	if err != nil {
		return report(env, *source, err)
	}
	var opt review.ReleaseOptions
	if opt.Today, err = today(env, *now, s.Config.Location); err != nil {
		return usageError(env, c, "%v", err)
	}
	if opt.Effective, err = site.ParseDate(*effective); err != nil {
		return usageError(env, c, "--effective: %v", err)
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
	rel, err := review.PlanRelease(rb, p, opt)
	if err != nil {
		return report(env, *source, err)
	}
	if err := publish(*source, rel); err != nil {
		return report(env, *source, err)
	}
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
	return exitOK
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
