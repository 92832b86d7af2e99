package cli

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/build"
	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/notify"
	"github.com/redline-legal/redline/internal/review"
	"github.com/redline-legal/redline/internal/site"
)

// printPlan prints what a release would write, for --dry-run: the new
// version's front matter, each change with its verdict, the earliest
// effective date, and the notice users would get.
func printPlan(env *Env, s *site.Site, rel *review.Release) {
	w := env.Stdout
	p := rel.Policy
	fmt.Fprintf(w, "would release %s version %d: %s\n\n", p.Key(), rel.Number, rel.File)
	front, _, _, _ := markdown.Split(rel.Content)
	fmt.Fprintf(w, "+++\n%s+++\n(followed by the body of %s)\n\n", front, p.Draft.File)
	if n := len(rel.Overrides); strings.TrimSpace(p.Draft.Summary) != "" || n > 0 {
		used := make([]int, n)
		fmt.Fprintf(w, "then removes from %s what it used: %s\n\n", p.Draft.File, usedWhat(p.Draft, used))
	}
	earliest := rel.Published
	if rel.Material && rel.Urgent == "" {
		earliest = rel.Published.AddDays(p.Brand.NoticeDays)
	}
	if last := p.Latest(); last != nil && earliest.Before(last.Effective) {
		earliest = last.Effective
	}
	if rel.Outcome != nil {
		rep := rel.Outcome.Report
		fmt.Fprintf(w, "%d changes, %d material:\n", rel.Outcome.Result.Stats.Total(), rep.Count())
		for i, v := range rep.Verdicts {
			sec := "Introduction"
			if path := rel.Outcome.Result.Changes[i].Section; len(path) > 0 {
				sec = strings.Join(path, " › ")
			}
			fmt.Fprintf(w, "  - § %s: %s\n", sec, verdictLine(v))
		}
	}
	fmt.Fprintf(w, "published %s, effective %s; released today it could take effect on %s at the earliest\n",
		rel.Published, rel.Effective, earliest)
	if !rel.Material {
		fmt.Fprintf(w, "not material: users need no notice\n\n")
		return
	}
	text, err := noticeText(env, s, rel)
	if err != nil {
		fmt.Fprintf(w, "\nthe notice cannot be written yet: %v\n\n", err)
		return
	}
	fmt.Fprintf(w, "\nthe notice users would get (redline notify %s):\n\n%s\n\n", p.Key(), strings.TrimRight(text, "\n"))
}

// noticeText renders the notice of a planned release as notify would, and
// returns its subject and plain-text part.
func noticeText(env *Env, s *site.Site, rel *review.Release) (string, error) {
	p, d := rel.Policy, rel.Policy.Draft
	v := &site.Version{
		Document: site.Document{File: rel.File, Title: d.Title, Summary: rel.Summary, Body: d.Body, BodyLine: d.BodyLine,
			Params: d.Params, Overrides: rel.Overrides},
		Policy: p, Number: rel.Number, Published: rel.Published, Effective: rel.Effective,
		Material: rel.Material, Urgent: rel.Urgent,
	}
	rb, err := review.Rulebook(s.Config)
	if err != nil {
		return "", err
	}
	n, err := notify.NewNotice(s, rb, v)
	if err != nil {
		return "", err
	}
	tmpl, err := notify.LoadTemplates(build.Theme{Site: s.FS, Defaults: env.Theme})
	if err != nil {
		return "", err
	}
	date, err := clock(env)
	if err != nil {
		return "", err
	}
	m, err := tmpl.Render(n, notify.Preview, date.In(s.Config.Location))
	if err != nil {
		return "", err
	}
	return notify.PlainText(m.Data)
}
