package cli

import (
	"fmt"
	"path"
	"strings"

	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/notify"
	"github.com/redline-legal/redline/internal/review"
	"github.com/redline-legal/redline/internal/site"
)

var statusCmd = &command{
	name:    "status",
	args:    "[--source DIR] [--now DATE] [--on DATE] [--format markdown] [BRAND | BRAND/POLICY]",
	summary: "drafts, upcoming versions and notice deadlines",
	help: `
Status lists every policy: the version in force, whether its draft differs
from the newest version and whether materially (with the earliest date a
release today could take effect), and each upcoming version with its
effective date and, for a material one, the date by which users must be
told. For each material version it reads the ledger redline notify keeps
(notices/BRAND/POLICY/vN/ledger.jsonl) and says how many notices went out
and when the last did: the evidence that users were told in time.

BRAND or BRAND/POLICY narrows the report to one brand or one policy.

--on DATE answers "which version was in force on DATE?": for each policy,
the version in force that day (as published by today), since when and
until when, its file and the hash versions.sum records for it, and its
address on the site. DATE may be past or future, or "today".

--format markdown prints the report as a pull-request comment (see diff
--format markdown): each policy's version in force and upcoming versions,
and its draft's material changes.`,
	run: runStatus,
}

func runStatus(c *command, env *Env, args []string) int {
	fs := c.flags(env)
	source := fs.String("source", ".", "the site `folder`")
	now := fs.String("now", "", "report as of this `date` (YYYY-MM-DD)")
	onFlag := fs.String("on", "", "say which version was in force on this `date` (YYYY-MM-DD or today)")
	format := choiceFlag(fs, "format", "output format", "text", "markdown")
	preview := fs.String("preview-url", "", "with --format markdown, link each draft to its page in the build --drafts deployed at this `URL`")
	key, code, ok := parseOne(c, fs, env, args)
	if !ok {
		return code
	}
	if *preview != "" && *format != "markdown" {
		return usageError(env, c, "--preview-url goes with --format markdown")
	}
	var on site.Date
	if *onFlag != "" && *onFlag != "today" {
		d, err := site.ParseDate(*onFlag)
		if err != nil {
			return usageError(env, c, "--on: %v (or today)", err)
		}
		on = d
	}
	brandID, policyID, _ := strings.Cut(key, "/")
	if key != "" && (!site.ValidID(brandID) || policyID != "" && !site.ValidID(policyID) || strings.HasSuffix(key, "/")) {
		return usageError(env, c, "%q is not BRAND or BRAND/POLICY (ids are lower-case letters, digits and hyphens)", key)
	}
	s, err := loadSite(*source)
	if err != nil {
		return report(env, *source, err)
	}
	day, err := today(env, *now, s.Config.Location)
	if err != nil {
		return usageError(env, c, "%v", err)
	}
	policies, err := selectPolicies(s, brandID, policyID)
	if err != nil {
		return report(env, *source, err)
	}
	if *onFlag == "today" {
		on = day
	}
	if !on.IsZero() {
		inForceOn(env, policies, on, day)
		return exitOK
	}
	rb, err := review.Rulebook(s.Config)
	if err != nil {
		return report(env, *source, err)
	}
	if *format == "markdown" {
		if err := checkPreviewURL(*preview); err != nil {
			return usageError(env, c, "%v", err)
		}
		return statusMarkdown(env, *source, rb, policies, day, *preview)
	}
	w := env.Stdout
	fmt.Fprintf(w, "as of %s\n", day)
	for _, p := range policies {
		b := p.Brand
		{
			fmt.Fprintf(w, "\n%s\n", p.Key())
			if v := p.InForce(day); v != nil {
				fmt.Fprintf(w, "  in force: version %d, since %s\n", v.Number, v.Effective)
			} else {
				fmt.Fprintln(w, "  in force: none yet")
			}
			for _, v := range p.Upcoming(day) {
				line := fmt.Sprintf("  upcoming: version %d takes effect %s (published %s", v.Number, v.Effective, v.Published)
				if v.Material {
					line += fmt.Sprintf("; material: users must be told by %s", v.Effective.AddDays(-b.NoticeDays))
					if v.Urgent != "" {
						line += "; urgent: " + v.Urgent
					}
				}
				fmt.Fprintln(w, line+")")
			}
			for _, v := range p.PublishedBy(day) {
				if !v.Material {
					continue
				}
				if line, err := noticeLine(s, v, day); err != nil {
					return report(env, *source, err)
				} else if line != "" {
					fmt.Fprintln(w, line)
				}
			}
			// The draft is compared with the newest version published by
			// the day of the report, not with one published after it.
			var last *site.Version
			if seen := p.PublishedBy(day); len(seen) > 0 {
				last = seen[len(seen)-1]
			}
			switch {
			case len(p.DraftErrors) > 0:
				fmt.Fprintf(w, "  draft: cannot be read: %s\n", p.DraftErrors[0].Error())
				warn(env, *source, p.DraftErrors)
			case p.Draft == nil:
				fmt.Fprintln(w, "  draft: none")
			case last == nil && len(p.Versions) > 0:
				fmt.Fprintf(w, "  draft: no version was published by %s\n", day)
			case last == nil:
				fmt.Fprintf(w, "  draft: not yet published; release it as version 1\n")
			default:
				out, err := review.Compare(rb, &last.Document, p.Draft)
				if err != nil {
					// One policy's broken draft does not hide the others.
					fmt.Fprintf(w, "  draft: cannot be compared: %s\n", err)
					warn(env, *source, diag.All(err))
					continue
				}
				warn(env, *source, out.Warnings(&last.Document))
				switch n := out.Result.Stats.Total(); {
				case n == 0:
					fmt.Fprintf(w, "  draft: same as version %d\n", last.Number)
				case out.Report.Material:
					earliest := day.AddDays(b.NoticeDays)
					if earliest.Before(last.Effective) {
						earliest = last.Effective // not before the version it follows
					}
					fmt.Fprintf(w, "  draft: %d changes, %d material; released today it could take effect on %s at the earliest\n",
						n, out.Report.Count(), earliest)
				case last.Effective.After(day):
					fmt.Fprintf(w, "  draft: %d changes, none material; released today it could take effect on %s, when version %d does, at the earliest\n", n, last.Effective, last.Number)
				default:
					fmt.Fprintf(w, "  draft: %d changes, none material; it can take effect as soon as it is released\n", n)
				}
			}
		}
	}
	return exitOK
}

// noticeLine says, from the ledger in the version's outbox, when users were
// told of material version v: the evidence that notice was given in time.
func noticeLine(s *site.Site, v *site.Version, day site.Date) (string, error) {
	p := v.Policy
	file := path.Join("notices", p.Brand.ID, p.ID, fmt.Sprintf("v%d", v.Number), notify.LedgerFile)
	sent, err := notify.ReadSent(s.FS, file)
	if err != nil {
		return "", err
	}
	if sent.Accepted == 0 {
		if v.Effective.After(day) {
			return fmt.Sprintf("  notices for version %d: none sent yet (redline notify %s)", v.Number, p.Key()), nil
		}
		return "", nil
	}
	last := site.DateOf(sent.Last.In(s.Config.Location))
	days := last.DaysUntil(v.Effective)
	line := fmt.Sprintf("  notices for version %d: %d sent, the last on %s, %d days before it takes effect", v.Number, sent.Accepted, last, days)
	if days < 0 {
		line = fmt.Sprintf("  notices for version %d: %d sent, the last on %s, %d days after it took effect", v.Number, sent.Accepted, last, -days)
	}
	if sent.Rejected > 0 {
		line += fmt.Sprintf("; %d refused by the server", sent.Rejected)
	}
	if days < p.Brand.NoticeDays && v.Urgent == "" {
		line += fmt.Sprintf(": LESS than the %d days' notice %s requires", p.Brand.NoticeDays, p.Brand.ID)
	}
	return line + " (" + file + ")", nil
}

// selectPolicies returns the site's policies, or those of one brand, or one.
func selectPolicies(s *site.Site, brandID, policyID string) ([]*site.Policy, error) {
	var out []*site.Policy
	if brandID == "" {
		for _, b := range s.Brands {
			out = append(out, b.Policies...)
		}
		return out, nil
	}
	b := s.Brand(brandID)
	if b == nil {
		return nil, &diag.Error{Msg: fmt.Sprintf("unknown brand %q", brandID), Hint: "the brands are: " + brandIDs(s)}
	}
	if policyID == "" {
		return b.Policies, nil
	}
	p := b.Policy(policyID)
	if p == nil {
		return nil, &diag.Error{Msg: fmt.Sprintf("brand %s has no policy %q", brandID, policyID), Hint: "its policies are: " + policyIDs(b)}
	}
	return []*site.Policy{p}, nil
}

// inForceOn says which version of each policy was (or will be) in force on
// day on, as the site stands today: versions published after today do not
// exist yet.
func inForceOn(env *Env, policies []*site.Policy, on, today site.Date) {
	w := env.Stdout
	for i, p := range policies {
		if i > 0 {
			fmt.Fprintln(w)
		}
		known := p.PublishedBy(today)
		var cur, next *site.Version
		for _, v := range known {
			if !v.Effective.After(on) {
				cur = v
			} else if next == nil {
				next = v
			}
		}
		if cur == nil {
			line := fmt.Sprintf("%s on %s: no version in force", p.Key(), on)
			if next != nil {
				line += fmt.Sprintf(" (version %d took effect %s)", next.Number, next.Effective)
				if next.Effective.After(today) {
					line = fmt.Sprintf("%s on %s: no version in force (version %d takes effect %s)", p.Key(), on, next.Number, next.Effective)
				}
			}
			fmt.Fprintln(w, line)
			continue
		}
		period := "from " + cur.Effective.String()
		if next != nil {
			period += " to " + next.Effective.AddDays(-1).String()
		}
		fmt.Fprintf(w, "%s on %s: version %d, in force %s\n", p.Key(), on, cur.Number, period)
		if on.After(today) {
			fmt.Fprintf(w, "  (as published by %s: a later release may change this)\n", today)
		}
		fmt.Fprintf(w, "  %s %s\n", cur.File, cur.Sum)
		fmt.Fprintf(w, "  %s%s/v%d/\n", p.Brand.BaseURL, p.ID, cur.Number)
	}
}
