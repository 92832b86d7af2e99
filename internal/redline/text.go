package redline

import (
	"fmt"
	"io"
	"strings"

	"github.com/redline-legal/redline/internal/term"
)

// TextOptions control WriteText.
type TextOptions struct {
	Color bool // ANSI colour and strike-through/underline instead of [-…-]{+…+} markers
	// Note, when set, returns a line to print under change i (for
	// example the materiality verdict), or "".
	Note func(i int) string
	// Skip, when set, leaves change i out of the listing; Footnote then
	// returns the last line, given how many were left out.
	Skip     func(i int) bool
	Footnote func(skipped int) string
	// LineOffset is added to block lines, so that lines are those of the
	// files when the bodies started after front matter.
	OldLineOffset, NewLineOffset int
}

const (
	ansiDel   = "\x1b[31;9m" // red, struck through
	ansiIns   = "\x1b[32;4m" // green, underlined
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
)

// WriteText writes a terminal redline: a summary line, then each change
// under its section, with deletions as [-old-] and insertions as {+new+}
// (or coloured, struck and underlined when opt.Color is set). Control
// characters of the texts are escaped (term.Escape): two files given on the
// command line may hold anything, and the terminal must not act on it.
func (r *Result) WriteText(w io.Writer, opt TextOptions) error {
	ew := &errWriter{w: w}
	fmt.Fprintf(ew, "%s\n", r.Stats.Summary())
	skipped := 0
	for i, c := range r.Changes {
		if opt.Skip != nil && opt.Skip(i) {
			skipped++
			continue
		}
		fmt.Fprintln(ew)
		head := "§ " + term.Escape(sectionText(c.Section))
		if opt.Color {
			head = ansiBold + head + ansiReset
		}
		fmt.Fprintf(ew, "%s  (%s)\n", head, term.Escape(c.where(opt)))
		fmt.Fprintf(ew, "%s\n", indent(c.redline(opt.Color)))
		if opt.Note != nil {
			if n := opt.Note(i); n != "" {
				fmt.Fprintf(ew, "  → %s\n", term.Escape(n))
			}
		}
	}
	if skipped > 0 && opt.Footnote != nil {
		fmt.Fprintf(ew, "\n%s\n", term.Escape(opt.Footnote(skipped)))
	}
	return ew.err
}

// Summary is one line counting the changes: "3 changes: 1 replaced, 1
// inserted, 1 moved".
func (s Stats) Summary() string {
	if s.Total() == 0 {
		return "no changes"
	}
	var parts []string
	for _, p := range []struct {
		n    int
		verb string
	}{{s.Replaced, "replaced"}, {s.Inserted, "inserted"}, {s.Deleted, "deleted"}, {s.Moved, "moved"}} {
		if p.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", p.n, p.verb))
		}
	}
	noun := "changes"
	if s.Total() == 1 {
		noun = "change"
	}
	return fmt.Sprintf("%d %s: %s", s.Total(), noun, strings.Join(parts, ", "))
}

func sectionText(path []string) string {
	if len(path) == 0 {
		return "(before the first heading)"
	}
	return strings.Join(path, " › ")
}

func (c *Change) where(opt TextOptions) string {
	switch c.Kind {
	case Insert:
		return fmt.Sprintf("inserted at line %d", c.NewLine+opt.NewLineOffset)
	case Delete:
		return fmt.Sprintf("deleted at line %d", c.OldLine+opt.OldLineOffset)
	case Move:
		verb := "moved"
		if c.Words != nil {
			verb = "moved and edited"
		}
		return fmt.Sprintf("%s from § %s, line %d → %d", verb, sectionText(c.FromSection), c.OldLine+opt.OldLineOffset, c.NewLine+opt.NewLineOffset)
	}
	return fmt.Sprintf("line %d → %d", c.OldLine+opt.OldLineOffset, c.NewLine+opt.NewLineOffset)
}

// redline is the change's text with its deletions and insertions marked.
func (c *Change) redline(color bool) string {
	del := func(s string) string {
		s = term.Escape(s)
		if color {
			return ansiDel + s + ansiReset
		}
		return "[-" + s + "-]"
	}
	ins := func(s string) string {
		s = term.Escape(s)
		if color {
			return ansiIns + s + ansiReset
		}
		return "{+" + s + "+}"
	}
	switch {
	case c.Kind == Insert:
		return ins(c.New)
	case c.Kind == Delete:
		return del(c.Old)
	case c.Words == nil:
		return term.Escape(c.New)
	}
	var b strings.Builder
	for _, s := range c.Words {
		switch s.Op {
		case Deleted:
			b.WriteString(del(s.Text))
		case Inserted:
			b.WriteString(ins(s.Text))
		default:
			b.WriteString(term.Escape(s.Text))
		}
	}
	return b.String()
}

func indent(s string) string { return "  " + strings.ReplaceAll(s, "\n", "\n  ") }

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
