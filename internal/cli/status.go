package cli

import (
	"fmt"
	"path"

	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/notify"
	"github.com/redline-legal/redline/internal/review"
	"github.com/redline-legal/redline/internal/site"
)

var statusCmd = &command{
	name:    "status",
	args:    "[--source DIR] [--now DATE]",
	summary: "drafts, upcoming versions and notice deadlines",
	help: `
Status lists every policy: the version in force, whether its draft differs
from the newest version and whether materially (with the earliest date a
release today could take effect), and each upcoming version with its
effective date and, for a material one, the date by which users must be
told. For each material version it reads the ledger redline notify keeps
(notices/BRAND/POLICY/vN/ledger.jsonl) and says how many notices went out
and when the last did: the evidence that users were told in time.`,
	run: runStatus,
}

func runStatus(c *command, env *Env, args []string) int {
	fs := c.flags(env)
	source := fs.String("source", ".", "the site `folder`")
	now := fs.String("now", "", "report as of this `date` (YYYY-MM-DD)")
	if code, ok := parse(fs, env, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(env, c, "unexpected argument %q", fs.Arg(0))
	}
	s, err := loadSite(*source)
	if err != nil {
		return report(env, *source, err)
	}
	day, err := today(env, *now, s.Config.Location)
	if err != nil {
		return usageError(env, c, "%v", err)
	}
	rb, err := review.Rulebook(s.Config)
	if err != nil {
		return report(env, *source, err)
	}
	w := env.Stdout
	fmt.Fprintf(w, "as of %s\n", day)
	for _, b := range s.Brands {
		for _, p := range b.Policies {
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
			switch last := p.Latest(); {
			case len(p.DraftErrors) > 0:
				fmt.Fprintf(w, "  draft: cannot be read: %s\n", p.DraftErrors[0].Error())
				warn(env, *source, p.DraftErrors)
			case p.Draft == nil:
				fmt.Fprintln(w, "  draft: none")
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
					fmt.Fprintf(w, "  draft: %d changes, %d material; released today it could take effect on %s at the earliest\n",
						n, out.Report.Count(), day.AddDays(b.NoticeDays))
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
	entries, err := notify.ReadLedger(s.FS, file)
	if err != nil {
		return "", err
	}
	sent := notify.Summarise(entries)
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
