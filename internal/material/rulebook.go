// Package material decides which changes of a policy are material: those
// that alter what personal data is processed, why, by whom, where, for how
// long, or what users can do about it, which users must be told about
// before they take effect. It classifies the changes redline finds, with a
// category, a direction, the rule that decided and a reason a lawyer can
// check.
//
// The rules are data (rules.toml, extended by a site's config.toml), and
// the classifier is conservative: a substantive change about personal data
// that no rule places is material, for a reviewer to look at. The package
// is pure: no I/O, no clock.
package material

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

//go:embed rules.toml
var builtin string

// Category is one kind of material change, with the words that place a
// change in it.
type Category struct {
	ID    string `toml:"id"`
	Label string `toml:"label"`
	// GDPR names the information item of Articles 13 and 14 the category
	// is, if it is one: why a change in it must be notified.
	GDPR  string   `toml:"gdpr"`
	Words []string `toml:"words"`
	// Weak are words that show text is about this category's matter but
	// place a change here only when no other category's words do
	// ("personal information").
	Weak []string `toml:"weak"`
	// Setting are words that say how a feature is set ("by default",
	// "enabled"). They count as the category's words wherever its words
	// do, but name the category for a change only beside another of its
	// words: "AI features are enabled by default" is about AI,
	// "Telemetry is enabled by default" about the data it sends.
	Setting []string `toml:"setting"`
	// Conveyed are verbs by which the reader's side sends something
	// ("sends", "uploads"). They are no words of the category: a change
	// placed elsewhere is placed here when its sentence says what the
	// reader's device or the reader sends to another (conveyed.go).
	Conveyed []string `toml:"conveyed"`
}

// Rulebook is the data the classifier decides with.
type Rulebook struct {
	Categories  []Category `toml:"category"`
	Significant struct {
		Negations   []string `toml:"negations"`
		Modals      []string `toml:"modals"`
		Units       []string `toml:"units"`
		NumberWords []string `toml:"numberWords"`
		Processors  []string `toml:"processors"`
		Countries   []string `toml:"countries"`
	} `toml:"significant"`
	Fold struct {
		Spelling [][]string `toml:"spelling"`
		Synonyms [][]string `toml:"synonyms"`
		Grammar  []string   `toml:"grammar"`
		Soft     []string   `toml:"soft"`
	} `toml:"fold"`
	Force []ForceClass `toml:"force"`
	Minor struct {
		Labels []string `toml:"labels"`
	} `toml:"minor"`
	// Defined lists the acts the law gives a meaning of its own: a word
	// of them pairs only with a word of its own category, never with an
	// ordinary word WordNet says it means ("sell" is not "trade").
	Defined struct {
		Acts []string `toml:"acts"`
	} `toml:"defined"`

	// MaterialSections are headings (lower case) under which every
	// substantive change is material, whatever its words.
	MaterialSections []string `toml:"-"`

	index *index
}

// Builtin returns the built-in rulebook.
func Builtin() *Rulebook {
	var rb Rulebook
	if _, err := toml.Decode(builtin, &rb); err != nil {
		panic(fmt.Sprintf("material: built-in rules.toml: %v", err)) // a bug in the binary, not bad input
	}
	rb.index = newIndex(&rb)
	return &rb
}

// Extension is what a site adds to the rulebook, under [material] in
// config.toml.
type Extension struct {
	// Processors are the site's own recipients and processors, so that
	// adding one is recognised as a new recipient.
	Processors []string `toml:"processors"`
	// MaterialSections are headings (or parts of headings) under which any
	// substantive change is material.
	MaterialSections []string `toml:"materialSections"`
	// Vocabulary adds words to categories, keyed by category id.
	Vocabulary map[string][]string `toml:"vocabulary"`
}

// Validate reports what is wrong with an extension.
func (e Extension) Validate(rb *Rulebook) error {
	ids := map[string]bool{}
	var names []string
	for _, c := range rb.Categories {
		ids[c.ID] = true
		names = append(names, c.ID)
	}
	var bad []string
	for id := range e.Vocabulary {
		if !ids[id] {
			bad = append(bad, id)
		}
	}
	sort.Strings(bad)
	if len(bad) > 0 {
		return fmt.Errorf("unknown category %q in [material.vocabulary]; the categories are %s", bad[0], strings.Join(names, ", "))
	}
	for _, list := range [][]string{e.Processors, e.MaterialSections} {
		for _, w := range list {
			if strings.TrimSpace(w) == "" {
				return fmt.Errorf("an empty entry in [material]; remove it")
			}
		}
	}
	for id, words := range e.Vocabulary {
		for _, w := range words {
			if strings.TrimSpace(w) == "" {
				return fmt.Errorf("an empty word in [material.vocabulary] %s; remove it", id)
			}
		}
	}
	return nil
}

// Extend returns a copy of rb with e added.
func (rb *Rulebook) Extend(e Extension) (*Rulebook, error) {
	if err := e.Validate(rb); err != nil {
		return nil, err
	}
	out := *rb
	out.Categories = make([]Category, len(rb.Categories))
	for i, c := range rb.Categories {
		c.Words = append(append([]string(nil), c.Words...), e.Vocabulary[c.ID]...)
		out.Categories[i] = c
	}
	out.Significant.Processors = append(append([]string(nil), rb.Significant.Processors...), e.Processors...)
	for _, s := range e.MaterialSections {
		out.MaterialSections = append(out.MaterialSections, strings.ToLower(strings.TrimSpace(s)))
	}
	out.index = newIndex(&out)
	return &out, nil
}

// category returns the category with the given id.
// categoryIndex is the index of a category, -1 for none.
func (rb *Rulebook) categoryIndex(id string) int {
	for k := range rb.Categories {
		if rb.Categories[k].ID == id {
			return k
		}
	}
	return -1
}

func (rb *Rulebook) category(id string) *Category {
	for i := range rb.Categories {
		if rb.Categories[i].ID == id {
			return &rb.Categories[i]
		}
	}
	return nil
}
