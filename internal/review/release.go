package review

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"

	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/material"
	"github.com/redline-legal/redline/internal/redline"
	"github.com/redline-legal/redline/internal/site"
)

// Release is a planned publication of a policy's draft as its next version.
type Release struct {
	Policy    *site.Policy
	Number    int
	Published site.Date
	Effective site.Date
	Material  bool
	Urgent    string
	Summary   string
	Outcome   *Outcome // nil for version 1, which has nothing to compare with
	File      string   // versions/<brand>/<policy>/v<N>.md
	Content   []byte   // the file to write

	// Overrides are the draft's overrides the release applies, kept in the
	// published version; the draft's others (Outcome.Stale) name no change.
	Overrides []site.Override
	// Warnings are what the release found odd but not unsafe: overrides
	// that name no change.
	Warnings diag.List
}

// ReleaseOptions are the user's choices for a release.
type ReleaseOptions struct {
	Today     site.Date // the day the command runs
	Published site.Date // zero: Today
	Effective site.Date
	Summary   string // zero: the draft's summary, else one made from the changes
	Urgent    string // why a material change may take effect with short notice
}

// PlanRelease decides whether p's draft can be published as its next
// version with the given dates, and composes the file. It refuses (an
// error marked Unsafe, exit code 1) a release with no changes, an effective
// date in the past, or a material change with less notice than the brand's
// notice period; it never decides on its own to publish. When it refuses
// after comparing the texts, it returns the Release too, for its Warnings,
// and, when only the summary or the notice period stands in the way, with
// the Content it would write.
func PlanRelease(rb *material.Rulebook, p *site.Policy, opt ReleaseOptions) (*Release, error) {
	d := p.Draft
	if d == nil {
		return nil, &diag.Error{Msg: fmt.Sprintf("%s has no draft to release", p.Key()),
			Hint: fmt.Sprintf("write the new text in content/%s/%s.md", p.Brand.ID, p.ID)}
	}
	published := opt.Published
	if published.IsZero() {
		published = opt.Today
	}
	rel := &Release{Policy: p, Number: len(p.Versions) + 1, Published: published, Effective: opt.Effective,
		Urgent: opt.Urgent, Summary: opt.Summary}
	rel.File = fmt.Sprintf("versions/%s/%s/v%d.md", p.Brand.ID, p.ID, rel.Number)
	switch {
	case opt.Effective.Before(opt.Today):
		return nil, diag.Errorf(d.File, 0, "effective date %s is in the past (today is %s): a policy cannot change retroactively", opt.Effective, opt.Today).Refuse().
			WithHint("give an --effective date from today on")
	case opt.Effective.Before(published):
		return nil, diag.Errorf(d.File, 0, "effective date %s is before the published date %s", opt.Effective, published).
			WithHint("a version takes effect on or after the day it is published")
	case published.Before(opt.Today):
		return nil, diag.Errorf(d.File, 0, "published date %s is in the past (today is %s)", published, opt.Today).Refuse().
			WithHint("a release is published today or later; omit --published")
	}
	if last := p.Latest(); last != nil {
		out, err := Compare(rb, &last.Document, d)
		if err != nil {
			return nil, err
		}
		if out.Result.Stats.Total() == 0 {
			return nil, diag.Errorf(d.File, 0, "the draft is the same as version %d: nothing to release", last.Number).Refuse().
				WithHint("edit the draft first")
		}
		if published.Before(last.Published) || opt.Effective.Before(last.Effective) {
			return nil, diag.Errorf(d.File, 0, "version %d is published %s and effective %s; a new version cannot come before it", last.Number, last.Published, last.Effective).Refuse().
				WithHint("give an --effective date on or after %s", last.Effective)
		}
		rel.Outcome, rel.Material = out, out.Report.Material
		rel.Warnings = out.Warnings(&last.Document)
		stale := make(map[int]bool)
		for _, i := range out.Stale {
			stale[i] = true
		}
		for i, o := range d.Overrides {
			if !stale[i] {
				rel.Overrides = append(rel.Overrides, o)
			}
		}
	}
	if strings.TrimSpace(opt.Urgent) == "" {
		opt.Urgent, rel.Urgent = "", "" // blank is no reason: the notice period holds
	}
	// Both refusals at once, with the file as it would be written: the
	// author fixes everything in one pass, and sees what they fix.
	var refused diag.List
	rel.Summary = strings.TrimSpace(rel.Summary)
	fromDraft := false
	if rel.Summary == "" {
		rel.Summary, fromDraft = strings.TrimSpace(d.Summary), true
	}
	if old := withSummary(p, rel.Summary); rel.Summary != "" && old != nil {
		// A summary says what changed in this version: one that an
		// earlier version already has is left over from its release.
		e := diag.Errorf(d.File, d.FieldLine("summary"), "the summary %q is the summary of version %d: it would publish what changed then as what changes now", rel.Summary, old.Number).Refuse().
			WithHint("delete summary from the draft's front matter (one is then made from the changes), or write what this release changes, with --summary \"...\" or in the draft")
		if !fromDraft {
			e = (&diag.Error{Msg: "--summary " + e.Msg[len("the summary "):], Hint: "write what this release changes", Unsafe: true})
		}
		refused = append(refused, e)
	}
	if rel.Summary == "" {
		rel.Summary = rel.autoSummary()
	}
	if days := published.DaysUntil(opt.Effective); rel.Material && opt.Urgent == "" && days < p.Brand.NoticeDays {
		earliest := published.AddDays(p.Brand.NoticeDays)
		var reasons []string
		for _, v := range rel.Outcome.Report.Verdicts {
			if v.Material {
				confirm := "" // the fallback: the rules could not tell either way
				if !v.Certain {
					confirm = " (to confirm)"
				}
				reasons = append(reasons, "  - "+v.Reason+confirm+" ["+v.ID+"]")
			}
		}
		refused = append(refused, diag.Errorf(d.File, 0, "material change with %d days' notice; %s requires %d: the earliest allowed effective date is %s\n%s",
			days, p.Brand.ID, p.Brand.NoticeDays, earliest, strings.Join(reasons, "\n")).Refuse().
			WithHint("release with --effective %s or later; a reviewer who finds a change minor can overrule it in the draft's front matter ([[override]]); a change the law forces may use --urgent \"reason\"", earliest))
	}
	rel.Content = rel.compose()
	if len(refused) > 0 {
		return rel, refused
	}
	return rel, nil
}

// withSummary returns the newest published version of p whose summary is
// s (spaces aside), or nil.
func withSummary(p *site.Policy, s string) *site.Version {
	for i := len(p.Versions) - 1; i >= 0; i-- {
		if strings.TrimSpace(p.Versions[i].Summary) == s {
			return p.Versions[i]
		}
	}
	return nil
}

// autoSummary describes the changes in one sentence.
func (rel *Release) autoSummary() string { return Summarize(rel.Outcome) }

// Summarize describes the changes from a version to the next in one
// sentence; nil is the first version.
func Summarize(out *Outcome) string {
	if out == nil {
		return "First published version."
	}
	var material []string
	minor, hidden := 0, 0
	for _, v := range out.Report.Verdicts {
		switch {
		case v.Material:
			material = append(material, strings.TrimSuffix(v.Reason, "."))
		case v.Hidden:
			hidden++ // not seen by readers, so not told to them
		default:
			minor++
		}
	}
	if len(material) == 0 && minor == 0 && hidden > 0 {
		return "No change readers can see: only spacing, comments or how tags are written."
	}
	s := ""
	if len(material) > 0 {
		if len(material) > 3 {
			material = append(material[:3], fmt.Sprintf("%d more", len(material)-3))
		}
		s = "Material changes: " + strings.Join(material, "; ") + "."
	}
	if minor > 0 {
		if s != "" {
			s += " "
		}
		s += fmt.Sprintf("%d minor %s.", minor, plural(minor, "change", "changes"))
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// compose writes the version file: front matter, then the draft's body.
func (rel *Release) compose() []byte {
	d := rel.Policy.Draft
	var b bytes.Buffer
	b.WriteString("+++\n")
	fmt.Fprintf(&b, "title = %s\n", QuoteTOML(d.Title))
	fmt.Fprintf(&b, "version = %d\n", rel.Number)
	fmt.Fprintf(&b, "published = %s\n", rel.Published)
	fmt.Fprintf(&b, "effective = %s\n", rel.Effective)
	fmt.Fprintf(&b, "summary = %s\n", QuoteTOML(rel.Summary))
	fmt.Fprintf(&b, "material = %v\n", rel.Material)
	if rel.Urgent != "" {
		fmt.Fprintf(&b, "urgent = %s\n", QuoteTOML(rel.Urgent))
	}
	if rel.Outcome != nil {
		var reasons []string
		for _, v := range rel.Outcome.Report.Verdicts {
			if v.Material {
				reasons = append(reasons, QuoteTOML(v.Reason))
			}
		}
		if len(reasons) > 0 {
			fmt.Fprintf(&b, "materialChanges = [\n  %s,\n]\n", strings.Join(reasons, ",\n  "))
		}
	}
	for _, o := range rel.Overrides {
		fmt.Fprintf(&b, "\n[[override]]\nchange = %s\nmaterial = %v\nby = %s\nreason = %s\n",
			QuoteTOML(o.Change), o.Material, QuoteTOML(o.By), QuoteTOML(o.Reason))
	}
	b.WriteString("+++\n")
	if len(d.Body) > 0 && d.Body[0] != '\n' {
		b.WriteByte('\n')
	}
	b.Write(d.Body)
	return b.Bytes()
}

// QuoteTOML quotes s as a TOML basic string, escaping every control
// character, so what release and init write reads back as it was given.
func QuoteTOML(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case unicode.IsControl(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// Unflagged is a published version marked not material in which the rules,
// with the version's own overrides, find material changes: it was
// published without the notice they need, or the rules have since grown.
type Unflagged struct {
	Version  *site.Version
	Material []material.Verdict
}

// FindUnflagged compares each published version of p with the one before.
func FindUnflagged(rb *material.Rulebook, p *site.Policy) ([]Unflagged, error) {
	var out []Unflagged
	for i := 1; i < len(p.Versions); i++ {
		v := p.Versions[i]
		if v.Material {
			continue
		}
		o, err := Compare(rb, &p.Versions[i-1].Document, &v.Document)
		if err != nil {
			return nil, err
		}
		if !o.Report.Material {
			continue
		}
		u := Unflagged{Version: v}
		for _, verdict := range o.Report.Verdicts {
			if verdict.Material {
				u.Material = append(u.Material, verdict)
			}
		}
		out = append(out, u)
	}
	return out, nil
}

// Pending returns the policies of s whose draft differs from their newest
// version, or that have a draft and no version yet: what "release --all"
// releases.
func Pending(s *site.Site) []*site.Policy {
	var out []*site.Policy
	for _, b := range s.Brands {
		for _, p := range b.Policies {
			d, last := p.Draft, p.Latest()
			switch {
			case d == nil:
			case last == nil:
				out = append(out, p)
			case bytes.Equal(d.Body, last.Body):
			case redline.Diff(last.Body, d.Body).Stats.Total() > 0:
				out = append(out, p)
			}
		}
	}
	return out
}
