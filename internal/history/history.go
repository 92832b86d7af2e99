// Package history brings a policy's past into a site: the versions it had
// before the site kept it, read from a git repository (each commit that
// changed the file) or from a folder of dated files. Each text becomes the
// next published version, classified against the one before it as a release
// would classify it, dated as its source dates it and marked imported: the
// notice gate is for changes made from now on, not for history.
//
// Texts are read, compared and staged one at a time, so memory does not
// grow with the length of the history. The package reads sources and
// stages files through site.Publication; it writes nothing in place.
package history

import (
	"fmt"
	"iter"
	"strconv"
	"strings"

	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/material"
	"github.com/redline-legal/redline/internal/redline"
	"github.com/redline-legal/redline/internal/review"
	"github.com/redline-legal/redline/internal/site"
)

// Text is one past version of a policy as a source holds it.
type Text struct {
	Body      []byte // Markdown, without the source's own front matter
	Title     string // from the source's front matter; "" when it has none
	Summary   string // the commit message's first line, or the front matter's summary
	Published site.Date
	Effective site.Date
	Dated     bool        // the dates come from the file's front matter, not from a commit
	Origin    site.Source // where it came from, as the version records it
	Label     string      // how errors name it: "REPO commit abc1234 (path)", "DIR/2024-04-17.md"
	Name      string      // the file's name, the title of last resort
}

// Source is where past versions come from.
type Source interface {
	// Texts yields the versions oldest first, starting after the one that
	// after records (the newest version already imported), or from the
	// first when after is nil or came from somewhere else.
	Texts(after *site.Source) iter.Seq2[*Text, error]
	// Describe names the source for messages: "git repository R, file F".
	Describe() string
}

// Options are the user's choices for an import.
type Options struct {
	Today site.Date // the day of the import: nothing later is history
	Since site.Date // import only texts published on or after this day
	Until site.Date // import only texts published on or before this day
	Title string    // the versions' title when their front matter has none
}

// Version is one version an import staged.
type Version struct {
	Number    int
	File      string
	Published site.Date
	Effective site.Date
	Material  bool
	Changes   int // changes from the version before; 0 for version 1
	Summary   string
	Origin    site.Source
}

// Result says what an import did.
type Result struct {
	Versions  []Version // staged, oldest first
	Unchanged int       // texts skipped because they did not change the text
	Before    int       // texts skipped because they are older than Options.Since
	After     int       // texts skipped because they are newer than Options.Until
	Draft     string    // the draft file staged, "" when the policy had one to keep
	// DraftReplaced: the draft was the newest text before this import,
	// unedited, and is to hold the newest text imported, DraftText: a file
	// that exists, so not staged with the versions but replaced once they
	// are committed.
	DraftReplaced bool
	DraftText     []byte
	// StaleDraft is the draft kept when it differs from the newest text
	// imported: the next release would publish it, undoing what was
	// imported unless it was written on purpose.
	StaleDraft *DraftDiff
}

// DraftDiff says how a draft kept differs from the newest imported text.
type DraftDiff struct {
	File              string
	Changes, Material int
}

// Import reads src and stages each text that differs from the one before
// it as the next published version of p, and, when p has no draft, its
// newest text as the draft. It stops at the first text it cannot use, and
// then nothing should be committed.
func Import(rb *material.Rulebook, p *site.Policy, src Source, opt Options, pub *site.Publication) (*Result, error) {
	im := &importer{rb: rb, p: p, opt: opt, pub: pub, res: &Result{}, number: len(p.Versions)}
	var after *site.Source
	if last := p.Latest(); last != nil {
		im.prev, im.prevDoc = last.Body, redline.Parse(last.Body)
		im.prevPublished, im.prevEffective, im.title = last.Published, last.Effective, last.Title
		im.prevImported = last.Imported
		for i := len(p.Versions) - 1; i >= 0; i-- {
			if v := p.Versions[i]; v.Imported {
				after = &v.Source
				break
			}
		}
	}
	if p.Draft != nil && im.title == "" {
		im.title = p.Draft.Title
	}
	newest := im.prev // the newest text before this import, if any
	for t, err := range src.Texts(after) {
		if err != nil {
			return nil, err
		}
		if err := im.add(t); err != nil {
			return nil, err
		}
	}
	file := fmt.Sprintf("content/%s/%s.md", p.Brand.ID, p.ID)
	switch {
	case im.prev == nil || len(p.DraftErrors) > 0:
		// nothing published, or a broken draft: the author's to mend, not to replace
	case p.Draft == nil:
		// The newest text is the draft of the next release, also when
		// nothing new came in (the draft was removed to get it back).
		im.res.Draft = file
	case len(im.res.Versions) == 0:
	case newest != nil && sameText(p.Draft.Body, newest) && untouched(p.Draft):
		// The draft was the newest text and nobody edited it: it follows.
		im.res.Draft, im.res.DraftReplaced = file, true
	default:
		out, err := review.CompareParsed(im.rb, im.prevDoc, p.Draft) // the newest text, parsed already
		if err != nil {
			return nil, err
		}
		if n := out.Result.Stats.Total(); n > 0 {
			im.res.StaleDraft = &DraftDiff{File: file, Changes: n, Material: out.Report.Count()}
		}
	}
	switch {
	case im.res.DraftReplaced:
		im.res.DraftText = draftFile(im.title, im.prev)
	case im.res.Draft != "":
		if err := pub.Add(im.res.Draft, draftFile(im.title, im.prev)); err != nil {
			return nil, err
		}
	}
	return im.res, nil
}

// sameText reports two bodies that differ at most in blank lines at their
// ends.
func sameText(a, b []byte) bool {
	return strings.TrimSpace(string(a)) == strings.TrimSpace(string(b))
}

// untouched reports a draft whose front matter holds nothing an author
// wrote for a release: no summary, no override, no field of its own.
func untouched(d *site.Document) bool {
	return strings.TrimSpace(d.Summary) == "" && len(d.Overrides) == 0 && len(d.Params) == 0
}

// importer carries an import from one text to the next: only the newest
// text is kept.
type importer struct {
	rb  *material.Rulebook
	p   *site.Policy
	opt Options
	pub *site.Publication
	res *Result

	number                       int  // of the newest version
	prevImported                 bool // the newest version was imported
	prev                         []byte
	prevDoc                      *redline.Doc
	prevPublished, prevEffective site.Date
	title                        string
}

func (im *importer) add(t *Text) error {
	published, effective := t.Published, t.Effective
	if effective.IsZero() {
		effective = published
	}
	if effective.Before(published) {
		// The text took effect before it was recorded: it was published
		// by then.
		published = effective
	}
	if !im.opt.Since.IsZero() && published.Before(im.opt.Since) {
		im.res.Before++
		return nil
	}
	if !im.opt.Until.IsZero() && published.After(im.opt.Until) {
		im.res.After++
		return nil
	}
	v := Version{Number: im.number + 1, Origin: t.Origin}
	v.File = fmt.Sprintf("versions/%s/%s/v%d.md", im.p.Brand.ID, im.p.ID, v.Number)
	doc := redline.Parse(t.Body)
	var out *review.Outcome
	if im.prevDoc != nil {
		var err error
		out, err = review.Classify(im.rb, redline.Compare(im.prevDoc, doc), &site.Document{File: v.File, Body: t.Body})
		if err != nil {
			return err
		}
		if v.Changes = out.Result.Stats.Total(); v.Changes == 0 {
			im.res.Unchanged++
			return nil
		}
		v.Material = out.Report.Material
	}
	var err error
	if v.Published, v.Effective, err = im.inOrder(t, published, effective); err != nil {
		return err
	}
	if !im.opt.Today.IsZero() && v.Effective.After(im.opt.Today) {
		// The notice gate is waived for the past only: a change still to
		// come is released, with the notice it needs.
		return (&diag.Error{File: t.Label, Msg: fmt.Sprintf("takes effect %s, after today (%s): import brings in a policy's past, not its future; nothing was imported", v.Effective, im.opt.Today)}).Refuse().
			WithHint("import what came before with --until %s, then put this text in the draft and publish it with redline release, which checks its notice", v.Published.AddDays(-1))
	}
	title := im.titleOf(t)
	v.Summary = t.Summary
	if v.Summary == "" {
		v.Summary = review.Summarize(out)
	}
	if err := im.pub.Add(v.File, versionFile(title, v, out, t.Body)); err != nil {
		return err
	}
	im.res.Versions = append(im.res.Versions, v)
	im.number, im.prev, im.prevDoc, im.title = v.Number, t.Body, doc, title
	im.prevPublished, im.prevEffective, im.prevImported = v.Published, v.Effective, true
	return nil
}

// inOrder checks that a text's dates do not go back from the version
// before. A commit dated before the commit before it (a rebase can do
// that) takes that one's dates; dates a file gives, or a version the site
// had before this history, are not moved: that is an error.
func (im *importer) inOrder(t *Text, published, effective site.Date) (site.Date, site.Date, error) {
	if im.number == 0 || !published.Before(im.prevPublished) && !effective.Before(im.prevEffective) {
		return published, effective, nil
	}
	if !t.Dated && im.prevImported {
		return maxDate(published, im.prevPublished), maxDate(effective, im.prevEffective), nil
	}
	hint := "correct the dates in the file's front matter, or import only what came later with --since %s"
	if !im.prevImported {
		hint = "a history is imported into a policy before its first release; import only what came later with --since %s"
	}
	return published, effective, (&diag.Error{File: t.Label, Msg: fmt.Sprintf("published %s, effective %s: before version %d (published %s, effective %s); dates cannot go backwards",
		published, effective, im.number, im.prevPublished, im.prevEffective)}).Refuse().
		WithHint(hint, im.prevPublished)
}

// titleOf chooses a version's title: --title, else the file's front
// matter, else the version before's, else the text's first heading, else
// the file's name.
func (im *importer) titleOf(t *Text) string {
	for _, s := range []string{im.opt.Title, t.Title, im.title, firstHeading(t.Body), t.Name, im.p.ID} {
		if s = clean(s); s != "" {
			return s
		}
	}
	return im.p.ID
}

// firstHeading returns the text of the body's first level-1 heading.
func firstHeading(body []byte) string {
	_, blocks := markdown.Blocks(body)
	for _, b := range blocks {
		if b.Kind == markdown.HeadingBlock && b.Level == 1 {
			return b.Section[len(b.Section)-1]
		}
	}
	return ""
}

func maxDate(a, b site.Date) site.Date {
	if a.Before(b) {
		return b
	}
	return a
}

// versionFile composes a published version's file, with the fields release
// writes and the record of where it came from.
func versionFile(title string, v Version, out *review.Outcome, body []byte) []byte {
	var b strings.Builder
	b.WriteString("+++\n")
	fmt.Fprintf(&b, "title = %s\n", quote(title))
	fmt.Fprintf(&b, "version = %d\n", v.Number)
	fmt.Fprintf(&b, "published = %s\n", v.Published)
	fmt.Fprintf(&b, "effective = %s\n", v.Effective)
	fmt.Fprintf(&b, "summary = %s\n", quote(v.Summary))
	fmt.Fprintf(&b, "material = %v\n", v.Material)
	if out != nil {
		var reasons []string
		for _, verdict := range out.Report.Verdicts {
			if verdict.Material {
				reasons = append(reasons, quote(verdict.Reason))
			}
		}
		if len(reasons) > 0 {
			fmt.Fprintf(&b, "materialChanges = [\n  %s,\n]\n", strings.Join(reasons, ",\n  "))
		}
	}
	b.WriteString("imported = true\n\n[source]\n")
	if v.Origin.Repository != "" {
		fmt.Fprintf(&b, "repository = %s\n", quote(v.Origin.Repository))
	}
	fmt.Fprintf(&b, "path = %s\n", quote(v.Origin.Path))
	if v.Origin.Commit != "" {
		fmt.Fprintf(&b, "commit = %s\n", quote(v.Origin.Commit))
	}
	b.WriteString("+++\n")
	if len(body) > 0 && body[0] != '\n' {
		b.WriteByte('\n')
	}
	b.Write(body)
	return []byte(b.String())
}

// draftFile is a draft holding the newest text, for the next release.
func draftFile(title string, body []byte) []byte {
	s := "+++\ntitle = " + quote(title) + "\n+++\n"
	if len(body) > 0 && body[0] != '\n' {
		s += "\n"
	}
	return append([]byte(s), body...)
}

// quote writes s as a TOML basic string: Go's quoting is TOML's once the
// control characters TOML cannot escape the same way are dropped.
func quote(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD") // a commit message or path in another encoding
	s = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' || r == 0x7f {
			return -1
		}
		return r
	}, s)
	return strconv.Quote(s)
}
