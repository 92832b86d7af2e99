package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/redline-legal/redline/internal/build"
	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/material"
	"github.com/redline-legal/redline/internal/redline"
	"github.com/redline-legal/redline/internal/review"
	"github.com/redline-legal/redline/internal/site"
	"github.com/redline-legal/redline/internal/term"
)

var diffCmd = &command{
	name:    "diff",
	args:    "[flags] BRAND/POLICY [FROM [TO]] | OLD.md NEW.md",
	summary: "show what changed between two versions of a policy",
	help: `
Diff shows what changed between two texts of a policy: whole words struck and
inserted, grouped under the section they belong to, a moved paragraph shown
as moved.

	redline diff omnicrm/privacy            the draft against the newest version
	redline diff omnicrm/privacy v1         version 1 against the draft (or the newest version)
	redline diff omnicrm/privacy v1 v2      version 1 against version 2
	redline diff old.md new.md              two files; front matter is optional
	redline diff --format markdown          every draft that differs, for a pull request

FROM and TO are versions (v2 or 2) or "draft". --format text is a terminal
redline, coloured on a terminal and marked [-removed-]{+added+} when piped or
when NO_COLOR is set; --format json is described in the README; --format html
is one self-contained page. --format markdown is a summary a pull-request
comment can hold (at most 65,536 characters): per policy the material
changes with their reasons, the minor ones counted, the earliest effective
date if released today, and with --preview-url a link to each redline page
of a build --drafts deployed there; with no policy named it covers every
draft that differs from its newest version. Diff exits 0 whatever it finds.`,
	run: runDiff,
}

// side is one text being compared.
type side struct {
	label    string // "Version 2", "Draft", or a file name
	file     string // the file it came from
	body     []byte
	bodyLine int
	doc      *site.Document // the site's document, when the text is one
}

func runDiff(c *command, env *Env, args []string) int {
	fs := c.flags(env)
	source := fs.String("source", ".", "the site `folder`, for BRAND/POLICY")
	format := fs.String("format", "text", "output `format`: text, json, html or markdown")
	preview := fs.String("preview-url", "", "with --format markdown, link each policy to its redline in the build --drafts deployed at this `URL`")
	now := fs.String("now", "", "with --format markdown, today's `date` for the earliest effective date (default: the clock)")
	color := choiceFlag(fs, "color", "colour text output", "auto", "always", "never")
	if code, ok := parse(fs, env, args); !ok {
		return code
	}
	switch *format {
	case "text", "json", "html":
	case "markdown":
		return diffMarkdown(c, env, *source, *preview, *now, fs.Args())
	default:
		return usageError(env, c, "unknown --format %q: use text, json, html or markdown", *format)
	}
	if *preview != "" || *now != "" {
		return usageError(env, c, "--preview-url and --now go with --format markdown")
	}
	var old, new side
	var err error
	rb := material.Builtin()
	switch rest := fs.Args(); {
	case len(rest) == 2 && (isFileArg(rest[0]) || isFileArg(rest[1])):
		old, err = readSide(rest[0])
		if err == nil {
			new, err = readSide(rest[1])
		}
	case len(rest) >= 1 && len(rest) <= 3 && strings.Contains(rest[0], "/"):
		old, new, rb, err = policySides(*source, rest[0], rest[1:])
	default:
		return usageError(env, c, "give BRAND/POLICY [FROM [TO]], or two Markdown files")
	}
	if err != nil {
		return report(env, *source, err)
	}
	r := redline.Diff(old.body, new.body)
	doc := new.doc
	if doc == nil {
		doc = &site.Document{File: new.file}
	}
	out, err := review.Classify(rb, r, doc)
	if err != nil {
		return report(env, *source, err)
	}
	warn(env, *source, out.Warnings(old.doc))
	switch *format {
	case "json":
		// encoding/json escapes C0 controls but leaves C1 controls and
		// bidi overrides raw; \uXXXX is the same string to a JSON reader
		var buf strings.Builder
		if err = writeDiffJSON(&buf, old, new, out); err == nil {
			_, err = io.WriteString(env.Stdout, term.Escape(buf.String()))
		}
	case "html":
		var page []byte
		now, _ := today(env, "", time.UTC)
		page, err = build.Standalone(build.Theme{Defaults: env.Theme}, build.NewRedline(r, out.Report, old.label, new.label),
			fmt.Sprintf("Changes from %s to %s", old.label, new.label), now)
		if err == nil { // control characters are not allowed in HTML, and stdout may be a terminal
			_, err = io.WriteString(env.Stdout, term.Escape(string(page)))
		}
	default:
		fmt.Fprintf(env.Stdout, "redline: %s → %s\n", term.Escape(old.file), term.Escape(new.file))
		if n := out.Report.Count(); n > 0 {
			fmt.Fprintf(env.Stdout, "MATERIAL: %d of %d changes must be announced before they take effect\n", n, r.Stats.Total())
		} else if r.Stats.Total() > 0 {
			fmt.Fprintln(env.Stdout, "not material: no change needs notice")
		}
		err = r.WriteText(env.Stdout, redline.TextOptions{
			Color:         useColor(env, *color),
			OldLineOffset: old.bodyLine - 1, NewLineOffset: new.bodyLine - 1,
			Note:     func(i int) string { return verdictLine(out.Report.Verdicts[i]) },
			Skip:     func(i int) bool { return out.Report.Verdicts[i].Hidden },
			Footnote: material.UnseenNote,
		})
	}
	if err != nil {
		return report(env, "", err)
	}
	return exitOK
}

func isFileArg(s string) bool {
	if strings.HasSuffix(s, ".md") || strings.HasSuffix(s, ".markdown") || strings.HasSuffix(s, ".txt") {
		return true
	}
	fi, err := os.Stat(s)
	return err == nil && !fi.IsDir()
}

// readSide reads a Markdown file given on the command line: a regular
// file of at most site.MaxFileSize bytes. A folder, a device (/dev/zero)
// or a named pipe is refused before it is opened.
func readSide(path string) (side, error) {
	data, err := readArg(path)
	if err != nil {
		return side{}, err
	}
	if e := site.CheckUTF8(path, data); e != nil {
		return side{}, e
	}
	front, body, line, err := markdown.Split(data)
	if err != nil {
		return side{}, diag.Errorf(path, 1, "%v", err).WithHint("end the front matter with a line holding only +++")
	}
	if front == nil {
		// YAML front matter, as Jekyll, Hugo and GitHub's own policy
		// repository write it, renders nothing: a redirect added to it
		// is no change a reader sees.
		if n := yamlFrontLen(body); n > 0 {
			line += bytes.Count(body[:n], []byte("\n"))
			body = body[n:]
		}
	}
	if e := site.CheckNesting(path, body, line); e != nil {
		return side{}, e
	}
	doc, err := site.FileDocument(path, front, body, line)
	if err != nil {
		return side{}, err
	}
	return side{label: path, file: path, body: body, bodyLine: line, doc: doc}, nil
}

// yamlFrontLen returns the length of the YAML front matter src opens
// with: a line "---", lines of a YAML mapping (a "key:" line first, then
// keys, indented lines, list items, comments or blank lines), and a closing
// line "---" or "...". It returns 0 when src does not open so: a thematic
// break followed by text is Markdown.
func yamlFrontLen(src []byte) int {
	first, rest, ok := bytes.Cut(src, []byte("\n"))
	if !ok || strings.TrimRight(string(first), " \t\r") != "---" {
		return 0
	}
	keys := 0
	for len(rest) > 0 {
		l, r, _ := bytes.Cut(rest, []byte("\n"))
		t := strings.TrimRight(string(l), " \t\r")
		switch {
		case t == "---" || t == "...":
			if keys == 0 {
				return 0
			}
			return len(src) - len(r)
		case yamlKeyRE.MatchString(t):
			keys++
		case keys > 0 && (t == "" || strings.HasPrefix(t, " ") || strings.HasPrefix(t, "\t") || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "#")):
		default:
			return 0
		}
		rest = r
	}
	return 0
}

// yamlKeyRE is a top-level key of a YAML mapping: "title: …", "topics:".
var yamlKeyRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_-]*:(\s|$)`)

func readArg(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err == nil && !fi.Mode().IsRegular() {
		what := "a folder"
		if !fi.IsDir() {
			what = "not a regular file"
		}
		return nil, diag.Errorf(path, 0, "%s: give a Markdown file", what).WithHint("redline diff OLD.md NEW.md compares two files")
	}
	if err == nil && fi.Size() > site.MaxFileSize {
		return nil, site.TooLarge(path, site.MaxFileSize)
	}
	var f *os.File
	if err == nil {
		f, err = os.Open(path)
	}
	if err != nil {
		return nil, &diag.Error{File: path, Msg: "cannot read: " + diag.Cause(err), Hint: "check the path"}
	}
	defer f.Close()
	data, err := site.ReadLimited(f, path, site.MaxFileSize)
	if err != nil {
		return nil, site.ReadError(path, "cannot read", err)
	}
	return data, nil
}

// verdictLine is the materiality verdict under a change in text output.
func verdictLine(v material.Verdict) string {
	s := "minor: " + v.Reason
	if v.Material {
		s = fmt.Sprintf("MATERIAL (%s, %s): %s", v.Category, v.Direction, v.Reason)
		if !v.Certain {
			// the rules could not explain it either way: a reviewer confirms
			s = fmt.Sprintf("MATERIAL, TO CONFIRM (%s): %s", v.Category, v.Reason)
		}
	}
	if v.Override != nil {
		s += fmt.Sprintf(" [overruled by %s: %s]", v.Override.By, v.Override.Reason)
	}
	return s + " [" + v.ID + "]"
}

// policySides finds the two texts of BRAND/POLICY to compare, and the
// site's rulebook.
func policySides(source, key string, versions []string) (old, new side, rb *material.Rulebook, err error) {
	s, p, err := loadPolicy(source, key)
	if err != nil {
		return old, new, nil, err
	}
	if rb, err = review.Rulebook(s.Config); err != nil {
		return old, new, nil, err
	}
	pick := func(name string) (side, error) {
		if name == "draft" {
			if len(p.DraftErrors) > 0 {
				return side{}, p.DraftErrors
			}
			if p.Draft == nil {
				return side{}, &diag.Error{Msg: fmt.Sprintf("%s has no draft", key), Hint: fmt.Sprintf("write content/%s/%s.md, or compare two versions", p.Brand.ID, p.ID)}
			}
			return side{label: "Draft", file: p.Draft.File, body: p.Draft.Body, bodyLine: p.Draft.BodyLine, doc: p.Draft}, nil
		}
		n, err := strconv.Atoi(strings.TrimPrefix(name, "v"))
		if err != nil || n < 1 || n > len(p.Versions) {
			return side{}, &diag.Error{Msg: fmt.Sprintf("%s has no version %q", key, name),
				Hint: fmt.Sprintf("give v1 to v%d, or draft", len(p.Versions))}
		}
		v := p.Versions[n-1]
		return side{label: fmt.Sprintf("Version %d", n), file: v.File, body: v.Body, bodyLine: v.BodyLine, doc: &v.Document}, nil
	}
	latest := ""
	if len(p.Versions) > 0 {
		latest = "v" + strconv.Itoa(len(p.Versions))
	}
	from, to := latest, "draft"
	switch len(versions) {
	case 1:
		from = versions[0]
		if p.Draft == nil && len(p.DraftErrors) == 0 {
			to = latest
		}
	case 2:
		from, to = versions[0], versions[1]
	}
	if from == "" {
		return old, new, nil, &diag.Error{Msg: fmt.Sprintf("%s has no published version to compare with", key),
			Hint: "publish version 1 first, or give two files"}
	}
	if old, err = pick(from); err != nil {
		return old, new, nil, err
	}
	if new, err = pick(to); err != nil {
		return old, new, nil, err
	}
	if vnum(from) > 0 && vnum(to) > 0 && vnum(from) > vnum(to) {
		return old, new, nil, &diag.Error{Msg: fmt.Sprintf("FROM (%s) is newer than TO (%s)", from, to),
			Hint: fmt.Sprintf("give the older version first: redline diff %s %s %s", key, to, from)}
	}
	return old, new, rb, nil
}

func vnum(s string) int {
	n, _ := strconv.Atoi(strings.TrimPrefix(s, "v"))
	return n
}

func brandIDs(s *site.Site) string {
	var ids []string
	for _, b := range s.Brands {
		ids = append(ids, b.ID)
	}
	return strings.Join(ids, ", ")
}

func policyIDs(b *site.Brand) string {
	var ids []string
	for _, p := range b.Policies {
		ids = append(ids, p.ID)
	}
	if len(ids) == 0 {
		return "(none)"
	}
	return strings.Join(ids, ", ")
}

// useColor decides whether text output is coloured: --color always/never,
// or auto: on a terminal, unless NO_COLOR is set or TERM is dumb.
func useColor(env *Env, mode string) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if env.Getenv("NO_COLOR") != "" || env.Getenv("TERM") == "dumb" {
		return false
	}
	return term.IsTerminal(env.Stdout)
}

// diffJSON is the JSON output of diff, the contract DESIGN.md fixes.
type diffJSON struct {
	Old      string         `json:"old"`
	New      string         `json:"new"`
	Material bool           `json:"material"`
	Summary  diffSummary    `json:"summary"`
	Changes  []changeReport `json:"changes"`
}

type diffSummary struct {
	Changes   int `json:"changes"`
	Inserted  int `json:"inserted"`
	Deleted   int `json:"deleted"`
	Replaced  int `json:"replaced"`
	Moved     int `json:"moved"`
	Unchanged int `json:"unchanged"`
	Material  int `json:"material"`
}

// changeReport is one change with the materiality verdict on it.
type changeReport struct {
	redline.Change
	material.Verdict
}

func writeDiffJSON(w io.Writer, old, new side, o *review.Outcome) error {
	r := o.Result
	out := diffJSON{Old: old.file, New: new.file, Changes: make([]changeReport, 0, len(r.Changes)),
		Material: o.Report.Material,
		Summary: diffSummary{Changes: r.Stats.Total(), Inserted: r.Stats.Inserted, Deleted: r.Stats.Deleted,
			Replaced: r.Stats.Replaced, Moved: r.Stats.Moved, Unchanged: r.Stats.Unchanged, Material: o.Report.Count()}}
	for i, c := range r.Changes {
		if c.Section == nil {
			c.Section = []string{}
		}
		if c.OldLine > 0 {
			c.OldLine += old.bodyLine - 1
		}
		if c.NewLine > 0 {
			c.NewLine += new.bodyLine - 1
		}
		out.Changes = append(out.Changes, changeReport{Change: c, Verdict: o.Report.Verdicts[i]})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
