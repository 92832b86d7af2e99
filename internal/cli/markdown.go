package cli

import (
	"fmt"
	"io"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/material"
	"github.com/redline-legal/redline/internal/redline"
	"github.com/redline-legal/redline/internal/review"
	"github.com/redline-legal/redline/internal/site"
)

// commentLimit is the most characters GitHub accepts in a pull-request
// comment. The summary counts bytes, never fewer than characters, so that
// it fits whatever the text's script.
const commentLimit = 65536

// mdMarker opens every Markdown summary, so that a CI job can find the
// comment it posted before and edit it instead of adding another.
const mdMarker = "<!-- redline summary -->"

// mdSection is one policy's part of a Markdown summary: a comparison of
// two of its texts, or a note alone (a new policy, a draft that cannot be
// read). Every string is plain text; the writer escapes it.
type mdSection struct {
	Key      string          // "acme/privacy", or "old.md → new.md" for two files
	From, To string          // "Version 2", "Draft"
	Outcome  *review.Outcome // nil: Notes alone
	Notes    []string        // lines under the heading
	Earliest site.Date       // the earliest effective date if released today; zero: not said
	Link     string          // the redline page in a preview build, or ""
	Command  string          // the command that shows every change
}

// previewLink is the page of a build (with --drafts for the draft) that
// shows the redline from version from to to ("draft"), under base; "" when
// there is no base, or when no build makes that page.
func previewLink(base string, p *site.Policy, from, to string) string {
	if base == "" || p == nil {
		return ""
	}
	a, b := vnum(from), vnum(to)
	var rest string
	switch {
	case to == "draft":
		rest = "draft/"
	case a > 0 && b == a+1: // build makes each version's redline against the one before
		rest = fmt.Sprintf("changes/v%d-v%d/", a, b)
	default:
		return ""
	}
	return strings.TrimSuffix(base, "/") + "/" + p.Brand.ID + "/" + p.ID + "/" + rest
}

// checkPreviewURL refuses a --preview-url that is not an absolute http(s)
// address: a link in a comment must lead somewhere.
func checkPreviewURL(s string) error {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsAny(s, " \t\n()<>\"'`") {
		return fmt.Errorf("--preview-url %q is not an http(s) address such as https://preview.example.com/", s)
	}
	return nil
}

// earliestEffective is the earliest date p's draft could take effect if
// released on day: after the brand's notice period for a material change,
// and never before the version it follows.
func earliestEffective(p *site.Policy, last *site.Version, material bool, day site.Date) site.Date {
	earliest := day
	if material {
		earliest = day.AddDays(p.Brand.NoticeDays)
	}
	if last != nil && earliest.Before(last.Effective) {
		earliest = last.Effective
	}
	return earliest
}

// writeMarkdown writes a summary a pull-request comment can hold: a
// heading, then per section the material changes with their reasons and
// GDPR items, the minor ones counted. It stays under limit bytes: when the
// lists are too long it cuts them and says how many it left out.
func writeMarkdown(w io.Writer, heading string, secs []mdSection, limit int) error {
	var b strings.Builder
	b.WriteString(mdMarker + "\n## " + heading + "\n")
	if len(secs) == 0 {
		b.WriteString("\nNo policy has changes.\n")
	}
	const reserve = 400 // room for one "… N more" line
	for i, s := range secs {
		head, items, foot := s.render()
		need := len(head) + len(foot) + 2*reserve
		if b.Len()+need > limit {
			fmt.Fprintf(&b, "\n… %d more %s not shown: the comment would be longer than %d characters.\n",
				len(secs)-i, plural(len(secs)-i, "policy", "policies"), limit)
			break
		}
		b.WriteString(head)
		shown := 0
		for _, it := range items {
			if b.Len()+len(it)+len(foot)+2*reserve > limit {
				break
			}
			b.WriteString(it)
			shown++
		}
		if left := len(items) - shown; left > 0 {
			fmt.Fprintf(&b, "- … and %d more material %s not shown (the comment would be too long); `%s` lists them all\n",
				left, plural(left, "change", "changes"), mdCode(s.Command))
		}
		b.WriteString(foot)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// render returns the section's heading lines, its list items (one per
// material change) and the lines after the list.
func (s mdSection) render() (head string, items []string, foot string) {
	var h strings.Builder
	fmt.Fprintf(&h, "\n### %s", mdEscape(s.Key, 200))
	if s.From != "" {
		fmt.Fprintf(&h, ": %s → %s", mdEscape(s.From, 200), mdEscape(s.To, 200))
	}
	h.WriteString("\n\n")
	for _, n := range s.Notes {
		h.WriteString(mdEscape(n, 1000) + "\n")
	}
	if s.Outcome == nil {
		if s.Link != "" {
			fmt.Fprintf(&h, "[Preview](%s)\n", s.Link)
		}
		return h.String(), nil, ""
	}
	r, rep := s.Outcome.Result, s.Outcome.Report
	total, n := r.Stats.Total(), rep.Count()
	hidden := 0
	for _, v := range rep.Verdicts {
		if v.Hidden {
			hidden++
		}
	}
	total -= hidden // spacing and comments: the redline does not show them either
	switch {
	case total == 0 && hidden > 0:
		fmt.Fprintf(&h, "No change readers can see (%d only in spacing, comments or how tags are written).\n", hidden)
	case total == 0:
		h.WriteString("No changes.\n")
	case n > 0:
		toConfirm := 0
		for _, v := range rep.Verdicts {
			if v.Material && !v.Certain {
				toConfirm++
			}
		}
		fmt.Fprintf(&h, "**Material: %d of %d %s** must be announced to users before %s effect",
			n, total, plural(total, "change", "changes"), plural(n, "it takes", "they take"))
		if toConfirm > 0 {
			fmt.Fprintf(&h, " (%d to confirm by a reviewer)", toConfirm)
		}
		h.WriteString(".")
	default:
		fmt.Fprintf(&h, "**Not material:** %d minor %s; users need no notice.", total, plural(total, "change", "changes"))
	}
	if total > 0 && !s.Earliest.IsZero() {
		fmt.Fprintf(&h, " Released today, it could take effect on **%s** at the earliest.", s.Earliest)
	}
	h.WriteString("\n")
	if s.Link != "" {
		fmt.Fprintf(&h, "\n[Redline with every change](%s)\n", s.Link)
	}
	if n > 0 {
		h.WriteString("\n")
	}
	minor, overruled := 0, 0
	for i, v := range rep.Verdicts {
		if v.Hidden {
			continue
		}
		if !v.Material {
			minor++
			if v.Override != nil {
				overruled++
			}
			continue
		}
		items = append(items, mdItem(r.Changes[i].Section, v))
	}
	var f strings.Builder
	if minor > 0 && n > 0 {
		fmt.Fprintf(&f, "\nAnd %d minor %s", minor, plural(minor, "change", "changes"))
		if overruled > 0 {
			fmt.Fprintf(&f, " (%d overruled as minor by a reviewer)", overruled)
		}
		f.WriteString(".\n")
	} else if overruled > 0 {
		fmt.Fprintf(&f, "\n%d overruled as minor by a reviewer.\n", overruled)
	}
	return h.String(), items, f.String()
}

// mdItem is one material change as a list item.
func mdItem(section []string, v material.Verdict) string {
	sec := "Introduction"
	if len(section) > 0 {
		sec = strings.Join(section, " › ")
	}
	var b strings.Builder
	fmt.Fprintf(&b, "- **§ %s**: ", mdEscape(sec, 200))
	if !v.Certain {
		b.WriteString("**to confirm:** ")
	}
	b.WriteString(mdEscape(v.Reason, 500))
	var about []string
	for _, s := range []string{v.Category, strings.ToLower(v.Direction)} {
		if s != "" {
			about = append(about, mdEscape(s, 60))
		}
	}
	if len(about) > 0 {
		fmt.Fprintf(&b, " (%s)", strings.Join(about, ", "))
	}
	if v.GDPR != "" {
		fmt.Fprintf(&b, "; GDPR %s", mdEscape(v.GDPR, 60))
	}
	if v.Override != nil {
		fmt.Fprintf(&b, "; confirmed by %s: %s", mdEscape(v.Override.By, 100), mdEscape(v.Override.Reason, 300))
	}
	fmt.Fprintf(&b, " `%s`\n", strings.Trim(v.ID, "`"))
	return b.String()
}

// mdEscape makes s, text from a policy or its front matter, safe inside a
// line of a GitHub comment: at most max characters, on one line, every
// ASCII punctuation character that Markdown or HTML could read backslash-
// escaped (so a pipe, a backtick, a <script> or a [link](x) shows as
// typed), control characters dropped, and an @ or # followed by a word
// joiner so that "@team" notifies no one and "#12" links no issue.
func mdEscape(s string, max int) string {
	if utf8.RuneCountInString(s) > max {
		rs := []rune(s)
		s = string(rs[:max]) + "…"
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == utf8.RuneError || unicode.IsControl(r) && !unicode.IsSpace(r) || unicode.Is(unicode.Bidi_Control, r):
			continue
		case unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		case r == '@' || r == '#':
			b.WriteRune(r)
			b.WriteRune('\u2060')
		case r < 128 && strings.ContainsRune("\\`*_[]()<>|~&", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
		space = false
	}
	return strings.TrimSpace(b.String())
}

// diffMarkdown is diff --format markdown: one policy (BRAND/POLICY [FROM
// [TO]]), two files, or, with no argument, every draft that differs from
// its newest version.
func diffMarkdown(c *command, env *Env, source, preview, now string, args []string) int {
	if err := checkPreviewURL(preview); err != nil {
		return usageError(env, c, "%v", err)
	}
	var secs []mdSection
	heading := "Policy changes"
	switch {
	case len(args) == 0:
		s, err := loadSite(source)
		if err != nil {
			return report(env, source, err)
		}
		day, err := today(env, now, s.Config.Location)
		if err != nil {
			return usageError(env, c, "%v", err)
		}
		rb, err := review.Rulebook(s.Config)
		if err != nil {
			return report(env, source, err)
		}
		material := 0
		for _, b := range s.Brands {
			for _, p := range b.Policies {
				sec, ok := draftSection(env, source, rb, p, day, preview)
				if !ok {
					continue
				}
				if sec.Outcome != nil && sec.Outcome.Report.Material {
					material++
				}
				secs = append(secs, sec)
			}
		}
		heading = fmt.Sprintf("Policy changes: %d %s with a draft that differs from its newest version, %d with material changes",
			len(secs), plural(len(secs), "policy", "policies"), material)
	case len(args) == 2 && (isFileArg(args[0]) || isFileArg(args[1])):
		old, err := readSide(args[0])
		var new side
		if err == nil {
			new, err = readSide(args[1])
		}
		if err != nil {
			return report(env, "", err)
		}
		out, err := review.Classify(material.Builtin(), redline.Diff(old.body, new.body), new.doc)
		if err != nil {
			return report(env, "", err)
		}
		warn(env, "", out.Warnings(old.doc))
		heading = "Changes from " + mdEscape(old.file, 200) + " to " + mdEscape(new.file, 200)
		secs = append(secs, mdSection{Key: old.file + " → " + new.file, Outcome: out,
			Command: "redline diff " + old.file + " " + new.file})
	case len(args) >= 1 && len(args) <= 3 && strings.Contains(args[0], "/"):
		old, new, rb, err := policySides(source, args[0], args[1:])
		if err != nil {
			return report(env, source, err)
		}
		s, p, err := loadPolicy(source, args[0])
		if err != nil {
			return report(env, source, err)
		}
		out, err := review.Classify(rb, redline.Diff(old.body, new.body), new.doc)
		if err != nil {
			return report(env, source, err)
		}
		warn(env, source, out.Warnings(old.doc))
		from, to := sideName(old), sideName(new)
		sec := mdSection{Key: p.Key(), From: old.label, To: new.label, Outcome: out,
			Link: previewLink(preview, p, from, to), Command: "redline diff " + strings.Join(args, " ")}
		if to == "draft" {
			day, err := today(env, now, s.Config.Location)
			if err != nil {
				return usageError(env, c, "%v", err)
			}
			sec.Earliest = earliestEffective(p, p.Latest(), out.Report.Material, day)
		}
		secs = append(secs, sec)
	default:
		return usageError(env, c, "give BRAND/POLICY [FROM [TO]], or two Markdown files, or nothing for every draft")
	}
	if err := writeMarkdown(env.Stdout, heading, secs, commentLimit); err != nil {
		return report(env, "", err)
	}
	return exitOK
}

// sideName is "draft" or "vN" for a side of a policy.
func sideName(s side) string {
	if s.label == "Draft" {
		return "draft"
	}
	return "v" + strings.TrimPrefix(s.label, "Version ")
}

// draftSection compares p's draft with its newest version; ok is false
// when there is nothing to say (no draft, or the same text).
func draftSection(env *Env, source string, rb *material.Rulebook, p *site.Policy, day site.Date, preview string) (mdSection, bool) {
	sec := mdSection{Key: p.Key(), Link: previewLink(preview, p, "", "draft"), Command: "redline diff " + p.Key()}
	last := p.Latest()
	switch {
	case len(p.DraftErrors) > 0:
		warn(env, source, p.DraftErrors)
		sec.Link = ""
		sec.Notes = []string{"The draft cannot be read: " + p.DraftErrors[0].Error()}
		return sec, true
	case p.Draft == nil:
		return sec, false
	case last == nil:
		sec.Notes = []string{"New policy: not yet published; releasing it makes version 1."}
		return sec, true
	}
	out, err := review.Compare(rb, &last.Document, p.Draft)
	if err != nil {
		warn(env, source, diag.All(err))
		sec.Link = ""
		sec.Notes = []string{"The draft cannot be compared: " + err.Error()}
		return sec, true
	}
	if out.Result.Stats.Total() == 0 {
		return sec, false
	}
	warn(env, source, out.Warnings(&last.Document))
	sec.From, sec.To = fmt.Sprintf("Version %d", last.Number), "Draft"
	sec.Outcome = out
	sec.Earliest = earliestEffective(p, last, out.Report.Material, day)
	return sec, true
}

// mdCode makes s safe inside a code span: no backtick, no line break.
func mdCode(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '`' || unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
			return -1
		}
		return r
	}, s)
}

// releaseMarkdown is release --dry-run --format markdown: what each planned
// release would publish, as a pull-request comment.
func releaseMarkdown(env *Env, rels []*review.Release, preview string) int {
	var secs []mdSection
	for _, rel := range rels {
		p := rel.Policy
		sec := mdSection{Key: p.Key(), Outcome: rel.Outcome, Link: previewLink(preview, p, "", "draft"),
			Command: "redline release --dry-run " + p.Key() + " --effective " + rel.Effective.String()}
		sec.Notes = append(sec.Notes, fmt.Sprintf("Would publish version %d (%s): published %s, effective %s.", rel.Number, rel.File, rel.Published, rel.Effective))
		if rel.Urgent != "" {
			sec.Notes = append(sec.Notes, "Urgent: "+rel.Urgent)
		}
		if rel.Outcome == nil {
			sec.Notes = append(sec.Notes, "First version: nothing to compare with.")
		} else {
			sec.From, sec.To = fmt.Sprintf("Version %d", rel.Number-1), "Draft"
			earliest := rel.Published
			if rel.Material && rel.Urgent == "" {
				earliest = rel.Published.AddDays(p.Brand.NoticeDays)
			}
			if last := p.Latest(); last != nil && earliest.Before(last.Effective) {
				earliest = last.Effective
			}
			sec.Earliest = earliest
		}
		secs = append(secs, sec)
	}
	heading := fmt.Sprintf("Release (dry run): %d %s would be published; nothing was written", len(secs), plural(len(secs), "version", "versions"))
	if err := writeMarkdown(env.Stdout, heading, secs, commentLimit); err != nil {
		return report(env, "", err)
	}
	return exitOK
}

// statusMarkdown is status --format markdown: per policy, the version in
// force, the upcoming ones, and what its draft changes.
func statusMarkdown(env *Env, source string, rb *material.Rulebook, policies []*site.Policy, day site.Date, preview string) int {
	var secs []mdSection
	for _, p := range policies {
		sec, ok := draftSection(env, source, rb, p, day, preview)
		if !ok {
			sec = mdSection{Key: p.Key(), Notes: []string{"Draft: none, or the same as the newest version."}}
		}
		var notes []string
		if v := p.InForce(day); v != nil {
			notes = append(notes, fmt.Sprintf("In force: version %d, since %s.", v.Number, v.Effective))
		} else {
			notes = append(notes, "In force: none yet.")
		}
		for _, v := range p.Upcoming(day) {
			line := fmt.Sprintf("Upcoming: version %d takes effect %s (published %s", v.Number, v.Effective, v.Published)
			if v.Material {
				line += fmt.Sprintf("; material: users must be told by %s", v.Effective.AddDays(-p.Brand.NoticeDays))
			}
			notes = append(notes, line+").")
		}
		sec.Notes = append(notes, sec.Notes...)
		secs = append(secs, sec)
	}
	if err := writeMarkdown(env.Stdout, "Policy status as of "+day.String(), secs, commentLimit); err != nil {
		return report(env, "", err)
	}
	return exitOK
}
