// Package review compares two texts of a site's policy the way a release
// needs them compared: the redline, the materiality verdict on every change
// under the site's own rules, and the reviewers' overrides the newer text
// carries. It joins site, redline and material, and does no I/O.
package review

import (
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
func Classify(rb *material.Rulebook, r *redline.Result, doc *site.Document) (*Outcome, error) {
	rep := material.Classify(r, rb)
	overrides := make([]material.Override, len(doc.Overrides))
	for i, o := range doc.Overrides {
		overrides[i] = material.Override(o)
	}
	if err := rep.Apply(overrides); err != nil {
		if oe, ok := err.(*material.OverrideError); ok {
			return nil, diag.Errorf(doc.File, doc.OverrideLine(oe.Index), "%s", oe.Msg).
				WithHint("an override names a change by the id `redline diff` shows, and says material = true or false, by = \"who\" and reason = \"why\"")
		}
		return nil, err
	}
	return &Outcome{Result: r, Report: rep}, nil
}
