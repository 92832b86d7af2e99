// Package review compares two texts of a site's policy the way a release
// needs them compared: the redline, the materiality verdict on every change
// under the site's own rules, and the reviewers' overrides the newer text
// carries. It joins site, redline and material, and does no I/O.
package review

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/material"
	"github.com/redline-legal/redline/internal/redline"
	"github.com/redline-legal/redline/internal/site"
)

// Rulebook is the built-in rulebook extended by the site's [material] table.
func Rulebook(cfg *site.Config) (*material.Rulebook, error) {
	rb, err := material.Builtin().Extend(material.Extension(cfg.Material))
	if err != nil {
		return nil, diag.Errorf(site.ConfigFile, cfg.MaterialLine(), "[material]: %v", err).
			WithHint("see the README on [material] in config.toml")
	}
	return rb, nil
}

// Outcome is what changed between two texts and which changes are material.
type Outcome struct {
	Result *redline.Result
	Report *material.Report

	// Stale are the indices in Doc.Overrides of the overrides that name no
	// change between the texts: the change was edited since the reviewer
	// decided, or a release already used the override. They change no
	// verdict; Warnings says what became of them.
	Stale []int
	Doc   *site.Document // the newer text, whose overrides were applied
}

// Compare diffs old against new and classifies the changes, applying the
// overrides new carries. A malformed override is an error at its line.
func Compare(rb *material.Rulebook, old, new *site.Document) (*Outcome, error) {
	return CompareParsed(rb, redline.Parse(old.Body), new)
}

// CompareParsed is Compare with the old text already split into blocks.
func CompareParsed(rb *material.Rulebook, old *redline.Doc, new *site.Document) (*Outcome, error) {
	r := redline.Compare(old, redline.Parse(new.Body))
	return Classify(rb, r, new)
}

// Classify classifies a diff whose newer side is doc, with doc's overrides.
// An override without a reviewer and a reason is an error at its line; an
// override that names no change is not (see Outcome.Stale).
func Classify(rb *material.Rulebook, r *redline.Result, doc *site.Document) (*Outcome, error) {
	return ClassifyMemo(rb, r, doc, nil)
}

// ClassifyMemo is Classify through a memo of verdicts (material.ClassifyMemo).
func ClassifyMemo(rb *material.Rulebook, r *redline.Result, doc *site.Document, memo *material.Memo) (*Outcome, error) {
	rep := material.ClassifyMemo(r, rb, memo)
	overrides := make([]material.Override, len(doc.Overrides))
	for i, o := range doc.Overrides {
		overrides[i] = material.Override(o)
	}
	stale, err := rep.ApplyMatching(overrides)
	if err != nil {
		if oe, ok := err.(*material.OverrideError); ok {
			return nil, diag.Errorf(doc.File, doc.OverrideLine(oe.Index), "%s", oe.Msg).
				WithHint("an override names a change by the id `redline diff` shows, and says material = true or false, by = \"who\" and reason = \"why\"")
		}
		return nil, err
	}
	return &Outcome{Result: r, Report: rep, Stale: stale, Doc: doc}, nil
}

// Warnings describes each stale override at its line: one that old (the
// version compared with, may be nil) already carries was used by that
// version's release; any other names a change that was edited since, and
// the warning names the changes it most likely meant now.
func (o *Outcome) Warnings(old *site.Document) diag.List {
	var out diag.List
	for _, i := range o.Stale {
		ov := o.Doc.Overrides[i]
		line := o.Doc.OverrideLine(i)
		if old != nil && hasOverride(old, ov.Change) {
			out = append(out, diag.Errorf(o.Doc.File, line, "override of %s was already used by the version it is compared with (%s); it changes nothing here", ov.Change, old.File).
				WithHint("delete this [[override]] table from the draft: the published version keeps it"))
			continue
		}
		e := diag.Errorf(o.Doc.File, line, "override of %s: %s no longer exists", ov.Change, ov.Change)
		switch likely := o.likely(ov); len(likely) {
		case 0:
			e.Msg += "; no change is left that it could mean"
			e.Hint = "delete this [[override]] table, or run `redline diff` to see the changes and their ids"
		case 1:
			e.Msg += "; the edited change is now " + likely[0]
			e.Hint = "if the reviewer's verdict still holds for the edited text, set change = \"" + o.Report.Verdicts[o.index(likely[0])].ID + "\"; else delete this [[override]] table"
		default:
			e.Msg += "; the edited change is probably one of " + strings.Join(likely, ", ")
			e.Hint = "run `redline diff` to see the changes and their ids, and set change = to the one the reviewer's verdict is about; else delete this [[override]] table"
		}
		out = append(out, e)
	}
	return out
}

func hasOverride(d *site.Document, id string) bool {
	for _, o := range d.Overrides {
		if o.Change == id {
			return true
		}
	}
	return false
}

// likely lists, as "c-… (§ Section)", the changes a stale override most
// probably meant, best first: one on which no other override rules, and
// on which the classifier's verdict is not the reviewer's (an override is
// written where they differ), ranked by the words its text shares with the
// reviewer's reason. When one candidate ranks above the rest it alone is
// returned; else at most three.
func (o *Outcome) likely(ov site.Override) []string {
	type cand struct {
		k, score int
	}
	var cands []cand
	for _, disagree := range []bool{true, false} {
		for k, v := range o.Report.Verdicts {
			if v.Override != nil || disagree && v.Material == ov.Material {
				continue
			}
			c := o.Result.Changes[k]
			cands = append(cands, cand{k, shared(ov.Reason, c.Old+" "+c.New)})
		}
		if len(cands) > 0 {
			break
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	if len(cands) > 1 && cands[0].score > cands[1].score {
		cands = cands[:1]
	}
	var out []string
	for _, c := range cands {
		sec := "Introduction"
		if s := o.Result.Changes[c.k].Section; len(s) > 0 {
			sec = strings.Join(s, " › ")
		}
		out = append(out, fmt.Sprintf("%s (§ %s)", o.Report.Verdicts[c.k].ID, sec))
	}
	if len(out) > 3 {
		out = append(out[:3], fmt.Sprintf("%d more", len(out)-3))
	}
	return out
}

// shared counts the words of three letters or more that a and b share.
func shared(a, b string) int {
	words := func(s string) map[string]bool {
		m := make(map[string]bool)
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if len(w) >= 3 {
				m[w] = true
			}
		}
		return m
	}
	n, wb := 0, words(b)
	for w := range words(a) {
		if wb[w] {
			n++
		}
	}
	return n
}

// index returns the index of the verdict whose label starts with id.
func (o *Outcome) index(label string) int {
	id, _, _ := strings.Cut(label, " ")
	for k, v := range o.Report.Verdicts {
		if v.ID == id {
			return k
		}
	}
	return 0
}
