package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/redline-legal/redline/internal/check"
	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/review"
	"github.com/redline-legal/redline/internal/site"
	"github.com/redline-legal/redline/internal/term"
)

var checkCmd = &command{
	name:    "check",
	args:    "[--source DIR] [--format text|json|github] [--strict]",
	summary: "validate the site and find defects in the policy texts",
	help: `
Check validates the whole site as build does — every published file against
versions/versions.sum, version numbers and dates, notice periods — and then
looks for defects in each policy's draft (or its newest version when it has no
draft): a heading followed by nothing, a section or paragraph that appears
twice, an unfilled placeholder such as "[Insert Contact Email]", an email
address lost in copying ("[email protected]"), a link to an anchor no heading has.

Site errors are errors: check exits 1. Text defects are warnings: check exits
0 unless --strict. --format github prints workflow commands that annotate the
files in a GitHub pull request; --format json prints one object:
{"errors": [...], "warnings": [...]}, each with file, line, rule, message, hint.`,
	run: runCheck,
}

func runCheck(c *command, env *Env, args []string) int {
	fs := c.flags(env)
	source := fs.String("source", ".", "the site `folder`")
	format := fs.String("format", "text", "output `format`: text, json or github")
	strict := fs.Bool("strict", false, "treat warnings as errors (exit 1)")
	if code, ok := parse(fs, env, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(env, c, "unexpected argument %q", fs.Arg(0))
	}
	switch *format {
	case "text", "json", "github":
	default:
		return usageError(env, c, "unknown --format %q: use text, json or github", *format)
	}
	var errs []check.Finding
	var warns []check.Finding
	s, err := loadSite(*source)
	if err != nil {
		for _, e := range diag.All(err) {
			errs = append(errs, check.Finding{File: e.File, Line: e.Line, Rule: "site", Msg: e.Msg, Hint: e.Hint})
		}
	} else {
		for _, e := range draftErrors(s) {
			errs = append(errs, check.Finding{File: e.File, Line: e.Line, Rule: "site", Msg: e.Msg, Hint: e.Hint})
		}
		warns = check.Site(s)
		found, err := unflagged(s)
		for _, e := range diag.All(err) {
			errs = append(errs, check.Finding{File: e.File, Line: e.Line, Rule: "site", Msg: e.Msg, Hint: e.Hint})
		}
		warns = append(warns, found...)
	}
	prefix := func(f *check.Finding) {
		if f.File != "" && *source != "." {
			f.File = filepath.ToSlash(filepath.Join(*source, f.File))
		}
	}
	for i := range errs {
		prefix(&errs[i])
	}
	for i := range warns {
		prefix(&warns[i])
	}
	switch *format {
	case "json":
		if errs == nil {
			errs = []check.Finding{}
		}
		if warns == nil {
			warns = []check.Finding{}
		}
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(map[string]any{"errors": errs, "warnings": warns})
	case "github":
		for _, f := range errs {
			githubAnnotation(env.Stdout, "error", f)
		}
		for _, f := range warns {
			githubAnnotation(env.Stdout, "warning", f)
		}
	default:
		for _, f := range errs {
			textFinding(env.Stdout, "error", f)
		}
		for _, f := range warns {
			textFinding(env.Stdout, "warning", f)
		}
		fmt.Fprintf(env.Stdout, "%d %s, %d %s\n", len(errs), plural(len(errs), "error", "errors"), len(warns), plural(len(warns), "warning", "warnings"))
	}
	if len(errs) > 0 || *strict && len(warns) > 0 {
		return exitRefused
	}
	return exitOK
}

func textFinding(w io.Writer, severity string, f check.Finding) {
	place := f.File
	if f.Line > 0 {
		place += fmt.Sprintf(":%d", f.Line)
	}
	if place != "" {
		place += ": "
	}
	fmt.Fprintf(w, "%s%s: %s (%s)\n", term.Escape(place), severity, term.Escape(f.Msg), f.Rule)
	if f.Hint != "" {
		fmt.Fprintf(w, "\t%s\n", term.Escape(indentHint(f.Hint)))
	}
}

// githubAnnotation prints a GitHub Actions workflow command.
func githubAnnotation(w io.Writer, severity string, f check.Finding) {
	esc := strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	prop := strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
	msg := term.Escape(f.Msg)
	if f.Hint != "" {
		msg += "\n" + term.Escape(f.Hint)
	}
	fmt.Fprintf(w, "::%s file=%s,line=%d,title=%s::%s\n", severity, prop.Replace(f.File), max(f.Line, 1), prop.Replace("redline "+f.Rule), esc.Replace(msg))
}

// unflagged warns of each published version marked not material in which
// the rules find material changes. A warning, not an error: the file
// cannot change, and the rules may have grown since it was published.
func unflagged(s *site.Site) ([]check.Finding, error) {
	rb, err := review.Rulebook(s.Config)
	if err != nil {
		return nil, err
	}
	var out []check.Finding
	var errs diag.List
	for _, b := range s.Brands {
		for _, p := range b.Policies {
			if last := p.Latest(); last != nil && p.Draft != nil {
				// The draft's overrides, as release will read them.
				o, err := review.Compare(rb, &last.Document, p.Draft)
				if err != nil {
					errs = append(errs, diag.All(err)...)
				} else {
					for _, w := range o.Warnings(&last.Document) {
						out = append(out, check.Finding{File: w.File, Line: w.Line, Rule: "stale-override", Msg: w.Msg, Hint: w.Hint})
					}
				}
			}
			found, err := review.FindUnflagged(rb, p)
			if err != nil {
				return nil, err
			}
			for _, u := range found {
				reasons := make([]string, len(u.Material))
				for i, v := range u.Material {
					reasons[i] = v.Reason + " [" + v.ID + "]"
				}
				out = append(out, check.Finding{File: u.Version.File, Line: u.Version.FieldLine("material"), Rule: "unflagged-material",
					Msg: fmt.Sprintf("version %d is published as not material, but %d of its changes are material by the rules: %s",
						u.Version.Number, len(u.Material), strings.Join(reasons, "; ")),
					Hint: fmt.Sprintf("users may not have been told: if these changes are material, send notices (redline notify %s --version %d --force)", p.Key(), u.Version.Number)})
			}
		}
	}
	return out, errs.Err()
}
