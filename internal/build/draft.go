package build

import (
	"fmt"
)

// planDraft queues the draft's page (build --drafts): the redline against
// the newest version published by the build date, as release would compare
// them, with each change's verdict, and the earliest effective date if
// the draft were released on the build date.
func (b *builder) planDraft(v *PolicyView, sn *snippets, crumbs []Crumb) {
	p := v.Policy
	pg := &Page{Path: policyPath(p, "draft/index.html"), Title: p.Draft.Title + " (draft)",
		Brand: p.Brand, Policy: p, IsDraft: true, NoIndex: true, Crumbs: crumbs, Earliest: b.opts.Now}
	if len(v.Versions) == 0 {
		pg.docBody = p.Draft
		b.page("draft.html", pg)
		return
	}
	last := v.Versions[len(v.Versions)-1]
	pg.FromVersion = last
	pg.diff = func() (*Redline, error) {
		rl, out, err := b.compare(&last.Document, p.Draft, fmt.Sprintf("Version %d", last.Number), "Draft", "", true, sn)
		if err != nil {
			return nil, err
		}
		if out != nil {
			if w := out.Warnings(&last.Document); len(w) > 0 {
				b.mu.Lock()
				b.stats.Warnings = append(b.stats.Warnings, w...)
				b.mu.Unlock()
			}
		}
		if rl.Report.Material {
			pg.Earliest = b.opts.Now.AddDays(p.Brand.NoticeDays)
		}
		if pg.Earliest.Before(last.Effective) {
			pg.Earliest = last.Effective // a version never takes effect before the one before it
		}
		return rl, nil
	}
	b.page("draft.html", pg)
}
