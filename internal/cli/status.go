package cli

import (
	"fmt"

	"github.com/redline-legal/redline/internal/review"
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
told.`,
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
			switch last := p.Latest(); {
			case p.Draft == nil:
				fmt.Fprintln(w, "  draft: none")
			case last == nil:
				fmt.Fprintf(w, "  draft: not yet published; release it as version 1\n")
			default:
				out, err := review.Compare(rb, &last.Document, p.Draft)
				if err != nil {
					return report(env, *source, err)
				}
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
