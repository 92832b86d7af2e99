// Package redline computes the differences between two versions of a policy:
// blocks (headings, paragraphs, list items, table rows, code) are aligned
// first, words are compared only inside blocks that changed, and a block that
// was deleted in one place and inserted in another is reported as a move.
//
// The package is pure: it takes Markdown source as bytes and returns values.
// It does no I/O, knows nothing of sites, brands or materiality, and gives the
// same answer for the same input every time (no time-outs that change results).
package redline

// Kind says what happened to a block.
type Kind string

// The kinds of change, as they appear in JSON output.
const (
	Insert  Kind = "insert"  // a block only in the new text
	Delete  Kind = "delete"  // a block only in the old text
	Replace Kind = "replace" // a block edited in place; Words has the detail
	Move    Kind = "move"    // a block that left one place and arrived at another, possibly edited
)

// Change is one reportable difference between the old and the new text.
type Change struct {
	Kind Kind `json:"kind"`

	// Section is the heading path of the change, outermost first, e.g.
	// ["8. International Data Transfers", "Safeguards"]; taken from the new
	// text, or from the old text for a deletion. Empty before the first heading.
	Section []string `json:"section"`

	// Anchor is the id of the innermost heading of Section in the rendered
	// page ("international-data-transfers"), empty when Section is empty.
	Anchor string `json:"anchor"`

	// FromSection and FromAnchor are, for a Move, where the block was.
	FromSection []string `json:"fromSection,omitempty"`
	FromAnchor  string   `json:"fromAnchor,omitempty"`

	// Old and New are the Markdown source of the block(s) before and after;
	// Old is empty for Insert, New is empty for Delete.
	Old string `json:"old"`
	New string `json:"new"`

	// OldLine and NewLine are the 1-based lines where the block starts in the
	// old and new text; 0 when the block does not exist on that side.
	OldLine int `json:"oldLine"`
	NewLine int `json:"newLine"`

	// Words is the word-level edit script turning Old into New, for Replace
	// and for a Move whose text changed. Concatenating the Text of every span
	// that is not Inserted gives Old; of every span that is not Deleted, New.
	Words []Span `json:"words,omitempty"`
}

// Op says whether a span of text is shared, only old, or only new.
type Op int8

// Span operations.
const (
	Equal Op = iota
	Deleted
	Inserted
)

// Span is a run of text with one operation.
type Span struct {
	Op   Op     `json:"op"`
	Text string `json:"text"`
}

var opNames = [...]string{"equal", "delete", "insert"}

// String returns "equal", "delete" or "insert".
func (o Op) String() string { return opNames[o] }

// MarshalText writes the op's name, as JSON output shows it.
func (o Op) MarshalText() ([]byte, error) { return []byte(o.String()), nil }
