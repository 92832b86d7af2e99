package material

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/redline-legal/redline/internal/levenshtein"
	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/redline"
)

// Directions of a material change.
const (
	Expands   = "expands"   // more processing, or fewer protections
	Restricts = "restricts" // less processing, or more protections
	Neutral   = "neutral"
)

// Verdict is the classifier's answer for one change.
type Verdict struct {
	ID        string `json:"id"`        // stable id of the change, for overrides: "c-1a2b3c4d"
	Material  bool   `json:"material"`  // users must be told before it takes effect
	Category  string `json:"category"`  // rubric category id; "" when minor
	Direction string `json:"direction"` // Expands, Restricts or Neutral; "" when minor
	Rule      string `json:"rule"`      // the rule that decided, "retention.number-changed"
	Reason    string `json:"reason"`    // one line a lawyer can check
	// Certain is false for a material change the rules cannot explain
	// either way (rule "fallback"): to confirm by a reviewer.
	Certain bool `json:"certain"`
	// GDPR is the information item of GDPR Articles 13 and 14 the
	// category is, "Art. 13(1)(e)", when it is one.
	GDPR     string    `json:"gdpr,omitempty"`
	Override *Override `json:"override,omitempty"`
	// Hidden marks a change readers cannot see: the page renders the
	// same (spacing, an HTML comment, a tag written another way). It is
	// minor, and pages and diff output count it apart instead of listing it.
	Hidden bool `json:"hidden,omitempty"`
}

// Report is the verdict on every change of a diff.
type Report struct {
	Verdicts []Verdict
	Material bool // some change is material
}

// Count returns the number of material changes.
func (r *Report) Count() int {
	n := 0
	for _, v := range r.Verdicts {
		if v.Material {
			n++
		}
	}
	return n
}

// Classify decides, for each change of r, whether it is material.
func Classify(r *redline.Result, rb *Rulebook) *Report { return ClassifyMemo(r, rb, nil) }

// ClassifyMemo is Classify, taking the verdicts memo already holds for the
// same changes read in the same context and keeping the others in it. The
// report is the one Classify gives. memo may be nil; a memo made for
// another rulebook is not used.
func ClassifyMemo(r *redline.Result, rb *Rulebook, memo *Memo) *Report {
	c := &classifier{rb: rb, ix: rb.index, rows: r.Rows}
	if memo != nil && memo.rb == rb {
		c.memo = memo
	}
	rep := &Report{Verdicts: make([]Verdict, len(r.Changes))}
	seen := map[string]int{}
	ids := make([]string, len(r.Changes))
	for i, ch := range r.Changes {
		ids[i] = changeID(ch, seen)
	}
	newJudge(c).classifyAll(r, ids, rep.Verdicts) // guard.go
	hideUnseen(r, rep)
	for _, v := range rep.Verdicts {
		if v.Material {
			rep.Material = true
		}
	}
	return rep
}

// Unjudged gives each change of r its id, and marks those readers cannot
// see, without judging any: for a comparison that spans several releases,
// each of which was judged on its own. No verdict is material.
func Unjudged(r *redline.Result) *Report {
	rep := &Report{Verdicts: make([]Verdict, len(r.Changes))}
	seen := map[string]int{}
	for i, ch := range r.Changes {
		rep.Verdicts[i].ID = changeID(ch, seen)
	}
	hideUnseen(r, rep)
	return rep
}

// hideUnseen marks the minor changes readers cannot see: only spacing, a
// comment or how a tag is written changed, or a block of link reference
// definitions added or removed.
func hideUnseen(r *redline.Result, rep *Report) {
	for i, ch := range r.Changes {
		v := &rep.Verdicts[i]
		if v.Material || ch.Kind == redline.Move {
			continue
		}
		switch {
		case rendersSame(ch.Old, ch.New):
			v.Hidden = true
			v.Rule, v.Reason = "cosmetic.unseen", "Not seen by readers: only spacing, an HTML comment or how a tag is written changed"
		case linkDefinitionsOnly(ch.Old, ch.New):
			// "[support]: https://…" renders nothing: the links that use it
			// show their own text. (An address changed is where those
			// links lead, and is shown.)
			v.Hidden = true
			v.Rule, v.Reason = "cosmetic.unseen", linkDefinitionsReason
		}
	}
}

// linkDefinitionRE is a CommonMark link reference definition on one line:
// a label, a colon, a destination and an optional title.
var linkDefinitionRE = mustPattern(`^ {0,3}\[[^\]\n]+\]:[ \t]*(?:<[^>\n]*>|\S+)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$`)

// onlyLinkDefinitions reports a block whose every line is a link
// reference definition.
func onlyLinkDefinitions(block string) bool {
	if !strings.Contains(block, "]:") {
		return false
	}
	for line := range strings.Lines(strings.TrimSpace(block)) {
		if !linkDefinitionRE.MatchString(strings.TrimRight(line, "\r\n")) {
			return false
		}
	}
	return true
}

// reflowed finds paragraphs split or joined: neighbouring changes whose old
// blocks, read together, say what their new blocks say together. Each is
// judged alone as text added or removed; together they are minor.
func (c *classifier) reflowed(r *redline.Result, rep *Report) {
	rows := r.Rows
	reflowRuns(rows, func(i, j int) {
		// rows[i:j] are neighbouring changes; try each stretch of 2 to 4,
		// and a paragraph with the whole list after it that only one
		// side has: a list written as prose, or prose as a list.
		for a := i; a < j; a++ {
			c.stepped()
			ends := []int{}
			for b := a + 2; b <= min(j, a+4); b++ {
				ends = append(ends, b)
			}
			if b := proseListEnd(rows, a, j); b > a+4 {
				ends = append(ends, b)
			}
			ends = append(ends, c.longReflowEnds(rows, a, j)...)
			for _, b := range ends {
				// The texts and changes of a stretch are gathered on the
				// stack: most stretches are short, and each was three
				// lists grown by doubling.
				var oldBuf, newBuf [8]string
				var changesBuf [8]int
				old, new := oldBuf[:0], newBuf[:0]
				changes := changesBuf[:0] // distinct, of 2 to 4 rows
				heading := false
				for _, row := range rows[a:b] {
					if row.Old != nil {
						old = append(old, row.Old.Text)
						heading = heading || row.Old.Kind == markdown.HeadingBlock
					}
					if row.New != nil {
						new = append(new, row.New.Text)
						heading = heading || row.New.Kind == markdown.HeadingBlock
					}
					if !slices.Contains(changes, row.Change) {
						changes = append(changes, row.Change)
					}
				}
				// A split or a join changes the number of blocks. One block
				// removed and one added in its place is a paragraph
				// rewritten beyond what the differ pairs ("No decision is
				// taken solely by automated means" → "We do not take
				// decisions based solely on automated processing"): read
				// as one change too. A heading is neither.
				rewritten := len(changes) == 2 && len(old) == 1 && len(new) == 1 && b == a+2 && !heading && c.rewording(old[0], new[0])
				if len(changes) < 2 || len(old) == 0 || len(new) == 0 || len(old) == len(new) && !rewritten || heading {
					continue
				}
				if itemsJoined(rows[a:b]) {
					continue // each item judged alone (itemsjoined.go)
				}
				fo, fn := c.ix.fold(strings.Join(old, " ")), c.ix.fold(strings.Join(new, " "))
				if equalWords(fo, fn) {
					for _, k := range changes {
						rep.Verdicts[k] = Verdict{ID: rep.Verdicts[k].ID, Rule: "cosmetic.reflowed",
							Reason: "Paragraphs split or joined, with the same words"}
					}
					continue
				}
				// Split or joined and reworded: judged as one change, so
				// that a sentence carried into the next paragraph is not
				// read as removed. Only a minor verdict is taken.
				material := false
				for _, k := range changes {
					material = material || rep.Verdicts[k].Material
				}
				if !material || !rewritten && sharedWords(fo, fn) < reflowShared {
					// A paragraph split or joined keeps most of its words:
					// text mostly rewritten is judged change by change (a
					// paragraph rewritten in place has its own measure,
					// rewording).
					continue
				}
				first := rows[a].Change
				c.at = first
				ch := r.Changes[first]
				v := c.classifyMemo(redline.Change{Kind: redline.Replace, Section: ch.Section, Old: strings.Join(old, "\n\n"), New: strings.Join(new, "\n\n")})
				every := true // every change of the pair material alone
				for _, k := range changes {
					every = every && rep.Verdicts[k].Material
				}
				if v.Material && rewritten && every && strings.HasSuffix(v.Rule, ".force") && c.close(old[0], new[0]) {
					// How the force of a rewritten commitment changed is
					// seen only by comparing the two: "only if you have
					// given your consent" → "on the basis of our legitimate
					// interests" weakens the legal basis, where each alone
					// is a sentence about marketing emails.
					v = c.underRunInLead(v, old[0], new[0]) // its new bold lead names what it is about (runinlead.go)
					for _, k := range changes {
						w := v
						w.ID, w.Reason = rep.Verdicts[k].ID, "Paragraph rewritten: "+v.Reason
						rep.Verdicts[k] = w
					}
					continue
				}
				if v.Material && rewritten && c.close(old[0], new[0]) && slices.ContainsFunc(changes, func(k int) bool {
					return strings.HasSuffix(rep.Verdicts[k].Rule, ".negation") || strings.HasSuffix(rep.Verdicts[k].Rule, ".modal")
				}) && !slices.ContainsFunc(changes, func(k int) bool { return rep.Verdicts[k].Category != v.Category }) {
					// A "not" or a "may" read in the text removed, and
					// again in the text put in its place, was lifted and
					// added only in the halves: "omnie does not control
					// data deletion policies." → "omnie does not control
					// data deletion policies; these are set by each client"
					// (b15-31). The paragraph compared whole says what
					// changed, where it names the category the halves do.
					for _, k := range changes {
						w := v
						w.ID, w.Reason = rep.Verdicts[k].ID, "Paragraph rewritten: "+v.Reason
						rep.Verdicts[k] = w
					}
					continue
				}
				if v.Material && strings.HasSuffix(v.Rule, ".reach") {
					// The same words split or joined, a condition or hedge
					// now reaching others: seen only in the two read whole
					// (qualifierscope.go).
					for _, k := range changes {
						w := v
						w.ID, w.Reason = rep.Verdicts[k].ID, "Paragraphs split or joined: "+v.Reason
						rep.Verdicts[k] = w
					}
					continue
				}
				if !v.Material {
					for _, k := range changes {
						rule, why := "cosmetic.reflowed", "Paragraphs split or joined: "
						if rewritten {
							rule, why = v.Rule, "Paragraph rewritten: "
						}
						rep.Verdicts[k] = Verdict{ID: rep.Verdicts[k].ID, Rule: rule, Certain: true, Reason: why + v.Reason}
					}
				}
			}
		}
	})
}

// maxProseList is the most items of a list written as prose (or prose as
// a list) that reflowed reads with its lead-in as one change.
const maxProseList = 16

// proseListEnd returns where a stretch of rows[a:j] that holds a whole
// list of 2 to maxProseList items, each on one side only (removed, or
// added), and no more than two paragraphs (the list's lead-in, and the
// sentence that says it as prose, or one paragraph changed in place),
// ends; 0 when the rows from a hold no such stretch.
func proseListEnd(rows []redline.Row, a, j int) int {
	item := func(b *markdown.Block) bool { return b != nil && b.Kind == markdown.ListItem }
	para := func(b *markdown.Block) bool { return b == nil || b.Kind == markdown.Paragraph }
	if a > 0 && (item(rows[a].Old) || item(rows[a].New)) && (item(rows[a-1].Old) || item(rows[a-1].New)) {
		return 0 // a list is read from its start
	}
	items, paras := 0, 0
	k := a
stretch:
	for ; k < j; k++ {
		switch r := rows[k]; {
		case item(r.Old) && r.New == nil || item(r.New) && r.Old == nil:
			if items++; items > maxProseList {
				return 0
			}
		case para(r.Old) && para(r.New) && paras < 2:
			paras++
		default:
			if item(r.Old) || item(r.New) {
				return 0 // more of a list than read as one
			}
			break stretch
		}
	}
	if items < 2 || paras == 0 {
		return 0
	}
	return k
}

// rewording reports two blocks, one removed and one added in its place,
// that read as one paragraph rewritten: short, and sharing at least one
// word in three of the shorter one's. A block replaced by other text
// altogether is two changes.
func (c *classifier) rewording(old, new string) bool {
	return c.sharing(old, new, 1, 3)
}

// close reports a rewritten pair close enough that what the comparison
// finds names it: sharing two words in five.
func (c *classifier) close(old, new string) bool {
	return c.sharing(old, new, 2, 5)
}

// sharing reports two short blocks sharing at least num words in den of
// the shorter one's, by stem.
func (c *classifier) sharing(old, new string, num, den int) bool {
	if len(old) > 2000 || len(new) > 2000 {
		return false
	}
	fo, fn := c.ix.fold(old), c.ix.fold(new)
	if len(fo) == 0 || len(fn) == 0 {
		return false
	}
	in := make(map[string]bool, len(fo))
	for _, w := range fo {
		in[stem(w)] = true
	}
	shared := 0
	for _, w := range fn {
		if in[stem(w)] {
			shared++
		}
	}
	return shared*den >= num*min(len(fo), len(fn))
}

// reflowShared is the least share of their words the old and new text of
// paragraphs split or joined have in common, reworded or not.
const reflowShared = 0.6

// sharedWords is the share of the words of the longer of a and b that the
// other has too, each word counted as often as both have it.
func sharedWords(a, b []string) float64 {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 1
	}
	return float64(commonWords(a, b)) / float64(len(a))
}

// commonWords counts the words a and b share, each as often as both have
// it.
func commonWords(a, b []string) int {
	count := make(map[string]int, len(b))
	for _, w := range b {
		count[w]++
	}
	common := 0
	for _, w := range a {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	return common
}

func reflowable(row redline.Row) bool {
	return row.Change >= 0 && row.Kind != redline.Move
}

// UnseenNote is the footnote that counts the hidden changes a listing
// leaves out.
func UnseenNote(n int) string {
	what := "1 change readers do not see is"
	if n != 1 {
		what = fmt.Sprintf("%d changes readers do not see are", n)
	}
	return what + " not listed: only spacing, HTML comments, link definitions or how a tag is written changed"
}

// rendersSame reports two Markdown blocks a reader sees the same: once
// HTML comments are dropped, void tags written one way (<br/>, <br />,
// <br>), and runs of spaces and tabs one space, they are equal; a hard
// line break (two spaces or a backslash before a newline) counts.
func rendersSame(old, new string) bool {
	for _, fence := range []string{"```", "~~~", "    ", "\t"} {
		if strings.HasPrefix(old, fence) || strings.HasPrefix(new, fence) {
			return false // a code block shows its spaces
		}
	}
	if old == new || !sameInk(old, new) {
		return false
	}
	return renderKey(old) == renderKey(new)
}

// sameInk is a quick test rendersSame needs: old and new have the same
// characters but for whitespace, '/' and HTML comments.
//
// It runs on every change of a build, and most differ in their first
// words: the two texts are read side by side, with nothing copied.
func sameInk(old, new string) bool {
	if strings.Contains(old, "<!--") {
		old = commentRE.ReplaceAllString(old, "")
	}
	if strings.Contains(new, "<!--") {
		new = commentRE.ReplaceAllString(new, "")
	}
	i, j := 0, 0
	for {
		var a, b rune
		a, i = nextInk(old, i)
		b, j = nextInk(new, j)
		if a != b {
			return false
		}
		if a < 0 {
			return true
		}
	}
}

// nextInk returns the character of s at or after i that is neither
// whitespace nor '/', and the index after it; -1 at the end of s. An
// invalid byte reads as utf8.RuneError.
func nextInk(s string, i int) (rune, int) {
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		if r != '/' && !unicode.IsSpace(r) {
			return r, i
		}
	}
	return -1, i
}

var (
	commentRE = mustPattern(`(?s)<!--.*?-->`)
	voidTagRE = mustPattern(`(?i)<(br|hr|wbr)\s*/?\s*>`)
	breakRE   = mustPattern(`( {2,}|\\)\n`)
	spaceRE   = mustPattern(`[ \t]+`)
	lineRE    = mustPattern(` ?\n ?`)
)

func renderKey(s string) string {
	if !strings.ContainsAny(s, "<\n") {
		// One line with no tag (most blocks): only its runs of spaces
		// and tabs count, as spaceRE would make them.
		return strings.TrimSpace(collapseBlanks(s))
	}
	return renderKeyRE(s)
}

// renderKeyRE is renderKey for any text.
func renderKeyRE(s string) string {
	if strings.Contains(s, "<") {
		s = commentRE.ReplaceAllString(s, "")
		s = voidTagRE.ReplaceAllString(s, "<$1>")
	}
	s = breakRE.ReplaceAllString(s, "\x00")
	s = spaceRE.ReplaceAllString(s, " ")
	s = lineRE.ReplaceAllString(s, "\n")
	return strings.TrimSpace(s)
}

// collapseBlanks makes each run of spaces and tabs of s one space.
func collapseBlanks(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ' ' || c == '\t' {
			j := i + 1
			for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
				j++
			}
			if j-i > 1 || c == '\t' {
				if b == nil {
					b = append(make([]byte, 0, len(s)), s[:i]...)
				}
				b = append(b, ' ')
				i = j - 1
				continue
			}
		}
		if b != nil {
			b = append(b, s[i])
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// changeID is a short hash of the change's kind and texts: the same change
// has the same id in every run, whatever else changed in the document.
func changeID(ch redline.Change, seen map[string]int) string {
	var buf [512]byte // the texts hashed in place: most changes fit, none is copied twice
	b := append(append(append(append(append(buf[:0], ch.Kind...), 0), ch.Old...), 0), ch.New...)
	h := sha256.Sum256(b)
	var name [10]byte
	copy(name[:], "c-")
	hex.Encode(name[2:], h[:4])
	id := string(name[:])
	seen[id]++
	if n := seen[id]; n > 1 {
		id = fmt.Sprintf("%s-%d", id, n)
	}
	return id
}

type classifier struct {
	rb               *Rulebook
	ix               *index
	rows             []redline.Row
	sides            [2]*sideText // what is read of the new and the old text, made when first needed
	alnumBuf, keyBuf []byte
	at               int             // the index of the change being classified
	tick             func()          // counts a step of the passes that read changes together (guard.go); nil outside them
	citedWhole       bool            // judging a change with its citations, once they were set aside (citeadded.go)
	rowOf            []int           // per change, its first row; made when first needed
	leadIns          *leadIns        // what leadInText reads above each row; made when first needed
	scores           []int           // per category, the last categorize's score
	asideScores      []int           // per category, the last categorizeAside's score
	categorySets     [3]wordSet      // categorize's sets of words, kept for their bitsets
	renamedWords     map[string]bool // the words of names renamed in the change being classified
	// asideRest is judgeAside's verdicts on the rest of the change being
	// classified: words set aside one kind after another leave the same
	// rest whatever the order, and a long paragraph of a real policy with
	// five kinds to set aside judged its rests 316 times, 51 of them
	// distinct (21 s for one change of Ubiquiti's policy, past the judge's
	// budget on a loaded machine).
	asideRest map[asideKey]Verdict
	drafting  bool        // judging a change read with its formal drafting set aside (formaldraft.go)
	header    bool        // the change being classified is a table's header row
	section   []string    // the heading path of the change being judged
	masked    [2][]string // the old and new contacts behind the " contact " marks of the text being judged, if masked

	memo    *Memo   // verdicts already given, or nil
	trace   []query // the questions asked of the texts while tracing
	tracing bool

	lastChanged changedPair // the last pair changedSentences was asked of
	lists       [2]listRun  // per side, the last list contentsListText read
	frames      [2]frame    // per side, the page's frame (pageframe.go), read when first asked
}

// leadInText returns the sentence that introduces the list a changed list
// item belongs to ("These third parties include:"), the header of a
// table row's table, or the sentence ending in a colon a paragraph comes
// under: a list item is read in its lead-in's terms. It is "" when there
// is none.
func (c *classifier) leadInText() string {
	i, ok := c.rowIndex()
	if !ok {
		return ""
	}
	block := func(row redline.Row) *markdown.Block {
		if row.New != nil {
			return row.New
		}
		return row.Old
	}
	own := block(c.rows[i])
	if own == nil {
		return ""
	}
	switch own.Kind {
	case markdown.TableRow:
		// A table row is read under the table's header: "| Party name |
		// Personal data disclosed | Purpose |".
		if c.leadIns == nil {
			c.leadIns = newLeadIns(c.rows) // leadin.go
		}
		if header := c.leadIns.tableHeader(c.rows, i); header != own.Text {
			return header
		}
		return ""
	case markdown.Paragraph:
		// A short paragraph of a few under one that ends with a colon:
		// "Our representatives are:", then "EU: DP-Dock GmbH, …". The
		// paragraphs above are looked at first: most have no colon, and
		// the words of this one are then not counted.
		for k := i - 1; k >= max(0, i-3); k-- {
			b := block(c.rows[k])
			if b == nil || b.Kind != markdown.Paragraph {
				return ""
			}
			if t := strings.TrimSpace(b.Text); strings.HasSuffix(t, ":") {
				if plainWordCount(own.Text, 31) > 30 {
					return ""
				}
				ss := sentences(t)
				return ss[len(ss)-1]
			}
		}
		return ""
	case markdown.ListItem:
	default:
		return ""
	}
	if c.leadIns == nil {
		c.leadIns = newLeadIns(c.rows) // leadin.go
	}
	return c.leadIns.listLead(c.rows, i)
}

// inDocText reports a name the old (or new) text already states somewhere:
// a party named elsewhere in the policy is no new party. The text is
// searched whole, in lower case, its blocks joined by line breaks (each
// block lowered once for the build: ix.lower remembers short texts); a
// table row is looked for among the rows of the text, each read as rowKey
// reads it. Both are made once per comparison and side, when first needed:
// a comparison of long real policies asks hundreds of names.
func (c *classifier) inDocText(old bool, name string) bool {
	key := strings.ToLower(name)
	if strings.Contains(key, " | ") {
		for _, k := range c.side(old).tableRows() {
			if hasWordAt(k, key) {
				return true
			}
		}
		return false
	}
	return c.side(old).hasName(c.ix, key)
}

// sideOf is the index of the old (1) or the new (0) text in the
// classifier's per-side fields.
func sideOf(old bool) int {
	if old {
		return 1
	}
	return 0
}

// sideBlock is a row's block of the old or the new text, nil if it has none.
func sideBlock(row redline.Row, old bool) *markdown.Block {
	if old {
		return row.Old
	}
	return row.New
}

// hasWordAt reports key in doc with no letter or digit right before or
// after it.
func hasWordAt(doc, key string) bool {
	return anyAt(doc, key, func(i int) bool {
		end := i + len(key)
		return (i == 0 || !isAlnumByte(doc[i-1])) && (end == len(doc) || !isAlnumByte(doc[end]))
	})
}

// hasFoldedText reports whether a block of the old (or new) text reads the
// same as text once folded. Blocks are first matched by their letters and
// digits alone, which is cheap, and folded only when those agree. The
// blocks are filed by their first letters and digits, which is cheaper
// still: only a block filed with text has its letters compared in full.
func (c *classifier) hasFoldedText(old bool, text string) bool {
	keys := c.side(old).keyed()
	k := alnumPrefix(text)
	i, _ := slices.BinarySearchFunc(keys, k, func(e keyedText, k uint64) int { return cmp.Compare(e.key, k) })
	if i == len(keys) || keys[i].key != k {
		return false
	}
	c.keyBuf = appendAlnum(c.keyBuf[:0], text)
	key := c.keyBuf
	var want []string
	for ; i < len(keys) && keys[i].key == k; i++ {
		t := keys[i].text
		c.alnumBuf = appendAlnum(c.alnumBuf[:0], t)
		if string(c.alnumBuf) != string(key) {
			continue
		}
		if want == nil {
			want = c.ix.fold(text)
		}
		if equalWords(c.ix.fold(t), want) {
			return true
		}
	}
	return false
}

// keyedText is a block's text filed by alnumPrefix.
type keyedText struct {
	key  uint64
	text string
}

// alnumPrefix is a hash of the first 24 bytes of appendAlnum(nil, s).
func alnumPrefix(s string) uint64 {
	var buf [32]byte
	b := appendAlnumUpTo(buf[:0], s, 24)
	return hashBytes(b[:min(len(b), 24)])
}

// hashBytes is FNV-1a.
func hashBytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

// appendAlnum appends the lower-cased letters and digits of s to b. It
// runs over every block of both texts, so ASCII takes a short path.
func appendAlnum(b []byte, s string) []byte { return appendAlnumUpTo(b, s, -1) }

// appendAlnumUpTo is appendAlnum stopping once b holds n bytes or more (n
// < 0: never).
func appendAlnumUpTo(b []byte, s string, n int) []byte {
	for i := 0; i < len(s) && (n < 0 || len(b) < n); {
		if c := s[i]; c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				b = append(b, c)
			case 'A' <= c && c <= 'Z':
				b = append(b, c+'a'-'A')
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
		i += size
	}
	return b
}

// onlyQuantities reports changed words that are all numbers and time
// units: a quantity restated.
func (c *classifier) onlyQuantities(ws []string) bool {
	for _, w := range ws {
		if _, unit := unitOf[w]; !unit && !isNumber(w) && numberValue[w] == 0 && scaleValue[w] == 0 {
			return false
		}
	}
	return len(ws) > 0
}

// timeNouns drops the nouns of a span of time ("a period of three
// years", "a duration of 30 days"): around a quantity that stays the same
// they restate it. A bound ("a maximum of") is no such noun.
func (c *classifier) timeNouns(ws []string) []string {
	wn := wordNet()
	var out []string
	for _, w := range ws {
		// Only a noun: "may" is a month too, and a force word.
		if e := wn.entries(w); !c.ix.forceWord[w] && !months[w] && len(e) > 0 && e[0].pos == "n" && e[0].lexfile == 28 {
			continue
		}
		out = append(out, w)
	}
	return out
}

// sameTopics reports two headings about the same categories: "Retention"
// and "Data Retention", not "Retention" and "Sharing".
func (c *classifier) sameTopics(a, b string) bool {
	ta, tb := c.topics(c.ix.fold(a)), c.topics(c.ix.fold(b))
	return ta != "" && ta == tb
}

// wordTopics is topics of one word, remembered.
func (c *classifier) wordTopics(w string) string {
	if t, ok := c.ix.wordTopics.Load(w); ok {
		return t.(string)
	}
	t := c.topics([]string{w})
	c.ix.wordTopics.Store(w, t)
	return t
}

// topics lists the categories whose words appear in ws.
func (c *classifier) topics(ws []string) string {
	set := c.ix.newWordSet(ws)
	var ids []string
	for k, terms := range c.ix.terms {
		for j := range terms {
			if set.hasAt(k, j) {
				ids = append(ids, c.rb.Categories[k].ID)
				break
			}
		}
	}
	return strings.Join(ids, " ")
}

// asWritten describes a change by the words that changed as the texts
// write them, lower-cased but not folded: a reason quotes the policy, never
// the classifier's normal forms ("utilise" for "use", "30" for "thirty").
func (c *classifier) asWritten(ch redline.Change) string { return wordChange(c.writtenDiff(ch)) }

// writtenDiff is the words a change removed and added, as written:
// lower-cased, not folded.
func (c *classifier) writtenDiff(ch redline.Change) (removed, added []string) {
	return c.writtenWords(stripNumbering(ch.Old), stripNumbering(ch.New))
}

// writtenWords is writtenDiff of texts stripped of their numbering.
func (c *classifier) writtenWords(old, new string) (removed, added []string) {
	return diffWords(c.ix.plain(old), c.ix.plain(new)) // diffWords never returns its lists
}

// refiled is recategorized with a reason said anew: the category, what
// the change is about (why), and the changed sentences quoted.
func (c *classifier) refiled(v Verdict, ch redline.Change, k, why string) Verdict {
	so, sn := c.changedSentences(ch.Old, ch.New)
	v = c.recategorized(v, k)
	v.Reason = c.label(k) + ": " + why + ": " + quoteChange(so, sn)
	return v
}

func minor(rule, reason string) Verdict { return Verdict{Rule: rule, Reason: reason, Certain: true} }

func (c *classifier) classify(ch redline.Change) Verdict {
	if c.noPolicy(true) && c.noPolicy(false) {
		return minor("minor.not-a-policy", "Neither version names personal data, privacy or cookies: the page captured is no policy, and commits to nothing about data: "+c.asWritten(ch)) // nopolicy.go
	}
	if c.aboveTitle(ch) {
		return minor("structure.navigation", "Above the policy's title: the page's menu or banner, captured with it; it commits to nothing: "+c.asWritten(ch)) // abovetitle.go
	}
	if c.pageFrame(ch) {
		return minor("structure.navigation", "The site's menus or footer around the policy, cut off or taken again by the capture at both ends of the page; they commit to nothing: "+c.asWritten(ch)) // pageframe.go
	}
	if o, n := withoutLinkTitles(ch.Old, ch.New); o != ch.Old || n != ch.New {
		if o == n {
			return minor("cosmetic.link-title", "Only the title a link shows under the pointer changed; the link and its words are the same: "+quoteChange(ch.Old, ch.New))
		}
		ch.Old, ch.New = o, n // picture.go
	}
	if v, ok := c.authorityLineVerdict(ch); ok {
		// "UK Information Commissioner's Office (ICO)" → "Brazil's …
		// (ANPD)" under a complaint's lead-in (authorityline.go).
		return v
	}
	v := c.retitledVerdict(ch, c.classifyChange(ch))
	if !v.Material && ch.Kind == redline.Replace {
		if box := c.mailboxCome(ch); box != "" {
			// "[Contact us](https://…/contact) if you …" → "Contact us
			// at privacy@… if you …": a mailbox to write to that the
			// policy did not give, read as the same words
			// (mailboxgone.go).
			return c.mailboxCameVerdict(ch, box)
		}
		if v, ok := c.appliesToNamed(ch); ok {
			// "These may include Xfinity-branded services, …,
			// Xumo-branded Services, and other products" under "This
			// Privacy Policy applies to …" (coveredname.go).
			return v
		}
		if phone, gone := c.phoneTraded(ch); phone != "" {
			// A representative's "+420 228 881 031" dropped from its
			// block of contacts (phonegone.go).
			return c.phoneVerdict(ch, phone, gone)
		}
	}
	if v.Material {
		if k := c.settingOnly(v, ch); k != "" {
			v = c.recategorized(v, k)
		}
		if k := c.cookieListing(v, ch); k != "" {
			v = c.recategorized(v, k) // an entry of a list of cookies (cookielisting.go)
		} else if k := c.partyColumnChanged(v, ch); k != "" {
			v = c.recategorized(v, k) // a party put in a table's column of them (modelcell.go)
		} else if k := c.rightHolders(v, ch); k != "" {
			v = c.recategorized(v, k) // who holds a right (rightholders.go)
		} else if k := c.rightsSaid(v, ch); k != "" {
			v = c.recategorized(v, k) // what the rights are worth (rightsaid.go)
		} else if k := c.rightLabelled(v, ch); k != "" {
			v = c.recategorized(v, k) // what a right headed by its name gives (rightlabel.go)
		} else if k := c.policyApplies(v, ch); k != "" {
			v = c.refiled(v, ch, k, "which policy applies, and to whom or what") // policyapplies.go
		} else if k := c.conveyedOnly(v, ch); k != "" {
			v = c.recategorized(v, k)
		} else if k := c.partiesOnly(v, ch); k != "" {
			v = c.recategorized(v, k)
		} else if k := c.anchorOnly(v, ch); k != "" {
			v = c.recategorized(v, k)
		} else if k := c.toldOnly(v, ch); k != "" {
			v = c.recategorized(v, k) // what a notice tells of (toldof.go)
		} else if k := c.partyKind(v, ch); k != "" {
			v = c.recategorized(v, k) // which parties (partykind.go)
		} else if k := c.storedPlace(v, ch); k != "" {
			v = c.recategorized(v, k) // where, not how long (storedplace.go)
		} else if k := c.keptForPurpose(v, ch); k != "" {
			v = c.recategorized(v, k) // what for, not how long (purposekept.go)
		} else if k := c.keptHowLong(v, ch); k != "" {
			v = c.recategorized(v, k) // how long, said by a condition (keptlong.go)
		} else if k := c.listedData(v, ch); k != "" {
			v = c.recategorized(v, k) // a kind of data listed (listeddata.go)
		} else if k := c.purposeFrame(v, ch); k != "" {
			v = c.recategorized(v, k) // an item joined to the purposes named (purposeframe.go)
		} else if k := c.cookieSection(v, ch); k != "" {
			v = c.recategorized(v, k) // a sentence of the trackers, in their section (cookiesection.go)
		} else if k := c.breachTiming(v, ch); k != "" {
			v = c.recategorized(v, k) // when a breach is told (breachtiming.go)
		} else if k := c.cookiePhrase(v, ch); k != "" {
			v = c.recategorized(v, k) // what cookies do (cookiephrase.go)
		} else if k := c.trackerUse(v, ch); k != "" {
			v = c.recategorized(v, k) // what a tracker is used for (trackeruse.go)
		} else if k := c.aiRight(v, ch); k != "" {
			v = c.recategorized(v, k) // a right against an automated decision (airightnear.go)
		} else if k := c.automatedOutcome(v, ch); k != "" {
			v = c.recategorized(v, k) // what an automated analysis does to the reader (autooutcome.go)
		} else if k := c.rightNamed(v, ch); k != "" {
			v = c.recategorized(v, k) // a line that opens with a right's name (rightnamed.go)
		} else if k := c.shareObject(v, ch); k != "" {
			v = c.recategorized(v, k) // what is shared, with whom kept (shareobject.go)
		} else if k := c.visibleTo(v, ch); k != "" {
			v = c.seenRecategorized(v, k) // who can see it (visibleto.go)
		} else if k := c.recipientUse(v, ch); k != "" {
			v = c.recategorized(v, k) // what a recipient may do (recipientuse.go)
		} else if k := c.recipientOwnEnds(v, ch); k != "" {
			v = c.recategorized(v, k) // a party's own ends, not the author's (ownends.go)
		} else if k := c.rightObject(v, ch); k != "" {
			v = c.recategorized(v, k) // what a right of the reader's covers (rightobject.go)
		} else if k := c.rightHolder(v, ch); k != "" {
			v = c.refiled(v, ch, k, "which readers hold the right changed") // rightholder.go
		} else if k := c.keptManner(v, ch); k != "" {
			v = c.recategorized(v, k) // how and from when data is kept or deleted (keptmanner.go)
		} else if k := c.keptCriteria(v, ch); k != "" {
			v = c.recategorized(v, k) // what a period of keeping is measured by (keptcriteria.go)
		} else if k := c.qualifiedHead(v, ch); k != "" {
			v = c.recategorized(v, k) // which cookies, systems or children (qualifiedhead.go)
		} else if k := c.safeguardObject(v, ch); k != "" {
			v = c.recategorized(v, k) // what a safeguard keeps others from (safeguardobject.go)
		} else if k := c.serviceDefined(v, ch); k != "" {
			v = c.recategorized(v, k) // what the policy calls its service (servicedefined.go)
		} else if k := c.purposeForce(v, ch); k != "" {
			v = c.recategorized(v, k) // how far a purpose binds (purposeforce.go)
		} else if k := c.policyChangeTold(v, ch); k != "" {
			v = c.recategorized(v, k) // how the reader is told of a change of the policy (policychangetold.go)
		} else if k := c.consentTerms(v, ch); k != "" {
			v = c.recategorized(v, k) // how often and how consent is asked (consentterms.go)
		} else if k := c.periodOfKeeping(v, ch); k != "" {
			v = c.recategorized(v, k) // a period of what its verb does (periodverb.go)
		} else if k := c.policyReach(v, ch); k != "" {
			v = c.recategorized(v, k) // what the policy applies to (policyreach.go)
		} else if k := c.humanCheck(v, ch); k != "" {
			v = c.recategorized(v, k) // an automated decision beyond a person's check (aisafeguard.go)
		} else if k := c.partnerOfferings(v, ch); k != "" {
			v = c.recategorized(v, k) // partners' products marketed (partnerofferings.go)
		} else if k := c.measuresDuty(v, ch); k != "" {
			v = c.recategorized(v, k) // security measures, whoever takes them (measuresduty.go)
		} else if k := c.groupMember(v, ch); k != "" {
			v = c.recategorized(v, k) // a company of the author's, named (groupmember.go)
		}
		if (v.Category == "data" || v.Category == "cookies") && tailoredBy(ch) != "" && c.rb.categoryIndex("purposes") >= 0 {
			v = c.recategorized(v, "purposes") // "offers based on your card transactions": what the data is used for (tailoredby.go)
		}
		if k := c.collectionSection(v, ch); k != "" {
			v = c.recategorized(v, k) // a section of the data collected (collectiontitle.go)
		}
		if k := c.retentionSection(v, ch); k != "" {
			v = c.recategorized(v, k) // a section of how long data is kept (retentiontitle.go)
		}
		if k := c.rightsSection(v, ch); k != "" {
			v = c.recategorized(v, k) // a section of the reader's rights (rightstitle.go)
		}
		if k := c.sharingSection(v, ch); k != "" {
			v = c.recategorized(v, k) // a section of who receives the data (sharingtitle.go)
		}
		if k := c.cookieTitleSection(v, ch); k != "" {
			v = c.recategorized(v, k) // a section of cookies alone (cookietitle.go)
		}
		if k := c.aiSection(v, ch); k != "" {
			v = c.recategorized(v, k) // a section of AI alone (aititle.go)
		}
		if k := c.securitySection(v, ch); k != "" {
			v = c.recategorized(v, k) // a section of security alone (securitytitle.go)
		}
		if k := c.sharingAdded(v, ch); k != "" {
			v = c.recategorized(v, k) // a clause giving data to a party, added (sharingadded.go)
		} else if k := c.partyReach(v, ch); k != "" {
			v = c.recategorized(v, k) // a party let see the data, or told it (partyreach.go)
		} else if k := c.sourceAdded(v, ch); k != "" {
			v = c.recategorized(v, k) // where data is got from, put in (sourceadded.go)
		}
		if k := c.namedAbroad(v, ch); k != "" {
			_, what, _ := strings.Cut(v.Reason, ": ")
			v = c.recategorized(v, k)
			v.Reason = c.label(k) + ": a party named in a country data did not go to: " + what // namedabroad.go
		} else if k := c.groupRecipient(v, ch); k != "" {
			v = c.refiled(v, ch, k, "a company of the group given the data, or using it for its own ends") // grouprecipient.go
		} else if k := c.authorityNamed(v, ch); k != "" {
			v = c.refiled(v, ch, k, "the authority to complain to, named or dropped") // authoritydropped.go
		} else if k := c.contactRole(v, ch); k != "" {
			v = c.refiled(v, ch, k, "the controller's data protection officer or representative, named or replaced") // contactrole.go
		} else if k := c.rightsAddressee(v, ch); k != "" {
			v = c.refiled(v, ch, k, "where the reader writes to use a right, named or dropped") // rightsaddressee.go
		} else if k := c.rightsContact(v, ch); k != "" {
			v = c.refiled(v, ch, k, "whom the reader contacts to use a right") // rightscontact.go
		} else if k := c.glossTerm(v, ch); k != "" {
			v = c.refiled(v, ch, k, "initials of common words, no party") // glossterm.go
		} else if k := c.securityFirm(v, ch); k != "" {
			v = c.refiled(v, ch, k, "a firm named for the security work it does") // securityfirm.go
		} else if k := c.ownProductNotice(v, ch); k != "" {
			v = c.refiled(v, ch, k, "how the reader is told of a change, the author's own product no party") // ownproduct.go
		}
		if k := c.protectionDuty(v, ch); k != "" {
			v = c.recategorized(v, k) // a duty to protect the data (protectionduty.go)
		}
		if k := c.childrenOnly(v, ch); k != "" {
			v = c.recategorized(v, k) // a child's consent (childconsent.go)
		}
		if k := c.childDataOnly(v, ch); k != "" {
			v = c.recategorized(v, k) // a child's data found (childdata.go)
		}
		if k := c.requestOnBehalf(v, ch); k != "" {
			v = c.recategorized(v, k) // a request made for a child (requestbehalf.go)
		}
		if k := c.sharingGround(v, ch); k != "" {
			v = c.recategorized(v, k) // when data goes to others (sharingground.go)
		}
		if k := c.addresseeRenamed(v, ch); k != "" {
			v = c.recategorized(v, k) // the company a contact line addresses (addressee.go)
		}
		if k := c.periodKept(v, ch); k != "" {
			v = c.recategorized(v, k) // a sentence that keeps data for a period (keptperiod.go)
		}
		if k := c.itemSection(v, ch); k != "" {
			v = c.recategorized(v, k) // a section titled by one item a notice gives (itemsection.go)
		}
		if v.Category == "legal-basis" && c.rb.categoryIndex("purposes") >= 0 && c.useAddedToGround(ch) {
			v = c.recategorized(v, "purposes") // a use put among those a ground covers (purposeconfined.go)
		}
	}
	return v
}

// classifyChange is classify, before a category named only by how a
// feature is set gives way to what is set.
func (c *classifier) classifyChange(ch redline.Change) Verdict {
	ix := c.ix
	// Nothing of the change judged before is carried into this one.
	c.scores, c.renamedWords, c.header = c.scores[:0], nil, false
	clear(c.asideRest)
	if ch.Kind == redline.Move && ch.Words == nil {
		if v, ok := c.movedGround(ch); ok {
			return v // moved under a heading of another lawful ground, class of cookie or place (movedground.go)
		}
		return minor("cosmetic.moved", "Moved from § "+strings.Join(ch.FromSection, " › ")+" without change")
	}
	if linkDefinitionsOnly(ch.Old, ch.New) {
		return minor("cosmetic.unseen", linkDefinitionsReason) // linkdefs.go; hideUnseen hides it
	}
	// A reStructuredText link or role is read as the Markdown link it
	// renders as (rstLinks).
	ch.Old, ch.New = rstLinks(ch.Old), rstLinks(ch.New)
	if o, n := withoutGluedNotes(ch.Old), withoutGluedNotes(ch.New); o != ch.Old || n != ch.New {
		if o == n {
			return minor("cosmetic.link", "Only a link's note of how it opens changed: "+quoteChange(ch.Old, ch.New)) // fold.go
		}
		ch.Old, ch.New = o, n
	}
	if ch.Kind == redline.Replace && lostLetterOnly(ch.Old, ch.New) {
		return minor("cosmetic.encoding", "Only a letter the capture could not decode (“�”) written again, the words the same: "+quoteChange(ch.Old, ch.New)) // sectionref.go
	}
	if ch.Kind == redline.Replace && sectionRefOnly(ch.Old, ch.New) {
		return minor("same.pointer", "Only the title of the section a pointer names changed; what it says is judged there: "+quoteChange(ch.Old, ch.New)) // sectionref.go
	}
	if ch.Kind == redline.Replace && apostrophesOnly(ch.Old, ch.New) {
		// "we’ve shown … a customer’s or partner’s site" → "weve shown
		// … a customers or partners site": the capture lost every
		// apostrophe, LinkedIn's (ota-159 008, 009), and "customers"
		// read as a class of parties made many.
		return minor("cosmetic.punctuation", "Only apostrophes dropped or put back, the words the same: "+quoteChange(ch.Old, ch.New))
	}
	if o, n := withoutPictures(ch.Old, ch.New); o != ch.Old || n != ch.New {
		// A picture and its description commit to nothing: the text
		// beside it is judged alone (picture.go).
		if strings.Join(strings.Fields(o), " ") == strings.Join(strings.Fields(n), " ") {
			return minor("same.picture", "Only a picture changed, or its description for those who cannot see it; it commits to nothing: "+quoteChange(ch.Old, ch.New))
		}
		ch.Old, ch.New = o, n
	}
	if ch.Kind == redline.Replace && inPageLinksRelabelled(ch.Old, ch.New) {
		return minor("same.pointer", "Only the words of a link to a section of this text changed; it points where it did: "+quoteChange(ch.Old, ch.New)) // picture.go
	}
	if o, n := withoutAnchors(ch.Old, ch.New); o != ch.Old || n != ch.New {
		// "[](#notice "#notice")Notice": an anchor shows nothing; the
		// words beside it are judged alone (picture.go).
		if strings.Join(strings.Fields(o), " ") == strings.Join(strings.Fields(n), " ") {
			return minor("cosmetic.markdown", "Only a link with no words changed, an anchor that shows nothing: "+quoteChange(ch.Old, ch.New))
		}
		ch.Old, ch.New = o, n
		// A heading that left only its anchor behind is a heading taken
		// out (or, the other way, put in), judged as one.
		if ch.Kind == redline.Replace && strings.TrimSpace(n) == "" {
			ch.Kind, ch.New = redline.Delete, ""
		} else if ch.Kind == redline.Replace && strings.TrimSpace(o) == "" {
			ch.Kind, ch.Old = redline.Insert, ""
		}
	}
	if o, n := withoutReadingTime(ch.Old), withoutReadingTime(ch.New); o != ch.Old || n != ch.New {
		// "Published on May 9, 2024Updated on Jul 16, 202423 min read":
		// a blog's dates with its reading time glued on (readingtime.go).
		if strings.Join(strings.Fields(o), " ") == strings.Join(strings.Fields(n), " ") {
			return minor("minor.date-or-version", "Only a page's reading time changed: "+quoteChange(ch.Old, ch.New))
		}
		ch.Old, ch.New = o, n
	}
	if o, n, ok := c.withoutDateLead(ch); ok {
		// "Effective date: 3 February 2025. This policy explains …": the
		// date that opens a paragraph is judged apart from the sentences
		// after it (isLabelLine).
		if strings.Join(strings.Fields(o), " ") == strings.Join(strings.Fields(n), " ") {
			return minor("minor.date-or-version", "Only a date, version label or copyright notice changed")
		}
		ch.Old, ch.New = o, n
	}
	if o, n := withoutSectionPointers(ch.Old, ch.New); ch.Kind == redline.Replace && (o != ch.Old || n != ch.New) && strings.TrimSpace(o) != "" && strings.TrimSpace(n) != "" {
		// "See [Retention](#retention).": a pointer to a section of the
		// same text, beside a sentence reworded (picture.go).
		if strings.Join(strings.Fields(o), " ") == strings.Join(strings.Fields(n), " ") {
			return minor("same.pointer", "A pointer to a section of this text, added or removed; it commits to nothing: "+quoteChange(ch.Old, ch.New))
		}
		ch.Old, ch.New = o, n
	}
	if ch.Kind == redline.Replace {
		if bracketGlossed(ch.Old, ch.New) || bracketGlossed(ch.New, ch.Old) {
			// "Correction (rectification) of inaccurate data"
			// (bracketgloss.go)
			return minor("same.gloss", "Same commitments; a word glossed in brackets by words that mean it: "+quoteChange(ch.Old, ch.New))
		}
		if o, n, ok := c.withoutRunInLabel(ch.Old, ch.New); ok {
			// "• To analyze usage" → "• Analytics: to analyze usage": a
			// label over the line (runinlabel.go).
			if equalWords(c.ix.fold(o), c.ix.fold(n)) {
				return minor("same.label", "Same commitments; a label put before the line, or taken off: "+quoteChange(ch.Old, ch.New))
			}
			ch.Old, ch.New = o, n
		}
	}
	if ch.Kind == redline.Replace {
		// A layered notice's summary over the text it summarises
		// (summary.go).
		if v, ok := c.summarySetAside(ch); ok {
			return v
		}
		if was, now, ok := companyHeadingRenamed(ch.Old, ch.New); ok {
			// A company named as a heading, renamed (groupitem.go).
			v := c.companyHeadingVerdict(ch, now)
			v.Reason = fmt.Sprintf("%s: a company named as a heading, another company now: %s", c.label(strings.TrimSuffix(v.Rule, ".entity")), quoteChange(was, now))
			return v
		}
	}
	if h, heading := markdown.CutHeadingMarker(ch.New + ch.Old); heading && (ch.Kind == redline.Insert || ch.Kind == redline.Delete) {
		if c.companyHeading(h, ch.Kind == redline.Delete) {
			return c.companyHeadingVerdict(ch, h) // a heading that is a company's name (groupitem.go)
		}
		if v, ok := c.headingAloneMoves(ch, strings.TrimSpace(h)); ok {
			return v // its items now under a heading of another kind (movedground.go)
		}
		// A section's title says nothing on its own; the text under it is
		// judged change by change.
		verb := "added"
		if ch.Kind == redline.Delete {
			verb = "removed"
		}
		return minor("structure.heading", "Heading "+verb+"; the text under it is judged on its own")
	}
	if (ch.Kind == redline.Insert || ch.Kind == redline.Delete) && containerFence(ch.New+ch.Old) {
		// ":::info Last updated" … ":::": a box drawn around text, with
		// its title; the text in it is judged on its own (picture.go).
		verb := "added"
		if ch.Kind == redline.Delete {
			verb = "removed"
		}
		return minor("structure.heading", "A box's opening or closing line "+verb+"; the text in it is judged on its own: "+excerpt(ch.Old+ch.New))
	}
	if (ch.Kind == redline.Insert || ch.Kind == redline.Delete) && (colonTitle(ch.New+ch.Old) || boldTitle(ch.New+ch.Old)) {
		// A title on a line of its own, a colon after it (plainheading.go).
		verb := "added"
		if ch.Kind == redline.Delete {
			verb = "removed"
		}
		return minor("structure.heading", "Heading "+verb+"; the text under it is judged on its own: "+excerpt(ch.Old+ch.New))
	}
	if note, ok := translationChange(ch); ok {
		// Put in or taken out, alone or as an item of a list.
		return minor("minor.translation", "Which language's text governs where a translation differs; it commits to nothing about personal data: "+excerpt(note)) // translation.go
	}
	if (ch.Kind == redline.Insert || ch.Kind == redline.Delete) && accessNote(ch.Old+ch.New) {
		return minor("minor.accessibility", "How a reader with a disability can have the policy in a form they can read; it commits to nothing about personal data: "+c.asWritten(ch)) // accessnote.go
	}
	if c.metricsOnly(ch.Old, ch.New) {
		// "Requests Received – 654" → "– 1,325": last year's figures
		// (metrics.go)
		return minor("minor.metrics", "A report of requests received and answered in a past period; it commits to nothing: "+c.asWritten(ch))
	}
	if changeLogEntry(ch) || c.updatedSectionsEntry(ch) {
		return minor("minor.change-log", "An entry of the policy's log of its changes; what it records is judged where the policy changed: "+c.asWritten(ch))
	}
	if c.headerSaidBefore(ch) {
		// A table's header row labels its columns with what the text
		// above it says; each row is judged on its own.
		return minor("structure.header", "A table's header row, naming what the text above it says: "+c.asWritten(ch))
	}
	if c.pointerListEntry(ch) {
		return minor("same.pointer", "An item of a list of pointers to more information, only a link, added or removed; it commits to nothing: "+c.asWritten(ch))
	}
	if c.contentsList(ch) {
		// "* How We Use Your Information / * How We Share …": a table
		// of contents without links (contentslist.go).
		return minor("structure.contents", "A table of contents, its entries the titles of this text's sections; the sections are judged on their own: "+c.asWritten(ch))
	}
	if (ch.Old == "" || counterLine(ch.Old)) && (ch.New == "" || counterLine(ch.New)) {
		return minor("structure.navigation", "Only the counter of the page's tabs or slides changed: "+quoteChange(ch.Old, ch.New)) // navlabel.go
	}
	if (ch.Kind == redline.Insert || ch.Kind == redline.Delete) && navigationLabel(ch.Old+ch.New) {
		// "Table of contents", "On this page": a page's navigation,
		// captured with its text (navlabel.go).
		return minor("structure.contents", "Only a label of the page's navigation, put in or taken out: "+c.asWritten(ch))
	}
	if len(ch.Old) < 200 && len(ch.New) < 200 && (ch.Old == "" || c.stampLine(ch.Old)) && (ch.New == "" || c.stampLine(ch.New)) {
		// "Tue 1 Jul 2025 13.21 BST" → "Mon 2 Feb 2026 14.45 CET": when
		// the page was published, its weekday no party's name
		// (stampline.go).
		return minor("minor.date-or-version", "Only a date, version label or copyright notice changed")
	}
	if c.tableOfContents(ch.Old, ch.New) && (ch.Kind == redline.Insert || ch.Kind == redline.Delete || c.compareForce(ix.fold(ch.Old), ix.fold(ch.New)) == nil) {
		// An entry added or removed is a section's title, whatever its
		// words ("Compliance With a Legal Obligation" has a word of
		// force); an entry retitled is compared.
		// An entry of a table of contents points to a heading, and says
		// no more than it: the section is judged change by change.
		return minor("structure.contents", "An entry of the table of contents, a link to a section of this text; the section is judged on its own: "+c.asWritten(ch))
	}
	if v, ok := c.productPolicyVerdict(ch); ok {
		return v // "[Proton Meet Privacy Policy](…)" under "… in the following privacy policies:" (policylist.go)
	}
	if entryMadeHeading(ch.Old, ch.New) || entryMadeHeading(ch.New, ch.Old) {
		return minor("structure.contents", "An entry of the table of contents paired with the heading it points to, in the same words: "+c.asWritten(ch))
	}
	if c.siteLinksOnly(ch) {
		// A menu or a footer of the site, captured with the policy
		// (sitelinks.go).
		return minor("structure.navigation", "Only links to pages of the same site, naming no term of a policy: a menu or a footer, judged where the pages are: "+c.asWritten(ch))
	}
	if o, n, label := c.runInHeading(ch); label != "" {
		if equalWords(ix.fold(o), ix.fold(n)) {
			return minor("structure.run-in-heading", "A paragraph's bold lead made a heading, or a heading its bold lead, in the same words: "+readable(label))
		}
		ch.Old, ch.New = o, n
	}
	if c.rowsRestated(ch) {
		return minor("same.rows", "Table rows the other version states cell for cell: moved, reformatted or a column repeated: "+excerpt(ch.Old+ch.New))
	}
	if cookieRowRelabelled(ch.Old, ch.New) {
		return minor("same.rows", "A cookie table's row: its category given another name of the same category, its description the same: “"+
			strings.TrimSpace(rowCells(ch.Old)[0])+"” → “"+strings.TrimSpace(rowCells(ch.New)[0])+"”") // cookierow.go
	}
	if strings.Contains(ch.Old, "site.data.") || strings.Contains(ch.New, "site.data.") {
		// A Jekyll data variable written as GitHub's documentation now
		// writes it renders the same value: "{{ site.data.variables.x }}"
		// is "{% data variables.x %}".
		o, n := siteDataRE.ReplaceAllString(ch.Old, "{% data $1 %}"), siteDataRE.ReplaceAllString(ch.New, "{% data $1 %}")
		if o == n {
			return minor("cosmetic.tag", "Only how a template variable is written changed; it renders the same: "+quoteChange(ch.Old, ch.New))
		}
		ch.Old, ch.New = o, n
	}
	if strings.Contains(ch.Old, "[AUTOTITLE](") || strings.Contains(ch.New, "[AUTOTITLE](") {
		// GitHub's documentation writes a link "[AUTOTITLE](/path)" and
		// renders it with the title of the page it points to: the label
		// the other side writes for that page.
		ch.Old, ch.New = autotitled(ch.Old, ch.New), autotitled(ch.New, ch.Old)
	}
	if o, n, ok := attestationRedated(ch.Old, ch.New); ok {
		return minor("same.commitments", "Same commitments; only the date a statement of what has happened is made as of changed: "+quoteChange(o, n))
	}
	if percentEscapedOnly(ch.Old, ch.New) { // urlescape.go
		return minor("cosmetic.link", "Only how a link's address is written changed: a character written as its percent escape, the same address: "+quoteChange(ch.Old, ch.New))
	}
	if v, ok := c.celexVerdict(ch); ok {
		return v // "…celex%3A32010D0087" → "…celex%3A32021D0914" (celexlink.go)
	}
	if host := sameSiteLinks(ch.Old, ch.New); host != "" {
		if v, ok := c.listRelinkedVerdict(ch); ok { // listrelinked.go
			return v
		}
		return minor("cosmetic.link", "Only the address of a link on the same site changed ("+host+")")
	}
	if navigationRelabelled(ch.Old, ch.New) && c.compareForce(ix.fold(ch.Old), ix.fold(ch.New)) == nil {
		return minor("cosmetic.navigation", "Only the labels of navigation links changed; each points where it did: "+c.asWritten(ch))
	}
	if c.linkRetitled(ch.Old, ch.New) && c.compareForce(ix.fold(ch.Old), ix.fold(ch.New)) == nil {
		if v, ok := c.placeLine(ch); ok {
			return v // "UK & EU RESIDENTS' RIGHTS" → "UK, EU, & … RESIDENTS' RIGHTS" (placeline.go)
		}
		return minor("cosmetic.link-title", "Only the title of a link to a page of the same site changed: "+c.asWritten(ch))
	}
	if from, to, ok := c.controlRelabelled(ch.Old, ch.New); ok {
		return minor("cosmetic.control-label", "Only the label of a link or button changed; what it does is said as before: “"+from+"” → “"+to+"”")
	}
	if c.urlRetitled(ch.Old, ch.New) {
		return minor("cosmetic.link-title", "Only how a link is shown changed: its address given a title; it points where it did: "+c.asWritten(ch))
	}
	if labelAsAddress(ch.Old, ch.New) {
		return minor("cosmetic.link-title", "Only how a link is shown changed: its label replaced by the address it names: "+c.asWritten(ch))
	}
	if c.pageNamed(ch.Old, ch.New) { // pagenamed.go
		return minor("cosmetic.link-title", "Only how a link is shown changed: the page it leads to named, or no longer named: "+quoteChange(ch.Old, ch.New))
	}
	if how, ok := linkShown(ch.Old, ch.New); ok { // linkshown.go
		return minor("cosmetic.link", "Only how a link is shown changed: "+how+": "+quoteChange(ch.Old, ch.New))
	}
	if co, mo := ix.contactsOf(ch.Old); len(co) > 0 {
		// A contact written another way is the same contact: compare the
		// rest of the text.
		if cn, mn := ix.contactsOf(ch.New); sameContacts(co, cn) {
			fo, fn := ix.fold(linkedContact(mo)), ix.fold(linkedContact(mn))
			if equalWords(fo, fn) && slices.Equal(co, cn) && c.withoutContacts(ch.Old) != c.withoutContacts(ch.New) {
				// The contacts as they were, the words around them
				// reworded: what changed is those words, not the contact
				// ("… if you tell us not to … visit: www.omnis.net/…" →
				// "… if you ask us not to …", b324-18).
				return c.cosmetic(c.changedSentences(ch.Old, ch.New))
			}
			if equalWords(fo, fn) {
				return minor("same.contact", "Same contact, written another way: "+quoteChange(ch.Old, ch.New))
			}
			if dmo, dmn := formalDrafting(mo, mn); dmo != mo || dmn != mn {
				// Compared with formal drafting set aside: "within thirty
				// (30) days" beside "email us" for "contact us" (b68-26).
				fo, fn = ix.fold(linkedContact(dmo)), ix.fold(linkedContact(dmn))
			}
			if c.sameChannel(fo, fn) && c.aboutContact(mo, mn) {
				return minor("same.contact", "Same contact, reached in other words: "+quoteChange(ch.Old, ch.New))
			}
			if c.numberDialledFrom(ch.Old, ch.New, fo, fn) {
				return minor("same.contact", "Same number, given again in its international form for callers from elsewhere: "+quoteChange(ch.Old, ch.New)) // dialledfrom.go
			}
			orig := ch
			ch.Old, ch.New = mo, mn
			c.masked = [2][]string{co, cn}
			v := c.judge(ch)
			c.masked = [2][]string{}
			v.Reason = unmaskContact(v.Reason, orig.Old, orig.New)
			if !v.Material && contactsRewritten(orig.Old, orig.New) {
				// The reason quotes the text as written, not the marks
				// that stood for its addresses ("contact ( contact").
				v.Rule, v.Reason = "same.contact", "Same contact, written another way: "+quoteChange(orig.Old, orig.New)
			}
			return v
		}
		if mailtoCorrected(ch.Old, ch.New) {
			return minor("same.contact", "Same contact: the e-mail link now writes to the address it shows: "+quoteChange(ch.Old, ch.New)) // mailtofixed.go
		}
		if cn, mn := ix.contactsOf(ch.New); mailboxesSwapped(co, cn) && equalWords(ix.fold(linkedContact(mo)), ix.fold(linkedContact(mn))) {
			// Another e-mail address, in words otherwise the same, is
			// another way for the reader to reach whoever answers their
			// requests, whatever the paragraph is about: "request the
			// deletion … by contacting us at EU-Privacy@…" → "… at DPO@…".
			// The pages the paragraph also links to, unchanged, do not
			// make it less so: one letter of a mailbox is another
			// mailbox ("revocation-pass-sanitaire@…" → "revocation-passe-
			// sanitaire@…, … on the site https://sidep.gouv.fr", b46-29).
			// Where no rule explains the change otherwise, that is its
			// category.
			v := c.judge(ch)
			if v.Material && (v.Rule == "fallback" || addressWording(v)) || !v.Material && (strings.HasPrefix(v.Rule, "cosmetic.") || v.Rule == "minor.unrelated") {
				// "minor.unrelated": the local parts of the addresses read
				// as the words changed ("privacy we will" → "dpo we'll").

				// Nothing but the address changed: "[by email](mailto:
				// dpa.officer@…)" → "[by email](mailto:DataProtection.
				// Officer@…)" reads the same and writes to someone else.
				q := quoteChange(ch.Old, ch.New)
				if !v.Material {
					q = "'" + strings.Join(minusNames(co, cn), ", ") + "' → '" + strings.Join(minusNames(cn, co), ", ") + "'"
				}
				v = c.material(ch, "rights.contact", &signals{}, nil, nil, c.label("rights")+": another address to write to: "+q)
			}
			return v
		}
		if v, ok := c.mailboxBeside(ch, co, mo); ok {
			return v // "Email privacy@… and we will reply" → "Email dpo@… and we'll reply" (mailboxbeside.go)
		}
		if cn, mn := ix.contactsOf(ch.New); len(cn) > 0 && !sameContacts(co, cn) {
			// Another address, page or mailbox, and at most the verb of
			// reaching it, where the reader is told what they can do: "You
			// can close your account at any time through [www.x.com]" →
			// "… by e-mailing [support@x.com]". How a right is exercised
			// changed (Art. 13(2)(b)), whatever the right is about.
			// The permission is the changed sentence's: a link for more
			// information beside "you can change your settings" is no way
			// of exercising anything.
			if fo, fn := ix.fold(linkedContact(mo)), ix.fold(linkedContact(mn)); (equalWords(fo, fn) || c.sameChannel(fo, fn)) && c.rb.categoryIndex("rights") >= 0 {
				if _, sn := c.changedSentences(ch.Old, ch.New); c.userPermission(ix.fold(sn), false) {
					v := c.judge(ch)
					if v.Material && (v.Rule == "fallback" || addressWording(v)) {
						way := "another way to reach us"
						if mailboxesOnly(co) && mailboxesOnly(cn) {
							way = "another address to write to"
						}
						v = c.material(ch, "rights.contact", &signals{}, nil, nil, c.label("rights")+": "+way+": "+quoteChange(ch.Old, ch.New))
					}
					return v
				}
			}
		}
	}
	return c.judge(ch)
}

// addressWording reports a verdict of the rule that only says words of a
// category changed (".wording"): where nothing but an address changed, the
// words are the address's ("security@…" → "privacy@…"), not the
// paragraph's.
func addressWording(v Verdict) bool { return strings.HasSuffix(v.Rule, ".wording") }

// mailboxesSwapped reports two lists of contacts, not the same (sameContacts),
// that both give an e-mail address and differ in their e-mail addresses
// only: their pages and telephones, if any, are the same.
func mailboxesSwapped(co, cn []string) bool {
	mail := func(x string) bool { return strings.Contains(x, "@") }
	if !slices.ContainsFunc(co, mail) || !slices.ContainsFunc(cn, mail) {
		return false
	}
	return sameContacts(slices.DeleteFunc(slices.Clone(co), mail), slices.DeleteFunc(slices.Clone(cn), mail))
}

// categoryOr returns k, the category a change's words name, or want
// where k is none or one of weak (a category too general to say what a
// reader the fallback hooks on is about) and the rulebook has want;
// "unclassified" where k is none and want cannot stand for it.
func (c *classifier) categoryOr(k, want string, weak ...string) string {
	if (k == "" || slices.Contains(weak, k)) && c.rb.categoryIndex(want) >= 0 {
		return want
	}
	if k == "" {
		return "unclassified"
	}
	return k
}

// mailboxesOnly reports contacts that are all e-mail addresses.
func mailboxesOnly(cs []string) bool {
	return len(cs) > 0 && !slices.ContainsFunc(cs, func(x string) bool { return !strings.Contains(x, "@") })
}

// rowIndex returns the index in rows of the first row of the change being
// judged. It is for the traced questions (leadInText, headingText,
// listAfterText) only: a rule that read the rows itself would escape the
// memo.
func (c *classifier) rowIndex() (int, bool) {
	if c.rowOf == nil {
		c.rowOf = make([]int, 0, len(c.rows))
		for i, row := range c.rows {
			for row.Change >= len(c.rowOf) && row.Change >= 0 {
				c.rowOf = append(c.rowOf, i)
			}
		}
	}
	if c.at >= len(c.rowOf) {
		return 0, false
	}
	return c.rowOf[c.at], true
}

// headingText returns the innermost heading the changed block of one side
// stands under, "" for none.
func (c *classifier) headingText(old bool) string {
	i, ok := c.rowIndex()
	if !ok {
		return ""
	}
	b := sideBlock(c.rows[i], old)
	if b == nil || len(b.Section) == 0 {
		return ""
	}
	return b.Section[len(b.Section)-1]
}

// runInRE is a paragraph's bold lead, its run-in heading: "**With service
// providers.** We share …", "__Marketing:__ We send …".
var runInRE = mustPattern(`^\s*(?:\*\*|__)([^*_\n]{1,80}?)[.:]?(?:\*\*|__)[.:]?\s+`)

// runInHeading returns the texts of a paragraph changed only in that its
// bold lead became the heading it now stands under, or the heading it
// stood under became its bold lead, without that lead, and the lead: the
// heading says what the lead said, to the same text. A lead whose words
// are not the heading's is compared as written. label is "" where there
// is no such lead.
func (c *classifier) runInHeading(ch redline.Change) (old, new, label string) {
	if ch.Kind != redline.Replace || !containsJoined(ch.Old, ch.New, "**") && !containsJoined(ch.Old, ch.New, "__") {
		return ch.Old, ch.New, ""
	}
	// lead is text's bold lead when it is the heading the other side
	// stands under and not the one text stands under.
	lead := func(text string, old bool) (string, string) {
		m := runInRE.FindStringSubmatchIndex(text)
		if m == nil {
			return text, ""
		}
		l := c.ix.fold(text[m[2]:m[3]])
		if len(l) == 0 || !equalWords(l, c.ix.fold(c.heading(!old))) || equalWords(l, c.ix.fold(c.heading(old))) {
			return text, ""
		}
		return text[m[1]:], strings.TrimSpace(text[m[2]:m[3]])
	}
	if o, l := lead(ch.Old, true); l != "" {
		return o, ch.New, l
	}
	if n, l := lead(ch.New, false); l != "" {
		return ch.Old, n, l
	}
	return ch.Old, ch.New, ""
}

// unmaskContact puts back, in a reason quoting text whose one contact was
// masked, the contact as written: "CA 94107, privacy@github.com", not "CA
// 94107, contact". Only where both sides write that one contact alike and
// neither writes the word "contact".
//
// Where the text writes the word too ("contact us at hello@…"), only the
// marks that cannot be the word are put back: a mark stands between
// spaces, so one before a full stop or a comma is a mark ("or contact us
// at contact . We respond …", b361-27).
func unmaskContact(reason, old, new string) string {
	if !strings.Contains(reason, "contact") {
		return reason
	}
	o, n := contactRE.FindAllString(old, 2), contactRE.FindAllString(new, 2)
	if len(o) != 1 || len(n) != 1 || o[0] != n[0] {
		return reason
	}
	written := strings.TrimRight(o[0], ".,;:!?")
	if containsFold(old, "contact") || containsFold(new, "contact") {
		return maskBeforeMarkRE.ReplaceAllStringFunc(reason, func(m string) string {
			if rest, ok := strings.CutPrefix(m, "contact "); ok {
				return written + rest // "contact ." → "hello@….".
			}
			return strings.TrimSuffix(m, "contact") + written // "at contact" → "at hello@…"
		})
	}
	return maskWordRE.ReplaceAllLiteralString(reason, written)
}

// maskBeforeMarkRE is the mark of a masked contact before a full stop,
// comma, semicolon or colon, the space the mark keeps before it, or after
// "at" ("contact us at contact"): no word "contact" as written stands so.
var maskBeforeMarkRE = mustPattern(`\bcontact [.,;:!?]|\bat contact\b`)

// judgmentRE finds what holds on the company's view rather than on a fact:
// "as we consider it useful", "where we see fit", "at our sole discretion",
// "than we consider to be necessary" (b232-20), "as we deem necessary".
var judgmentRE = mustPattern(`(?i)\b(?:(?:consider|considers|think|thinks|judge|judges|deem|deems)\s+(?:it\s+|them\s+|this\s+|that\s+)?(?:to\s+be\s+)?(?:necessary|appropriate|useful|reasonable|relevant|needed|suitable|proper|advisable|desirable|helpful|required|fit)|(?:see|sees)\s+fit|(?:at|in)\s+(?:our|its)\s+(?:sole\s+|absolute\s+|own\s+|reasonable\s+)?discretion)\b`)

// judgment counts what in s holds on the company's view (judgmentRE).
func judgment(s string) int {
	if !containsFold(s, "fit") && !containsFold(s, "discretion") && !containsFold(s, "consider") && !containsFold(s, "think") && !containsFold(s, "judge") && !containsFold(s, "deem") {
		return 0
	}
	return len(judgmentRE.FindAllStringIndex(s, -1))
}

// maskWordRE is the word contacts are masked by.
var maskWordRE = mustPattern(`\bcontact\b`)

// judge classifies a change whose contacts, if any, were compared already.
// A clause joined to a sentence by a semicolon or a conjunction that sets
// it against the first ("; we may still send you offers", ", but we
// may …") states a commitment of its own, as a sentence would: a change
// read as the same commitments is read again with such clauses set out as
// sentences, and a material verdict of that reading stands.
func (c *classifier) judge(ch redline.Change) Verdict {
	v := c.judgeClauses(ch)
	if v.Material && v.Category != "" && !strings.HasSuffix(v.Rule, ".entity") {
		// A name added or removed is what its kind says (a party, a
		// place), whichever column it stands in; processing by an
		// automated system or by cookies is a category of its own, in a
		// column of purposes or legal bases as in prose; so is the age
		// of the children a promise protects, moved, in a column of
		// reasons for disclosing (b53-19, agebound.go).
		ageMoved := v.Category == "children" && strings.HasSuffix(v.Rule, ".number")
		if k := c.columnCategory(ch.Old, ch.New); k != "" && k != v.Category && (v.Category != "ai" || k == "retention") && v.Category != "cookies" && !ageMoved {
			v = c.recategorized(v, k)
		}
		// A verb taken from or added to a pair of verbs is the act that
		// changed: "collect or store" → "collect" no longer stores.
		if k := c.pairedVerbCategory(ch.Old, ch.New); k != "" && k != v.Category {
			v = c.recategorized(v, k)
		}
		// How the reader is told of a change before it takes effect is
		// the change-notice policy, whatever else its sentence names.
		// (Not where only the ground the act rests on changed: that is
		// its legal basis, b50-43.)
		if v.Category != "notice" && !(v.Category == "legal-basis" && c.groundChange(ch)) && c.changeNotice(ch.Old, ch.New) {
			v = c.recategorized(v, "notice")
		}
		// Roles said of the parties data goes to are whom it goes to,
		// not who the author is (identityparty.go).
		if v.Category == "identity" && c.identityOfParties(ch) {
			v = c.recategorized(v, "recipients")
		}
	}
	return v
}

// judgeClauses is judge before a table's column is read.
func (c *classifier) judgeClauses(ch redline.Change) Verdict {
	v := c.judgeText(ch)
	if v.Material || !strings.HasPrefix(v.Rule, "same.") {
		return v
	}
	so, sn := clausesAsSentences(ch.Old), clausesAsSentences(ch.New)
	if so == ch.Old && sn == ch.New {
		return v
	}
	split := ch
	split.Old, split.New = so, sn
	if w := c.judgeText(split); w.Material {
		return w
	}
	return v
}

// clauseJointRE finds a clause joined to the one before by a semicolon, or
// by a comma and a conjunction that sets it against it, and opening with
// a subject of its own: "; we may", ", but you".
var clauseJointRE = mustPattern(`(?:;|,\s+(?:but|although|though|while|whereas|yet))\s+(we|you|they|it|he|she|our|your|their|its|this|these|such|[A-Z]\w+\s+(?:may|will|can|shall|must|might|would|could|does|do|is|are))\b`)

// mayJoinClauses reports text with one of the conjunctions after a comma
// clauseJointRE reads (as written: it does not fold case); "although"
// holds "though". Most sentences with a comma have none, and the
// expression is not run on them.
func mayJoinClauses(s string) bool {
	return strings.Contains(s, "but") || strings.Contains(s, "though") || strings.Contains(s, "while") ||
		strings.Contains(s, "whereas") || strings.Contains(s, "yet")
}

// clausesAsSentences sets out the clauses clauseJointRE finds as
// sentences of their own.
func clausesAsSentences(s string) string {
	if !strings.Contains(s, ";") && (!strings.Contains(s, ", ") || !mayJoinClauses(s)) {
		return s
	}
	ms := clauseJointRE.FindAllStringSubmatchIndex(s, -1)
	if ms == nil {
		return s
	}
	var b strings.Builder
	at := 0
	for _, m := range ms {
		if exampleBefore(s[:m[0]]) {
			continue // "(for example, while we check …)": a case, no contrast
		}
		sub := s[m[2]:m[3]]
		b.WriteString(s[at:m[0]])
		b.WriteString(". " + strings.ToUpper(sub[:1]) + sub[1:])
		at = m[1]
	}
	b.WriteString(s[at:])
	return b.String()
}

// draftedText is the change's text with its formal drafting set aside,
// or the text as it is while a change so read is being judged.
func (c *classifier) draftedText(ch redline.Change) (string, string) {
	if c.drafting {
		return ch.Old, ch.New
	}
	return formalDrafting(ch.Old, ch.New)
}

// setAside judges a change whose one side had words set aside that say
// nothing new (what): o and n are its sides without them. Nothing else
// changed, it is minor under rule; the rest reworded beside them is
// judged alone, and ok is false where that is material: the change is
// then judged as written, and its reason quotes the policy.
func (c *classifier) setAside(ch redline.Change, o, n, rule, what string) (Verdict, bool) {
	if v := c.judgeAside(ch, o, n, rule, what); !v.Material {
		return v, true
	}
	return Verdict{}, false
}

// judgeAside is setAside's judgement, given whatever it is: the rest's
// verdict where the rest is material.
func (c *classifier) judgeAside(ch redline.Change, o, n, rule, what string) Verdict {
	if strings.Join(strings.Fields(o), " ") == strings.Join(strings.Fields(n), " ") {
		return minor(rule, "Same commitments; "+what)
	}
	rest := ch
	rest.Old, rest.New = o, n
	key := asideKey{kind: ch.Kind, old: o, new: n, section: strings.Join(ch.Section, "\x00"), citedWhole: c.citedWhole, drafting: c.drafting}
	v, ok := c.asideRest[key]
	if !ok {
		c.stepped()
		v = c.judgeText(rest)
		if c.asideRest == nil {
			c.asideRest = map[asideKey]Verdict{}
		}
		c.asideRest[key] = v
	}
	if !v.Material {
		v.Reason += "; " + what
	}
	return v
}

// asideKey is what judgeText's verdict on the rest of a change, once
// words were set aside, depends on: the rest, and the modes it is judged
// in.
type asideKey struct {
	kind                 redline.Kind
	old, new, section    string
	citedWhole, drafting bool
}

// asides are words set aside where only one side has them and they
// commit to nothing, each with the rule and the reason that say so, in
// the order they are tried: a hedge said of what commits to nothing
// (hedgeverb.go), a sentence or a clause that points elsewhere
// (referenceaside.go), an explanation (explanation.go), a copy of the
// data beside the right that gives it (accesscopy.go), "including any"
// of what a limit covers (includingany.go).
var asides = []struct {
	out        func(old, new string) (o, n, what string)
	rule, what string
}{
	{descriptionHedgesOut, "same.hedge", "a hedge or an intensifier said of what commits to nothing more: "},
	{pointerSentencesOut, "same.reference", "a sentence that points to where the reader can read more, or only invites questions, committing to nothing: "},
	{referenceAsidesOut, "same.reference", "a pointer to where the reader can read more, committing to nothing: "},
	{pointerModifiersOut, "same.reference", "a pointer to the part of the policy that says more of what it names, committing to nothing: "},
	{explanationsOut, "same.explanation", "an explanation of what the sentence says, committing to nothing new: "},
	{framesOut, "same.frame", "words that only frame the sentence (a connective, a pointer to another part of the policy, or a time that is every time): "},
	{politeOut, "same.commitments", "a request to the reader added or removed: "},
	{renamesOut, "same.name", "a thing renamed, its former name given beside the new one: "},
	{praiseOut, "same.praise", "praise added or dropped, committing to nothing: "},
	{everyoneOut, "same.scope", "words that name every kind of reader or use, limiting nothing: "},
	{doubleNegationOut, "same.condition", "an exception for where a condition does not hold, which is that condition: "},
	{readerTitlesOut, "same.address", "the reader titled \"the User\" where the other text says \"you\": "},
	{lawReservationsOut, "same.law", "a reservation of the law that applies anyway, or a saving of what applies anyway: "},
	{lawNamesOut, "same.citation", "a law named as where the rule stands, naming no other: "},
	{lawTermsOut, "same.term", "a law's word for what the sentence names, given beside it: "},
	{accessCopyOut, "same.right", "a copy of the data, which the right of access or of portability gives: "},
	{includingAnyOut, "same.scope", "any of a kind of what a limit or a protection already covers, named as covered: "},
}

// judgeText classifies a change as its text reads.
func (c *classifier) judgeText(ch redline.Change) Verdict {
	ix := c.ix
	if ch.Kind == redline.Replace {
		// Two words run together where a separator was lost, put apart
		// on the other side, are the same words: "third partiesEntitled
		// Iliad" → "third parties <br>Entitled Iliad".
		ch.Old, ch.New = unglued(ch.Old, ch.New), unglued(ch.New, ch.Old)
		if v, ok := c.dutyVerdict(ch); ok {
			// "we are required to" → "we need to", "where required" →
			// "where appropriate", "necessary" → "reasonably necessary"
			// (legalduty.go)
			return v
		}
		if v, ok := c.markerVerdict(ch); ok {
			return v // "(e.g., calendar events)" → "(i.e., calendar events)" (exampleclosed.go)
		}
		if w, ok := c.nonPrefixRestated(ch.Old, ch.New); ok {
			// "Non-essential cookies" → "Cookies that are not essential" (nonprefix.go)
			return minor("same.commitments", fmt.Sprintf("Same commitments; %s said as a clause of what it qualifies: %s", quoteWords([]string{w}), quoteChange(ch.Old, ch.New)))
		}
		// A number in words and figures, a defined term that is the
		// thing's own name, a gloss: formal drafting of the same words
		// (formaldraft.go).
		if v, ok := c.definitionWidenedVerdict(ch); ok {
			return v // "(the "Service")" → "(the "Service", including our mobile app)" (definedwidened.go)
		}
		if ex, o, n := c.bracketExample(ch.Old, ch.New); ex != "" && !c.settableDropped(ex, ch) {
			// bracketexample.go
			what := "a clarifying example in brackets, naming nothing the sentence does not: "
			if strings.HasPrefix(ex, "'") {
				what = "a gloss put after what it describes, naming nothing the sentence does not: "
			}
			if v, ok := c.setAside(ch, o, n, "same.example", what+ex); ok {
				return v
			}
		}
		if o, n, ok := c.uiPlaceTraded(ch.Old, ch.New); ok && !c.listTailGrows(ch.Old, ch.New) {
			// "through your settings page" → "on the Profile screen
			// under Settings" (uiplace.go)
			return minor("same.place", "Same commitments; where in the product it is done, named another way: "+quoteChange(o, n))
		}
		for _, a := range asides {
			// "Retention periods generally depend on …", "Section 6
			// explains how we use this information.", ", so that a
			// stolen password alone cannot open them" (asides)
			if o, n, what := a.out(ch.Old, ch.New); what != "" {
				if v, ok := c.setAside(ch, o, n, a.rule, a.what+what); ok {
					return v
				}
			}
		}
		if cites, o, n := c.citationsSetAside(ch.Old, ch.New); cites != "" && !c.citedWhole {
			// A citation of the provision a sentence relies on, added or
			// dropped: the rest is judged alone (citeadded.go).
			what := "a citation of the law added or dropped, naming where the rule stands: " + cites
			rest := c.judgeAside(ch, o, n, "same.citation", what)
			if !rest.Material {
				return rest
			}
			// The rest changes a commitment. Read whole, the citations'
			// numbers would be the change reported ("a number without a
			// unit changed"); the rest's own reason is the one to give.
			c.citedWhole = true
			v := c.judgeText(ch)
			c.citedWhole = false
			if !strings.HasSuffix(v.Rule, ".number") && !strings.HasSuffix(v.Reason, "a number without a unit changed") {
				return v
			}
			return rest
		}
		if t, o, n := sharedTail(ch.Old, ch.New); t != "" {
			// A condition every item ends with, written once for items
			// merged, or once for each item split (sharedtail.go).
			if v, ok := c.setAside(ch, o, n, "same.condition", "a condition every item ends with, written once for the items merged or for each item split: '"+t+"'"); ok {
				return v
			}
		}
		if q, o, n := c.questionLead(ch.Old, ch.New); q != "" {
			// A question put before the sentences as a lead-in
			// (questionlead.go).
			if v, ok := c.setAside(ch, o, n, "same.question", "a question put before them as a lead-in, asking what they answer: "+q); ok {
				return v
			}
		}
		if a, o, n := c.announcementLead(ch.Old, ch.New); a != "" {
			// "Here's what you need to know." announces what follows
			// and commits to nothing (announcement.go).
			if v, ok := c.setAside(ch, o, n, "same.announcement", "a sentence that only announces what follows, committing to nothing: "+a); ok {
				return v
			}
		}
		if (strings.Contains(ch.Old, "? ") || strings.Contains(ch.New, "? ")) && len(ch.Old)+len(ch.New) <= maxReread {
			// A question of the reader's wish, read as the condition it
			// asks (questionlead.go).
			o, qo := c.wishQuestion(ch.Old, false)
			n, qn := c.wishQuestion(ch.New, false)
			if len(qo)+len(qn) > 0 {
				if v, ok := c.setAside(ch, o, n, "same.question", "a question of what the reader wants or has, read as the condition it asks: "+strings.Join(append(qo, qn...), " ")); ok {
					return v
				}
				// Or, before an instruction, as the purpose of the step
				// it gives ("Want to see …? Contact us" is "To see …,
				// contact us").
				po, _ := c.wishQuestion(ch.Old, true)
				pn, _ := c.wishQuestion(ch.New, true)
				if po != o || pn != n {
					if v, ok := c.setAside(ch, po, pn, "same.question", "a question of what the reader wants to do, read as the purpose of the step after it: "+strings.Join(append(qo, qn...), " ")); ok {
						return v
					}
				}
			}
		}
		if o, n := ch.Old, ch.New; strings.Contains(o, ": ") || strings.Contains(n, ": ") {
			// "Say you connect …: we may …" is "If you connect …, we
			// may …" (supposition, questionlead.go).
			o, so := supposition(o)
			n, sn := supposition(n)
			if so || sn {
				if v, ok := c.setAside(ch, o, n, "same.condition", "a supposition put to the reader, read as the condition it sets"); ok {
					return v
				}
			}
		}
		if containsJoined(ch.Old, ch.New, "(") {
			// A label in brackets given to a term, or taken away, beside
			// other edits: "businesses using the platform" → "to
			// businesses using the platform (“Customers”)" (b79-01). A
			// label names what the sentence describes and commits to
			// nothing (relabelled); the rest is judged without it.
			if o, n, labels := termLabelsOut(ch.Old, ch.New); o != ch.Old || n != ch.New {
				if v, ok := c.setAside(ch, o, n, "same.label", "a label given to a term in brackets, committing to nothing: "+emphasisMarks.Replace(labels)); ok {
					return v
				}
			}
		}
		if strings.Contains(ch.Old, "\n") && strings.Contains(ch.New, "\n") {
			if o, ok := c.titleEventNamed(ch.Old, ch.New); ok {
				// "Data" → "Data After Cancellation" over a text that
				// says "if a customer cancels" (titleevent.go)
				if v, ok := c.setAside(ch, o, ch.New, "same.heading", "a title naming the event the text under it states: "+quoteChange(strings.SplitN(ch.Old, "\n", 2)[0], strings.SplitN(ch.New, "\n", 2)[0])); ok {
					return v
				}
			}
		}
		if o, n, what := productAppositivesOut(ch.Old, ch.New); what != "" {
			// "Omni Lead Management Software, our lead management
			// platform" (nameappositive.go)
			if v, ok := c.setAside(ch, o, n, "same.product", "an appositive saying what the product is, in its name's words: "+what); ok {
				return v
			}
		}
		if o, n, what := countCompoundsAlike(ch.Old, ch.New); what != "" {
			// "two-factor" → "multi-factor" authentication: the same
			// floor of more than one (countcompound.go)
			if v, ok := c.setAside(ch, o, n, "same.measure", "a count of two in a compound read as its \"multi-\": "+what); ok {
				return v
			}
		}
		if o, n, ok := c.dwellingAsKept(ch.Old, ch.New); ok {
			// "resides within" → "is held within" the same place
			// (dwelling.go).
			if v, ok := c.setAside(ch, o, n, "same.place", "where the data is, said with a verb of dwelling or as kept there: "+quoteChange(ch.Old, ch.New)); ok {
				return v
			}
		}
		if o, n := policyDates(ch.Old, ch.New); o != ch.Old || n != ch.New {
			// The date the policy gives itself, changed in a paragraph
			// (policydate.go).
			if equalWords(ix.fold(o), ix.fold(n)) {
				return minor("minor.date-or-version", "Only the date the policy gives itself changed: "+quoteChange(ch.Old, ch.New))
			}
			undated := ch
			undated.Old, undated.New = o, n
			return c.judgeText(undated)
		}
		if o, n := c.draftedText(ch); o != ch.Old || n != ch.New {
			if equalWords(ix.fold(stripNumbering(o)), ix.fold(stripNumbering(n))) && !equalWords(ix.fold(stripNumbering(ch.Old)), ix.fold(stripNumbering(ch.New))) {
				return minor("same.drafting", "Same commitments, in the forms of formal drafting (a defined term, a number in words and figures, a gloss): "+quoteChange(ch.Old, ch.New))
			}
			// Judged with the drafting set aside; but a material
			// change's reason quotes the policy as it is written (it is
			// frozen into the version and sent to users), so the
			// change is judged again as written, and that verdict
			// given when it is material too.
			drafted := ch
			drafted.Old, drafted.New = o, n
			c.drafting = true
			v := c.judgeText(drafted)
			if v.Material {
				if w := c.judgeText(ch); w.Material {
					v = w
				}
			}
			c.drafting = false
			return v
		}
		if c.pinpointsAdded(ch.Old, ch.New) {
			return minor("same.citation", "Same commitments; the article of the law they rest on cited, or no longer cited: "+quoteChange(ch.Old, ch.New)) // pinpoint.go
		}
		if c.lawClauseAdded(ch.Old, ch.New) {
			return minor("same.citation", "Same commitments; a clause naming the article of the law they rest on added or removed: "+quoteChange(ch.Old, ch.New)) // lawclause.go
		}
		if c.basisNamedCited(ch.Old, ch.New) {
			return minor("same.citation", "Same legal basis; the point of Article 6(1) for the basis the sentence names cited, or no longer cited: "+quoteChange(ch.Old, ch.New)) // identifiergiven.go
		}
		if c.selfTradingName(ch.Old, ch.New) {
			return minor("same.identity", "Same company; its own name given as the name it trades under: "+quoteChange(ch.Old, ch.New)) // identifiergiven.go
		}
		if c.registerNumberGiven(ch.Old, ch.New) {
			return minor("same.identity", "Same company; the number it is registered under given beside its name, or no longer given: "+quoteChange(ch.Old, ch.New)) // identifiergiven.go
		}
		if contactLabelGlossed(ch.Old, ch.New) {
			return minor("same.contact", "The same contact; what it may be used for said beside its label: "+quoteChange(ch.Old, ch.New)) // contactlabel.go
		}
		if c.policyForIt(ch.Old, ch.New) || c.policyForIt(ch.New, ch.Old) {
			return minor("same.reference", "The same policy, named where a pronoun stood for it: "+quoteChange(ch.Old, ch.New)) // policynamed.go
		}
		if aliasGiven(ch.Old, ch.New) || aliasGiven(ch.New, ch.Old) {
			return minor("same.name", "The same thing, its other name given beside the one used: "+quoteChange(ch.Old, ch.New)) // aliasname.go
		}
		// Initials spelt out in a way writeAcronyms (below) does not
		// read: a plural, "and" inside the name, a longer set of
		// initials, the body's web address.
		// (An article before the name spelt out is the name's: "the
		// supervisory authority: Information Commissioner's Office" →
		// "…, the Information Commissioner's Office (ICO): ico.org.uk", b71.)
		if n, ok := initialsGlossed(ch.Old, ch.New); ok && equalWords(withoutArticles(ix.fold(stripNumbering(ch.Old))), withoutArticles(ix.fold(stripNumbering(n)))) && !c.acronymsWritten(ch.Old, ch.New) {
			return minor("cosmetic.acronym", "A name spelt out beside its initials, or its own web address given: "+quoteChange(ch.Old, ch.New)) // spelledname.go
		}
		if o, ok := initialsGlossed(ch.New, ch.Old); ok && equalWords(withoutArticles(ix.fold(stripNumbering(o))), withoutArticles(ix.fold(stripNumbering(ch.New)))) && !c.acronymsWritten(ch.Old, ch.New) {
			return minor("cosmetic.acronym", "A name spelt out beside its initials, or its own web address given: "+quoteChange(ch.Old, ch.New)) // spelledname.go
		}
	}
	so, sn := stripNumbering(ch.Old), stripNumbering(ch.New)
	fo, fn := ix.fold(so), ix.fold(sn)
	if equalWords(fo, fn) && so != sn {
		// The same words, a link pointed elsewhere: whom it names may
		// have changed.
		if v, ok := c.linkParty(ch, so, sn); ok {
			return v
		}
	}
	if ch.Kind == redline.Replace && currencyChanged(ch.Old, ch.New) {
		// "a fee of $10" → "a fee of €10": another amount, though the
		// words fold the same (currency.go)
		k, _, _ := c.categorize(fo, fn, c.headingWords(ch.Section))
		if k == "" {
			k = "unclassified"
		}
		v := c.material(ch, k+".number", &signals{}, fo, fn, "")
		v.Reason = fmt.Sprintf("An amount given in another currency (%s → %s): %s", currencySymbols(ch.Old), currencySymbols(ch.New), quoteChange(ch.Old, ch.New))
		return v
	}
	switch {
	case ch.Kind == redline.Delete && c.hasFolded(false, ch.Old) && c.copyInPlace(false, ch.Old):
		return minor("cosmetic.duplicate-removed", "Removed text that remains elsewhere in the policy")
	case ch.Kind == redline.Insert && c.hasFolded(true, ch.New) && c.copyInPlace(true, ch.New):
		return minor("cosmetic.duplicate-added", "Added text that the policy already had")
	case len(fo) == 0 && len(fn) == 0:
		return minor("cosmetic.formatting", "Only formatting changed")
	case equalWords(fo, fn) && so != ch.Old && so != sn:
		return c.cosmetic(so, sn)
	case equalWords(fo, fn) && so != ch.Old:
		return minor("cosmetic.renumbered", "Only the section number changed")
	case equalWords(fo, fn):
		if strings.Contains(ch.Old, " who ") || strings.Contains(ch.New, " who ") {
			// "authorities who have" → "authorities, who have" (looseclause.go)
			k, _, _ := c.categorize(fo, nil, c.headingWords(ch.Section))
			if v, ok := c.looseClauseVerdict(ch, k); ok {
				return v
			}
		}
		if v, ok := c.reachVerdict(ch, fo); ok {
			return v // "response or to opt out … where feasible" → "response, or to opt out …, where feasible" (onlyreach.go)
		}
		return c.cosmetic(ch.Old, ch.New)
	}
	// Folding may write a compound's part as a word of its own ("multi"
	// is "multiple"), so the words as written are asked too.
	if joinedEqual(fo, fn) || (innerHyphen(ch.Old) || innerHyphen(ch.New)) && joinedEqual(plainWords(strings.ReplaceAll(ch.Old, "-", " ")), plainWords(strings.ReplaceAll(ch.New, "-", " "))) {
		return minor("cosmetic.compound", "Words joined or split: "+c.asWritten(ch))
	}
	if o, n := writeAcronyms(ch.Old, ch.New); o != ch.Old || n != ch.New {
		if equalWords(ix.fold(o), ix.fold(n)) {
			return minor("cosmetic.acronym", "A name written out or as its initials: "+quoteChange(ch.Old, ch.New))
		}
		// Other words changed too: they are what is compared, where
		// writing the initials leaves fewer words changed ("Amazon Web
		// Services" → "Amazon Web Services (AWS)" is an acronym added).
		ao, an := ix.fold(stripNumbering(o)), ix.fold(stripNumbering(n))
		r0, a0 := diffWords(fo, fn)
		if r1, a1 := diffWords(ao, an); len(r1)+len(a1) < len(r0)+len(a0) {
			fo, fn = ao, an
		}
	}
	removed, added := diffWords(fo, fn)
	if jo, jn := c.joinCompounds(fo, fn, removed, added); len(jo) != len(fo) || len(jn) != len(fn) {
		fo, fn = jo, jn // "user name" → "username" beside other changes (compoundjoined.go)
		removed, added = diffWords(fo, fn)
	}
	if v, ok := c.partyNumberVerdict(ch, removed, added); ok {
		return v // "our partners" → "our partner" (partynumber.go)
	}
	if len(removed) == 0 && len(added) == 0 {
		if c.acronymSwapped(ch.Old, ch.New) {
			// the initials were written for the first of two names
			// ("uses artificial intelligence …, an AI system" → "…, an
			// artificial intelligence system"): nothing moved (acronymfor.go)
			return minor("cosmetic.acronym", "A name written out or as its initials: "+quoteChange(ch.Old, ch.New))
		}
		if moved := c.movedAcrossClauses(ch.Old, ch.New); len(moved) > 0 && !listPermuted(ch.Old, ch.New) {
			// The same words, but a condition or a purpose now
			// qualifies another act: "With your consent, we use
			// recordings …, and we keep them" → "We use recordings …,
			// and with your consent we keep them".
			k, _, _ := c.categorize(moved, nil, nil)
			if k == "" {
				k = "unclassified"
			}
			v := c.material(ch, k+".moved", &signals{}, moved, nil, "")
			v.Reason = fmt.Sprintf("Commitment moved to another clause (%s): %s", quoteWords(moved), quoteChange(ch.Old, ch.New))
			return v
		}
		if moved, reach := c.limitMoved(ch.Old, ch.New); len(moved) > 0 {
			// The same words, but a limit or a condition now qualifies
			// another phrase: "only on behalf of the customer acting as
			// controller" → "on behalf of the customer acting only as
			// controller".
			k, _, _ := c.categorize(append(slices.Clip(moved), reach...), fo, c.headingWords(ch.Section))
			if k == "" {
				k = "unclassified"
			}
			v := c.material(ch, k+".moved", &signals{}, moved, nil, "")
			v.Reason = fmt.Sprintf("Limit moved: '%s' now qualifies another part of the sentence: %s", strings.Join(moved, " "), quoteChange(ch.Old, ch.New))
			return v
		}
		if cond, cut, joined := c.conditionCut(ch.Old, ch.New); len(cond) > 0 {
			// "Device type, browser type, and operating system — only
			// with your analytics consent" → "Device type and browser
			// type. Operating system only with …" (conditioncut.go)
			// The sentences cut off are categorized by their words.
			k, _, _ := c.categorize(append(c.ix.fold(strings.Join(cut, " ")), cond...), fo, c.headingWords(ch.Section))
			if k == "" {
				k = "unclassified"
			}
			so, sn := c.changedSentences(ch.Old, ch.New)
			v := c.material(ch, k+".reach", &signals{}, cond, nil, "")
			v.Reason = fmt.Sprintf("Scope changed: a sentence split or joined, so that %s: %s (%s)", conditionCutReason(cond, cut, joined), quoteChange(so, sn), strings.ToLower(c.label(v.Category)))
			return v
		}
		if moved := c.denialMoved(fo, fn); len(moved) > 0 {
			// The same words, but what a "not" or an "except" denies is
			// another of them: "by a person, not an automated system" →
			// "by an automated system, not a person".
			k, _, _ := c.categorize(moved, fo, c.headingWords(ch.Section)) // "unclassified" when nothing names one
			v := c.material(ch, k+".opposite", &signals{}, moved, nil, "")
			v.Reason = fmt.Sprintf("Commitment reversed: what is denied or excepted changed (%s): %s", quoteWords(moved), quoteChange(ch.Old, ch.New))
			return v
		}
		if swapped := c.conjunctsSwapped(ch.Old, ch.New); len(swapped) > 0 {
			// The same words, but two conjuncts traded a period, a
			// data item or a party: "logs for 30 days and backups for
			// 90 days" → "logs for 90 days and backups for 30 days"
			// (conjunctswap.go).
			k, _, _ := c.categorize(swapped, fo, c.headingWords(ch.Section)) // "unclassified" when nothing names one
			v := c.material(ch, k+".moved", &signals{}, swapped, nil, "")
			v.Reason = fmt.Sprintf("Terms traded between the parts of a list (%s): %s", quoteWords(swapped), quoteChange(ch.Old, ch.New))
			return v
		}
		if v, ok := c.reachVerdict(ch, fo); ok {
			return v // the same words, a condition or hedge reaching other ones (onlyreach.go)
		}
		if ro, rn, whole := reorderedRest(ch.Old, ch.New); !whole {
			// "under 16 (or 13 …)" → "under 13 (or 16 …)"; "…, all
			// analytics cookies are removed" → "withdraw all analytics
			// consent, …" (reorder.go)
			what := ""
			if t := wordsTraded(ro, rn); t != nil {
				what = "Terms traded places, " + quoteWords(t)
			} else if w := movedIntoClause(ro, rn); w != "" {
				what = "A number or a quantifier moved into another clause, " + quoteWords([]string{w})
			} else if b := bracketMoved(ro, rn); b != "" {
				what = "A qualifier in brackets now follows another part of the sentence, " + quoteWords([]string{b})
			} else if m := phraseReachMoved(ro, rn); m != "" {
				what = "A phrase moved to govern another part of the sentence, " + quoteWords([]string{m})
			}
			if what != "" {
				k, _, _ := c.categorize(nil, fo, c.headingWords(ch.Section))
				if k == "" {
					k = "unclassified"
				}
				v := c.material(ch, k+".moved", &signals{}, nil, nil, "")
				v.Reason = fmt.Sprintf("%s: %s", what, quoteChange(ch.Old, ch.New))
				return v
			}
		}
		return minor("cosmetic.reordered", "Words reordered, with the same words")
	}
	if ch.Kind == redline.Replace {
		if o, n := c.changedSentences(ch.Old, ch.New); o == "" && n == "" {
			return minor("cosmetic.sentences", "Sentences reordered, or a repeated sentence removed or added")
		}
	}
	if ch.Kind == redline.Delete && c.invitationKept(ch.Old, true) || ch.Kind == redline.Insert && c.invitationKept(ch.New, false) {
		return minor("same.contact", "Same contact: an invitation to write with questions, reworded, to the mailbox the policy still gives: "+excerpt(ch.Old+ch.New)) // contactkept.go
	}
	if ch.Kind == redline.Replace && partnerLinksMoved(ch.Old, ch.New) {
		return minor("same.site", "Same commitments; a link to a company's own page, named by the company, moved to a site bearing its name: "+quoteChange(ch.Old, ch.New)) // partnerlink.go
	}
	if town, ok := c.sameSeat(ch.Old, ch.New); ok {
		return minor("same.address", "The same addressee, at another street of the same town ("+town+"): "+quoteChange(ch.Old, ch.New))
	}
	if country, from, to, ok := c.officeMoved(ch.Old, ch.New); ok { // officemoved.go
		return minor("same.address", "The same addressee, at another street of the same town ("+country+"): '"+from+"' → '"+to+"'")
	}
	if (ch.Old == "" || c.isLabelLine(ch.Old)) && (ch.New == "" || c.isLabelLine(ch.New)) || (ch.Old == "" || c.stampLine(ch.Old)) && (ch.New == "" || c.stampLine(ch.New)) ||
		(ch.Old == "" || versionMenu(ch.Old)) && (ch.New == "" || versionMenu(ch.New)) || c.dateRevised(removed, added, fo, fn) && !c.dateInCommitment(ch.Old, ch.New) || c.versionRedated(removed, added, fo) || c.policyDated(fo, fn, removed, added) {
		if v, ok := c.placeLine(ch); ok {
			return v // "Effective Date in EEA & UK" → "… in EEA, UK, and Switzerland" (placeline.go)
		}
		return minor("minor.date-or-version", "Only a date, version label or copyright notice changed")
	}
	if siteNotice(ch) {
		// "Copyright 1996-2019 Ziff Davis. All Rights Reserved." and the
		// footer's other lines (sitenotice.go).
		return minor("structure.navigation", "Only the site's copyright notice, the footer captured with the policy, put in or taken out; it commits to nothing: "+c.asWritten(ch))
	}
	if bannerWords(ch.Old) || bannerWords(ch.New) {
		if so, sn := c.changedSentences(ch.Old, ch.New); c.updateBanner(so, sn) {
			// "We've updated our Privacy Policy, effective August 15, 2023.
			// You can view the prior Privacy Policy … here." (banner.go)
			return minor("same.banner", "Only a notice that the policy was or will be updated, put in or taken out; what changed is judged in the text: "+c.asWritten(ch))
		}
	}
	if c.modelsOnly(ch) {
		// "| Claude 3.5 Sonnet | Anthropic | No | 30 days |" → "| Claude
		// 3.7 Sonnet | …": the same provider, terms and data; model names
		// read as no language (modelcell.go).
		return minor("same.models", "Same providers and terms; only which of their models the table lists changed: "+c.asWritten(ch))
	}
	if v, ok := c.unreadable(ch, fo, fn, removed, added); ok {
		return v
	}
	if strings.HasPrefix(strings.TrimSpace(ch.Old), "|") && c.mergedRows(ch) {
		return minor("same.rows", "Two rows of a table put in one, each cell with the entries of both: "+c.asWritten(ch))
	}
	if ch.Kind == redline.Insert && c.announcement(ch.New) || ch.Kind == redline.Delete && c.announcement(ch.Old) {
		return minor("minor.announcement", "A note that the policy was updated, committing to nothing: "+excerpt(ch.Old+ch.New))
	}
	changed := c.content(removed, added)
	if (len(changed) == 0 || sameStems(c.content(removed), c.content(added))) && !c.placeInCapitals(ch.Old, ch.New) && actorSwapped(fo, fn) == "" && c.partyMoved(fo, fn) == "" && !listRegrouped(fo, fn) {
		if v, ok := c.numberVerdict(ch, fo, removed, added, changed); ok {
			return v
		}
		if who := readerPassivised(ch.Old, ch.New); who != "" {
			k, _, _ := c.categorize(fo, nil, c.headingWords(ch.Section))
			if k == "" {
				k = "unclassified"
			}
			v := c.material(ch, k+".actor", &signals{}, removed, added, "")
			v.Reason = fmt.Sprintf("Who acts changed (%s): %s (%s)", who, quoteChange(ch.Old, ch.New), strings.ToLower(c.label(k)))
			return v
		}
		if v := passiveSwapped(fo, fn); v != "" {
			// "If Urban Dictionary is acquired by another company" → "If
			// Urban Dictionary acquires another company".
			k, _, _ := c.categorize(fo, nil, c.headingWords(ch.Section))
			if k == "" {
				k = "unclassified"
			}
			vd := c.material(ch, k+".actor", &signals{}, removed, added, "")
			vd.Reason = fmt.Sprintf("Who acts reversed: a passive made active in place, so that the party acted on now acts (%s): %s", quoteWords([]string{v}), quoteChange(ch.Old, ch.New))
			return vd
		}
		if role := roleArticle(fo, fn); role != "" && c.rb.categoryIndex("identity") >= 0 {
			// "Teads is the data controller" → "Teads is a data
			// controller": no longer the only one.
			v := c.material(ch, "identity.role", &signals{}, removed, added, "")
			v.Reason = fmt.Sprintf("%s: whether the party is the only %s changed: %s", c.label("identity"), role, quoteChange(ch.Old, ch.New))
			return v
		}
		if v, ok := c.grammarReach(ch, fo, fn, removed, added); ok {
			return v // "on this website" → "on our websites" (reachhooks.go)
		}
		if v, ok := c.readerServedVerdict(ch, fo, fn, removed, added); ok {
			return v // "to provide you services" → "to provide services" (readerserved.go)
		}
		if v, ok := c.reachVerdict(ch, fo); ok {
			return v // "share … in certain circumstances with X, and Y" → "… with X and, in certain circumstances, with Y" (onlyreach.go)
		}
		if v, ok := c.tenseVerdict(ch, so, sn, fo, removed, added); ok {
			return v // "We respond to all requests" → "We have responded to …" (pastreport.go)
		}
		if v, ok := c.agentVerdict(ch, so, sn, fo, removed, added); ok {
			return v // "Information that you provide" → "… that is provided" (agentdropped.go)
		}
		if limit, subject, was := limitFronted(so, sn); limit != "" {
			// "personnel access this data only to perform support
			// services" → "Only omnie personnel have access to this data,
			// in order to perform …" (limitfronted.go)
			k, _, _ := c.categorize(was, fo, c.headingWords(ch.Section))
			if k == "" {
				k = "unclassified"
			}
			v := c.material(ch, k+".moved", &signals{}, removed, added, "")
			v.Reason = fmt.Sprintf("Limit moved: '%s' now limits who or what (%s), no longer %s: %s (%s)", limit, quoteWords([]string{strings.Join(subject, " ")}), quoteWords([]string{strings.Join(was, " ")}), quoteChange(ch.Old, ch.New), strings.ToLower(c.label(k)))
			return v
		}
		return minor("cosmetic.grammar", "Grammar only: "+c.asWritten(ch))
	}
	// A spelling corrected is judged on the words as written: folding
	// would have put "keep" for "retain", which is no longer a typo of
	// "retian".
	if po, pn := c.writtenWords(so, sn); (c.typos(c.content(po), c.content(pn)) || c.typos(po, pn) || strayLetters(po, pn)) && c.partyMoved(fo, fn) == "" && !opensExamples(po) && !opensExamples(pn) && !personTraded(po, pn) {
		if v, ok := c.numberVerdict(ch, fo, removed, added, changed); ok {
			return v
		}
		return minor("cosmetic.spelling", "Spelling corrected: "+wordChange(po, pn))
	} else if ch.Kind == redline.Replace && len(po) > 0 && len(pn) > 0 && len(po)+len(pn) > 2 && len(po)*len(pn) <= 1024 {
		// A word corrected beside other edits: the rest is judged with
		// it put right (typomended.go).
		if o, fixed := c.typosMended(ch.Old, ch.New, po, pn); len(fixed) > 0 {
			if v, ok := c.setAside(ch, o, ch.New, "cosmetic.spelling", "a spelling corrected: "+strings.Join(fixed, ", ")); ok {
				return v
			}
		}
	}
	if sameQuantities(fo, fn) && !partNumbersOnly(removed, added, fo, fn) && func() bool { q := c.timeNouns(changed); return len(q) == 0 || c.onlyQuantities(q) }() {
		if r, a := c.writtenDiff(ch); slices.ContainsFunc(append(slices.Clone(r), a...), func(w string) bool { return !isNumber(w) && !ix.number[w] && !ix.unit[w] }) {
			// Other words written another way beside the figure ("will
			// come to an end 7 years" → "will end seven years"): the
			// words as a diff of them would read "come to an 7".
			so, sn := c.changedSentences(ch.Old, ch.New)
			return minor("same.quantity", "Same commitments: the same quantity, written another way: "+quoteChange(so, sn))
		}
		return minor("same.quantity", "Same commitments: the same quantity, written another way: "+c.asWritten(ch))
	}

	// Substantive: compare what the changed sentences commit to.
	ctxOld, ctxNew := c.changedSentences(ch.Old, ch.New)
	if said, put := supersededSaid(ctxOld, ctxNew); said != "" && c.rb.categoryIndex("scope") >= 0 {
		// "Superceded by [PyPI Terms of Service](…)" put above the
		// terms: another text governs now (supersede.go).
		return c.material(ch, "scope.superseded", &signals{}, removed, added, supersededReason(said, put, quoteChange(ctxOld, ctxNew)))
	}
	if group, put := policyForSaid(ctxOld, ctxNew); group != "" && c.rb.categoryIndex("scope") >= 0 {
		// "To see the Privacy policy applicable to the Outbrain DSP
		// Users, …": whose data another policy governs (policyfor.go).
		return c.material(ch, "scope.policy-for", &signals{}, removed, added, policyForReason(group, put, quoteChange(ctxOld, ctxNew)))
	}
	po, pn := c.withoutPointers(ctxOld), c.withoutPointers(ctxNew)
	if !otherSections(ctxOld, ctxNew) {
		// Which part of the policy says a thing commits to nothing,
		// unless the links show it is another part.
		po, pn = samePlaces(po), samePlaces(pn)
		if c.pointersOnlyReworded(po, pn) {
			return minor("same.pointer", "Same commitments; only a pointer to a part of the policy, or the title it gives that part, changed: "+quoteChange(ctxOld, ctxNew))
		}
	}
	if po != ctxOld || pn != ctxNew {
		// "(its address is given in the section "Who are we?")" only
		// points to where the policy says a thing.
		if po != "" && pn != "" && equalWords(ix.fold(po), ix.fold(pn)) {
			return minor("same.pointer", "Same commitments; only a pointer to a part of the policy, or the title it gives that part, changed: "+quoteChange(ctxOld, ctxNew))
		}
		ctxOld, ctxNew = po, pn
		removed, added = diffWords(ix.fold(po), ix.fold(pn))
		changed = c.content(removed, added)
	}
	fqOld, fqNew := withoutUpdateFrequency(ctxOld, ctxNew) // "from time to time" → "occasionally" (updatereason.go)
	if uo, un := c.withoutUpdateReasonsPair(fqOld, fqNew); uo != ctxOld || un != ctxNew {
		// "This privacy policy may be updated according to regulatory
		// developments" → "… to reflect changes in regulations or
		// services": why the policy may change binds no one.
		if uo != "" && un != "" && equalWords(ix.fold(uo), ix.fold(un)) {
			return minor("same.commitments", "Same commitments; only how often or why the policy may be updated changed: "+quoteChange(ctxOld, ctxNew))
		}
		ctxOld, ctxNew = uo, un
		removed, added = diffWords(ix.fold(uo), ix.fold(un))
		changed = c.content(removed, added)
	}
	if do, dn := definedBack(ctxOld, ctxNew); do != ctxOld || dn != ctxNew {
		// "These providers are obligated" → "(together, "Service
		// Providers") … Service Providers are obligated": a label given
		// to a term, and used where the other side refers back to it.
		if do != "" && dn != "" && equalWords(ix.fold(do), ix.fold(dn)) {
			return minor("same.label", "Same commitments; a term given a label, and the label used for it: "+quoteChange(ctxOld, ctxNew))
		}
		ctxOld, ctxNew = do, dn
		removed, added = diffWords(ix.fold(do), ix.fold(dn))
		changed = c.content(removed, added)
	}
	// The house number and postcode of a postal address both sides give
	// say at which door the same party is reached, not what it commits
	// to: "88 Colin P. Kelly, San Francisco, CA 94110" → "88 Colin P.
	// Kelly Jr. Street, San Francisco, CA 94107". They are left out of
	// the comparison; the names of the party and the town are not.
	// So is the region written between its town and postcode.
	rOld, rNew := withoutRegions(ctxOld, ctxNew)
	mOld, mNew := c.withoutAddressNumbers(rOld, rNew)
	if (rOld != ctxOld || rNew != ctxNew) && equalWords(ix.fold(mOld), ix.fold(mNew)) {
		return minor("same.address", "The same address, its region, numbers or country written another way: "+quoteChange(ctxOld, ctxNew))
	}
	if (mOld != ctxOld || mNew != ctxNew) && equalWords(ix.fold(mOld), ix.fold(mNew)) {
		return minor("same.address", "The same address, its numbers or its country written another way: "+quoteChange(ctxOld, ctxNew))
	}
	if addrs, ok := c.addressGiven(ctxOld, ctxNew); ok {
		return minor("same.address", "The postal address of a party the text names, given after its name: "+excerpt(strings.Join(addrs, "; "))) // addressplace.go
	}
	if addressBlockNumber(ch.Old, ch.New) {
		return minor("same.address", "The same party, street and town; only the house number changed: "+quoteChange(ctxOld, ctxNew))
	}
	// So are its street and districts, in the same town (withoutStreets).
	if sOld, sNew, moved := c.withoutStreets(ctxOld, ctxNew); moved {
		if mOld, mNew = c.withoutAddressNumbers(sOld, sNew); equalWords(ix.fold(mOld), ix.fold(mNew)) {
			return minor("same.address", "The same party, at another street of the same town: "+quoteChange(ctxOld, ctxNew))
		}
	}
	if v, ok := c.addressMoved(ch, ctxOld, ctxNew); ok {
		return v // "10811 Washington Blvd, Culver City" → "9024 W. Olympic Blvd., Beverly Hills" (officetown.go)
	}
	if no, nn := withoutNaming(mOld), withoutNaming(mNew); no != mOld || nn != mNew {
		// "(sometimes called the "right to be forgotten")" names the
		// term quoted, and commits to nothing.
		if equalWords(ix.fold(no), ix.fold(nn)) {
			return minor("same.commitments", "Same commitments; a term named: "+quoteChange(ctxOld, ctxNew))
		}
		mOld, mNew = no, nn
	}
	if vo, vn := c.withoutVersions(mOld, mNew); vo != mOld || vn != mNew {
		// "Google Analytics 4" is "Google Analytics": a product's version.
		if equalWords(ix.fold(vo), ix.fold(vn)) {
			return minor("same.term", "Same commitments; the version of a product named, written or dropped: "+quoteChange(ctxOld, ctxNew))
		}
		mOld, mNew = vo, vn
	}
	if ro, rn := c.renamedAsFormer(mOld, mNew), c.renamedAsFormer(mNew, mOld); ro != mOld || rn != mNew {
		// "Acme, formerly Beta" is Beta renamed (renamedAsFormer).
		if equalWords(ix.fold(ro), ix.fold(rn)) {
			return minor("same.term", "Same commitments; a name changed, said to be the former one renamed: "+quoteChange(ctxOld, ctxNew))
		}
		mOld, mNew = ro, rn
	}
	mOld, mNew = c.authorAsWe(ctxOld, ctxNew, mOld, mNew)
	mOld, mNew = usersAsYou(mOld, mNew)
	if uo, un := usersOf(mOld, mNew); uo != mOld || un != mNew {
		// "users of our systems" is "the people who use our systems"
		// (speaker.go, b68-16).
		if fo, fn := ix.fold(uo), ix.fold(un); equalWords(fo, fn) ||
			c.forceless(fo) && c.forceless(fn) && equalWords(ix.contentWords(fo), ix.contentWords(fn)) {
			return minor("same.commitments", "Same commitments; the same people, the users of a service, named another way: "+quoteChange(ctxOld, ctxNew))
		}
		mOld, mNew = uo, un
	}
	mOld, mNew = disclaimed(mOld, mNew)
	mOld, mNew = prohibitions(mOld, mNew)    // "you may not sign up" is "you must not" (prohibition.go)
	mOld, mNew = notAlwaysHedged(mOld, mNew) // "may not always be accurate" (notalways.go)
	mOld, mNew = stopUsing(mOld, mNew)       // "avoid any further use of" (stopusing.go)
	mOld, mNew = thirdPartyDisclaimed(mOld, mNew, ch.Old, c.headingText(true))
	// "transmission over the internet or by email" is "internet or email
	// transmission".
	mOld, mNew = channelsAsModifiers(mOld, mNew), channelsAsModifiers(mNew, mOld)
	mOld, mNew = priorProcessingLawful(mOld, mNew)
	if fo, fe := withoutFutureEffect(mOld, mNew); fo != mOld || fe != mNew {
		// "Withdraw your consent at any time, with effect for the future"
		// states the law's rule (futureeffect.go).
		if equalWords(ix.fold(fo), ix.fold(fe)) {
			return minor("same.commitments", "Same commitments; a withdrawal of consent said to take effect for the future, as the law has it (GDPR Art. 7(3)): "+quoteChange(ctxOld, ctxNew))
		}
		mOld, mNew = fo, fe
	}
	mOld, mNew = docAlternatives(mOld, mNew)
	// "npmjs.org" is "the npm website" (domainAsSite).
	sOld, sNew, sameSite := c.siteNamedAnotherWay(mOld, mNew)
	if sameSite {
		return minor("same.site", "Same commitments; the same website, named by its domain or by its brand: "+quoteChange(ctxOld, ctxNew))
	}
	mOld, mNew = sOld, sNew
	mOld, mNew = mayInclude(mOld, mNew)
	mOld, mNew = openInclusion(mOld, mNew)                              // "including without limitation" (openinclusion.go)
	mOld, mNew = hundredPercent(mOld, mNew), hundredPercent(mNew, mOld) // "100% secure" is "completely secure" (hundredpercent.go)
	mOld, mNew = harmsAsNouns(mOld, mNew), harmsAsNouns(mNew, mOld)     // "being accessed without authorization" (harmsaspassive.go)
	mOld, mNew = definitionsAsBrackets(mOld), definitionsAsBrackets(mNew)
	mOld, mNew = definitionsInBrackets(mOld, mNew), definitionsInBrackets(mNew, mOld)
	mOld, mNew = c.withoutAvailabilityNote(mOld, mNew)
	mOld, mNew = withoutWhether(mOld), withoutWhether(mNew)
	mOld, mNew = statedQuestions(mOld), statedQuestions(mNew)                 // "Does omnie sell it? No." (questionstated.go)
	mOld, mNew = c.elidedModifiers(mOld, mNew), c.elidedModifiers(mNew, mOld) // "call logs and recordings" (elidedmodifier.go)
	mOld, mNew = agesInYears(mOld), agesInYears(mNew)
	mOld, mNew = agedNouns(mOld, mNew)
	// "data storage locations" is "where data is stored"; "different
	// jurisdictions" is "different countries" (placeofact.go).
	mOld, mNew = placeOfActAsNoun(mOld, mNew), placeOfActAsNoun(mNew, mOld)
	mOld, mNew = unnamedPlacesAs(mOld, mNew), unnamedPlacesAs(mNew, mOld)
	// "individuals aged 18 or older" → "adults (individuals aged 18 or
	// over)": a noun defined by the words the other side says.
	mOld, mNew = appositiveDefined(mOld, mNew), appositiveDefined(mNew, mOld)
	// "… the platform. These include:" leads into the list "…, including
	// the following:" does.
	mOld, mNew = includeLead(mOld), includeLead(mNew)
	// "(see section 13)", "As described above," point to another part of
	// the policy and commit to nothing (pointeradded.go).
	if po, pn := c.pointersDropped(mOld, mNew); po != mOld || pn != mNew {
		if equalWords(ix.fold(po), ix.fold(pn)) {
			return minor("same.pointer", "Same commitments; a pointer to another part of the policy added or removed: "+quoteChange(ctxOld, ctxNew))
		}
		mOld, mNew = po, pn
	}
	// "(the Analytics switch in our cookie banner)" says where a control
	// the line gives is found (controlplace.go).
	if place := c.controlPlaceAdded(mOld, mNew); place != "" {
		return minor("same.control", fmt.Sprintf("Same commitments; where to find a control the line already gives, added: %s", quoteWords([]string{strings.Trim(place, "(), ")})))
	}
	// "cookies and other tracking technologies" names one of the
	// tracking technologies (otherkind.go).
	if kind := c.otherKindAdded(mOld, mNew); kind != "" {
		return minor("same.kind", fmt.Sprintf("Same commitments; one of what the line names, named before \"and other\": %s", quoteWords([]string{kind})))
	}
	// "The Customer, through its workspace administrators, acts" says
	// which of its own people act (ownagent.go).
	if agent := c.ownAgentAdded(mOld, mNew); agent != "" {
		return minor("same.agent", fmt.Sprintf("Same commitments; which of the party's own people act, added: %s", quoteWords([]string{strings.Trim(agent, "(), ")})))
	}
	// "Customers, as the Data Controllers, are" where the policy says "The
	// Customer acts as the Data Controller" (glossrestated.go).
	if go_, gn := c.glossesDropped(mOld, mNew); go_ != mOld || gn != mNew {
		if equalWords(ix.fold(go_), ix.fold(gn)) {
			return minor("same.gloss", "Same commitments; a gloss that repeats what the policy says the term or party is: "+quoteChange(ctxOld, ctxNew))
		}
		mOld, mNew = go_, gn
	}
	// "we will give you the opportunity to" is "you will be able to".
	if mOld != "" && mNew != "" {
		mOld, mNew = offeredChance(mOld), offeredChance(mNew)
	}
	// "update or modify this Privacy Policy" is "change this Privacy
	// Policy", both read "update" (policyrevise.go).
	if mOld != "" && mNew != "" {
		mOld, mNew = versionPublishedPair(mOld, mNew) // "update this Policy by publishing an updated version"
		mOld, mNew = policyRevisedPair(mOld, mNew)
		mOld, mNew = effectSaidPair(mOld, mNew) // "shall be effective immediately upon" is "takes effect as soon as"
	}
	if to, tn := listTallyDropped(mOld), listTallyDropped(mNew); mOld != "" && mNew != "" && (to != mOld || tn != mNew) {
		// "for three purposes: a, b and c": the count sums the list.
		if equalWords(ix.fold(to), ix.fold(tn)) {
			return minor("same.commitments", "Same commitments; the items of a list counted: "+quoteChange(ctxOld, ctxNew))
		}
		mOld, mNew = to, tn
	}
	// "…, in accordance with applicable law" binds to what the law
	// imposes anyway; "the way you use" is "how you use".
	mOld, mNew = periodAsLong(theWayAsHow(c.withoutLawful(mOld))), periodAsLong(theWayAsHow(c.withoutLawful(mNew)))
	mOld, mNew = wherePermittedPair(mOld, mNew) // "where permitted" is "where the law permits" (lawful.go)
	// "your information" is "the information we collect".
	mOld, mNew = c.ourInformation(mOld, mNew)
	// A name one side writes out and the other by its initials is
	// compared as the initials: "outside the EEA" → "outside the European
	// Economic Area" changes no term.
	fOld, fNew := ix.fold(mOld), ix.fold(mNew)
	if ao, an := writeAcronyms(mOld, mNew); ao != mOld || an != mNew {
		r0, a0 := diffWords(fOld, fNew)
		if r1, a1 := diffWords(ix.fold(ao), ix.fold(an)); len(r1)+len(a1) < len(r0)+len(a0) {
			fOld, fNew = ix.fold(ao), ix.fold(an)
		}
	}
	// "Limited" after a company's name is its form, not a limit.
	fOld, fNew = limitedAsForm(fOld, mOld), limitedAsForm(fNew, mNew)
	// "to be reviewed by a human" is "human review".
	hOld, hNew := humanReviewed(fOld), humanReviewed(fNew)
	humanRewritten := len(hOld) != len(fOld) || len(hNew) != len(fNew)
	fOld, fNew = hOld, hNew
	// "to see if it is up to date" asks "whether" it is.
	qOld, qo := questionIf(fOld)
	qNew, qn := questionIf(fNew)
	fOld, fNew, humanRewritten = qOld, qNew, humanRewritten || qo || qn
	// compare makes so and sn the words compared, and the words between
	// them what changed.
	compare := func(so, sn []string) {
		fOld, fNew = so, sn
		removed, added = diffWords(fOld, fNew)
		changed = c.content(removed, added)
	}
	if mOld != ctxOld || mNew != ctxNew || humanRewritten {
		compare(fOld, fNew)
	}
	// "we do not, and will not, sell" is "we do not sell" (singleDenial).
	if dOld, dNew, ok := singleDenials(fOld, fNew); ok {
		compare(dOld, dNew)
	}
	// "not to show your location" is "to hide it" (negatedverb.go).
	if nOld, nNew := negatedVerbs(fOld, fNew); len(nOld) != len(fOld) || len(nNew) != len(fNew) {
		compare(nOld, nNew)
	}
	reworded := ctxOld != "" && ctxNew != "" // a sentence reworded, not one added or removed
	// A table's header row labels the columns under it: the row a table
	// row is read under is itself.
	c.header = strings.HasPrefix(strings.TrimSpace(ch.Old), "|") && strings.HasPrefix(strings.TrimSpace(ch.New), "|") && c.leadIn() == ""
	if reworded {
		// "after which", "and then", "once that period is over" order a
		// step after the period stated: sequence, not a condition.
		if so, sn := sequenceOnly(anchored(exceptWhere(fOld))), sequenceOnly(anchored(exceptWhere(fNew))); len(so) != len(fOld) || len(sn) != len(fNew) || !equalWords(so, fOld) || !equalWords(sn, fNew) {
			compare(so, sn)
		}
		if so, sn := concessionAsBut(fOld, fNew); len(so) != len(fOld) {
			// "While we strive …, no measure is secure" is "We strive
			// …, but no measure is secure".
			compare(so, sn)
		} else if sn, so := concessionAsBut(fNew, fOld); len(sn) != len(fNew) {
			compare(so, sn)
		}
		if keptThenDeleted(fOld, fNew, removed, added) && len(sentences(ctxOld)) == 1 && len(sentences(ctxNew)) == 1 {
			return minor("same.commitments", "Same commitments; kept for a period and then deleted is deleted after it: "+quoteChange(ctxOld, ctxNew))
		}
		if so, sn := splitPassOn(c.freeBoth(fOld, fNew)), splitPassOn(c.freeBoth(fNew, fOld)); len(so) != len(fOld) || len(sn) != len(fNew) || !equalWords(so, fOld) || !equalWords(sn, fNew) {
			// "We do not charge a fee to …" is "… is free of charge";
			// "we pass your details on to X" is "we share them with X".
			compare(so, sn)
		}
		if so, sn := sameInstrument(fOld, fNew); len(so) != len(fOld) || len(sn) != len(fNew) || !equalWords(so, fOld) || !equalWords(sn, fNew) {
			// "we use encryption to protect your data" is "we protect
			// your data with encryption": the instrument said after the
			// act.
			if equalWords(so, sn) && len(sentences(ctxOld)) == 1 && len(sentences(ctxNew)) == 1 {
				return minor("same.commitments", "Same commitments; what is used, and what for, said another way: "+quoteChange(ctxOld, ctxNew))
			}
			compare(so, sn)
		}
		if so, sn := ix.actSaidAsNoun(fOld, fNew); len(so) != len(fOld) || len(sn) != len(fNew) || !equalWords(so, fOld) || !equalWords(sn, fNew) {
			// "make a decision on" is "decide on": an act said as its
			// noun, with a verb that only says it happens.
			if equalWords(so, sn) && len(sentences(ctxOld)) == 1 && len(sentences(ctxNew)) == 1 {
				return minor("same.commitments", "Same commitments; an act said as its noun: "+quoteChange(ctxOld, ctxNew))
			}
			compare(so, sn)
		}
		if so, sn := informationGiven(fOld, fNew), informationGiven(fNew, fOld); len(so) != len(fOld) || len(sn) != len(fNew) {
			// "provide you with information about whether" is "tell you
			// whether" (informedof.go).
			compare(so, sn)
		}
		if so, sn := c.subjectToBound(fOld), c.subjectToBound(fNew); !equalWords(so, fOld) || !equalWords(sn, fNew) {
			// "staff are subject to non-disclosure agreements" is "staff
			// are bound by them": a duty of people, no exception.
			compare(so, sn)
		}
		if so, sn := conjoinedPlace(fOld, fNew), conjoinedPlace(fNew, fOld); len(so) != len(fOld) || len(sn) != len(fNew) {
			// "transferred to and stored in the United States" is
			// "transferred to the United States": the same place.
			compare(so, sn)
		}
		if so, sn := withoutDistributed(fOld), withoutDistributed(fNew); len(so) != len(fOld) || len(sn) != len(fNew) || !equalWords(so, fOld) || !equalWords(sn, fNew) {
			// "without A and without B" is "without A or B" (withoutdistributed.go).
			compare(so, sn)
		}
		if so, sn := keptState(fOld, fNew), keptState(fNew, fOld); len(so) != len(fOld) || len(sn) != len(fNew) || !equalWords(so, fOld) || !equalWords(sn, fNew) {
			// "is kept logically separate" is "is logically separated" (keptstate.go).
			if equalWords(so, sn) && len(sentences(ctxOld)) == 1 && len(sentences(ctxNew)) == 1 {
				return minor("same.commitments", "Same commitments; a state said to be kept, or said as it is: "+quoteChange(ctxOld, ctxNew))
			}
			compare(so, sn)
		}
		if so, sn := lawAsGrantor(fOld, fNew), lawAsGrantor(fNew, fOld); len(so) != len(fOld) || len(sn) != len(fNew) {
			// "most privacy laws give you the right" is "under most
			// privacy laws you have the right" (lawgrants.go).
			compare(so, sn)
		}
		if so, sn := permissionPrompt(fOld), permissionPrompt(fNew); !equalWords(so, fOld) || !equalWords(sn, fNew) {
			// "we'll ask for permission" is "the OS will prompt for
			// permission": the same prompt before the same access.
			compare(so, sn)
		}
		if so, sn := c.pronounBack(fOld, fNew), c.pronounBack(fNew, fOld); !equalWords(so, fOld) || !equalWords(sn, fNew) {
			// "decline the cookies" is "refuse them" after "refusing
			// cookies": a pronoun for the noun it refers back to.
			compare(so, sn)
		}
		if so, sn := c.negatedOpposites(fOld, fNew); len(so) != len(fOld) || len(sn) != len(fNew) {
			// "if you are not satisfied" is "if you are unhappy": a
			// negated adjective for its opposite.
			compare(so, sn)
		}
		if so, sn := whichAsWhere(fOld, fNew), whichAsWhere(fNew, fOld); len(so) != len(fOld) || len(sn) != len(fNew) {
			// "the jurisdictions in which we process it" is "… where
			// we process it" (placewhere.go).
			compare(so, sn)
		}
		if so, sn := purposeAsTo(fOld, fNew), purposeAsTo(fNew, fOld); len(so) != len(fOld) || len(sn) != len(fNew) {
			// "for the purpose of identifying" is "to identify"; "to
			// enable us to provide" is "to provide" (purposephrase.go).
			compare(so, sn)
		}
		if so, sn := placeAsClause(fOld, fNew); !equalWords(so, fOld) || !equalWords(sn, fNew) {
			// "depending on your location" is "depending on where you
			// live" (placewhere.go).
			compare(so, sn)
		}
		if c.listCounted(fOld, fNew) {
			// "at least one of the three following safeguards", two
			// listed → "… of the two following safeguards".
			return minor("same.count", "Same commitments; the number of items the list below has, put right: "+quoteChange(ctxOld, ctxNew))
		}
		if so, sn := c.closingExclusion(fOld, fNew), c.closingExclusion(fNew, fOld); len(so) != len(fOld) || len(sn) != len(fNew) {
			// "only in accordance with your instructions" is "in
			// accordance with your instructions, and in no other way".
			compare(so, sn)
		}
		if so, sn := leadingExclusion(fOld), leadingExclusion(fNew); len(so) != len(fOld) || len(sn) != len(fNew) {
			// "for no purpose other than support" is "only for support".
			compare(so, sn)
		}
		if so, sn := natureAsAdjective(fOld), natureAsAdjective(fNew); len(so) != len(fOld) || len(sn) != len(fNew) {
			// "information of a personal nature" is "personal
			// information" (naturephrase.go), folded again as the
			// phrase it now is ("personal information" is "personal
			// data")
			compare(ix.fold(strings.Join(so, " ")), ix.fold(strings.Join(sn, " ")))
		}
		if co, cn := c.countLabelOut(ctxOld, ctxNew, true), c.countLabelOut(ctxNew, ctxOld, false); co != ctxOld || cn != ctxNew {
			// "may access:" → "may access these five types of
			// information:", five listed under it (listcount.go)
			if so, sn := ix.fold(co), ix.fold(cn); len(c.content(diffWords(so, sn))) == 0 {
				if c.compareForce(so, sn) == nil {
					return minor("same.count", "Same commitments; a count put to the list it names, as many as it has: "+quoteChange(ctxOld, ctxNew))
				}
				compare(so, sn)
			}
		}
		if so, sn := doubleDenials(fOld, fNew), doubleDenials(fNew, fOld); (len(so) != len(fOld) || len(sn) != len(fNew)) && len(c.content(diffWords(so, sn))) == 0 {
			// "is not used for anything other than support" is "is used
			// solely for support" (exceptonly.go); where words of
			// substance still differ, the other readings are left to
			// find the same ("any purposes other than those we specify").
			compare(so, sn)
		}
		if so, sn := negationsAsOutside(fOld, fNew); len(so) != len(fOld) || len(sn) != len(fNew) || !equalWords(so, fOld) || !equalWords(sn, fNew) {
			// "we do not control how they use it" is "how they use it is
			// outside our control": the negation said by a preposition.
			compare(so, sn)
		}
		if so, sn := c.listJoins(fOld, fNew, ctxNew), c.listJoins(fNew, fOld, ctxOld); len(so) != len(fOld) || len(sn) != len(fNew) {
			// "X, Y and Z" lists what "X, Y, Z" does.
			compare(so, sn)
		}
		if so, sn := latterNamed(fOld, fNew, ix.fold(ch.Old)), latterNamed(fNew, fOld, ix.fold(ch.New)); !equalWords(so, fOld) || !equalWords(sn, fNew) {
			// "by a model and by a credit officer; the latter decides" is
			// "…; the credit officer decides".
			compare(so, sn)
		}
		if so, sn := c.itemsAsClauses(fOld, fNew, ctxNew), c.itemsAsClauses(fNew, fOld, ctxOld); len(so) != len(fOld) || len(sn) != len(fNew) {
			// "X are set only after you accept them, and they expire" is
			// "X: - are set only after you accept them; - expire".
			compare(so, sn)
		}
		if so, sn := c.prepositionsSaidOnce(fOld, fNew), c.prepositionsSaidOnce(fNew, fOld); len(so) != len(fOld) || len(sn) != len(fNew) {
			// "against loss and against theft" is "against loss and
			// theft".
			compare(so, sn)
		}
		if so, sn := doSoBack(fOld, fNew), doSoBack(fNew, fOld); !equalWords(so, fOld) || !equalWords(sn, fNew) {
			// "and will not do so" is "and will not sell your data"
			// after "we do not sell your data" (doso.go).
			compare(so, sn)
		}
		if so, sn := demandAsCausative(fOld, fNew), demandAsCausative(fNew, fOld); len(so) != len(fOld) || len(sn) != len(fNew) || !equalWords(so, fOld) || !equalWords(sn, fNew) {
			// "a right to require that your data be moved" is "a right to
			// have your data moved".
			compare(so, sn)
		}
		if so, sn := necessityAsManner(fOld, fNew), necessityAsManner(fNew, fOld); len(so) != len(fOld) || len(sn) != len(fNew) {
			// "as required to deliver services" is "where this is needed
			// to deliver the services".
			compare(so, sn)
		}
		if so, sn, ok := c.sameNecessity(fOld, fNew); ok && len(sentences(ctxOld)) == 1 && len(sentences(ctxNew)) == 1 {
			// "may only join with a parent's permission" is "a parent has
			// to give permission before a pupil can join".
			compare(so, sn)
		}
	}
	if reworded && c.exampleRestated(ctxOld, ctxNew) {
		return minor("same.example", "Same commitments; an example said another way, naming nothing new: "+quoteChange(ctxOld, ctxNew)) // examplerestated.go
	}
	if reworded && c.trailingExample(ctxOld, ctxNew) && !c.sharesMore(diffWords(fOld, fNew)) {
		return minor("same.example", "Same commitments; a clarifying example: "+quoteChange(ctxOld, ctxNew))
	}
	if reworded && (c.conditionExample(ctxOld, ctxNew) || c.conditionExample(ctxNew, ctxOld)) && !c.sharesMore(diffWords(fOld, fNew)) {
		return minor("same.example", "Same commitments; an example of a case the sentence applies in: "+quoteChange(ctxOld, ctxNew))
	}
	if reworded && c.lawPlaceExamples(ctxOld, ctxNew) {
		return minor("same.example", "Same commitments; examples of the places whose laws the sentence explains, which it still names as a set: "+quoteChange(ctxOld, ctxNew))
	}
	if v, ok := c.addressRemoved(ch, ctxOld, ctxNew); ok {
		return v // "Level 5, 1 Market Street, Sydney NSW 2000" removed (officetown.go)
	}
	if (ch.Kind == redline.Insert || ch.Kind == redline.Delete) && partSummary(ch.Old+ch.New) {
		return minor("same.pointer", "A pointer to where the policy sets something out, with what it is called there; it commits to nothing of its own: "+excerpt(ch.Old+ch.New)) // partnumber.go
	}
	c.section = ch.Section
	sig := c.significant(changed, ctxOld, ctxNew, fOld, fNew)
	if len(sig.entitiesAdded) > 0 {
		c.placedCountries(sig, ch) // placedparty.go
	}
	var force *forceChange
	if reworded {
		// The force of the commitment is compared as a whole: "will not"
		// for "never" is no change, "will" for "aim to" is one.
		force = c.compareForce(fOld, fNew)
		if force != nil && (force.scale == "negation" || force.scale == "exception") {
			if o, n, ok := withoutAsUnless(fOld, fNew); ok {
				// "without your permission" is "unless you give us
				// permission": the same condition, said as an exception.
				force = c.compareForce(o, n)
			}
		}
		if force == nil {
			// a hedge one sentence gains beside another's (maskedforce.go)
			force = c.maskedForce(ctxOld, ctxNew, fOld, fNew)
		}
		// "but not your messages" cut out of what we view limits the act
		// (exclusionpolarity.go).
		force = exclusionPolarity(force, fOld, fNew)
		if force != nil && force.scale == "obligation" && len(force.from) == 0 {
			if n := c.readerPermission(ctxOld, fNew); n != nil {
				// "To obtain a copy, send a request" → "A copy can be
				// requested": the reader's way to act, said with a modal.
				force = c.compareForce(fOld, n)
			}
		}
		if force != nil && force.scale == "obligation" && len(force.to) == 0 {
			if o := c.readerPermission(ctxNew, fOld); o != nil {
				// The same the other way: "Requests can be submitted by
				// contacting …" → "To submit a request, contact …".
				force = c.compareForce(o, fNew)
			}
		}
		if force != nil && force.scale == "condition" {
			if so, sn := readerAsClass(fOld, fNew), readerAsClass(fNew, fOld); len(so) != len(fOld) || len(sn) != len(fNew) || !equalWords(so, fOld) || !equalWords(sn, fNew) {
				// "If you are a California resident, the CCPA gives you
				// rights" is "California residents have rights under the
				// CCPA": the reader on a condition, or the class named.
				force = c.compareForce(so, sn)
			}
		}
		if force != nil && force.scale == "obligation" && len(force.from) == 1 && len(force.to) == 1 && advisoryToPermission(force) {
			if so, sn := c.readerModals(fOld), c.readerModals(fNew); so != nil && sn != nil {
				// "EU individuals should go to …" → "you can … at …":
				// advice to the reader, or the reader's own means, the
				// same either way; and where the reader is, said as a
				// condition, is the class of people named.
				if force = c.compareForce(so, sn); force != nil && force.scale == "condition" {
					force = c.compareForce(readerAsClass(so, sn), readerAsClass(sn, so))
				}
			}
		}
		if force != nil && (force.scale == "condition" || force.scale == "time" && c.traded(fOld, fNew)) && c.sameContent(fOld, fNew) {
			// A condition said as an object or a phrase of time, with the
			// same words: "When you delete your account, we erase your
			// data within 30 days" is "We erase your data within 30 days
			// of you deleting your account".
			force = nil
		}
		if force != nil && c.adviceForceOnly(force.scale, ctxOld, ctxNew) {
			// "We encourage you to review it periodically" → "Please
			// review it now and then": advice to the reader (adviceforce.go).
			force = nil
		}
		if (force == nil || force.scale == "condition") && anytime(fOld) != anytime(fNew) && (c.userPower(fOld) || c.userPower(fNew) || c.rightNamedPower(fOld) && c.rightNamedPower(fNew)) { // anytimeright.go
			// A power of the user's that could be used at any time, and
			// now only at some ("once a year", "during business hours",
			// "while you are signed in": a time of the user's act, said
			// as a condition), is limited. ("We may change this policy
			// at any time" reserves a power of the company's: not
			// weighed here.)
			force = &forceChange{scale: "availability", verb: "limited", direction: anytimeDirection(fNew)}
			if anytime(fNew) {
				force.verb = "widened"
			}
		}
		if sig.kind == "negation" || sig.kind == "modal" || sig.kind == "number" && sameQuantities(fOld, fNew) {
			sig.kind = ""
		}
	}
	if (ctxOld == "" || ctxNew == "") && len(sig.entitiesAdded)+len(sig.entitiesRemoved) == 0 && c.definitionsOnly(ctxOld+ctxNew, ctxNew == "") {
		return minor("minor.definition", "A definition of a term, added or removed; it states what a word means, not what anyone does with data: "+excerpt(ctxOld+ctxNew)) // termdefinition.go
	}
	if force == nil && len(sig.entitiesAdded)+len(sig.entitiesRemoved) == 0 && c.reportedFigures(ctxOld, ctxNew) {
		return minor("minor.figure", "Only a date, a year or a figure reported of past events changed; it is no term of a commitment: "+quoteChange(ctxOld, ctxNew)) // reportedfigure.go
	}
	// The innermost heading, and a list item's lead-in: what the text is
	// read under.
	section := c.headingWords(ch.Section)
	if h := c.plainHeading(); h != "" {
		section = c.ix.fold(h) // a title written as a line of its own (plainheading.go)
	}
	// A paragraph's bold lead is its own heading (runinlead.go).
	lead := c.leadHeading(ch.Old, ch.New)
	leadCat := "" // what the list a list item belongs to is a list of
	leadScore := 0
	parties := false // whether the list is one of parties
	if lead := c.leadIn(); lead != "" {
		fl := ix.fold(lead)
		section = append(section, fl...) // a copy: fold's words are clipped
		if k, hit, _ := c.categorize(fl, nil, nil); hit && !strings.HasPrefix(strings.TrimSpace(lead), "|") {
			leadCat = k // a table's header names its columns, not what its rows are
			leadScore = c.scores[c.rb.categoryIndex(k)]
			if k == "transfers" && slices.Contains(fl, "located") && c.partyWords(fl) && c.rb.categoryIndex("recipients") >= 0 {
				// "These subprocessors are all located in the United
				// States:" lists parties, and says where they are: an
				// item added or removed is a party data goes to, or no
				// longer goes to (basecamp-105, 120).
				leadCat, parties = "recipients", true
				leadScore = c.scores[c.rb.categoryIndex(leadCat)]
			}
		}
	} else if !reworded {
		// A sentence added or removed that is one item of a list run in
		// after a colon ("providers of: website hosting; …; generative
		// AI services; …") is read under the words before the colon; a
		// list of parties ("providers of:") lists parties, whatever
		// service each is named by.
		if lead := runInLead(ch.Old+ch.New, ctxOld+ctxNew); lead != "" && partyLead(ix.fold(lead)) {
			if k, hit, _ := c.categorize(ix.fold(lead), nil, nil); hit {
				leadCat, leadScore, parties = k, c.scores[c.rb.categoryIndex(k)], true
			}
		}
	}
	for _, s := range c.rb.MaterialSections {
		if strings.Contains(strings.ToLower(strings.Join(ch.Section, " ")), s) {
			return c.material(ch, "site.material-section", sig, removed, added, fmt.Sprintf("Change in a section the site treats as material (%q)", s))
		}
	}
	if hOld, okOld := markdown.CutHeadingMarker(ch.Old); okOld && !sig.any() {
		if hNew, okNew := markdown.CutHeadingMarker(ch.New); okNew && (c.sameTopics(hOld, hNew) || c.nestedTopics(hOld, hNew)) && c.headingForceInert(force, c.ix.fold(hOld), c.ix.fold(hNew)) && !c.groundRetitled(hOld, hNew) { // headingtopic.go, movedground.go
			return minor("structure.heading-reworded", "Heading reworded, on the same topic: "+c.asWritten(ch))
		}
	} else if title := c.retitled(ch.Old, ch.New); !sig.any() && force == nil && c.headingLine(ch.Old) && c.headingLine(ch.New) &&
		c.sameTopics(stripNumbering(ch.Old), stripNumbering(ch.New)) && !slices.ContainsFunc(append(slices.Clone(removed), added...), func(w string) bool { return !title(w) }) {
		// A heading written as a line in capitals, no place or law it
		// names dropped or added (headingline.go).
		return minor("structure.heading-reworded", "Heading reworded, on the same topic: "+c.asWritten(ch))
	}
	if reworded && force != nil && (force.scale == "condition" || force.scale == "time") && len(force.to) == 0 && !sig.any() && c.tookEffect(removed, added) {
		return minor("minor.in-force", "A clause about when a law takes effect, dropped once it has; the commitment is the same: "+quoteChange(ctxOld, ctxNew))
	}
	if reworded && force == nil && !sig.any() && (c.qualifierDropped(ctxOld, ctxNew) || c.qualifierDropped(ctxNew, ctxOld)) {
		return minor("same.term", "Same commitments; a defined term written without its qualifier: "+quoteChange(ctxOld, ctxNew))
	}
	if reworded && force == nil && c.relabelled(ctxOld, ctxNew) {
		return minor("same.label", "Same commitments; only the label a term is defined by changed: "+quoteChange(ctxOld, ctxNew))
	}
	if reworded && contentsOnly(ctxOld) && contentsOnly(ctxNew) {
		if k, names := coveredNames(ctxOld, ctxNew); k != "" && c.rb.categoryIndex(k) >= 0 {
			// A product or party the sentence names, new or gone: what
			// the policy covers, or who offers it (coveredname.go).
			return c.material(ch, k+".covered", sig, removed, added, fmt.Sprintf("%s: named in what the policy covers: %s: %s", c.label(k), strings.Join(names, ", "), quoteChange(ctxOld, ctxNew)))
		}
		return minor("same.contents", "Only what the document says it covers changed; each part states its own commitments: "+quoteChange(ctxOld, ctxNew))
	}
	if c.sameBesideReaderChoice(ctxOld, ctxNew) {
		return minor("same.reader-choice", "Only what the reader may choose, or cannot have without data he need not give, said; nothing done with data changes: "+quoteChange(ctxOld, ctxNew))
	}
	if reworded && c.samePointed(ctxOld, ctxNew) {
		if from, to := c.pointedOwners(ctxOld, ctxNew); from != "" && c.rb.categoryIndex("recipients") >= 0 {
			// "Please see Stripe's terms … for its use of your data" →
			// "see Paddle's terms …" (b59-15): the pointer is the same,
			// the party whose use of the data it points to is another.
			return c.material(ch, "recipients.pointer", &signals{}, removed, added, fmt.Sprintf("%s: the party a pointer names for its use of the data is another: %s → %s: %s", c.label("recipients"), from, to, quoteChange(ctxOld, ctxNew)))
		}
		return minor("same.pointer", "Only a pointer to more information reworded; it commits to nothing: "+quoteChange(ctxOld, ctxNew))
	}
	if reworded && negationShared(removed, added, ctxOld, ctxNew) {
		// Read as sharing the second auxiliary's "not", the old sentence
		// denied both; read word by word, its first auxiliary denied
		// nothing. Two people who labelled the same change blind (b21-10,
		// basecamp-037) read it each way: a reviewer decides.
		k, _, _ := c.categorize(changed, append(slices.Clip(fOld), fNew...), section)
		v := c.material(ch, k+".negation", sig, removed, added, "")
		v.Rule, v.Certain = "fallback", false
		v.Reason = fmt.Sprintf("To confirm (%s): a “not” written on the first of two joined auxiliaries: %s; read as sharing the second's “not”, the old text denied both already", strings.ToLower(c.label(v.Category)), quoteChange(ctxOld, ctxNew))
		return v
	}
	if c.wrappedPointer(ch) {
		return minor("same.pointer", "Only a pointer to more information added, removed or reworded; it commits to nothing: "+quoteChange(ctxOld, ctxNew))
	}
	if reworded && (force == nil || force.scale == "scope" || force.scale == "quantifier" || force.scale == "condition") && !sig.any() && c.adviceOnly(ctxOld, ctxNew) {
		// How often, or how far, the reader is advised to do a thing
		// ("to review this policy periodically" → "every so often") is
		// the advice's, not a commitment of the company's; so are which
		// ones and when ("each and every website visited when following
		// links" → "every website you visit by following a link").
		return minor("same.advice", "Only advice to the reader changed; the company commits to nothing new: "+quoteChange(ctxOld, ctxNew))
	}
	// Where a person is located is whom the sentence is for, not where
	// data is: "Individuals located in the UK may have rights" names no
	// transfer. The words are read without it to say what they are about.
	pOld, pNew := c.withoutPersonPlace(fOld), c.withoutPersonPlace(fNew)
	context := append(append(make([]string, 0, len(pOld)+len(pNew)), pOld...), pNew...)
	cat, changedHit, contextHit := c.categorize(changed, context, section)
	about := changedHit || contextHit // the change is in text about personal data
	if !about && len(sig.negRemoved)+len(sig.negAdded) > 0 && c.anyOfScale(fOld, "negation") != c.anyOfScale(fNew, "negation") && (namesData(fOld) || namesData(fNew)) {
		// A denial added or dropped over data no category's word
		// names: "omnie … does not independently host or control
		// customer data" → "does independently host or control customer
		// data" (the omnie seed's sentence) was "Wording not about
		// personal data". Data is data, whoever's it is said to be.
		about = true
		if cat == "unclassified" && c.rb.categoryIndex("data") >= 0 {
			cat = "data"
		}
	}
	if !about && c.forceOverData(force, fOld, fNew, removed, added) {
		// A condition, an exception or a hedge put on a commitment over
		// data no category's word names (forcedata.go).
		about = true
		if cat == "unclassified" && c.rb.categoryIndex("data") >= 0 {
			cat = "data"
		}
	}
	if lead != nil && about {
		// A paragraph's bold lead heads it, inside its section: the two
		// are read together ("**Flash Cookies**." under "Information We
		// Collect Through Automatic Data Collection Technologies"). The
		// lead says what the text is about, never whether it is about
		// personal data.
		section = append(slices.Clip(section), lead...)
		cat, _, _ = c.categorize(changed, context, section)
	}
	if reworded && cat != "legal-basis" && c.rb.categoryIndex("legal-basis") >= 0 && groundOnly(removed, added) {
		cat, about = "legal-basis", true // only the ground of the act changed (basisclause.go)
	}
	if about && cat != "retention" && (ctxOld == "" && c.keptFor(fNew, ctxNew) || ctxNew == "" && c.keptFor(fOld, ctxOld)) {
		cat = "retention" // a sentence added or removed that says how long data is kept (keptFor)
	}
	if !about && c.rb.categoryIndex("identity") >= 0 && contactRoleTraded(ctxOld, ctxNew) {
		// "OmniCRM UK Ltd" → "…, for the attention of our Data
		// Protection Officer, Priya Nair" in a contact block (b357-08):
		// the controller's officer or representative is who it is and how
		// it is reached (contactrole.go), whatever the lines around say.
		cat, about = "identity", true
	}
	if !about && limitSaid(ctxOld, ctxNew) {
		// "Blocking resources loaded by service workers is currently
		// unsupported", put in a table under a protection against
		// trackers: a limit on what the section's category commits to
		// (unsupported.go). A table's header is no heading of a category.
		k := cat
		if n := len(ch.Section); k == "unclassified" && n > 0 {
			k, _, _ = c.categorize(nil, nil, ix.fold(ch.Section[n-1])) // a title too names what a page's limits are of
		}
		if k != "unclassified" {
			cat, about = k, true
		}
	}
	if !about && !reworded && c.changeToldWhole(ch, ctxOld, ctxNew) {
		// A sentence added or removed whole that tells the reader of a
		// change of the policy (changetoldwhole.go).
		about = true
		if c.rb.categoryIndex("notice") >= 0 {
			cat = "notice"
		}
	}
	if !about && reworded {
		// A sentence about the policy itself: how it changes, what it
		// governs; or about data on people in words no category has.
		k := ""
		if namesPolicy(ch.Old) {
			k = policySelf(ix.fold(ch.Old), fOld)
		}
		if k == "" && namesPolicy(ch.New) {
			k = policySelf(ix.fold(ch.New), fNew)
		}
		if k == "" && (dataOnPeople(fOld) || dataOnPeople(fNew)) {
			k = "data"
		}
		if k == "" && residentsPointed(fOld) && residentsPointed(fNew) && placesOnly(c.content(removed), c.content(added)) {
			// "If you are a resident of California, Virginia … – please
			// see State Privacy Rights": the places whose residents have
			// those rights are the reach of that section.
			k = "scope"
		}
		if k == "" && (dataBack(fOld) || dataBack(fNew)) {
			// "This information may be associated with your account":
			// the data the sentence before names.
			if id, hit, _ := c.categorizeAside(ix.fold(ch.Old+" "+ch.New), nil, nil); hit {
				k = id
			}
		}
		if k != "" {
			about = true
			if cat == "unclassified" {
				cat = k
			}
		}
	}
	if about && reworded && cat != "scope" && c.rb.categoryIndex("scope") >= 0 && c.boundDocumentChanged(fOld, fNew, removed, added) {
		// "you agree to this Privacy Policy" → "… to these Terms of
		// Service": which document governs (docbound.go).
		cat = "scope"
	}
	if reworded {
		gone, come, same := c.basisCitesCompared(ch.Old, ch.New)
		if len(gone)+len(come) > 0 {
			// "the legal basis for voluntary data is Art. 6 para. 1 s. 1
			// lit. a GDPR" → "lit. f GDPR": consent became legitimate
			// interests, in one letter.
			v := c.material(ch, "legal-basis.citation", sig, removed, added, "")
			v.Reason = fmt.Sprintf("Legal basis changed: the article cited, %s → %s: %s (%s)", citeNames(gone), citeNames(come), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
			return v
		}
		if same {
			return minor("same.citation", "Same legal basis, cited another way: "+quoteChange(ctxOld, ctxNew))
		}
	}
	if reworded && containsJoined(ctxOld, ctxNew, "espectively") {
		// "at rest: AES-256", "in transit: TLS 1.3" → "at rest and in
		// transit: AES-256 and TLS 1.3 respectively".
		if same, crossed := c.respectivelyMerged(ch.Old, ch.New); same {
			return minor("same.commitments", "Same commitments; two statements of one shape paired by \"respectively\": "+quoteChange(ctxOld, ctxNew))
		} else if crossed {
			v := c.material(ch, cat+".respectively", sig, removed, added, "")
			v.Reason = fmt.Sprintf("Parts paired the other way by \"respectively\": %s (%s)", quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
			return v
		}
	}
	if (cat == "purposes" || cat == "data") && (c.aiChanged(changed) || machineTrained(changed)) {
		// Processing for an automated system is the AI category's, a
		// purpose of its own: "We do not use personal information of
		// users … identified as children for model training" added
		// commits to what the model is trained on, though the
		// sentence names data and what it is used for.
		cat = "ai"
	}
	if c.userPower(fOld) || c.userPower(fNew) {
		// A power the policy gives the user over what is theirs is a
		// right, however plainly it is said: "You can download a copy of
		// everything you have uploaded" is the right of access, though it
		// names no right. Another category's words outweigh it.
		about = true
		if r := c.rb.categoryIndex("rights"); r >= 0 && (cat == "unclassified" || !changedHit && c.scores[r]+userPowerWeight > c.scores[c.rb.categoryIndex(cat)]) {
			cat = "rights"
		}
	}
	if sig.kind == "number" && !countsBare[cat] && unitless(quantities(fOld), quantities(fNew)) {
		sig.kind = "" // "35584" is no transfer: a bare number is a fact only of an age, a version, a deadline
	}
	numberChanged := sig.kind == "number" || reworded && !equalWords(quantities(fOld), quantities(fNew))
	switch {
	case numberChanged && leadCat != "":
		// A number in a list item is one of what the list lists: "We
		// retain your data for the following periods:", then "Analytics
		// Data: 365 days".
		cat = leadCat
	case numberChanged && len(section) > 0 && c.labelledPeriod(ctxOld, ctxNew) && c.headingCategory(section) != "":
		// A period given after its label, the label kept, is what the
		// heading says the list gives: under "Data Retention",
		// "Analytics Data: 180 days" is a retention period, though
		// "analytics" stands next to the number.
		cat = c.headingCategory(section)
	case numberChanged:
		// A number is about what the words nearest it are about: "kept
		// for 180 days", "TLS 1.3", "at least 16 years old", and what
		// the list it is in lists ("We retain your data for:").
		if k := c.nearestCategory(pOld, pNew, section); k != "" {
			cat = k
		}
		if cat != "retention" && c.rb.categoryIndex("retention") >= 0 && (c.keptWithin(fOld, true) || c.keptWithin(fNew, true)) {
			// "We keep your postal address for 30 days": a number of
			// days after a word of keeping is how long, whatever kind of
			// data stands nearer it.
			cat = "retention"
		}
		if (optOutDeadline(pOld) || optOutDeadline(pNew)) && c.rb.categoryIndex("rights") >= 0 {
			// "up to 60 days for all marketing to stop once you withdraw
			// your consent": how long a right takes to be honoured.
			cat = "rights"
		}
	case leadCat != "" && !reworded && (sig.kind == "entity" || parties || !c.saysWhatItIs(append(fOld, fNew...), leadCat, leadScore)):
		// An item added to or removed from a list is one of what the list
		// lists: "The legal bases we rely on are:".
		cat = leadCat
	}
	if numberChanged && c.rb.categoryIndex("children") >= 0 && c.ageBoundMoved(pOld, pNew) {
		// The age of the minors a commitment protects, moved, wherever
		// the number stands: in a list item, a table row (agebound.go).
		cat = "children"
	}
	if about && !reworded && cat != "scope" && c.rb.categoryIndex("scope") >= 0 && c.introductionSays(ch.Old+"\n\n"+ch.New, section, ch.New == "") {
		// The document's opening, added or removed: what it covers,
		// what the reader is bound by (docbound.go).
		cat = "scope"
	}
	if !reworded && c.ageThresholdAdded(removed, added) {
		// A sentence added or removed whole that states the age of the
		// people it is about is a commitment about them, whatever it
		// does: "We don't knowingly sell personal information of those
		// under 16" is about children, though "sell" is sharing.
		cat = "children"
	}
	if sig.kind == "entity" && len(sig.entitiesAdded) == 0 && c.openExampleRemoved(ctxOld, ctxNew, sig.entitiesRemoved) {
		return minor("same.example", "A name taken from examples of a list that stays open (\"and others\"); what it named is still among them: "+quoteChange(ctxOld, ctxNew))
	}
	if reworded && sig.kind != "entity" && sig.kind != "number" && announcesBelow(ctxOld) && announcesBelow(ctxNew) {
		return minor("same.pointer", "A sentence that announces what the text below says; it commits to nothing: "+quoteChange(ctxOld, ctxNew)) // announcebelow.go
	}
	switch {
	case sig.kind == "entity" && !reworded && force == nil && pointersOnly(ctxOld+ctxNew) && (c.ownNamesOnly(sig) || titledOnly(ch.Old+"\n"+ch.New, sig)):
		// "You can also watch our video about [Personal Data at
		// Spotify](…)." (b53-12): a pointer that names only the author,
		// or names only in the title of the page it points to, names no
		// party data goes to.
		return minor("same.pointer", "A pointer to more information, added or removed, naming only the page it points to; it commits to nothing: "+excerpt(ctxOld+ctxNew))
	case sig.kind == "entity" && reworded && c.disclaimedOnly(ctxOld, ctxNew, sig, removed, added):
		return minor("same.disclaimed", "Only a name added to or taken from the others whose practices the author disclaims; no data goes to them: "+quoteChange(ctxOld, ctxNew)) // notresponsible.go
	case sig.kind == "entity" || sig.kind == "number":
		v := c.material(ch, cat+"."+sig.kind, sig, removed, added, "")
		if v.Direction == Neutral && anytime(fOld) != anytime(fNew) && (c.userPower(fOld) || c.userPower(fNew)) {
			// "whenever you like" → "once a year": the rate put for "at
			// any time" limits the right, whatever the numbers say.
			v.Direction = anytimeDirection(fNew)
		}
		return v
	case !reworded && force == nil && sig.kind == "modal" && len(sig.modalRemoved) == 0 && pointersOnly(ctxOld+ctxNew):
		// "You can find more information in our Cookie Policy": the
		// modal is the reader's, of finding the pointed page, and the
		// sentence still only points.
		return minor("same.pointer", "A pointer to more information, added or removed; it commits to nothing: "+excerpt(ctxOld+ctxNew))
	case sig.any() && about:
		return c.material(ch, cat+"."+sig.kind, sig, removed, added, "")
	case force != nil && about:
		// Between categories the sentence is as much about, a commitment
		// weakened is about what the words nearest the changed force are
		// about: "legitimate interests not overridden by your rights" is
		// the legal basis.
		// Where the words removed or added name one of those categories
		// more than the others, they say what changed: "used only for
		// quality checks" → "used for quality checks and to train our AI
		// call-routing model" adds an AI purpose, though "only" stands
		// beside "quality checks".
		if o, n, ok := c.keptCondition(ctxOld, ctxNew); ok {
			// A condition clause both sides lead with, word for word,
			// says when the commitment holds, not what it commits to:
			// "Where OmniCRM acts as a Data Processor, requests may be
			// forwarded …" → "… will be forwarded" binds how requests
			// are handled. The words after it are what was weakened.
			if k, _, hit := c.categorize(changed, append(ix.fold(o), ix.fold(n)...), section); hit {
				cat = k
			}
		}
		if k := c.tieBreak(cat, func() []float64 {
			near := slices.Clone(c.nearest(fOld, fNew, section, c.forceSpans))
			for _, h := range ix.strongHits(withoutHeldAccess(changed)) {
				if int(h.k) < len(near) {
					near[h.k] += 1000
				}
			}
			return near
		}); k != "" {
			cat = k
		}
		before := cat
		k := c.onlyCategory(c.outsideForcePhrases(changed, fOld, fNew))
		lawCond := force.scale == "condition" && (k == "" || k == "legal-basis") && (lawCondition(changed) || contractCondition(changed))
		switch {
		case force.scale == "availability":
			// When the user may use a power of theirs is a term of that
			// right, whatever the new words name ("by writing to our
			// registered office").
			cat = "rights"
		case (force.scale == "negation" || force.scale == "exception" || force.scale == "bound") && (len(ix.strongHits(removed)) == 0 || len(ix.strongHits(added)) == 0),
			force.scale == "time" && len(ix.strongHits(added)) == 0,
			force.scale == "condition" && (c.onlyForcePhrase(force.scale, changed) || lawCond):
			// A limit lifted, an exception made or a bound moved ("for 30
			// days" → "for 30 days, or longer where …"), on a commitment
			// one side states in the same terms, is about that commitment,
			// not about the words of the exception: "we do not share your
			// contacts" → "…, save as described in this notice" is about
			// sharing, not the notice. The words both sides share are
			// that commitment. ("never sell" → "may share" changed the
			// commitment's own terms: they decide.) So with when it ends,
			// where the new bound names nothing of a category: "we keep
			// your documents until you ask us to delete them" → "… for as
			// long as we need them" is about keeping them ("before an
			// automated system screens it" is about that system).
			frame, _ := diffWords(fOld, append(append([]string{}, removed...), added...))
			if k, _, hit := c.categorize(nil, frame, section); hit {
				cat = k
			}
			// What is limited is what the commitment does, its verb,
			// before what it does it to: "we never share your health
			// information with your employer, unless …" limits sharing.
			// An age threshold is the fact of a sentence that states one:
			// "we never share information about users under 16 with …"
			// limits what is done with children's data.
			if c.ageThreshold(frame) && c.rb.categoryIndex("children") >= 0 {
				cat = "children"
			} else if hits := ix.strongHits(frame); len(hits) > 0 && !slices.ContainsFunc(hits, func(h termHit) bool { return c.rb.Categories[h.k].ID == "children" }) {
				first := c.firstHit(hits)
				if e := wordNet().entries(c.ix.terms[first.k][first.i][0]); len(e) > 0 && e[0].pos[0] == 'v' {
					cat = c.rb.Categories[first.k].ID
				}
			}
		case k != "":
			// The words removed or added with the force, when they are of
			// one category only, say what was weakened: "if you agree to
			// this in your settings" dropped is the legal basis.
			cat = k
		case force.scale == "condition" && len(ix.strongHits(changed)) == 0:
			// A condition put or dropped in words of no category ("where
			// appropriate"): what the sentence is about, from the words
			// both sides share, not the heading's ("shared within the
			// group", under "Privacy & Cookies Policy").
			frame, _ := diffWords(fOld, append(append([]string{}, removed...), added...))
			if k, _, hit := c.categorize(nil, frame, nil); hit {
				cat = k
			}
		case force.scale == "consent" && !consentRegimes[cat] && consentBoth(fOld, fNew) && c.rb.categoryIndex("legal-basis") >= 0:
			// The form consent must take ("explicit", "prior", "in
			// writing") made stricter or looser, the words around it of
			// no one category, is the legal basis the act rests on:
			// "share … with your explicit consent" → "… with your
			// consent, which you can give through your account settings".
			// Children's, cookies' and AI's consents are terms of their
			// own rules (parental consent, consent to trackers); a
			// request "in writing" is the form of a right's exercise.
			cat = "legal-basis"
		}
		if lawCond && cat == "legal-basis" {
			// The commitment the law's condition is put on names no other
			// category: what it was before (lawCondition).
			cat = before
		}
		if (force.scale == "exception" || force.scale == "condition" || force.scale == "bound") && c.periodExcepted(fOld, fNew) {
			// An exception put right after how long data is kept ("We
			// keep this record forever" → "… forever for all our apps
			// except for HEY"): the period is what it limits.
			cat = "retention"
		}
		if (c.useLimit(fOld, fNew) || c.useLimit(fNew, fOld)) && len(ix.strongHits(changed)) == 0 && c.rb.categoryIndex("purposes") >= 0 && !(len(force.to) == 0 && c.partyWords(fOld) && c.partyWords(fNew)) {
			// "use it only for the purposes we specify" → "primarily
			// for": what the data may be used for (useLimit), whoever
			// uses it. A limit on a recipient's use lifted outright, the
			// recipient named on both sides ("These providers are
			// obligated to … use it only for the purposes we specify" →
			// "… to use it for the purposes"), is a term of the sharing:
			// what the party data goes to may do with it (b77-34,
			// b78-35).
			cat = "purposes"
		}
		if cat == "retention" && c.storedWhere(fOld, fNew, ctxOld, ctxNew) {
			// "data is primarily stored on servers located in the United
			// States" → "is stored on …": where data is stored, not for
			// how long, is what the force bound (storedWhere).
			cat = "transfers"
		}
		if onInstructions(fOld) && onInstructions(fNew) && len(ix.strongHits(changed)) == 0 && c.rb.categoryIndex("identity") >= 0 {
			// Data processed only on the customer's instructions,
			// hedged ("only in accordance with customer instructions" →
			// "as a rule, in accordance with …"): a processor's role
			// (onInstructions), whatever else the sentence names.
			cat = "identity"
		}
		if c.rb.categoryIndex("scope") >= 0 && policyPrecedence(fOld, fNew, removed, added, ctxOld, ctxNew) {
			// "This Privacy Policy … has no effect on any other privacy
			// policy" → "… prevails over any other privacy policy": which
			// policy governs (policyprecedence.go).
			cat = "scope"
		}
		if cat != "recipients" && c.rb.categoryIndex("recipients") >= 0 && (c.recipientJoined(fOld, fNew) || c.recipientJoined(fNew, fOld)) {
			// A party newly given to, or no longer, after a verb of
			// giving: whom data goes to (givenphrase.go).
			cat = "recipients"
		}
		v := c.material(ch, cat+".force", sig, removed, added, "")
		v.Reason, v.Direction = forceReason(force, ctxOld, ctxNew, c.label(v.Category)), force.direction
		return v
	case reworded && about && c.oppositeIn(removed, added, fOld, fNew) != "" && !c.formsOpposed(removed, added, ctxOld, ctxNew): // formgloss.go
		// A word traded for its opposite ("off by default" → "on by
		// default", "include" → "exclude") reverses what the sentence
		// commits to, however ordinary the words.
		v := c.material(ch, cat+".opposite", sig, removed, added, "")
		v.Reason = fmt.Sprintf("Commitment reversed (%s): %s (%s)", c.oppositeIn(removed, added, fOld, fNew), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
		return v
	case reworded && about && boundReversed(removed, added, fOld, fNew) != "":
		// "under 13" → "over 13": a ceiling made a floor (boundReversed).
		v := c.material(ch, cat+".opposite", sig, removed, added, "")
		v.Reason = fmt.Sprintf("Commitment reversed (%s): %s (%s)", boundReversed(removed, added, fOld, fNew), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
		return v
	case !reworded && force == nil && !sig.any() && pointersOnly(ctxOld+ctxNew):
		return minor("same.pointer", "A pointer to more information, added or removed; it commits to nothing: "+excerpt(ctxOld+ctxNew))
	case !reworded && (changedHit || c.topics(withoutAlso(append(fOld, fNew...))) != ""):
		// A sentence added or removed whole, with words about personal data.
		if cat == "" || cat == "unclassified" {
			if ks := strings.Fields(c.topics(withoutAlso(append(fOld, fNew...)))); len(ks) > 0 {
				cat = ks[0] // "We also use your information to …": the term "we use" read past "also"
			}
		}
		return c.material(ch, cat+".wording", sig, removed, added, "")
	case reworded && c.datelineOnly(removed, added, fOld, fNew) && !equalWords(quantities(fOld), quantities(fNew)):
		return minor("minor.date-or-version", "Only a date changed, in a line that commits to nothing else: "+quoteChange(ctxOld, ctxNew)) // dateline.go
	case reworded && postcodeMended(ctxOld, ctxNew):
		return minor("same.address", "The same address; its postal code's typo mended, a digit put in or dropped beside the same town: "+quoteChange(ctxOld, ctxNew)) // postcodetypo.go
	case reworded && !equalWords(quantities(fOld), quantities(fNew)) && !countsBare[cat] && unitless(quantities(fOld), quantities(fNew)):
		// A number without a unit, in text where numbers commit to nothing
		// the rules know ("form 35584"): for a reviewer to confirm.
		if cat == "unclassified" && c.rb.categoryIndex("identity") >= 0 && companyAddressBlock(ch.Old) && companyAddressBlock(ch.New) {
			cat = "identity" // the controller's address (companyaddress.go)
		} else if k := c.addressChanged(ch, ctxOld, ctxNew); k != "" && slices.Contains(addressMisread, cat) {
			cat = k // an address moved: where the party is reached (contactparty.go)
		}
		v := c.material(ch, cat+".number", sig, removed, added, "")
		v.Rule, v.Certain = "fallback", false
		v.Reason = fmt.Sprintf("To confirm (%s): %s; a number without a unit changed", strings.ToLower(c.label(v.Category)), quoteChange(ctxOld, ctxNew))
		return v
	case reworded && !equalWords(quantities(fOld), quantities(fNew)) && !articleOneOnly(fOld, fNew):
		// "10 days" for "10 working days": the words around a number.
		v := c.material(ch, cat+".number", sig, removed, added, "")
		v.Reason = c.label(v.Category) + ": " + quoteChange(ctxOld, ctxNew)
		return v
	case reworded && c.rb.categoryIndex("children") >= 0 && agesSwapped(c, fOld, fNew):
		// "under 16 (or 13 where COPPA applies)" → "under 13 (or 16 where
		// the GDPR applies)": the same numbers, another age first
		// (agebound.go).
		v := c.material(ch, "children.number", sig, removed, added, "")
		v.Reason = c.label(v.Category) + ": " + quoteChange(ctxOld, ctxNew)
		return v
	case reworded && !alternativeWay(removed, added, fOld, fNew) && c.ownOnly(removed, added, ctxOld, ctxNew):
		if name, isAdded, beside := c.ownListed(ctxOld, ctxNew); name != "" && c.rb.categoryIndex("scope") >= 0 {
			// A product added to the products listed, or dropped
			// (ownlisted.go).
			v := c.material(ch, "scope.product", sig, removed, added, ownListedReason(name, isAdded, beside, quoteChange(ctxOld, ctxNew)))
			v.Direction = Expands
			if !isAdded {
				v.Direction = Restricts
			}
			return v
		}
		return minor("same.own", "Only the author's own product or team named: "+quoteChange(ctxOld, ctxNew))
	case reworded && similarTechOnly(ctxOld, ctxNew, removed, added):
		return minor("same.trackers", "Same trackers; cookies said with the technologies like them: "+quoteChange(ctxOld, ctxNew)) // similartech.go
	case reworded && c.denialWidened(ctxOld, ctxNew):
		// "We do not sell your data to advertisers" → "… to advertisers
		// or data brokers" (denialwidened.go)
		return minor("same.denial", "A denial made to cover more; nothing newly allowed: "+quoteChange(ctxOld, ctxNew))
	case reworded && (c.listItemChanged(removed, added, fOld, fNew) || c.listItemChanged(withoutSameStems(removed, added), withoutSameStems(added, removed), fOld, fNew)):
		// An item is one of what the sentence lists: "We use your messages
		// to provide the service and to train AI models" adds a purpose.
		// The words both sides share are the frame.
		frame, _ := diffWords(fOld, append(append([]string{}, removed...), added...))
		k, hit, _ := c.categorize(frame, nil, nil)
		if hit && len(ix.strongHits(frame)) == 0 {
			// The frame names a category only by a weak word ("personal
			// information"), which breaks ties: a heading that names one
			// category says what the list lists ("Our legal basis for
			// processing your personal information").
			if h := c.headingCategory(section); h != "" {
				k = h
			}
		}
		if hit && (k == "rights" || k == "purposes") && c.onlyAccess(frame) && c.othersGivenAccess(removed, added, fOld, fNew) && c.rb.categoryIndex("recipients") >= 0 {
			// "personnel access this data" → "personnel and approved
			// subcontractors access …": others than the author's staff
			// given access to the data are recipients of it. (The staff's
			// own access reads as their use: withoutAuthorAccess.)
			hit, cat = false, "recipients"
		}
		if hit && (k == "rights" || k == "purposes") && staffAccess(fOld) && staffAccess(fNew) && c.onlyAccess(frame) {
			// "staff may access accounts only when necessary for: …":
			// what staff access data for, or what the item names.
			hit, cat = false, c.staffListCategory(removed, added)
		}
		if hit {
			cat = k
		}
		if k := c.leadFrame(frame, leadCat); k != "" {
			cat = k // what the item completes: the lead-in's act
		}
		if c.imperativeRight(fOld) && c.imperativeRight(fNew) {
			cat = "rights" // "Request a copy … and to know the categories or list of …": the right's object
		}
		item, side := added, fNew // the item, and the sentence it stands in
		if len(c.content(added)) == 0 {
			item, side = removed, fOld
		}
		if k := c.itemCategory(item, fOld, fNew, c.userPower(fOld) || c.userPower(fNew) || readerContact(fOld) || readerContact(fNew)); k != "" && (!hit || k == "rights" || k == leadCat || cat == "data" && k != "data" || cat == "identity" && k == "recipients") {
			// What the item is says what the list lists, where the
			// list's own words name no category or only the data it
			// acts on: "and to set the price" is a purpose, "and to
			// fraud-prevention agencies" a recipient, though the sentence
			// names "your delivery address" (or "our payment processor").
			// So where the item's shape names what the list's lead-in
			// names: "Information may be shared only:", then "With the
			// client associated with the request" → "… and with that
			// client's other service providers" adds recipients, though
			// "request" is the item's only word of a category.
			cat = k
		}
		if k := c.oneStrongWord(item); k != "" && k != "rights" && k != "security" { // "logs of data access": an act, not the right
			cat = k // "Transactional emails" → "Transactional and marketing emails": a purpose added, whatever safeguard the line names
		} else if k := c.strongOnly(c.content(item)); k == "cookies" {
			// "our websites" → "our websites or sites carrying our
			// tracking pixel": an item whose words of a category all
			// name trackers adds tracking, whatever the list's frame
			// names (b426-12). Only trackers: items naming other
			// categories alone are as often examples of the list's own
			// (tried over all labels: 30 categories toward, 63 away).
			cat = k
		}
		if cat != "recipients" && c.rb.categoryIndex("recipients") >= 0 && sharingClause(item) {
			cat = "recipients" // "and we may share a hashed version of your email address to …": a sharing added
		}
		if cat != "recipients" && c.sharedWithParty(item, side) {
			cat = "recipients" // "(including by sharing it with our insurers …)": an item that names a recipient
		}
		if authorJoined(withoutSameStems(added, removed), fNew) || authorJoined(withoutSameStems(removed, added), fOld) {
			// "We use" → "We and our partners use": parties joined to the
			// author do what it does (authorJoined).
			if k := authorJoinedCategory(fOld, fNew); c.rb.categoryIndex(k) >= 0 {
				cat = k
			}
		}
		if threatsChanged(fOld, fNew, c.content(removed), c.content(added)) && c.rb.categoryIndex("security") >= 0 {
			cat = "security" // "from loss, theft, misuse and …": what data is protected from
		}
		if k := c.basisHeading(ch.Section); k != "" && cat != "recipients" && len(c.ix.strongHits(append(slices.Clip(removed), added...))) > 0 {
			cat = k // "• Non-essential cookies and analytics" under "Consent (Art. 6(1)(a))": what the basis covers (basisheading.go)
		}
		if weDefinedRE.MatchString(ctxOld) && weDefinedRE.MatchString(ctxNew) && c.rb.categoryIndex("identity") >= 0 {
			cat = "identity" // "the companies of the Group and its partners" in the sentence that says whom "we" stands for
		}
		v := c.material(ch, cat+".list", sig, removed, added, "")
		verb := "Item removed from a list"
		if len(c.content(withoutSameStems(removed, added))) == 0 {
			verb = "Item added to a list"
		}
		v.Reason = fmt.Sprintf("%s: %s (%s)", verb, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
		return v
	case reworded && periodCountDiffers(ctxOld, ctxNew, fOld, fNew) && c.rb.categoryIndex("retention") >= 0:
		// "90 days" → "90 days of activity": the same number of days,
		// counted otherwise.
		o, n, _ := periodCountChanged(ctxOld, ctxNew, fOld, fNew)
		show := func(w string) string {
			if w == "" {
				return "time"
			}
			return w
		}
		v := c.material(ch, "retention.period", sig, removed, added, "")
		v.Reason = fmt.Sprintf("%s: what a period counts changed, days of %s → days of %s: %s", c.label("retention"), show(o), show(n), quoteChange(ctxOld, ctxNew))
		return v
	case reworded && (force == nil || force.scale == "scope") && c.exampleMarkerOnly(fOld, fNew) != "":
		// "administrative messages related to our platform" → "…
		// messages, including those related to our platform": what
		// limited the messages is now one example of them.
		_, put := c.exampleMarkerChanged(fOld, fNew)
		verb, dir := "what limited it or stood beside it is now an example or a part", Expands
		if !put {
			verb, dir = "what was an example or a part is now a limit or stands beside it", Restricts
		}
		if !about {
			// Said of what no category names ("the privacy of users of
			// our web sites and people who subscribe"): to confirm.
			v := c.material(ch, "unclassified.scope", sig, removed, added, "")
			v.Rule, v.Certain, v.Direction = "fallback", false, dir
			v.Reason = fmt.Sprintf("To confirm: scope changed, %s: %s", verb, quoteChange(ctxOld, ctxNew))
			return v
		}
		v := c.material(ch, cat+".scope", sig, removed, added, "")
		v.Reason, v.Direction = fmt.Sprintf("Scope changed: %s: %s (%s)", verb, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
		return v
	case reworded && force == nil && c.forceless(fOld) && c.forceless(fNew) &&
		(equalWords(ix.contentWords(c.dropUseClause(fNew)), ix.contentWords(fOld)) || equalWords(ix.contentWords(c.dropUseClause(fOld)), ix.contentWords(fNew))):
		// Not under a limit: "we never sell your data to advertising
		// companies we use" no longer forbids selling to others.
		return minor("same.commitments", "Same commitments; the parties named are said to be ones we use: "+quoteChange(ctxOld, ctxNew))
	case reworded:
		if !c.sharesMore(removed, added) && (example(ctxOld, ctxNew, ix) && !c.exampleListGrew(ctxOld, ctxNew) || containsJoined(ctxOld, ctxNew, "(") && c.defines(ctxOld, ctxNew) || c.illustrationOnly(fOld, fNew)) {
			return minor("same.example", "Same commitments; a clarifying example: "+quoteChange(ctxOld, ctxNew))
		}
		uo, ua := c.pair(c.content(removed), c.content(added))
		if told := attentionTelling(fOld, fNew); told("attention") {
			// "bring those changes to your attention" → "tell you about
			// the changes": the same telling (attention.go).
			uo, ua = slices.DeleteFunc(slices.Clone(uo), told), slices.DeleteFunc(slices.Clone(ua), told)
		}
		if source := dutySource(fOld, fNew); source("contractually") {
			// "are obligated to" → "are contractually bound to": the
			// duty's source named, the same duty (dutysource.go).
			uo, ua = slices.DeleteFunc(slices.Clone(uo), source), slices.DeleteFunc(slices.Clone(ua), source)
		}
		if role := c.roleAppositive(ctxOld, ctxNew); len(uo)+len(ua) > 0 && (slices.ContainsFunc(uo, role) || slices.ContainsFunc(ua, role)) {
			// "by AWS" → "by our storage vendor, AWS,": a party the
			// sentence names, said again by its role (roleappositive.go).
			uo, ua = slices.DeleteFunc(slices.Clone(uo), role), slices.DeleteFunc(slices.Clone(ua), role)
		}
		if c.acronymOnly(uo, ua, ctxOld, ctxNew) {
			if q, was, now := c.qualifierMoved(ch.Old, ch.New); q != "" {
				// "AI-generated" written out beside "where technically
				// feasible" moved to the front, where it reaches both
				// rights (b165-23, in its whole policy)
				v := c.material(ch, c.categoryOr(cat, "unclassified")+".reach", sig, removed, added, "")
				v.Reason = c.reachReason(q, was, now, v.Category)
				return v
			}
			return minor("same.commitments", "Same commitments; an abbreviation written out, or words written as their abbreviation: "+quoteChange(ctxOld, ctxNew)) // acronymfor.go
		}
		if k := c.termsChanged(fOld, fNew, cat, append(uo, ua...)); k != "" {
			if f := c.anchorFrame(fOld, fNew); f != "" {
				k = f // "kept for six years from …": the event a period runs from
			}
			if k != cat && c.rb.categoryIndex(cat) >= 0 && siteOnly(removed, added, fOld, fNew) {
				k = cat // "… signals on our marketing website": where, not what for
			}
			if k != "data" && otherOfKind(removed, fOld, fNew) && func() bool {
				frame, _ := diffWords(fOld, append(append([]string{}, removed...), added...))
				id, _, _ := c.categorize(nil, frame, section)
				return id == "data"
			}() {
				k = "data" // "other information that helps us personalize our marketing": which data, said by what they serve
			}
			if c.identifiabilityKept(k, removed, added, fOld, fNew) {
				k = "data" // "IP address (anonymized …)" → "(pseudonymized …)": whether it names the user
			}
			if k != "data" && c.dataItemsAdded(removed, added, fNew) {
				k = "data" // "city, country, postal code" put among "your name, … billing address"
			}
			if (k == "purposes" || k == "data") && cat == "ai" && machineTrained(changed) {
				k = "ai" // "train our systems to improve our Services": a purpose of an automated system's
			}
			if k == "data" && cat == "purposes" && c.purposeClausePut(ch) {
				k = "purposes" // "to infer your sexual orientation from your likes" put among the uses (b405-13)
			}
			if k == "data" && len(uo) == 0 && (c.rightsInstruction(ctxOld) || cat == "rights" && c.userPower(fOld) || c.identityChecked(fOld)) {
				k = "rights" // "send a request, enclosing a photo ID": data the reader must show to use a right
			}
			if k != "data" && personalDataDefined(fOld) && personalDataDefined(fNew) && c.rb.categoryIndex("data") >= 0 {
				k = "data" // what "personal information" is defined as (datadefined.go)
			}
			if k == "retention" && c.cookieLifetime(ctxOld, ctxNew) {
				k = "cookies" // "Cookies will remain active for 30 days before deletion" → "… before renewal" (cookielife.go)
			}
			if cat == "scope" && k != "scope" && c.boundDocumentChanged(fOld, fNew, removed, added) {
				k = "scope" // "accept this Privacy Notice" → "accept our Terms of Use": which document governs (docbound.go)
			}
			if (k == "retention" || k == "transfers") && c.rb.categoryIndex("security") >= 0 && measureMoment(fOld, fNew) {
				k = "security" // "encrypted before storage" → "before transmission": when the measure applies (measuremoment.go)
			}
			reason := c.label(k) + ": " + quoteChange(ctxOld, ctxNew)
			if items, party := c.partyKindAdded(ctxOld, ctxNew); len(removed) == 0 && len(items) > 0 && c.rb.categoryIndex("recipients") >= 0 {
				// "service providers who perform … (e.g., hosting,
				// analytics, advertising)" (partyservices.go)
				k, reason = "recipients", fmt.Sprintf("New kind of recipient: %s, added to the examples of %s: %s", quoteWords(items), party, quoteChange(ctxOld, ctxNew))
			}
			v := c.material(ch, k+".wording", sig, removed, added, "")
			if v.Category != k {
				reason = c.label(v.Category) + strings.TrimPrefix(reason, c.label(k)) // staffaccess.go
			}
			v.Reason = reason
			return v
		}
	}
	if !about && force != nil && force.direction == Expands && (slices.Contains(fOld, "your") || slices.Contains(fNew, "your")) {
		// A commitment about something of the user's weakened, in words
		// no category knows: "Your profile is visible only to your
		// connections" → "… visible to all members". Missing it costs
		// more than a reviewer's minute: material, to confirm.
		v := c.material(ch, "unclassified.force", sig, removed, added, "")
		v.Rule, v.Certain, v.Direction = "fallback", false, force.direction
		v.Reason = "To confirm: " + forceReason(force, ctxOld, ctxNew, "a commitment about what is yours, in words no category names")
		return v
	}
	if who := actorJoined(fOld, fNew); who != "" && reworded {
		// A decision or a task handed between the author and another
		// party: "our customers determine … how long data is kept" →
		// "…, while we determine how long".
		v := c.material(ch, cat+".actor", sig, removed, added, "")
		v.Reason = fmt.Sprintf("Who acts changed (%s): %s (%s)", who, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
		return v
	}
	if who := c.readerTold(fOld, fNew); who != "" && reworded {
		// "Your data should be deleted" → "Please delete your data"
		// (actorgiven.go)
		v := c.material(ch, cat+".actor", sig, removed, added, "")
		v.Reason = fmt.Sprintf("Who acts changed (%s, now the reader's act): %s (%s)", who, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
		return v
	}
	if who := actorGiven(fOld, fNew); who != "" && reworded {
		// "your user name and chosen password" → "the password we
		// choose" (actorgiven.go)
		v := c.material(ch, cat+".actor", sig, removed, added, "")
		v.Reason = fmt.Sprintf("Who acts changed (%s): %s (%s)", who, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
		return v
	}
	if who := actorSwapped(fOld, fNew); who != "" {
		// The author and the reader traded who acts, both still named
		// (the words, counted, gained only a pronoun): who decides, who
		// contacts whom is a term of the commitment, whatever it is about.
		v := c.material(ch, cat+".actor", sig, removed, added, "")
		v.Reason = fmt.Sprintf("Who acts changed (%s): %s (%s)", who, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
		return v
	}
	if anytime(fOld) != anytime(fNew) && (c.userPermission(fOld, false) || c.userPermission(fNew, false)) {
		// "at any time" given to or taken from a power of the user's is a
		// term of that right: "You can object to profiling at any time"
		// → "You can object to profiling" no longer says when.
		v := c.material(ch, "rights.force", sig, removed, added, "")
		v.Direction = anytimeDirection(fNew)
		verb := "no longer at any time"
		if anytime(fNew) {
			verb = "now at any time"
		}
		v.Reason = fmt.Sprintf("When a right may be used changed (%s): %s (%s)", verb, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
		return v
	}
	if !reworded && (howToStop(fOld) || howToStop(fNew)) {
		// A sentence added or removed whole that tells the reader how to
		// switch off what the paragraph describes is a way to object:
		// "You can learn more here, including how to disable it."
		v := c.material(ch, "rights.control", sig, removed, added, "")
		verb := "added"
		if len(fNew) == 0 {
			verb = "removed"
		}
		v.Reason = fmt.Sprintf("%s: how to switch it off, %s: %s", c.label("rights"), verb, excerpt(ctxOld+ctxNew))
		return v
	}
	if !about && reworded {
		if v, ok := c.unrelatedReach(ch, sig, removed, added, fOld, fNew, ctxOld, ctxNew); ok {
			return v // "anything you create with the free service" → "with the service" (reachhooks.go)
		}
	}
	if v, ok := c.presentDenialVerdict(ch, sig, removed, added, cat, ctxOld, ctxNew); ok {
		return v // "does not host" → "does not currently host" (presentdenial.go)
	}
	if a := c.addressGone(ch.Old); !about && ch.New == "" && a != "" {
		// An address to write to taken away, no longer anywhere in the
		// policy (contactdomain.go).
		v := c.material(ch, c.categoryOr(cat, "rights", "unclassified")+".contact", sig, removed, added, "")
		v.Reason = fmt.Sprintf("%s: an address to write to removed, named nowhere else: %s", c.label(v.Category), a)
		return v
	}
	if !about && ch.New == "" {
		// A postal address to write to taken away, written nowhere in
		// the new text (contactdomain.go). Asked of blocks removed only:
		// its question is traced.
		if l := c.postalGone(ch.Old); l != "" {
			v := c.material(ch, c.categoryOr(cat, "rights", "unclassified")+".contact", sig, removed, added, "")
			v.Reason = fmt.Sprintf("%s: a postal address to write to removed, written nowhere else: %s", c.label(v.Category), l)
			return v
		}
	}
	if a := c.domainNew(ch.New); !about && ch.Old == "" && a != "" {
		// An address at a domain the policy never named: another party
		// to write to (contactdomain.go).
		v := c.material(ch, c.categoryOr(cat, "rights", "unclassified")+".contact", sig, removed, added, "")
		v.Reason = fmt.Sprintf("%s: an address to write to at a domain the policy did not name: %s", c.label(v.Category), a)
		return v
	}
	if !about && emailDomainTraded(ctxOld, ctxNew) {
		// Another address to write to (contactdomain.go).
		v := c.material(ch, c.categoryOr(cat, "rights", "unclassified")+".contact", sig, removed, added, "")
		v.Reason = fmt.Sprintf("%s: the address to write to changed: %s", c.label(v.Category), quoteChange(ctxOld, ctxNew))
		return v
	}
	if !about && reworded && c.rb.categoryIndex("identity") >= 0 && weDefinedRE.MatchString(ctxOld) && weDefinedRE.MatchString(ctxNew) {
		// The sentence that says whom "we" stands for, a party put in it
		// or taken from it: who is responsible (b73-11, "…, together with
		// our official distributors").
		// Only words put in, none taken out: a party joined, not the
		// sentence said again ("the legally separate companies that
		// together form the Group", b21-34).
		uo, ua := c.pair(c.content(removed), c.content(added))
		left := c.unexplained(uo, ua, false)
		if len(uo) == 0 && slices.ContainsFunc(left, func(w string) bool { return !pronouns[w] && (partyNoun(w) || groupOrPerson(w)) }) {
			v := c.material(ch, "identity.wording", sig, removed, added, "")
			v.Reason = c.label("identity") + ": whom \"we\" stands for changed: " + quoteChange(ctxOld, ctxNew)
			return v
		}
		if p, put := weJoined(ctxOld, ctxNew); p != "" {
			// "Omni Software and its affiliates ("we," "us," or "our")":
			// parties joined to, or taken from, whom "we" names
			// (b106-31; weidentity.go).
			v := c.material(ch, "identity.wording", sig, removed, added, "")
			v.Reason = c.label("identity") + ": whom \"we\" stands for changed, " + namingVerb(put) + "'" + p + "': " + quoteChange(ctxOld, ctxNew)
			return v
		}
		if e, put := c.companyNamedAnew(ctxOld, ctxNew); e != "" {
			// "the separate and distinct legal entities that make up the
			// Omnis Software Group" → "Omnis Software Ltd., on behalf of
			// the Omnis Software Group": one company where there were
			// the group's (b100-12; weidentity.go).
			v := c.material(ch, "identity.wording", sig, removed, added, "")
			v.Reason = c.label("identity") + ": whom \"we\" stands for changed, " + namingVerb(put) + e + ": " + quoteChange(ctxOld, ctxNew)
			return v
		}
	}
	if !about && !reworded && c.rb.categoryIndex("identity") >= 0 && (weDefinedRE.MatchString(ctxOld) || weDefinedRE.MatchString(ctxNew)) {
		if e, put := c.companyNamedAnew(ctxOld, ctxNew); e != "" {
			// A sentence saying whom "we" stands for, put in or taken
			// out, that names a company: who is responsible (b100-12,
			// weidentity.go).
			v := c.material(ch, "identity.wording", sig, removed, added, "")
			v.Reason = c.label("identity") + ": whom \"we\" stands for, " + namingVerb(put) + e + ": " + quoteChange(ctxOld, ctxNew)
			return v
		}
	}
	if !about {
		if box := c.mailboxGone(ch); box != "" {
			// "by e-mailing support@npmjs.com" → "by [contacting
			// support](…)" (mailboxgone.go)
			return c.mailboxGoneVerdict(ch, sig, removed, added, box, ctxOld, ctxNew)
		}
		if item, put := partyItemTraded(ctxOld, ctxNew); item != "" {
			// "made up of Omnis Software Ltd., Omnis Software France and
			// …" → "… Ltd. and …" (partytraded.go)
			return c.partyItemVerdict(ch, sig, removed, added, item, put, ctxOld, ctxNew)
		}
		if item, put := c.dataItemTraded(ch, ctxOld, ctxNew); item != "" {
			// "- Political opinions" added under "Information We
			// Access": data, by where it stands (dataitem.go).
			return c.dataItemVerdict(ch, sig, removed, added, item, put, ctxOld, ctxNew)
		}
		if item, put := c.dataRow(ch); item != "" {
			// "| | Deployment ID | The ID organization associated with
			// the logged in account | …" added to the fields sent
			// (datarow.go)
			return c.dataRowVerdict(ch, item, put)
		}
		if k := c.limitBeside(ch, ctxOld, ctxNew); !reworded && k != "" {
			// "We only show the brand of the operating system" added
			// to a paragraph about it (limitbeside.go)
			return c.limitBesideVerdict(ch, k, ctxOld, ctxNew)
		}
		if items, put := exceptionItems(ctxOld, ctxNew); reworded && len(items) > 0 {
			// "except for ref=, source= and utm_source=" → "…,
			// utm_medium= and utm_campaign=" (exceptlist.go)
			return c.exceptionVerdict(ch, items, put, ctxOld, ctxNew)
		}
		if v, ok := c.openedLeadVerdict(ch, "", ctxOld, ctxNew); ok {
			return v // "The companies which make up the group are:" → "The group includes, among others, these companies:" (openlist.go)
		}
		return minor("minor.unrelated", "Wording not about personal data: "+c.asWritten(ch))
	}
	// A pronoun added or removed on one side ("give us" for "provide")
	// names no one new; one traded for another ("you" for "we") does.
	isPronoun := func(w string) bool { return pronouns[w] }
	// "you" for "we" is a swap; "us" for "we" is the same party, and a
	// person dropped beside one kept ("if you ask us" → "upon your
	// request") trades no one for anyone.
	var lost, gained [5]bool
	for _, r := range removed {
		if isPronoun(r) {
			lost[person[r]] = true
		}
	}
	for _, a := range added {
		if isPronoun(a) {
			gained[person[a]] = true
		}
	}
	newPerson, oldPerson := false, false
	for p := range lost {
		newPerson = newPerson || gained[p] && !lost[p]
		oldPerson = oldPerson || lost[p] && !gained[p]
	}
	swapped := newPerson && oldPerson
	if swapped && reworded {
		swapped = c.swappedUnlessNamed(fOld, fNew, removed, added) // "discovering it" → "discovering the incident" (proform.go)
	}
	uo, ua := c.pair(c.content(removed), c.content(added))
	left := c.unexplained(uo, ua, swapped)
	addressSpelt := false  // words of an address the other side gives too were left out (addressspelled.go)
	placeRenamed := false  // words of the title of a link to a site the other side links to were left out (linkpage.go)
	titleRenamed := false  // words of the title of a part of the service, renamed, were left out (titlerenamed.go)
	partyGlossed := false  // words of a gloss of a party the sentence names were left out (partyglossed.go)
	offeringNamed := false // words the policy gives the author's offering, put before its short name, were left out (offeringnamed.go)
	if len(left) > 0 && reworded {
		left = slices.DeleteFunc(left, c.spellsOutAcronym(ctxOld, ctxNew))
		left = slices.DeleteFunc(left, mannerHead(fOld, fNew))
		left = slices.DeleteFunc(left, formHead(fOld, fNew))
		left = slices.DeleteFunc(left, consequencePhrase(fOld, fNew))
		left = slices.DeleteFunc(left, multiwordSynonyms(uo, ua, fOld, fNew))
		left = slices.DeleteFunc(left, compoundNouns(uo, ua, fOld, fNew))       // "surname" → "last name" (compoundnoun.go)
		left = slices.DeleteFunc(left, phrasalVerb(fOld, fNew, removed, added)) // "register for an account" → "sign up for an account" (phrasalverb.go)
		left = slices.DeleteFunc(left, supportVerb(c.content(removed), c.content(added), fOld, fNew))
		left = slices.DeleteFunc(left, numberLabel(fOld, fNew))
		left = slices.DeleteFunc(left, durationHead(fOld, fNew))
		left = slices.DeleteFunc(left, func(w string) bool {
			// "Certificate Status (OCSP)": a label of the same words
			a := strings.ToUpper(w)
			return glossAcronym(ctxOld, ctxNew, a) || glossAcronym(ctxNew, ctxOld, a)
		})
		left = slices.DeleteFunc(left, c.samePlaces(ctxOld, ctxNew))
		left = slices.DeleteFunc(left, c.samePower(fOld, fNew)) // "you can see" → "you can view" (powerverb.go)
		left = slices.DeleteFunc(left, c.sameStreet(ctxOld, ctxNew))
		left = slices.DeleteFunc(left, c.ownRoles(ctxOld, ctxNew))
		left = slices.DeleteFunc(left, c.ownOffices(ctxOld, ctxNew))    // "Our Support Team" → "Our Customer Support department" (ownoffice.go)
		left = slices.DeleteFunc(left, representative(ctxOld, ctxNew))  // "represented by Prof. Dr. Christoph Bauer" → "by its managing director" (representedby.go)
		left = slices.DeleteFunc(left, c.offeringTerms(ctxOld, ctxNew)) // "use of the Service" → "use of the Platform" (offeringterm.go)
		left = slices.DeleteFunc(left, c.retitled(ch.Old, ch.New))      // "16. YOUR RIGHTS UNDER UK GDPR" → "16. YOUR DATA PROTECTION RIGHTS" (headingline.go)
		// "with the Service" → "with Omni Lead Management Software", the name it defines (offeringterm.go)
		left = slices.DeleteFunc(left, c.definedNamed(ctxOld, ctxNew))
		left = slices.DeleteFunc(left, c.authorNamed(ctxOld, ctxNew)) // "OmniCRM acts" → "OmniCRM UK Ltd acts" (authorname.go)
		left = slices.DeleteFunc(left, sameExamples(fOld, fNew))
		left = slices.DeleteFunc(left, c.sameDocument(fOld, fNew))
		left = slices.DeleteFunc(left, pointedParts(fOld, fNew)) // "or sections above" → "section above" (pointedpart.go)
		left = slices.DeleteFunc(left, namedBack(fOld, fNew, removed, added))
		left = slices.DeleteFunc(left, demonstrativeBack(fOld, fNew, removed, added))
		// "… information. This information includes" → "…, including" (sequence.go)
		left = slices.DeleteFunc(left, demonstrativeDropped(ctxOld, ctxNew, removed, added))
		left = slices.DeleteFunc(left, c.anaphorTraded(fOld, fNew, removed, added))  // "such functionality" → "these features" (anaphor.go)
		left = slices.DeleteFunc(left, c.brandForWe(removed, added, ctxOld, ctxNew)) // "We use cookies" → "OmniOps uses cookies" (brandforwe.go)
		left = slices.DeleteFunc(left, genericHead(fOld, fNew, removed, added))
		left = slices.DeleteFunc(left, kindHeadTraded(fOld, fNew))       // "booking information" → "booking details" (kindhead.go)
		left = slices.DeleteFunc(left, settableSaid(fOld, fNew))         // "(configurable in your dashboard)" → "(you can set this in …)" (settable.go)
		left = slices.DeleteFunc(left, c.roleAppositive(ctxOld, ctxNew)) // "by AWS" → "by our cloud host, AWS," (roleappositive.go)
		left = slices.DeleteFunc(left, companyForm(fOld, fNew, ctxOld, ctxNew))
		left = slices.DeleteFunc(left, c.formGloss(ctxOld, ctxNew)) // "SAS (Simplified Joint-Stock Company)" → "SA (public limited company)" (formgloss.go)
		left = slices.DeleteFunc(left, readerWish(fOld, fNew))
		left = slices.DeleteFunc(left, addresseePronouns(fOld, fNew)) // readerrequest.go
		left = slices.DeleteFunc(left, indirectQuestion(fOld, fNew))  // indirectquestion.go
		left = slices.DeleteFunc(left, converse(fOld, fNew))
		left = slices.DeleteFunc(left, partitive(fOld, fNew))
		left = slices.DeleteFunc(left, reflexive(fOld, fNew))
		left = slices.DeleteFunc(left, possessiveOf(fOld, fNew, ctxOld, ctxNew))
		left = slices.DeleteFunc(left, protectedFrom(fOld, fNew))
		left = slices.DeleteFunc(left, inPlace(fOld, fNew))
		left = slices.DeleteFunc(left, attentionIdiom(fOld, fNew))
		left = slices.DeleteFunc(left, sameWorkforce(uo, ua, fOld, fNew))
		left = slices.DeleteFunc(left, c.sameClientele(uo, ua, fOld, fNew)) // "our customers" → "our members" (clientele.go)
		left = slices.DeleteFunc(left, sameWork(uo, ua, fOld, fNew))
		left = slices.DeleteFunc(left, collectiveHead(fOld, fNew, removed, added))
		left = slices.DeleteFunc(left, c.ownKind(ctxOld, ctxNew))
		left = slices.DeleteFunc(left, sharedHead(fOld, fNew))
		left = slices.DeleteFunc(left, namedForProForm(fOld, fNew, removed, added)) // "…, which processes" → "…. Stripe processes" (proform.go)
		left = slices.DeleteFunc(left, c.impliedObject(fOld, fNew, uo, ua))         // "for troubleshooting" → "to troubleshoot problems" (impliedobject.go)
		left = slices.DeleteFunc(left, etcOfExamples(ctxOld, ctxNew))               // "(e.g., through statistics, etc.)" → "(e.g., through statistics)" (openetc.go)
		left = slices.DeleteFunc(left, subsetExampleWords(fOld, fNew))              // "including to countries that" → "Some of these countries" (subsetexample.go)
		left = slices.DeleteFunc(left, bodysOffice(ctxOld, ctxNew))                 // "the Information Commissioner" → "the Information Commissioner's Office" (bodyoffice.go)
		left = slices.DeleteFunc(left, pointerDirection(ctxOld, ctxNew))            // "in Section 2.2 below" → "below" (pointerdirection.go)
		left = slices.DeleteFunc(left, similarTechnologies(ctxOld, ctxNew))         // "uses cookies" → "uses cookies and similar technologies" (similartech.go)
		left = slices.DeleteFunc(left, c.clarifyOpener(ctxOld, ctxNew))             // "We do not sell" → "For clarity, we do not sell" (clarifyopener.go)
		left = slices.DeleteFunc(left, c.acronymFor(ctxOld, ctxNew))                // "protected by SCCs" → "protected by Standard Contractual Clauses" (acronymfor.go)
		if n := len(left); n > 0 {
			left = slices.DeleteFunc(left, c.offeringNamed(ctxOld, ctxNew)) // "its services" → "its outsourced customer support services" (offeringnamed.go)
			offeringNamed = len(left) < n
		}
		if n := len(left); n > 0 {
			left = slices.DeleteFunc(left, c.partyGlossed(ctxOld, ctxNew)) // "the client (the business you bought from)" (partyglossed.go)
			partyGlossed = len(left) < n
		}
		if n := len(left); n > 0 {
			left = slices.DeleteFunc(left, c.sameAddressSpelled(ch.Old, ch.New)) // "visit https://www.acme.com" → "visit acme.com" (addressspelled.go)
			addressSpelt = len(left) < n
		}
		if n := len(left); n > 0 {
			left = slices.DeleteFunc(left, c.samePlaceRenamed(ch.Old, ch.New)) // "in your account [Privacy Settings](…)" → "on your [Account Privacy](…) page" (linkpage.go)
			placeRenamed = len(left) < n
		}
		if n := len(left); n > 0 {
			left = slices.DeleteFunc(left, c.renamedTitle(ctxOld, ctxNew)) // "in the Data & Privacy section" → "in the Privacy & Safety section" (titlerenamed.go)
			titleRenamed = len(left) < n
		}
		// "visit https://www.acme.com" → "visit acme.com" (addressspelled.go)
		// The author's own name put before its product ("Sponsors
		// Program" → "GitHub Sponsors Program") or taken away.
		if b := strings.ToLower(c.brand(false)); b != "" && slices.Contains(left, b) {
			left = slices.DeleteFunc(left, func(w string) bool { return w == b })
		}
	}
	if len(left) > 0 && reworded && force == nil && (equalWords(ix.fold(politeRE.ReplaceAllString(ctxOld, "")), fNew) || equalWords(fOld, ix.fold(politeRE.ReplaceAllString(ctxNew, ""))) ||
		// compared as written too: the words compared may have been
		// reread on one side ("under data protection law" dropped)
		equalWords(ix.fold(politeRE.ReplaceAllString(ctxOld, "")), ix.fold(ctxNew)) || equalWords(ix.fold(ctxOld), ix.fold(politeRE.ReplaceAllString(ctxNew, "")))) {
		return minor("same.commitments", "Same commitments; a request to the reader added or removed: "+quoteChange(ctxOld, ctxNew))
	}
	if len(left) > 0 && reworded && force == nil && c.absoluteEmphasis(fOld, fNew, removed, added) {
		return minor("same.commitments", "Same commitments; emphasis of an absolute commitment: "+quoteChange(ctxOld, ctxNew))
	}
	if len(left) == 0 && reworded && about && (slices.ContainsFunc(removed, clauseSubject) || slices.ContainsFunc(added, clauseSubject) || participleHint(removed)) {
		phrase, dropped := "", false
		if slices.ContainsFunc(removed, clauseSubject) || slices.ContainsFunc(added, clauseSubject) {
			phrase, dropped = c.relativeClauseChanged(ctxOld, ctxNew)
		}
		if phrase == "" && participleHint(removed) {
			phrase, dropped = c.participleClauseChanged(ctxOld, ctxNew) // participlescope.go
		}
		if phrase != "" {
			// "with the seller you bought it from" → "with sellers": the
			// same words of commitment, about more of them.
			verb, dir := "narrowed", Restricts
			if dropped {
				verb, dir = "widened", Expands
			}
			if personalDataDefined(fOld) && personalDataDefined(fNew) && c.rb.categoryIndex("data") >= 0 {
				cat = "data" // what "personal information" is defined as (datadefined.go)
			}
			v := c.material(ch, cat+".scope", sig, removed, added, "")
			v.Reason, v.Direction = fmt.Sprintf("Scope %s: a clause saying which ones, %s: %s (%s)", verb, quoteWords([]string{phrase}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
			return v
		}
	}
	if len(left) == 0 && reworded && about {
		if o, n := judgment(ctxOld), judgment(ctxNew); o != n {
			// "as long as your account is open" → "as long as we consider
			// it useful": ordinary words, but what decided is now the
			// company's view, or no longer is.
			v := c.material(ch, cat+".judgment", sig, removed, added, "")
			verb, dir := "Left to our judgment", Expands
			if o > n {
				verb, dir = "No longer left to our judgment", Restricts
			}
			v.Reason, v.Direction = fmt.Sprintf("%s: %s (%s)", verb, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
			return v
		}
		if w, put := thresholdOnChanges(fOld, fNew); w != "" {
			// "Notifications of the above-mentioned changes will be sent"
			// → "… of significant changes": fewer changes are told.
			v := c.material(ch, "notice.scope", sig, removed, added, "")
			verb, dir := "added", Restricts
			if !put {
				verb, dir = "removed", Expands
			}
			v.Reason, v.Direction = fmt.Sprintf("Which changes are announced: a threshold %s, %s: %s (%s)", verb, quoteWords([]string{w}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
			return v
		}
		if len(uo) == 1 && len(ua) == 1 {
			if role := roleTraded(fOld, fNew, uo[0], ua[0]); role != "" {
				// "uses them solely to contact the owner" → "to identify
				// the owner".
				v := c.material(ch, "purposes.wording", sig, removed, added, "")
				v.Reason = fmt.Sprintf("Purpose changed: what the data is used for, 'to %s' → 'to %s': %s (%s)", uo[0], ua[0], quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
				return v
			}
		}
		if o, n := limitClauseKind(fOld, fNew); o != "" {
			// "only to perform support" → "only while performing support".
			v := c.material(ch, cat+".force", sig, removed, added, "")
			v.Reason = fmt.Sprintf("Limit changed: from %s to %s: %s (%s)", o, n, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
			return v
		}
		if o, n := consentKindChanged(fOld, fNew); o != "" {
			// "with your explicit consent" → "with your consent, express
			// or implied".
			v := c.material(ch, "legal-basis.force", sig, removed, added, "")
			v.Reason = fmt.Sprintf("Consent changed: %s → %s: %s (%s)", o, n, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
			return v
		}
		if o, n := kindTraded(c.content(removed), c.content(added)); o != "" {
			// "protection the same as in the EU" → "comparable to that in
			// the EU"; "removed from" → "deactivated in".
			v := c.material(ch, cat+".force", sig, removed, added, "")
			v.Reason = fmt.Sprintf("Commitment changed: %s (%s) for %s (%s): %s (%s)", quoteWords([]string{o}), wordKinds[o].kind, quoteWords([]string{n}), wordKinds[n].kind, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
			return v
		}
		if how := eachTimeChanged(fOld, fNew); how != "" {
			// "with your explicit consent each time" → "with your explicit
			// consent": asked once.
			v := c.material(ch, cat+".force", sig, removed, added, "")
			v.Reason = fmt.Sprintf("How often it holds changed (\"each time\" %s): %s (%s)", how, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
			return v
		}
		if w := denialQualified(fOld, fNew, removed, added); w != "" && !c.qualifierKept(w, fOld, fNew) {
			// "does not identify any personal details" → "does not
			// directly identify …": what is denied is narrower.
			v := c.material(ch, cat+".negation", sig, removed, added, "")
			v.Reason = fmt.Sprintf("A denial qualified, %s: %s (%s)", quoteWords([]string{w}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
			return v
		}
		if len(uo) == 0 && len(ua) == 0 && len(removed)+len(added) <= 3 && slices.ContainsFunc(append(slices.Clip(removed), added...), func(w string) bool { return linkingPrepositions[w] }) && listRegrouped(fOld, fNew) {
			// "for profiling, tracking, or marketing purposes" → "for
			// profiling or tracking for marketing purposes".
			v := c.material(ch, cat+".list", sig, removed, added, "")
			v.Reason = fmt.Sprintf("A list regrouped, the same words joined otherwise: %s (%s)", quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
			return v
		}
		if act := askedToAct(fOld, fNew); act != "" && c.rb.categoryIndex("rights") >= 0 {
			v := c.material(ch, "rights.force", sig, removed, added, "")
			v.Reason, v.Direction = fmt.Sprintf("Commitment weakened: what you could do yourself, you now ask us to do (%s): %s (%s)", quoteWords([]string{act}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), Expands
			return v
		}
		if v, ok := c.requestedVerdict(ch, cat, sig, removed, added, fOld, fNew, ctxOld, ctxNew); ok {
			return v // "You can configure shorter periods" → "You can request shorter periods" (requestpower.go)
		}
		if v, ok := c.mindVerdict(ch, cat, sig, removed, added, fOld, fNew, ctxOld, ctxNew); ok {
			return v // "information you knowingly provide" → "information you provide" (stateofmind.go)
		}
		if v, ok := c.partyConfinedVerdict(ch, cat, sig, removed, added, fOld, fNew, ctxOld, ctxNew); ok {
			return v // "would not identify you" → "would not identify you to others" (partyconfined.go)
		}
		if v, ok := c.groundVerdict(ch, cat, sig, removed, added, fOld, fNew, ctxOld, ctxNew); ok {
			return v // "24 months as required by law" → "24 months or as required by law" (alternativeground.go)
		}
		stdOld, stdNew, changed := standardChanged(ctxOld, ctxNew)
		if changed {
			v := c.material(ch, cat+".force", sig, removed, added, "")
			v.Reason = fmt.Sprintf("Condition changed: the standard the commitment is held to, %s → %s: %s (%s)", strings.Join(stdOld, ", "), strings.Join(stdNew, ", "), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
			return v
		}
		if kinds, cond, ok := standardTraded(ctxOld, ctxNew, stdOld, stdNew); ok {
			// "where technically feasible" → "where your plan includes
			// human support" (standard.go)
			v := c.material(ch, cat+".condition", sig, removed, added, "")
			v.Reason = fmt.Sprintf("Condition changed: a standard the commitment is held to (%s) traded for a condition of another kind, %s: %s (%s)", kinds[0], quoteWords([]string{cond}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
			return v
		}
		if w, put := minimisationDropped(fOld, fNew, uo, ua); w != "" {
			// "information necessary for the integration" → "information
			// available through the integration".
			v := c.material(ch, cat+".scope", sig, removed, added, "")
			verb, dir := "dropped", Expands
			if put {
				verb, dir = "added", Restricts
			}
			v.Reason, v.Direction = fmt.Sprintf("Scope changed: a limit to what is needed, %s (%s): %s (%s)", quoteWords([]string{w}), verb, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
			return v
		}
		if w, narrowed := universalNarrowed(fOld, fNew, uo, ua); w != "" {
			// "for every account" → "for accounts on paid plans".
			v := c.material(ch, cat+".scope", sig, removed, added, "")
			verb, dir, what := "narrowed", Restricts, quoteWords([]string{w})+" said of all, now of some"
			if !narrowed {
				verb, dir, what = "widened", Expands, "said of some, now of all ("+quoteWords([]string{w})+")"
			}
			v.Reason, v.Direction = fmt.Sprintf("Scope %s: %s: %s (%s)", verb, what, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
			return v
		}
		if o, n := deemedFrom(fOld, fNew); o != "" {
			// "your continued use after changes become effective
			// constitutes acceptance" → "after we post changes".
			v := c.material(ch, "notice.period", sig, removed, added, "")
			v.Reason = fmt.Sprintf("From when you are taken to agree to a changed policy: once it is %s → once it is %s: %s (%s)", o, n, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
			return v
		}
		if c.periodBoundChanged(fOld, ctxOld, ctxNew) {
			// "7 years after the end of your relationship with us" → "7
			// years after your last purchase from us".
			v := c.material(ch, "retention.period", sig, removed, added, "")
			v.Reason = fmt.Sprintf("%s: what a period runs from, or lasts for, changed: %s", c.label("retention"), quoteChange(ctxOld, ctxNew))
			return v
		}
		if w := c.exampleNarrowed(fNew, removed, added); w != "" {
			// "a child, in particular any child under 13" → "a child
			// under 13": the example is now the whole.
			v := c.material(ch, cat+".scope", sig, removed, added, "")
			v.Reason, v.Direction = fmt.Sprintf("Scope narrowed: what was an example ('%s') is now all the commitment covers: %s (%s)", w, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), Restricts
			return v
		}
		if o, n := identifiabilityTraded(uo, ua, fNew); o != "" {
			// "in aggregated form" → "in raw form": the data names people
			// it did not.
			v := c.material(ch, "data.scope", sig, removed, added, "")
			v.Reason, v.Direction = fmt.Sprintf("Data no longer said to name no one: %s → %s: %s (%s)", quoteWords([]string{o}), quoteWords([]string{n}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), Expands
			return v
		}
		if w := protectionReach(fOld, fNew, removed, added); w != "" {
			// "(anonymized for analytics)" → "(anonymized in analytics
			// reports)": the data is anonymised, or kept secure, in
			// another place or for another use.
			v := c.material(ch, cat+".scope", sig, removed, added, "")
			v.Reason = fmt.Sprintf("Scope changed: where or for what the data is %s: %s (%s)", w, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
			return v
		}
		if len(uo)+len(ua) == 1 {
			if w, put := caseListChanged(ctxOld, ctxNew, uo, ua); w != "" {
				// "In the event of a merger, acquisition, reorganization"
				// → "…, acquisition, financing, reorganization": the
				// commitment holds in one more case, or one fewer.
				v := c.material(ch, cat+".condition", sig, removed, added, "")
				verb, dir := "a case added to those it holds in", Expands
				if !put {
					verb, dir = "a case taken from those it holds in", Restricts
				}
				v.Reason, v.Direction = fmt.Sprintf("Condition changed: %s, %s: %s (%s)", verb, quoteWords([]string{w}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
				return v
			}
		}
		if p, put := derivedStandard(fOld, fNew); p != "" {
			// "in a form approved by regulators" → "in a form based on
			// those approved by regulators".
			v := c.material(ch, cat+".force", sig, removed, added, "")
			verb, dir := "weakened", Expands
			if !put {
				verb, dir = "strengthened", Restricts
			}
			v.Reason, v.Direction = fmt.Sprintf("Commitment %s: what it holds to is now %s, not the standard itself, or the other way (%s): %s (%s)", verb, map[bool]string{true: "only drawn from", false: "the standard"}[put], quoteWords([]string{p}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
			return v
		}
		if u, o, narrowed := universalOwned(fOld, fNew); u != "" {
			// "any use of cookies will not relate to …" → "our use of
			// cookies …": others' use is no longer promised.
			v := c.material(ch, cat+".scope", sig, removed, added, "")
			verb, dir := "narrowed", Restricts
			if !narrowed {
				verb, dir = "widened", Expands
			}
			v.Reason, v.Direction = fmt.Sprintf("Scope %s: %s for %s: %s (%s)", verb, quoteWords([]string{map[bool]string{true: o, false: u}[narrowed]}), quoteWords([]string{map[bool]string{true: u, false: o}[narrowed]}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
			return v
		}
		if w, put := c.narrowingDropped(fOld, fNew); w != "" {
			// "for a specific purpose" → "for our purposes": which ones
			// is no longer said.
			v := c.material(ch, cat+".scope", sig, removed, added, "")
			v.Reason, v.Direction = c.scopeWordReason("which one", w, put, ctxOld, ctxNew, v.Category)
			return v
		}
		if w, narrowed := c.universalQualified(fOld, fNew, removed, added); w != "" {
			// "All staff are subject to" → "Senior staff are subject to"
			// (universalqualified.go).
			v := c.material(ch, cat+".scope", sig, removed, added, "")
			verb, dir := "widened", Expands
			if narrowed {
				verb, dir = "narrowed", Restricts
			}
			v.Reason, v.Direction = fmt.Sprintf("Scope %s: a word saying which ones, %s, traded for one saying all: %s (%s)", verb, quoteWords([]string{w}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
			return v
		}
		if w, put := c.scopeQualifierPlain(fOld, fNew, removed, added); w != "" {
			// "all requests" → "all complete requests": ordinary words,
			// but the commitment holds for fewer of them, or on a
			// stricter condition.
			v := c.material(ch, cat+".scope", sig, removed, added, "")
			verb := "removed"
			if put {
				verb = "added"
			}
			v.Reason = fmt.Sprintf("Scope changed: a word saying which ones or on what condition, %s (%s): %s (%s)", quoteWords([]string{w}), verb, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
			return v
		}
		if w, put := ownerPut(fOld, fNew); w != "" {
			// "for marketing or independent purposes" → "for its own
			// marketing" (qualifier.go)
			v := c.material(ch, cat+".scope", sig, removed, added, "")
			verb, dir := "removed", Expands
			if put {
				verb, dir = "added", Restricts
			}
			v.Reason, v.Direction = fmt.Sprintf("Scope changed: a word saying whose, %s (%s): %s (%s)", quoteWords([]string{w}), verb, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
			return v
		}
	}
	if len(left) == 0 && reworded && about {
		// What a commitment waits for or covers, said of one item or by a
		// pointer back.
		if v, ok := c.optionalMarkVerdict(ch, cat, sig, removed, added, fOld, fNew, ctxOld, ctxNew); ok {
			return v // "email address (optional)" → "email address" (optionalmark.go)
		}
		if v, ok := c.eventBackVerdict(ch, cat, sig, removed, added, fOld, fNew, ctxOld, ctxNew); ok {
			return v // "When we do so, we will" → "We will … when we next review it" (eventback.go)
		}
		if v, ok := c.backPartVerdict(ch, cat, sig, removed, added, fOld, fNew, ctxOld, ctxNew); ok {
			return v // "to such children", two kinds named → "to children under 16" (backpart.go)
		}
		if v, ok := c.sameOtherVerdict(ch, cat, sig, removed, added, ctxOld, ctxNew); ok {
			return v // "in the message itself" → "in a separate message" (sameother.go)
		}
	}
	if w := c.partyMoved(fOld, fNew); len(left) == 0 && reworded && w != "" {
		// "We never sell partner data" → "… data to partners": the
		// party the data came from is now the one it goes to.
		v := c.material(ch, "recipients.role", sig, removed, added, "")
		v.Reason = fmt.Sprintf("A party in another role, %s: %s (%s)", quoteWords([]string{w}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
		return v
	}
	if len(left) == 0 && reworded && about {
		// A phrase after a preposition is the fallback's, but for the
		// words of an address the other side also sends the reader to.
		if left = c.ordinaryPhrase(uo, ua, fOld, fNew); len(left) > 0 && addressSpelt {
			left = slices.DeleteFunc(left, c.sameAddressSpelled(ch.Old, ch.New))
		}
		if len(left) > 0 {
			left = slices.DeleteFunc(left, c.clarifyOpener(ctxOld, ctxNew)) // "For the avoidance of doubt," is no phrase of the commitment (clarifyopener.go)
		}
		if len(left) > 0 && placeRenamed {
			left = slices.DeleteFunc(left, c.samePlaceRenamed(ch.Old, ch.New))
		}
	}
	if len(left) == 0 && reworded && about {
		if v, ok := c.rewordedReach(ch, cat, sig, removed, added, fOld, fNew, ctxOld, ctxNew); ok {
			return v // "call logs" → "call recordings", "with the Service" → "across our services" (reachhooks.go)
		}
		if w, put := dataKindChanged(fOld, fNew, removed, added); w != "" {
			// "the personal information we collected" → "the contact
			// information we collected" (datakind.go).
			if cat == "" || cat == "unclassified" {
				cat = "data"
			}
			v := c.material(ch, cat+".data-kind", sig, removed, added, "")
			verb := "removed"
			if put {
				verb = "added"
			}
			v.Reason = fmt.Sprintf("Which data the commitment covers changed: a kind of data, %s, %s: %s (%s)", quoteWords([]string{w}), verb, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
			return v
		}
	}
	if len(left) == 0 {
		var po, pn []string // the words as written, for the readers below
		if reworded {
			po, pn = c.ix.plain(ctxOld), c.ix.plain(ctxNew)
		}
		if alt := alternativeDropped(fOld, fNew); reworded && alt != "" && about {
			// "legal or similarly significant effects" → "legal effects",
			// beside other rewording (alternativedropped.go)
			v := c.material(ch, c.categoryOr(cat, "unclassified")+".list", sig, removed, added, "")
			v.Reason = fmt.Sprintf("%s: an alternative dropped or put in: %s: %s", c.label(v.Category), alt, quoteChange(ctxOld, ctxNew))
			return v
		}
		if from, to := c.powerVerbChanged(fOld, fNew); reworded && from != "" && powerClass[from] != powerClass[to] && c.rb.categoryIndex("rights") >= 0 {
			// "You can see the data we hold" → "You can edit the data
			// we hold": another right given (powerverb.go).
			v := c.material(ch, "rights.power", sig, removed, added, "")
			v.Reason = fmt.Sprintf("%s: what the reader may do changed: '%s' (%s) → '%s' (%s): %s", c.label("rights"), from, powerClass[from], to, powerClass[to], quoteChange(ctxOld, ctxNew))
			return v
		}
		if verb, taken := c.powerTaken(fOld, fNew); reworded && verb != "" && c.rb.categoryIndex("rights") >= 0 {
			// "You can review and update your account" → "You can view
			// your account": a right no longer given (powerverb.go).
			v := c.material(ch, "rights.power", sig, removed, added, "")
			what, dir := "no longer given", Restricts
			if !taken {
				what, dir = "now given", Expands
			}
			v.Reason, v.Direction = fmt.Sprintf("%s: what the reader may do changed: '%s' (%s) %s: %s", c.label("rights"), verb, powerClass[verb], what, quoteChange(ctxOld, ctxNew)), dir
			return v
		}
		if reworded && placeOpened(po, pn) && c.rb.categoryIndex("transfers") >= 0 {
			// "stored in Ireland and processed there" → "… processed
			// elsewhere" (placeopened.go)
			v := c.material(ch, "transfers.place", sig, removed, added, "")
			v.Reason = c.label("transfers") + ": where the data is handled, once the place named, is now any other, or the reverse: " + quoteChange(ctxOld, ctxNew)
			return v
		}
		if reworded && ownPolicyTraded(po, pn) {
			// "subject to this Privacy Policy" → "subject to their own
			// privacy policies" (ownpolicy.go)
			k := c.categoryOr(cat, "recipients", "data", "unclassified")
			v := c.material(ch, k+".regime", sig, removed, added, "")
			v.Reason = fmt.Sprintf("%s: a party's use of the data now under its own policy, not this one, or the reverse: %s", c.label(v.Category), quoteChange(ctxOld, ctxNew))
			return v
		}
		if reworded && periodAnchorMoved(po, pn) {
			// "After 70 days" → "70 days after a case is closed"
			// (periodanchor.go): how long data is kept, unless the
			// sentence is about another category's period.
			k := c.categoryOr(cat, "retention", "data", "unclassified")
			v := c.material(ch, k+".number", sig, removed, added, "")
			v.Reason = fmt.Sprintf("%s: a period now counts from another event: %s", c.label(v.Category), quoteChange(ctxOld, ctxNew))
			return v
		}
		if reworded && negationCut(po, pn) {
			// "without creating an account or giving us your email" →
			// "… but by giving us your email" (negationscope.go)
			k := cat
			if k == "" {
				k = "unclassified"
			}
			v := c.material(ch, k+".opposite", sig, removed, added, "")
			v.Reason = fmt.Sprintf("Commitment reversed: an item of a list under a denial now set against it, or the reverse: %s (%s)", quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
			return v
		}
		if reworded && authorisedAccessChanged(fOld, fNew) && c.rb.categoryIndex("security") >= 0 {
			// "restricted to authorised personnel" → "to personnel"
			// (authorisedaccess.go)
			v := c.material(ch, "security.access", sig, removed, added, "")
			v.Reason = c.label("security") + ": whom access is restricted to, authorised or not: " + quoteChange(ctxOld, ctxNew)
			return v
		}
		if reworded && confidentialityDropped(fOld, fNew) && c.rb.categoryIndex("security") >= 0 {
			// "kept confidential" → "kept longer" (confidential.go)
			v := c.material(ch, "security.dropped", sig, removed, added, "")
			v.Reason, v.Direction = c.label("security")+": no longer said to be kept confidential: "+quoteChange(ctxOld, ctxNew), Expands
			return v
		}
		if d := permissionHedged(po, pn); reworded && d != 0 {
			// "You have the right" → "You may have the right"
			// (permissionhedge.go)
			k := c.categoryOr(cat, "rights", "unclassified")
			v := c.material(ch, k+".force", sig, removed, added, "")
			what, dir := "Commitment weakened: a permission now only perhaps granted", Restricts
			if d < 0 {
				what, dir = "Commitment strengthened: a permission no longer hedged", Expands
			}
			v.Reason, v.Direction = fmt.Sprintf("%s: %s (%s)", what, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
			return v
		}
		if reworded {
			if v, ok := c.pointerNeedVerdict(ch, cat, ctxOld, ctxNew); ok {
				return v // "beyond what is listed above" → "beyond what we need" (pointerneed.go)
			}
			if v, ok := c.listTailVerdict(ch, cat, fOld, fNew, ctxOld, ctxNew); ok {
				return v // "fraud or money laundering" → "fraud, money laundering or unpaid rent" (listtail.go)
			}
		}
		if reworded && offeringNamed {
			return minor("same.offering", "Same commitments; the author's offering called by the words the policy gives it where it says what it provides: "+quoteChange(ctxOld, ctxNew))
		}
		if reworded && partyGlossed {
			return minor("same.party", "Same parties; one the sentence names, said again by who it is to the reader: "+quoteChange(ctxOld, ctxNew))
		}
		if reworded && titleRenamed {
			return minor("same.place", "Same commitments; the part of the service the reader is sent to, renamed: "+quoteChange(ctxOld, ctxNew))
		}
		if reworded && placeRenamed {
			return minor("same.place", "Same commitments; the page or tool the reader is sent to, on the same site, named another way: "+quoteChange(ctxOld, ctxNew))
		}
		if reworded && addressSpelt {
			return minor("same.address", "Same commitments; the same web address or site, written another way: "+quoteChange(ctxOld, ctxNew))
		}
		if who := c.partyActs(ctxOld, ctxNew, removed, added); reworded && who != "" {
			// "we will notify" → "AWS will notify", AWS named elsewhere
			// (partyacts.go).
			v := c.material(ch, cat+".actor", sig, removed, added, "")
			v.Reason = fmt.Sprintf("Who acts changed (now or no longer %s, not the author): %s (%s)", who, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
			return v
		}
		if who := c.agentMoved(ctxOld, ctxNew); reworded && who != "" {
			// "are managed by AWS through" → "We manage … through"
			// (passiveagent.go).
			v := c.material(ch, cat+".actor", sig, removed, added, "")
			v.Reason = fmt.Sprintf("Who acts changed, the voice switched (now or no longer %s, not the author): %s (%s)", who, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
			return v
		}
		if item, put := listItemInsertedAcross(ch.Old, ch.New); reworded && item != "" && about && len(c.masked[0])+len(c.masked[1]) == 0 {
			// "call logs, voicemail recordings" → "call logs, call
			// recordings, voicemail recordings": an item of words the
			// list already uses (listappend.go); or items, one after
			// another ("phone number, supply address, meter serial
			// number, company name", b286-32).
			if items := c.onlyItemsChanged(ch, item, put); items != nil {
				v := c.material(ch, c.categoryOr(cat, "data", "unclassified")+".list", sig, removed, added, "")
				verb, dir := "Item added to a list", Expands
				if !put {
					verb, dir = "Item removed from a list", Restricts
				}
				if len(items) > 1 {
					verb = strings.Replace(verb, "Item", "Items", 1)
				}
				v.Reason, v.Direction = fmt.Sprintf("%s: '%s': %s (%s)", verb, strings.Join(items, "', '"), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
				return v
			}
		}
		if item, party, put := c.rowItemChanged(ch.Old, ch.New); reworded && item != "" && c.rb.categoryIndex("recipients") >= 0 {
			// A name put into a list in a recipient's row: what it
			// receives data for (rowitem.go).
			verb, dir := "added to", Expands
			if !put {
				verb, dir = "removed from", Restricts
			}
			v := c.material(ch, "recipients.entity", sig, removed, added, fmt.Sprintf("What a recipient's row lists changed: '%s' %s the row of %s: %s", item, verb, readable(party), quoteChange(ctxOld, ctxNew))) // a name, a fact of its own (namesOwnFact)
			v.Direction = dir
			return v
		}
		if m := modalClauseAdded(ctxOld, ctxNew); reworded && m != "" && about {
			// "…; strictly necessary cookies will, however, still be set"
			// (modalclause.go)
			v := c.material(ch, c.categoryOr(cat, "unclassified")+".modal", sig, removed, added, "")
			v.Reason, v.Direction = fmt.Sprintf("%s: a commitment put in (“%s”): %s", c.label(v.Category), m, quoteChange(ctxOld, ctxNew)), Neutral
			return v
		}
		if item, put := c.dataItemTraded(ch, ctxOld, ctxNew); item != "" {
			// "your name and email address" → "your name, email address
			// and purchase history" (dataitem.go)
			return c.dataItemVerdict(ch, sig, removed, added, item, put, ctxOld, ctxNew)
		}
		if items, put := exceptionItems(ctxOld, ctxNew); reworded && len(items) > 0 {
			// "any external commands except bundle, cask and services" →
			// "except bundle and services" (exceptlist.go)
			return c.exceptionVerdict(ch, items, put, ctxOld, ctxNew)
		}
		if verb, was, now := modalCarried(ch.Old, ch.New); reworded && verb != "" {
			// "we will update" → "may add … and update" (modalcarried.go)
			v := c.material(ch, c.categoryOr(cat, "unclassified")+".modal", sig, removed, added, "")
			what, dir := "Commitment weakened", Restricts
			if modalStrength[now] > modalStrength[was] {
				what, dir = "Commitment strengthened", Expands
			}
			v.Reason, v.Direction = fmt.Sprintf("%s: '%s %s' now carried by '%s' through 'and': %s (%s)", what, was, verb, now, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
			return v
		}
		if way := channelDropped(ctxOld, ctxNew); reworded && way != "" {
			// "…, or by contacting us" dropped from the ways to withdraw
			// consent (channeldropped.go)
			v := c.material(ch, c.categoryOr(cat, "rights", "unclassified")+".channel", sig, removed, added, "")
			v.Reason, v.Direction = fmt.Sprintf("%s: a way to do it dropped, '%s': %s", c.label(v.Category), way, quoteChange(ctxOld, ctxNew)), Restricts
			return v
		}
		if q, was, now := c.qualifierMoved(ch.Old, ch.New); reworded && q != "" {
			// The same words, a condition or hedge reaching other ones
			// (qualifierscope.go).
			v := c.material(ch, c.categoryOr(cat, "unclassified")+".reach", sig, removed, added, "")
			v.Reason = c.reachReason(q, was, now, v.Category)
			return v
		}
		if q, put := universalAlone(fo, fn, removed, added); reworded && q != "" {
			// "MFA for all internal staff accounts" → "MFA for internal
			// staff accounts": a bare plural allows exceptions "all" did
			// not; under a denial, "not all" denies less than "not"
			// (onlyreach.go).
			v := c.material(ch, c.categoryOr(cat, "unclassified")+".quantifier", sig, removed, added, "")
			what, dir := "Commitment weakened: '"+q+"' dropped", Restricts
			if put {
				what, dir = "Commitment strengthened: '"+q+"' put in", Expands
			} else if len(added) == 1 {
				what = "Commitment narrowed: '" + q + "' dropped and '" + added[0] + "' put in"
			}
			if slices.ContainsFunc(fo, func(w string) bool { return c.ix.negation[w] }) {
				what, dir = "How many a denial covers changed: '"+q+"' dropped", Neutral
				if put {
					what = "How many a denial covers changed: '" + q + "' put in"
				}
			}
			v.Reason, v.Direction = fmt.Sprintf("%s: %s (%s)", what, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
			return v
		}
		if ok, put := providedNarrowed(ctxOld, ctxNew); reworded && ok && about {
			// "Receive your data" → "Receive data you provided to us"
			// (exampleclosed.go)
			v := c.material(ch, c.categoryOr(cat, "data")+".scope", sig, removed, added, "")
			what, dir := "Scope narrowed to what the reader provided", Restricts
			if !put {
				what, dir = "Scope widened beyond what the reader provided", Expands
			}
			v.Reason, v.Direction = fmt.Sprintf("%s: %s (%s)", what, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
			return v
		}
		if split, ok := c.alternativesSplit(ch.Old, ch.New); reworded && ok {
			// "for legal compliance purposes" → "for legal or compliance
			// purposes" (onlyreach.go)
			v := c.material(ch, c.categoryOr(cat, "unclassified")+".scope", sig, removed, added, "")
			what := "Two alternatives made one thing"
			if split {
				what = "One thing split into alternatives by 'or'"
			}
			v.Reason, v.Direction = fmt.Sprintf("%s: %s (%s)", what, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), Neutral
			return v
		}
		if aim, put := purposeVerbAdded(fOld, fNew); reworded && aim != "" {
			// "To analyze usage patterns and improve" → "…, measure ad
			// campaigns, and improve" (purposeconfined.go)
			k := "purposes"
			if c.rb.categoryIndex(k) < 0 {
				k = c.categoryOr(cat, "unclassified")
			}
			v := c.material(ch, k+".list", sig, removed, added, "")
			verb, dir := "An aim added to a purpose", Expands
			if !put {
				verb, dir = "An aim taken from a purpose", Restricts
			}
			v.Reason, v.Direction = fmt.Sprintf("%s, %s: %s (%s)", verb, quoteWords([]string{aim}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
			return v
		}
		if w, put := needPurposeDropped(ctxOld, ctxNew); reworded && w != "" {
			// "… as required to deliver services" dropped in a rewording
			// (purposeconfined.go)
			v := c.material(ch, c.categoryOr(cat, "purposes", "unclassified")+".scope", sig, removed, added, "")
			v.Reason, v.Direction = c.purposeScopeReason(w, put, ctxOld, ctxNew, v.Category)
			return v
		}
		if w, put := compoundAdjective(fOld, fNew); reworded && w != "" {
			// "a government request" → "a lawful request from a
			// government" (compoundadj.go)
			v := c.material(ch, c.categoryOr(cat, "unclassified")+".scope", sig, removed, added, "")
			v.Reason, v.Direction = c.scopeWordReason("which ones", w, put, ctxOld, ctxNew, v.Category)
			return v
		}
		if w, widened, ok := pointerTraded(fOld, fNew); reworded && ok {
			// "as part of that transaction" → "as part of any
			// transaction" (pointerwidened.go)
			v := c.material(ch, c.categoryOr(cat, "unclassified")+".scope", sig, removed, added, "")
			what, dir := "narrowed: now only what was named before", Restricts
			if widened {
				what, dir = "widened: what was named before is now any", Expands
			}
			v.Reason, v.Direction = fmt.Sprintf("Scope %s (%s): %s (%s)", what, quoteWords([]string{w}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
			return v
		}
		if v, ok := c.tenseVerdict(ch, ctxOld, ctxNew, fOld, removed, added); ok {
			return v // "We will delete your data" → "We have deleted your data" (pastreport.go)
		}
		if v, ok := c.agentVerdict(ch, ctxOld, ctxNew, fOld, removed, added); ok {
			return v // "the purposes we specify" → "… that have been specified" (agentdropped.go)
		}
		if v, ok := c.openedLeadVerdict(ch, cat, ctxOld, ctxNew); ok {
			return v // "We collect:" → "We collect, among other things:" (openlist.go)
		}
		if v, ok := c.inceptionVerdict(ch, cat, ctxOld, ctxNew); ok {
			return v // "when you register" → "when you begin registering" (inception.go)
		}
		if g := c.bracketListGrew(ctxOld, ctxNew); reworded && len(g) > 0 {
			// "(page views, chat interactions)" → "(page views, chat
			// interactions, clicks and scrolling)" beside a word said
			// another way (examplegrew.go)
			k := c.categoryOr(cat, "unclassified")
			v := c.material(ch, k+".list", sig, removed, added, "")
			v.Reason = fmt.Sprintf("Item added to a list in brackets, %s: %s (%s)", quoteWords(g), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
			return v
		}
		if p := frontedIntoList(ctxOld, ctxNew); reworded && p != "" {
			// "Depending on your location, you may … access, correct,
			// delete" → "… access, correct, or, depending on your
			// location, delete" (reorder.go)
			k := c.categoryOr(cat, "unclassified")
			v := c.material(ch, k+".reach", sig, removed, added, "")
			v.Reason = fmt.Sprintf("Condition moved: %s now governs part of a list, not the whole sentence, or the other way: %s (%s)", quoteWords([]string{p}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
			return v
		}
		item, part := purposeItemAdded(ctxOld, ctxNew), ""
		if item == "" {
			if part = c.purposePartAdded(ctxOld, ctxNew); part == "" {
				part = c.purposeForAdded(ctxOld, ctxNew)
			}
		}
		if it := cmp.Or(item, part); reworded && it != "" {
			// "for customer service, relevant marketing and business
			// record purposes" → "…, dispute handling and …"; "To
			// monitor …, maintain … and tailor travel offers …"
			// (purposelist.go)
			k := c.categoryOr(cat, "purposes")
			if part != "" && c.rb.categoryIndex("purposes") >= 0 {
				k = "purposes" // what a sentence of purpose adds is a purpose
			}
			v := c.material(ch, k+".list", sig, removed, added, "")
			v.Reason = fmt.Sprintf("Purpose added to a list of purposes, %s: %s (%s)", quoteWords([]string{it}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
			return v
		}
		if two, one := coordinatorDropped(fOld, fNew, ctxOld, ctxNew); reworded && two != "" {
			// "marketing and research companies" → "marketing research
			// companies" (quantnarrow.go)
			v := c.material(ch, c.categoryOr(cat, "unclassified")+".scope", sig, removed, added, "")
			v.Reason, v.Direction = fmt.Sprintf("Two things made one: %s → %s: %s (%s)", quoteWords([]string{two}), quoteWords([]string{one}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), Neutral
			return v
		}
		if w, put := quantifierNarrowed(fOld, fNew); reworded && w != "" {
			// "all requests" → "all GDPR requests" (quantnarrow.go)
			v := c.material(ch, c.categoryOr(cat, "unclassified")+".scope", sig, removed, added, "")
			v.Reason, v.Direction = c.scopeWordReason("which ones", w, put, ctxOld, ctxNew, v.Category)
			return v
		}
		if from, to, said := c.partiesApart(removed, added, ctxOld); reworded && from != "" {
			// "does not use customer data" → "… client data" where the
			// policy's clients are not its customers (partiesapart.go)
			v := c.material(ch, c.categoryOr(cat, "unclassified")+".scope", sig, removed, added, "")
			v.Reason, v.Direction = fmt.Sprintf("Whom it is said of changed: %s → %s, whom this policy names apart (%s): %s (%s)", quoteWords([]string{from}), quoteWords([]string{to}), excerpt(said), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), Neutral
			return v
		}
		if o, n := nonToggled(fOld, fNew); reworded && o != "" {
			// "Non-essential cookies" → "Essential cookies" (nonprefix.go)
			v := c.material(ch, c.categoryOr(cat, "unclassified")+".opposite", sig, removed, added, "")
			v.Reason = fmt.Sprintf("Commitment reversed ('%s' → '%s'): %s (%s)", o, n, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
			return v
		}
		if limit, subject, was := limitFronted(ctxOld, ctxNew); reworded && limit != "" {
			// "We will use your email address only to send receipts" →
			// "Only your email address will be used …" (limitfronted.go)
			k := c.categoryOr(cat, "unclassified")
			v := c.material(ch, k+".moved", sig, removed, added, "")
			v.Reason = fmt.Sprintf("Limit moved: '%s' now limits who or what (%s), no longer %s: %s (%s)", limit, quoteWords([]string{strings.Join(subject, " ")}), quoteWords([]string{strings.Join(was, " ")}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
			return v
		}
		if item := c.insertedListItem(ctxOld, ctxNew); reworded && item != "" {
			// "…offerings, decide which discounts you are eligible for,
			// send …" (listinserted.go)
			v := c.material(ch, c.categoryOr(cat, "purposes", "unclassified")+".list", sig, removed, added, "")
			v.Reason, v.Direction = fmt.Sprintf("Item added to a list, %s: %s (%s)", quoteWords([]string{item}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), Expands
			return v
		}
		if q := universalMerged(ctxOld, ctxNew, fOld, fNew); reworded && q != "" {
			// "We respond to all requests within 30 days" made "…, to
			// which we respond within 30 days" (mergedscope.go)
			v := c.material(ch, c.categoryOr(cat, "unclassified")+".scope", sig, removed, added, "")
			v.Reason, v.Direction = fmt.Sprintf("Scope narrowed: what was said of %s is now said in a clause of one thing it was joined to: %s (%s)", quoteWords([]string{q}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), Restricts
			return v
		}
		if reworded {
			return minor("same.commitments", "Same commitments, reworded: "+quoteChange(ctxOld, ctxNew))
		}
		return minor("cosmetic.emphasis", "Wording that commits to nothing: "+c.asWritten(ch))
	}
	if mergedRestatement(left, fOld, fNew, added, ctxOld, ctxNew) {
		// "… partners. Transfers outside of your home jurisdiction are done
		// in accordance with …" → "… partners, and we make such transfers
		// in accordance with …" (mergedpointer.go)
		return minor("same.commitments", "Same commitments: two sentences made one, what the second restated now pointed back to: "+quoteChange(ctxOld, ctxNew))
	}
	if len(c.content(removed)) == 0 && ownNameOnly(left, ch.New, func(w string) bool { return c.ownDomainIn(true, w) }) {
		// "by mail at Nieuwezijds …" → "… at WeTransfer B.V., Nieuwezijds
		// …", the name of privacy@wetransfer.com (ownname.go)
		return minor("same.identity", "Same company: its own name, the one its addresses carry, written out: "+quoteChange(ctxOld, ctxNew))
	}
	if names, ok := c.knownNamesOnly(left, removed, ctxOld, ctxNew); ok {
		// "our payment provider" → "our payment provider, Stripe", the
		// policy naming Stripe elsewhere (knownname.go)
		return minor("same.name", fmt.Sprintf("Same commitments: %s, named elsewhere in the policy, named here too: %s", quoteWords(names), quoteChange(ctxOld, ctxNew)))
	}
	if put, ok := c.placeNamed(left, ctxOld, ctxNew); ok {
		// "your dashboard" → "your trader dashboard" (productplace.go)
		return minor("same.place", fmt.Sprintf("Same commitments: the reader's account, settings or support called by the product's word for them, %s: %s", quoteWords([]string{put}), quoteChange(ctxOld, ctxNew)))
	}
	// Words the rules cannot explain either way, in text about personal
	// data: material, for a reviewer to confirm.
	if !slices.ContainsFunc(left, func(w string) bool { return !formWord(w) }) && c.rb.categoryIndex("identity") >= 0 &&
		(weDefinedRE.MatchString(ctxOld+" "+ctxNew) || c.brandDefined(ctxOld+" "+ctxNew)) {
		// Only a company's legal form left, in the sentence that defines
		// who "we" are: "TP-Link Corporation Limited (“TP-Link,” “we” …)"
		// → "TP-LINK CORPORATION PTE. LTD. (…)" may name another
		// controller, as a company dropped from that sentence does.
		cat = "identity"
	}
	if threatsChanged(fOld, fNew, c.content(removed), c.content(added)) && c.rb.categoryIndex("security") >= 0 {
		cat = "security" // "from unauthorized access, use or disclosure" → "…, disclosure or destruction"
	}
	if cat != "data" && c.rb.categoryIndex("data") >= 0 && !slices.ContainsFunc(left, func(w string) bool { return !identifiabilityWord(w) }) {
		// Only how far the data names the reader is left ("your email
		// address or hashed identifiers" → "… or unique identifiers",
		// b52-10): which data is shared, the data category, whatever
		// the sentence shares it for (identifiable.go).
		cat = "data"
	}
	if cat == "rights" && c.rb.categoryIndex("ai") >= 0 && (c.automatedDecisionRight(fOld) || c.automatedDecisionRight(fNew)) {
		cat = "ai" // the right not to be subject to a decision made solely by automated means (Art. 22)
	}
	if len(removed) == 0 && len(added) > 0 && cat != "purposes" && c.rb.categoryIndex("purposes") >= 0 && strings.Contains(ctxNew, ":") && purposeListItem(ctxNew, added) {
		// An item added to a list run in after "for:" ("only when
		// necessary for: support, maintenance, product development") is
		// one more reason the act is done: a purpose, whatever the
		// heading says the act is about.
		cat = "purposes"
	}
	if slices.Contains(addressMisread, cat) {
		if k := c.addressChanged(ch, ctxOld, ctxNew); k != "" {
			cat = k // an address added, removed or moved (contactparty.go)
		}
	}
	if k := c.powerCategory(cat, ctxOld, ctxNew, fOld, fNew, removed, added); k != "" {
		cat = k // "You can review and change your profile information" (powerfallback.go)
	}
	if name := partyItemName(ch.Old + ch.New); parties && !reworded && cat == "recipients" && name != "" {
		// "* [Google reCAPTCHA](…). Anti-bot protection." added under
		// "These subprocessors are all located in the United States:":
		// one more party data goes to (basecamp-105).
		v := c.material(ch, "recipients.entity", sig, removed, added, "")
		verb, dir := "New recipient", Expands
		if len(added) == 0 {
			verb, dir = "Removed recipient", Restricts
		}
		v.Reason, v.Direction = fmt.Sprintf("%s: %s, an item of the list of parties after %s", verb, name, excerpt(c.leadIn())), dir
		return v
	}
	if from, to := partyItemName(ch.Old), partyItemName(ch.New); parties && reworded && from != "" && to != "" && !strings.EqualFold(from, to) && c.rb.categoryIndex("recipients") >= 0 {
		// "* [Google reCAPTCHA](…). Anti-bot protection." → "*
		// [hCaptcha](…). Anti-bot protection." (basecamp-106).
		v := c.material(ch, "recipients.entity", sig, removed, added, "")
		v.Reason = fmt.Sprintf("Recipient replaced: %s → %s, in the list of parties after %s", from, to, excerpt(c.leadIn()))
		return v
	}
	if item, put := c.dataItemTraded(ch, ctxOld, ctxNew); item != "" {
		return c.dataItemVerdict(ch, sig, removed, added, item, put, ctxOld, ctxNew) // dataitem.go
	}
	v := c.material(ch, cat+".context", sig, removed, added, "")
	v.Rule, v.Certain = "fallback", false
	v.Reason = fmt.Sprintf("To confirm (%s): %s; the rules cannot tell whether %s changes a commitment",
		strings.ToLower(c.label(v.Category)), quoteChange(ch.Old, ch.New), quoteWords(c.asWrittenWords(left, ch.Old, ch.New)))
	return v
}

// asWrittenWords returns words, folded, as the texts write them: a word
// neither text has is the fold of one of their words or two-word phrases
// ("including" is folded to "example", "Play Store" to "play shop"), and
// the reason quotes the words a lawyer can find, not the fold's.
func (c *classifier) asWrittenWords(words []string, old, new string) []string {
	plain := append(plainWords(old), plainWords(new)...)
	var out []string
	for i, w := range words {
		if slices.Contains(plain, w) {
			continue
		}
		if p := c.writtenAs(w, plain); p != "" {
			if out == nil {
				out = slices.Clone(words)
			}
			out[i] = p
		}
	}
	if out == nil {
		return words
	}
	return out
}

// writtenAs returns the first word or two-word phrase of plain whose fold
// holds w, "" for none.
func (c *classifier) writtenAs(w string, plain []string) string {
	for n := 1; n <= 2; n++ {
		for j := 0; j+n <= len(plain); j++ {
			if p := strings.Join(plain[j:j+n], " "); slices.Contains(c.ix.fold(p), w) {
				if p == "e g" || p == "i e" {
					return strings.ReplaceAll(p, " ", ".") + "." // "e.g.", as written
				}
				return p
			}
		}
	}
	return ""
}

// absoluteEmphasis reports words added to or removed from a commitment
// that stays absolute on both sides, only to stress it: a phrase of a
// preposition, "any" or "all", and a noun of circumstance ("under any
// circumstances", "for any reason", "in any way"; not "to any insurer")
// beside a "never" or "not" both sentences
// keep. A commitment that is already without exception says no more with
// one; its force is compared apart (compareForce), so this is asked only
// where the force did not change.
func (c *classifier) absoluteEmphasis(old, new, removed, added []string) bool {
	extra := removed
	if len(removed) == 0 {
		extra = added
	} else if len(added) > 0 {
		return false
	}
	if len(extra) < 2 || len(extra) > 4 {
		return false
	}
	negated := func(ws []string) bool {
		for _, w := range ws {
			if c.ix.negation[w] {
				return true
			}
		}
		return false
	}
	if !negated(old) || !negated(new) {
		return false
	}
	quantifier, nouns := 0, 0
	wn := wordNet()
	for _, w := range extra {
		switch {
		case w == "any" || w == "all" || w == "every":
			quantifier++
		case c.ix.termWord[w] || c.ix.forceWord[w] || isNumber(w) || c.ix.number[w]:
			return false
		case c.ix.grammar[w] || w == "under": // the prepositions of such phrases; "under" alone is not a function word of the rules
		case wn.circumstantial(w):
			nouns++
		default:
			return false
		}
	}
	return quantifier == 1 && nouns == 1
}

// groupOrPerson reports a word WordNet knows first as a noun of a group
// or of a person: "distributors", "partners", "affiliates".
func groupOrPerson(w string) bool {
	e := wordNet().entries(w)
	return len(e) > 0 && strings.ContainsRune(e[0].pos, 'n') && (e[0].lexfile == 14 || e[0].lexfile == 18)
}

// onlyItemsChanged reports a change that, the list item item taken out of
// the side it was put in (or out of the old side, where it was taken), is
// no material change: the item is what changed (listItemInserted). Items
// put (or taken) one after another are taken out in turn, while the list
// still has one more than the other side, until what is left is no
// material change. It returns the items, nil where something else changed
// too or one item is put twice.
func (c *classifier) onlyItemsChanged(ch redline.Change, item string, put bool) []string {
	items := []string{item}
	for range 4 {
		without := ch
		var ok bool
		if put {
			without.New, ok = withoutItem(ch.New, item)
		} else {
			without.Old, ok = withoutItem(ch.Old, item)
		}
		if !ok {
			return nil
		}
		if !c.judgeText(without).Material {
			return items
		}
		next, nextPut := listItemInsertedAcross(without.Old, without.New)
		if next == "" || nextPut != put || slices.Contains(items, next) {
			// Something else changed; or the same item is put in a
			// second list, left to the rules that read the phrase
			// ("cookies and similar technologies" twice, b52-37).
			return nil
		}
		ch, item = without, next
		items = append(items, item)
	}
	return nil
}

// sameChannel reports two sentences, around the same contacts, that
// differ only in how one reaches them: "you can write to us at
// privacy@…" and "you can email us at privacy@…". Each word changed, once
// same-meaning words are paired, is a way of communicating in WordNet
// (it shares a meaning with "communicate" or "telecommunicate") and no
// term or force of a commitment.
func (c *classifier) sameChannel(old, new []string) bool {
	if c.compareForce(old, new) != nil {
		return false
	}
	removed, added := diffWords(old, new)
	if personTraded(removed, added) {
		// "we will take steps" → "they will be asked to take steps":
		// another party acts.
		return false
	}
	if slices.ContainsFunc(removed, isNumber) || slices.ContainsFunc(added, isNumber) {
		// "We respond within 30 days" → "within 45 days" beside "contact
		// us" → "email us": the content words compared leave numbers out.
		return false
	}
	uo, ua := c.pair(c.content(removed), c.content(added))
	changed := append(uo, ua...)
	if len(changed) == 0 {
		return false
	}
	wn := wordNet()
	channel := false
	for _, w := range changed {
		if pronouns[w] || w == "e" && slices.ContainsFunc(changed, func(x string) bool { return strings.HasPrefix(x, "mail") }) {
			// "e-mailing" is read as "e" and "mailing": the "e" is
			// the mail's.
			continue
		}
		if c.ix.termWord[w] || isNumber(w) || !wn.close(w, "communicate") && !wn.close(w, "telecommunicate") {
			return false
		}
		// "contact" is also the mark a masked address leaves: an address
		// written twice is not a way of reaching it.
		channel = channel || w != "contact"
	}
	return channel
}

// aboutContact reports a change whose changed sentences hold the contact,
// masked: "ask us" for "contact us" reaches the same address only in the
// sentence that gives it, not in another sentence of the paragraph.
func (c *classifier) aboutContact(maskedOld, maskedNew string) bool {
	so, sn := c.changedSentences(maskedOld, maskedNew)
	// The address may end the sentence: "by email to: privacy@…" (b311-10).
	return strings.Contains(so+" ", " contact ") || strings.Contains(sn+" ", " contact ")
}

// personTraded reports a person of the pronouns among removed traded for
// another among added ("we" for "they"); a pronoun put or dropped on one
// side only ("contact us" → "reach our team") trades no one.
func personTraded(removed, added []string) bool {
	mask := func(ws []string) (m int) {
		for _, w := range ws {
			if p, ok := person[w]; ok && p < 4 {
				m |= 1 << p
			}
		}
		return m
	}
	r, a := mask(removed), mask(added)
	return r&^a != 0 && a&^r != 0
}

// oppositeIn returns "a → b" for a removed word a whose opposite b, in
// WordNet, was added; "" when there is none. Force words are compared as
// forces, where a word's count beside the others decides ("in any email"
// → "in each of our emails" beside "at any time" kept is no reversal).
func (c *classifier) oppositeIn(removed, added, old, new []string) string {
	wn := wordNet()
	onlyOld, onlyNew := c.forceOnlyIn(old), c.forceOnlyIn(new) // each text's forces found once, not per pair
	r, a, ok := oppositePairs(wn, removed, added, func(r, a string) bool {
		return r != a && !c.forceAlone(r) && !c.forceAlone(a) && !onlyOld(r) && !onlyNew(a) && (wn.opposite(r, a) || wn.opposite(a, r)) &&
			!(documentPlace(old, r) && documentPlace(new, a)) && !particlesApart(old, r, new, a) && !oppositeBesideRestated(wn, removed, added, r, a) &&
			!verbForAdjective(old, r, new, a) && !verbForAdjective(new, a, old, r)
	})
	if !ok {
		return ""
	}
	return "'" + r + "' → '" + a + "'"
}

// verbForAdjective reports w written in ws only as a verb (after "to", a
// modal or a pronoun it acts on: "to have us correct it") where its
// opposite o, in other, is a word WordNet knows no verb of: "correction of
// inaccurate information" → "to have us correct information that is
// wrong" (b223-15) reverses nothing.
func verbForAdjective(ws []string, w string, other []string, o string) bool {
	if lexPOS(o, 'v') || !lexPOS(w, 'v') {
		return false
	}
	found := false
	for i, x := range ws {
		if x != w {
			continue
		}
		if i == 0 {
			return false
		}
		switch ws[i-1] {
		case "to", "us", "them", "you", "will", "can", "may", "must", "we", "they", "should", "would", "could":
			found = true
		default:
			return false
		}
	}
	return found
}

// particles are the adverbs that finish a phrasal verb ("carry out", "get
// in touch", "sign up"), whose opposites WordNet gives as directions.
var particles = map[string]bool{"in": true, "out": true, "on": true, "off": true, "up": true, "down": true}

// particlesApart reports two particles, r removed from old and a added to
// new, that stand in no common place: no occurrence of r has the word
// before it or the word after it that an occurrence of a has. A particle
// is a direction only where the other side writes its opposite in the
// same place ("opt in to" → "opt out of", "are off by default" → "are
// turned on by default"); "contact you in relation to" → "carry out
// market research" reverses nothing, each particle belonging to its own
// verb.
func particlesApart(old []string, r string, new []string, a string) bool {
	if !particles[r] || !particles[a] {
		return false
	}
	at := func(ws []string, i int) string {
		if i < 0 || i >= len(ws) {
			return ""
		}
		return ws[i]
	}
	for i, x := range old {
		if x != r {
			continue
		}
		for j, y := range new {
			if y != a {
				continue
			}
			if b := at(old, i-1); b != "" && b == at(new, j-1) {
				return false
			}
			if n := at(old, i+1); n != "" && n == at(new, j+1) {
				return false
			}
		}
	}
	return true
}

// withoutAsUnless writes "without" as "unless" in two folded sentences
// where one says "without X" and the other "unless … X" in its place:
// "without your permission" and "unless you give us permission" state one
// condition. The noun after "without" must follow "unless" within four
// words on the other side; "without your consent" → "unless the law
// requires it" is another condition, and stays one.
func withoutAsUnless(old, new []string) ([]string, []string, bool) {
	count := func(ws []string, w string) int { return countTerm(ws, w) }
	var from, to []string // the side that says "without", the other
	switch {
	case count(old, "without") > count(new, "without") && count(new, "unless") > count(old, "unless"):
		from, to = old, new
	case count(new, "without") > count(old, "without") && count(old, "unless") > count(new, "unless"):
		from, to = new, old
	default:
		return old, new, false
	}
	head := func(ws []string, i int) string { // the noun a "without" governs
		for ; i < len(ws); i++ {
			if w := ws[i]; !pronouns[w] && w != "the" && w != "a" && w != "an" && w != "any" && w != "prior" && w != "explicit" {
				return w
			}
		}
		return ""
	}
	follows := func(ws []string, noun string) bool {
		for i, w := range ws {
			if w == "unless" {
				for j := i + 1; j < len(ws) && j <= i+4; j++ {
					if ws[j] == noun || stem(ws[j]) == stem(noun) {
						return true
					}
				}
			}
		}
		return false
	}
	for i, w := range from {
		if w == "without" {
			if n := head(from, i+1); n == "" || !follows(to, n) {
				return old, new, false
			}
		}
	}
	rewritten := make([]string, len(from))
	for i, w := range from {
		if w == "without" {
			w = "unless"
		}
		rewritten[i] = w
	}
	if &from[0] == &old[0] {
		return rewritten, new, true
	}
	return old, rewritten, true
}

// siteDataRE is a Jekyll data variable: "{{ site.data.variables.x }}".
var siteDataRE = mustPattern(`\{\{\s*site\.data\.([\w.-]+)\s*\}\}`)

// urlRE is a web address written in the text.
var urlRE = mustPattern(`https?://[^\s<>()\[\]"'*]+`)

// sameSiteLinks returns the site of the web addresses two texts write
// when they differ only in those addresses, each on the same site as
// before: "visit <https://www.dataprivacyframework.gov/s/article/…?tabset-35584=2>"
// → "visit <https://www.dataprivacyframework.gov/framework-article/…>".
// The page moved; what the text says did not. "" otherwise. (Another
// host, even under the same domain, may be another way to reach the
// company: "https://vexaro.com/dsar" → "https://privacy.vexaro.com/request"
// is read as one, rightschannel_test.go.)
func sameSiteLinks(old, new string) string {
	if !strings.Contains(old, "://") || !strings.Contains(new, "://") {
		return sameSiteBare(old, new)
	}
	host := func(u string) string {
		_, rest, _ := strings.Cut(u, "://")
		h, _, _ := strings.Cut(rest, "/")
		h, _, _ = strings.Cut(h, "?")
		return strings.TrimPrefix(strings.ToLower(h), "www.")
	}
	var ho, hn []string
	so := urlRE.ReplaceAllStringFunc(old, func(u string) string { ho = append(ho, host(u)); return "https://" + host(u) })
	sn := urlRE.ReplaceAllStringFunc(new, func(u string) string { hn = append(hn, host(u)); return "https://" + host(u) })
	if so != sn || old == new || !slices.Equal(ho, hn) {
		return ""
	}
	return ho[0]
}

// attestedRE is a statement of what has happened up to a date, the date
// first: "As of June 30, 2020, we have never received a National Security
// Letter", "As of 2024-01-01, LibraryThing has not been asked".
var attestedRE = mustPattern(`(?i)\bas of ((?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september|october|november|december),? \d{4}|\d{4}-\d{2}-\d{2})(,? (?:[\w'’.-]+ ){1,3}(?:have|has) (?:never|not|no|been|had|\w+ed)\b)`)

// attestationRedated reports two texts that differ only in the date a
// statement of what has happened is made as of: a warrant canary's date
// moved on ("As of June 30, 2020, we have never received …" → "As of
// October 23, 2025, …"). What it states is the same; a date of a
// commitment ("until", "from", "by", "as of … we will") is not this, and
// any other word changed is weighed as usual. It returns the two dates.
func attestationRedated(old, new string) (o, n string, ok bool) {
	if !strings.Contains(old, "s of ") || !strings.Contains(new, "s of ") || !asOf(old) || !asOf(new) {
		return "", "", false
	}
	mo, mn := attestedRE.FindStringSubmatchIndex(old), attestedRE.FindStringSubmatchIndex(new)
	if mo == nil || mn == nil {
		return "", "", false
	}
	do, dn := old[mo[2]:mo[3]], new[mn[2]:mn[3]]
	if do == dn || old[:mo[2]] != new[:mn[2]] || old[mo[3]:] != new[mn[3]:] || strings.Contains(old[mo[3]:], "s of ") {
		return "", "", false
	}
	return do, dn, true
}

// asOf reports text that may hold a match of attestedRE: "as of " in any
// case, its s perhaps the long s that (?i) reads as one. "Terms of" and
// "purposes of" pass the test of "s of " before it: most texts do not
// run the expression at all.
func asOf(s string) bool {
	return containsFold(s, "as of ") || strings.Contains(s, "ſ of ")
}

// bareAddrRE is a web address written without its scheme, a host and a
// path: "ico.org.uk/concerns" (a sentence's full stop is not its path's).
var bareAddrRE = mustPattern(`(?i)(^|[\s(\[<"'])(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(/[^\s)\]>"']*[^\s)\]>"'.,;:!?]|/)`)

// sameSiteBare is sameSiteLinks for addresses written without a scheme:
// "Go to ico.org.uk/concerns" → "Go to ico.org.uk/make-a-complaint" points
// to another page of the same site, and nothing else changed.
func sameSiteBare(old, new string) string {
	if old == new || !strings.Contains(old, "/") || !strings.Contains(new, "/") || strings.Contains(old, "://") || strings.Contains(new, "://") {
		return ""
	}
	var ho, hn []string
	so := bareAddrRE.ReplaceAllStringFunc(old, func(u string) string {
		m := bareAddrRE.FindStringSubmatch(u)
		ho = append(ho, strings.ToLower(m[2]))
		return m[1] + strings.ToLower(m[2])
	})
	sn := bareAddrRE.ReplaceAllStringFunc(new, func(u string) string {
		m := bareAddrRE.FindStringSubmatch(u)
		hn = append(hn, strings.ToLower(m[2]))
		return m[1] + strings.ToLower(m[2])
	})
	if len(ho) == 0 || so != sn || !slices.Equal(ho, hn) {
		return ""
	}
	return ho[0]
}

// mdLinkRE is a Markdown link: its label and its target. A title in quotes
// may hold brackets: "[Uyghurche](…/ug-latn "Policy:Privacy policy/ug-latn
// (1% translated)")" is one link (Wikimedia's menu of languages, ota-83).
var mdLinkRE = mustPattern(`\[([^\[\]]*)\]\(\s*([^)\s]+)(?:\s+"[^"]*"|[^)]*)\)`)

// autotitled writes each "[AUTOTITLE](target)" link of text with the
// label other gives a link to the same page (the same target, or the same
// last segment of its path, moved in the same commit).
func autotitled(text, other string) string {
	if !strings.Contains(text, "[AUTOTITLE](") {
		return text
	}
	page := func(u string) string {
		u, _, _ = strings.Cut(u, "#")
		return u[strings.LastIndex(strings.TrimRight(u, "/"), "/")+1:]
	}
	labels := map[string]string{}
	for _, m := range mdLinkRE.FindAllStringSubmatch(other, -1) {
		if m[1] != "AUTOTITLE" {
			labels[m[2]], labels["page:"+page(m[2])] = m[1], m[1]
		}
	}
	return mdLinkRE.ReplaceAllStringFunc(text, func(l string) string {
		m := mdLinkRE.FindStringSubmatch(l)
		if m[1] != "AUTOTITLE" {
			return l
		}
		label, ok := labels[m[2]]
		if !ok {
			label, ok = labels["page:"+page(m[2])]
		}
		if !ok {
			return l
		}
		return strings.Replace(l, "[AUTOTITLE]", "["+label+"]", 1)
	})
}

// linkLineRE is a line that is only a Markdown link, as a list item or
// not: a menu's or a table of contents' entry, its number perhaps glued
// to it ("13[Your rights as a data subject](#privacy-13)", Wire's).
var linkLineRE = mustPattern(`^\s*(?:[*+-]|\d+\.?)?\s*\[[^\]]*\]\(\s*([^)\s]+)[^)]*\)\s*$`)

// navigationRelabelled reports two texts that are both only lines of
// links, to the same targets in the same order, whose labels changed: a
// site menu or a table of contents, "[Miro Assist](…/assist/)" →
// "[Artificial Intelligence](…/assist/)". Such a list commits to nothing;
// the sections it points to are judged on their own. (Its caller also
// asks that no force changed: an entry that states a commitment, "We only
// use data to …" → "We use data to …", is judged as one.)
func navigationRelabelled(old, new string) bool {
	if old == new || !strings.Contains(old, "](") || !strings.Contains(new, "](") {
		return false
	}
	to, _ := linkTargets(old)
	tn, _ := linkTargets(new)
	return len(to) > 0 && slices.Equal(to, tn)
}

// linkTargets returns the targets of the links of a text that is only
// lines of links (linkLineRE), a menu's or a table of contents, and
// whether it is such a text; nil and false when it is not.
func linkTargets(s string) ([]string, bool) {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		for _, item := range menuSepRE.Split(l, -1) {
			if strings.TrimSpace(item) == "" {
				continue
			}
			m := linkLineRE.FindStringSubmatch(item)
			if m == nil {
				// Links one after another, nothing between them: "[*
				// Introduction](#Introduction)[* Sharing your personal
				// data](#Sharing …)" (NordVPN's, ota-55 001).
				links, ok := linksOnly(item)
				if !ok || len(links) < 2 || strings.HasPrefix(strings.TrimSpace(item), "#") {
					return nil, false // a heading that is a link is a heading
				}
				for _, l := range links {
					out = append(out, l[1])
				}
				continue
			}
			out = append(out, m[1])
		}
	}
	return out, true
}

// headingWords returns the innermost heading of a section path, folded,
// nil when there is none or it is the policy's title ("Privacy & Cookies
// Policy"), which says nothing of the text under it.
func (c *classifier) headingWords(path []string) []string {
	if n := len(path); n > 1 || n == 1 && !c.isTitle(path[0]) {
		return c.ix.fold(path[n-1])
	}
	return nil
}

// tableOfContents reports a change whose text on each side, where it has
// one, is only lines of links to places in the same text ("[6\. Data
// retention](#data-retention)"), as a table of contents is.
//
// A page may write its own address before each place: "[Sharing your
// information](https://policies.google.com/privacy?hl=en-GB#infosharing)"
// (OTA Reserve with Google, ota-012). Links to places of the text's own
// page (ownPage) are a table of contents too.
func (c *classifier) tableOfContents(old, new string) bool {
	if old == new || !strings.Contains(old, "#") && !strings.Contains(new, "#") {
		return false
	}
	inPage := func(s string, side bool) bool {
		ts, ok := linkTargets(s)
		if !ok {
			return false
		}
		if !slices.ContainsFunc(ts, func(t string) bool { return !strings.HasPrefix(t, "#") }) {
			return true
		}
		// The page is this text's own, where two of the text's links to
		// its places or more are titled as its headings are; a link to
		// a place of another page ("[Utah](https://…/staterights#utah)",
		// b56-42) is a pointer, judged as one.
		for _, t := range ts {
			page, frag, ok := strings.Cut(t, "#")
			if !ok || frag == "" || !c.ownPage(side, page) {
				return false
			}
		}
		return true
	}
	return (old == "" || inPage(old, true)) && (new == "" || inPage(new, false))
}

// entryMadeHeading reports an entry of a table of contents, a link to a
// place of this page, on one side, and on the other a heading with the
// entry's words: the comparison paired a table taken out with the first
// heading it listed ("1[Our Privacy Commitment](#privacy-1)" → "### 1\.
// Our Privacy Commitment", Wire's, ota-118 008, read "a number without a
// unit changed"). The heading's section is judged on its own.
func entryMadeHeading(entry, heading string) bool {
	h := strings.TrimSpace(heading)
	if !strings.HasPrefix(h, "#") || strings.Contains(h, "\n") {
		return false
	}
	m := linkLineRE.FindStringSubmatch(entry)
	if m == nil || !strings.HasPrefix(m[1], "#") {
		return false
	}
	key := sectionTitleKey(entry[strings.Index(entry, "[")+1 : strings.Index(entry, "]")])
	return key != "" && key == sectionTitleKey(strings.TrimLeft(stripNumbering(h), "# "))
}

// ownPage reports whether page is the old (or new) text's own address:
// two of its links to places of page or more are titled as headings of
// the text are, as the entries of its table of contents are.
func (c *classifier) ownPage(old bool, page string) bool {
	return c.ask(askOwnPage, old, page, yes(c.ownPageText(old, page))) != ""
}

func (c *classifier) ownPageText(old bool, page string) bool {
	headings := map[string]bool{}
	blocks := c.side(old).blocks
	title := func(s string) string { return strings.ToLower(plainTitle(s)) }
	for _, b := range blocks {
		if b.Kind == markdown.HeadingBlock {
			headings[title(strings.TrimLeft(b.Text, "# "))] = true
		}
	}
	n := 0
	for _, b := range blocks {
		if b.Kind == markdown.HeadingBlock || !strings.Contains(b.Text, page+"#") {
			continue
		}
		for _, m := range mdLinkRE.FindAllStringSubmatch(b.Text, -1) {
			if strings.HasPrefix(m[2], page+"#") && headings[title(m[1])] {
				if n++; n >= 2 {
					return true
				}
			}
		}
	}
	return false
}

// menuSepRE parts the links of a menu written on one line: "[Home](/) |
// [Privacy](/privacy)".
var menuSepRE = mustPattern(`\s+[|·•]\s+`)

// linkHost is the site a link points to, "" for a page of this one.
func linkHost(u string) string {
	_, rest, ok := strings.Cut(u, "://")
	if !ok {
		return ""
	}
	h, _, _ := strings.Cut(rest, "/")
	h, _, _ = strings.Cut(h, "?")
	return strings.TrimPrefix(strings.ToLower(h), "www.")
}

// urlRetitled reports two texts whose links point where they did, one
// that showed its own address now given a title (or the reverse), the
// rest in the same words: "found at: [https://www.facebook.com/about/privacy](…)"
// → "found on [Meta's privacy page (opens in new window)](…)". The title
// may name only whom the rest of the text names; it says no force and no
// term of a category but what a policy page is called.
func (c *classifier) urlRetitled(old, new string) bool {
	if old == new || !strings.Contains(old, "](") || !strings.Contains(new, "](") {
		return false
	}
	lo, ln := mdLinkRE.FindAllStringSubmatch(old, -1), mdLinkRE.FindAllStringSubmatch(new, -1)
	if len(lo) == 0 || len(lo) != len(ln) {
		return false
	}
	ro, rn := mdLinkRE.ReplaceAllString(old, " "), mdLinkRE.ReplaceAllString(new, " ")
	if !equalWords(c.ix.contentWords(c.ix.fold(ro)), c.ix.contentWords(c.ix.fold(rn))) {
		return false
	}
	shown := func(label, target string) bool {
		l := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(label)), "/")
		t := strings.TrimSuffix(strings.ToLower(target), "/")
		return l == t || strings.HasSuffix(t, "://"+l) || strings.HasSuffix(t, "://www."+l)
	}
	retitled := false
	for i := range lo {
		if lo[i][2] != ln[i][2] {
			return false
		}
		if lo[i][1] == ln[i][1] {
			continue
		}
		title := ln[i][1]
		switch {
		case shown(lo[i][1], lo[i][2]):
		case shown(ln[i][1], ln[i][2]):
			title = lo[i][1]
		default:
			return false
		}
		rest := strings.ToLower(ro + " " + rn)
		for _, w := range rawWords(title) {
			// "[Mixpanel's Privacy Policy]" names another party, in a
			// word no dictionary knows, than the text does.
			if p := possessive(w); isName(w) && !c.english(p) && !strings.Contains(rest, p) {
				return false
			}
		}
		for _, e := range c.entities(title) {
			if !strings.Contains(rest, strings.ToLower(e)) {
				return false
			}
		}
		ft := c.ix.fold(title)
		if count, _ := c.ix.forces(ft); len(count) > 0 || slices.ContainsFunc(c.ix.strongHits(ft), func(h termHit) bool { return !policyPageWords[c.ix.terms[h.k][h.i][0]] }) {
			return false
		}
		retitled = true
	}
	return retitled
}

// policyPageWords are the terms a title of a privacy page may use and
// still name only the page: "Meta's privacy page", "Google's Privacy
// Policy".
var policyPageWords = map[string]bool{"privacy": true, "policy": true, "notice": true, "statement": true, "cookie": true, "cookies": true}

// forceless reports folded words with no word of a limit, a permission
// or a condition ("never", "only", "may", "if").
func (c *classifier) forceless(ws []string) bool {
	count, _ := c.ix.forces(ws)
	for k := range count {
		switch c.rb.Force[k].Scale {
		case "negation", "exception", "scope", "bound", "availability", "condition", "quantifier":
			return false
		}
		if c.rb.Force[k].Class == "permission" {
			return false
		}
	}
	return true
}

// dropUseClause returns folded words without a relative clause "we use"
// (folded "we utilise") after a plural noun of people or groups: "the
// data companies we use" are the data companies. The clause ends there; words after it are the
// sentence's own.
func (c *classifier) dropUseClause(ws []string) []string {
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] != "we" || ws[i+1] != "utilise" && ws[i+1] != "use" || !strings.HasSuffix(ws[i-1], "s") {
			continue
		}
		for _, one := range []string{strings.TrimSuffix(ws[i-1], "s"), strings.TrimSuffix(ws[i-1], "ies") + "y"} {
			if groupOrPerson(one) {
				return append(slices.Clone(ws[:i]), ws[i+2:]...)
			}
		}
	}
	return ws
}

// figuresOf returns the runs of digits a text writes, in order.
func figuresOf(s string) []string {
	if strings.IndexFunc(s, unicode.IsDigit) < 0 {
		return nil
	}
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsDigit(r) })
}

// isMailto reports a link's target that is an e-mail address.
func isMailto(u string) bool {
	return len(u) > 7 && strings.EqualFold(u[:7], "mailto:")
}

// linksInFrame returns the links of old and new, each its whole, label and
// target, where both have as many, one at least, with the same text
// around them: the texts differ in their links only, if at all.
func linksInFrame(old, new string) (lo, ln [][]string, ok bool) {
	lo, ln = mdLinkRE.FindAllStringSubmatch(old, -1), mdLinkRE.FindAllStringSubmatch(new, -1)
	ok = len(lo) > 0 && len(lo) == len(ln) && mdLinkRE.ReplaceAllString(old, "\x00") == mdLinkRE.ReplaceAllString(new, "\x00")
	return lo, ln, ok
}

// linkRetitled reports two texts that differ only in the titles and
// addresses of their links, each to a page of the same site as before and
// naming no other party: "in our [Cookie Policy](https://example.com/cookies)"
// → "in our [Cookie Notice](https://example.com/legal/cookies)". A link's
// title names the page it points to, judged on its own; "[Google](…)" for
// "[Meta](…)" names another party and is not this.
func (c *classifier) linkRetitled(old, new string) bool {
	if old == new || !strings.Contains(old, "](") || !strings.Contains(new, "](") {
		return false
	}
	lo, ln, ok := linksInFrame(old, new)
	if !ok {
		return false
	}
	for i := range lo {
		if strings.HasPrefix(lo[i][2], "#") && strings.HasPrefix(ln[i][2], "#") && !slices.Equal(figuresOf(lo[i][1]), figuresOf(ln[i][1])) {
			// A link to a place of this page read as part of its
			// sentence: "for [30 days](#retention)" → "[90 days](…)"
			// keeps it longer.
			return false
		}
		if sameSection(lo[i][2], ln[i][2]) && (linkHost(lo[i][2]) == linkHost(ln[i][2]) || c.ownSite(siteOf(ln[i][2]))) {
			// The same section of the same page, moved to another
			// path: its title is the section's ("[How GitHub uses your
			// information](/github/site-policy/…#how-github-uses-your-
			// information)" → "[AUTOTITLE](/site-policy/…#how-github-
			// uses-your-information)", the title filled in from the page).
			// On another organisation's site, a section of the same name
			// is another's page.
			continue
		}
		if linkHost(lo[i][2]) != linkHost(ln[i][2]) {
			return false
		}
		// An e-mail address has no host: another mailbox is another way
		// to reach someone, not a page retitled ("mailto:EU-Privacy@…" →
		// "mailto:DPO@…"); the same address in other capitals is not.
		if (isMailto(lo[i][2]) || isMailto(ln[i][2])) && !strings.EqualFold(lo[i][2], ln[i][2]) {
			return false
		}
		eo, en := c.entities(lo[i][1]), c.entities(ln[i][1])
		if len(minusNames(eo, en)) > 0 || len(minusNames(en, eo)) > 0 {
			return false
		}
		if r, a := diffWords(c.ix.fold(lo[i][1]), c.ix.fold(ln[i][1])); slices.ContainsFunc(r, quantifier) || slices.ContainsFunc(a, quantifier) ||
			!(pageTitle(lo[i][1]) && pageTitle(ln[i][1])) && (len(c.ix.strongHits(r)) > 0 || len(c.ix.strongHits(a)) > 0 ||
				slices.ContainsFunc(r, conjunction) || slices.ContainsFunc(a, conjunction)) {
			// A link's title read as part of its sentence: "[The
			// companies](…) we entrust are listed" → "[Some of the
			// companies](…)" lists fewer of them; "with our
			// [partners](…)" → "[advertisers](…)" names other
			// recipients, and "[photo verification](…)" → "[photo
			// verification or ID verification](…)" asks for more. The
			// words a link's title gains or loses that are a category's,
			// or that join a list, are judged as any words are, unless
			// both titles are a page's name ("[Cookie Policy](…)" →
			// "[Cookie Notice](…)", "[Do Not Sell My Personal
			// Information page](…)").
			return false
		}
	}
	return true
}

// pageTitle reports a link's title written as the name of a page, in
// title case: "Cookie Notice", "Do Not Sell or Share My Information page"
// (a last word in lower case names the kind of page), not "our partners"
// or "photo verification".
func pageTitle(s string) bool {
	s = strings.Trim(strings.TrimSpace(s), "*_")
	ws := strings.Fields(s)
	if len(ws) >= 3 && strings.ToLower(ws[len(ws)-1]) == ws[len(ws)-1] {
		s = strings.Join(ws[:len(ws)-1], " ")
	}
	return strings.IndexFunc(s, unicode.IsUpper) >= 0 && titleWordsRE.MatchString(s)
}

// conjunction reports a word that joins the items of a list.
func conjunction(w string) bool { return w == "and" || w == "or" || w == "nor" }

// quantifier reports a word that says how many of a thing a sentence
// speaks of.
func quantifier(w string) bool { return universalWords[w] || partWords[w] }

// partWords say that a sentence speaks of some of a thing, not all of it.
var partWords = map[string]bool{"some": true, "most": true, "many": true, "several": true, "few": true, "part": true,
	"portion": true, "subset": true, "majority": true, "none": true}

// anchorRE is the fragment of a link's target: the section it opens.
var anchorRE = mustPattern(`\]\([^)\s]*#([^)\s]+)\)`)

// otherSections reports two texts whose links open sections, not the same
// ones: "the purposes listed in the "[How GitHub uses your information]
// (…#how-github-uses-your-information)" section" → "… "[How we share …]
// (…#how-we-share-the-information-we-collect)" section" points elsewhere.
func otherSections(old, new string) bool {
	frags := func(s string) []string {
		var out []string
		for _, m := range anchorRE.FindAllStringSubmatch(s, -1) {
			out = append(out, m[1])
		}
		slices.Sort(out)
		return out
	}
	fo, fn := frags(old), frags(new)
	return len(fo) > 0 && len(fn) > 0 && !slices.Equal(fo, fn)
}

// sameSection reports two link targets that name one section of one
// page: the same fragment after the same page's name, whatever the path
// before it.
func sameSection(a, b string) bool {
	pa, fa, oka := strings.Cut(a, "#")
	pb, fb, okb := strings.Cut(b, "#")
	if !oka || !okb || fa == "" || fa != fb {
		return false
	}
	last := func(p string) string { return p[strings.LastIndexByte(strings.TrimSuffix(p, "/"), '/')+1:] }
	return strings.TrimSuffix(last(pa), "/") == strings.TrimSuffix(last(pb), "/")
}

// adviceVerbs and readers make the advice a policy gives its reader: "we
// encourage Users to", "we recommend that you".
var (
	adviceVerbs = map[string]bool{"encourage": true, "encourages": true, "recommend": true, "recommends": true, "suggest": true, "suggests": true, "advise": true, "advises": true, "urge": true, "urges": true, "invite": true, "invites": true}
	readers     = map[string]bool{"you": true, "users": true, "user": true, "readers": true, "visitors": true, "customers": true, "members": true}
)

// adviceHints find an advice verb as written, whatever its first letter's
// case, before any folding.
var adviceHints = []string{"ncourag", "ecommend", "uggest", "dvise", "urge", "Urge", "nvite"}

// adviceOnly reports two texts that differ in one sentence only, after
// the advice that sentence gives the reader, and only in what the reader
// is advised to do: "we encourage Users to check our repository" → "… to
// watch or to check our repository". Advice commits the company to
// nothing; words of the company ("we", "our" added or removed) or a number
// in the change are not advice.
func (c *classifier) adviceOnly(old, new string) bool {
	if !slices.ContainsFunc(adviceHints, func(h string) bool { return strings.Contains(old, h) }) && !labelHinted(old) {
		return false // most changes give no advice: no need to fold them again
	}
	so, sn := adviceUnits(old), adviceUnits(new)
	if len(so) != len(sn) {
		return false
	}
	changed := 0
	for i := range so {
		fo, fn := c.ix.fold(so[i]), c.ix.fold(sn[i])
		if equalWords(fo, fn) {
			continue
		}
		changed++
		if c.clauseBesideAdvice(so[i], sn[i]) {
			// "…periodically; continued use of the Service means you
			// accept any changes" (b364-38): a clause beside the advice,
			// not advice.
			return false
		}
		a0, a := adviceStart(so[i], fo)
		b0, b := adviceStart(sn[i], fn)
		if a < 0 || b < 0 || !equalWords(fo[:a0], fn[:b0]) {
			return false
		}
		removed, added := diffWords(fo[a:], fn[b:])
		for _, w := range append(removed, added...) {
			if w == "we" || w == "us" || w == "our" || isNumber(w) || c.ix.number[w] {
				return false
			}
		}
	}
	return changed == 1
}

// clauseBesideAdvice reports a clause put after a semicolon beside the
// advice, or taken out, that names what a policy commits to by a word of a
// category: "; earlier versions are archived on this page" (b364-30), not
// "; if it has changed, so has the policy" (b75-40).
func (c *classifier) clauseBesideAdvice(old, new string) bool {
	po, pn := strings.Split(old, ";"), strings.Split(new, ";")
	if len(po) == len(pn) {
		return false
	}
	more, other := pn, old
	if len(po) > len(pn) {
		more, other = po, new
	}
	for _, part := range more[1:] {
		if !strings.Contains(other, strings.TrimSpace(part)) && len(c.ix.strongHits(c.ix.fold(part))) > 0 {
			return true
		}
	}
	return false
}

// adviceParticiples say advice in the passive: "you are encouraged to".
var adviceParticiples = map[string]bool{"encouraged": true, "advised": true, "urged": true, "invited": true, "recommended": true, "encourage": true, "advise": true, "urge": true, "invite": true, "recommend": true}

// adviceOpener returns where the words that open a sentence's advice to
// its reader start and end in folded words ws: "we encourage you", "we
// recommend that users", or the same in the passive, "you are encouraged"
// (the company's "we" is the one who advises, said or not). start is -1
// when there is none.
func adviceOpener(ws []string) (start, end int) {
	for j, w := range ws {
		if adviceVerbs[w] {
			for k := j + 1; k < len(ws) && k <= j+3; k++ {
				if readers[ws[k]] {
					if j > 0 && ws[j-1] == "we" {
						j--
					}
					return j, k + 1
				}
			}
		}
		if readers[w] && j+2 < len(ws) && (ws[j+1] == "are" || ws[j+1] == "is" || ws[j+1] == "be") && adviceParticiples[ws[j+2]] {
			return j, j + 3
		}
	}
	return -1, -1
}

// inForce are the words of a clause that says when something takes
// effect: "when it goes into effect", "once the law comes into force".
var inForce = map[string]bool{"go": true, "goes": true, "take": true, "takes": true, "come": true, "comes": true, "into": true,
	"effect": true, "force": true, "effective": true, "become": true, "becomes": true, "law": true, "act": true, "regulation": true}

// tookEffect reports a change that only drops a condition of time on a law
// taking effect, with the future of the verb it held back: "While CCPA only
// covers California residents, when it goes into effect we will
// voluntarily extend its core rights" → "…, we voluntarily extend its core
// rights". Nothing else may change: no word added, none removed but the
// condition, its subject and "will".
func (c *classifier) tookEffect(removed, added []string) bool {
	if len(c.content(added)) > 0 {
		return false
	}
	said := false
	for _, w := range removed {
		switch {
		case w == "effect" || w == "force" || w == "effective":
			said = true
		case inForce[w] || c.ix.grammar[w] || pronouns[w] || w == "will" || w == "when" || w == "once" || w == "after":
		default:
			return false
		}
	}
	return said
}

// qualifierDropped reports a text that is the other once a capitalised
// word naming the reader ("User", "Customer", "Member") is dropped,
// wherever it stands before a term of the rulebook that it qualifies:
// "User Personal Information" → "personal information". A policy is about
// its readers' data; any other qualifier narrows the term ("Employee
// Personal Information", "US Data Centres") and dropping it widens it.
func (c *classifier) qualifierDropped(long, short string) bool {
	if strings.IndexFunc(long, unicode.IsUpper) < 0 {
		return false
	}
	ws := strings.Fields(long)
	fs := c.ix.fold(short)
	for i := 0; i+2 < len(ws); i++ {
		q := strings.Trim(ws[i], "*_(“\"")
		if lq := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(q), "'"), "'s"); !isName(q) || !readers[lq] && !readers[lq+"s"] {
			continue // only the reader qualifies a term without narrowing it
		}
		for n := 2; n <= 3 && i+1+n <= len(ws); n++ {
			tail := strings.Join(ws[i+1:i+1+n], " ")
			if !isName(strings.Trim(ws[i+1], "*_(“\"")) || !c.isTerm(c.ix.fold(tail)) {
				continue
			}
			if equalWords(c.ix.fold(strings.ReplaceAll(long, ws[i]+" "+tail, tail)), fs) {
				return true
			}
		}
	}
	return false
}

// isTerm reports folded words that are a term of some category.
func (c *classifier) isTerm(ws []string) bool {
	for _, terms := range c.ix.terms {
		for _, t := range terms {
			if equalWords(t, ws) {
				return true
			}
		}
	}
	return false
}

// placeInCapitals reports a country or region written in capitals ("US",
// "UK") that one text names more often than the other: folded, "US" is
// the pronoun "us", and "our US data centers" → "our data centers" would
// read as grammar. A place after a capitalised word is part of a name.
func (c *classifier) placeInCapitals(old, new string) bool {
	count := func(s string) map[string]int {
		n := map[string]int{}
		if strings.IndexFunc(s, unicode.IsUpper) < 0 {
			return n
		}
		ws := rawWords(s)
		for i, w := range ws {
			// After a capitalised word, the place is part of a name:
			// "Atlassian US, Inc.", "Supplemental US Privacy Notice".
			if len(w) >= 2 && upperCase(w) && c.ix.countries[w] && (i == 0 || !isName(ws[i-1])) {
				n[w]++
			}
		}
		return n
	}
	return !maps.Equal(count(old), count(new))
}

// strayLetters reports a change that only removes or only adds a single
// letter that is no word of its own: "our y service" → "our service".
// ("a" and "i" are words.)
func strayLetters(removed, added []string) bool {
	if len(removed)+len(added) != 1 {
		return false // two letters are initials: "U.S." is a country
	}
	for _, w := range append(removed, added...) {
		if len(w) != 1 || w == "a" || w == "i" || w[0] >= '0' && w[0] <= '9' {
			return false
		}
	}
	return true
}

// pointsWithin are the words, besides the parts it points to
// (pointedParts), of a pointer to another part of the policy, as folded:
// "as described in the sections above" ("as set out in").
var pointsWithin = map[string]bool{"above": true, "below": true, "described": true}

// documentNouns are the parts of a document a sentence points to.
var documentNouns = map[string]bool{"table": true, "section": true, "sections": true, "list": true, "paragraph": true,
	"paragraphs": true, "link": true, "links": true, "chart": true, "heading": true, "page": true, "clause": true, "clauses": true}

// documentPlace reports w written beside a part of the document: "the
// table above", "the section below". Where the document points to is no
// commitment: "the table above" → "the table below" reverses nothing.
func documentPlace(ws []string, w string) bool {
	for i, x := range ws {
		if x == w && (i > 0 && documentNouns[ws[i-1]] || i+1 < len(ws) && documentNouns[ws[i+1]]) {
			return true
		}
	}
	return false
}

// pointerRE is a sentence that only points the reader to more
// information: "For more information, see "[About your profile](…)."",
// "Learn more here.", "Please refer to our Cookie Policy.". Its verbs are
// the imperatives that send a reader to another text or page, on paper or
// on a screen: see, visit, refer to, read, review, check, consult, go to,
// click and tap ("To learn more about the types of cookies used by
// Netflix, please click here", OTA Netflix v9).
var pointerRE = mustPattern(`(?i)^(?:(?:for|to learn) (?:more|additional|further)(?: information| details)?(?: (?:about|on|regarding) [^,.;]{1,80})?,?\s+|` + howToOpener + `)?(?:please\s+)?(?:see|view|visit|refer to|read|review|check|learn more|click|tap|consult|go to)\b|^you\s+(?:can|may|will)\s+(?:also\s+)?(?:find|learn|read|see|view|watch)\b`)

// moreInfoRE is what makes a sentence a pointer, not an instruction:
// "for more information", "learn more", "to learn about", "you can find
// the DPA in clause 7" (where a document is). "Visit our
// privacy portal to exercise your rights" tells the reader how to act.
var moreInfoRE = mustPattern(`(?i)\b(?:more|additional|further)\s+(?:information|details|about)\b|\b(?:more|additional|further|detailed)\s+(?:metrics|figures|statistics)\s+(?:about|on)\b|\blearn\s+(?:more|about)\b|\bfor\s+(?:information|details)\b|\bsee\s+more\b|\bhere\W*$|\b(?:video|videos|explainer|guide)\s+(?:about|on)\b|\bto\s+understand\s+more\b|\bfor\s+the\s+(?:meaning|definition)\s+of\b|\bfind\s+(?:the|our|a|an)\s+[^,.;()]{1,60}?\s+(?:linked\s+|listed\s+|set out\s+)?(?:in|within|under)\s+(?:the\s+)?(?:clause|section|paragraph|article|schedule|annex|appendix|chapter)\b|` + howToOpener)

// pointersOnly reports text whose every sentence only points to more
// information, with no first person but "our" and no clause of how or why
// ("For more information about how we sell your data, see …" says that
// we sell it; so does "… about how Zillow uses advertising").
func pointersOnly(text string) bool {
	if strings.Contains(text, "{%") || strings.Contains(text, "{{") {
		// A template's tag stands for a name the site fills in: "{% data
		// variables.product.prodname_insights %}" is "GitHub Insights".
		text = liquidTagRE.ReplaceAllString(text, "Product")
	}
	ss := sentences(stripMarkdown(text))
	if len(ss) == 0 {
		return false
	}
	for _, s := range ss {
		s = strings.Trim(s, "\"“”'() ") // "(You can watch our video about … to understand more.)" (b53-13)
		// "See Section 1 for what we mean by the Spotify Service" (b53-15)
		// points to where a term is defined: "we" is not acting.
		if containsFold(s, "mean") {
			s = meanByRE.ReplaceAllString(s, "for the meaning of")
		}
		if !pointerRE.MatchString(s) || !moreInfoRE.MatchString(s) {
			return false
		}
		for _, w := range rawWords(strings.ToLower(s)) {
			if w == "we" || w == "us" || w == "i" || w == "how" && !howToPointer(s) || w == "why" || w == "whether" {
				return false
			}
		}
	}
	return true
}

// describedHereRE is a clause that points to where more is said: "as
// described [here](…)", "as explained below", and the part of this text
// it names: "as further explained below in the ["How We Use Information
// We Receive From You"](#use) section of this Privacy Policy" (b50-38),
// "described further in the Website Interactions section"
// (basecamp-030).
var describedHereRE = mustPattern(`(?i),?\s+(?:as\s+)?(?:further\s+|more\s+fully\s+|more\s+)?(?:described|explained|set out|detailed|outlined)(?:\s+further)?\s+(?:\[here\]\([^)]*\)|here|below|above|in\s+the\s+(?:[\w’'-]+\s+){1,5}section\b)` +
	`(?:\s+in\s+(?:the\s+|our\s+)?(?:\[[^\]]{1,120}\]\([^)]*\)|"[^"]{1,120}"|“[^”]{1,120}”)(?:\s+(?:section|part))?(?:\s+of\s+this\s+(?:[\w-]+\s+){0,2}(?:policy|notice|statement))?)?`)

// meanByRE is a pointer's clause saying the page pointed to defines a
// term: "for what we mean by".
var meanByRE = mustPattern(`(?i)\bfor\s+what\s+we\s+mean\s+by\b`)

// bracketedRE is text in round brackets, with the brackets of a link's
// address inside it.
var bracketedRE = mustPattern(`\((?:[^()]|\([^()]*\))*\)`)

// mayDescribeHere reports text that may hold describedHereRE: one of its
// verbs and one of the words after them, in any case ("ſ" folds to "s"
// under (?i)). Most texts have neither, and the expression is not run.
func mayDescribeHere(s string) bool {
	if !containsFold(s, "here") && !containsFold(s, "below") && !containsFold(s, "above") && !containsFold(s, "section") {
		return false
	}
	return strings.Contains(s, "\u017f") || containsFold(s, "described") || containsFold(s, "explained") ||
		containsFold(s, "set out") || containsFold(s, "detailed") || containsFold(s, "outlined")
}

// mayPoint reports text that may hold a pointer or a clause saying where
// more is said: the words every one of them has. Most changes have none,
// and the expressions are not run on them.
func mayPoint(s string) bool { return pointWords.in(s) }

// pointWords are the words mayPoint looks for, in one pass (foldList).
var pointWords = newFoldList("see", "visit", "refer", "read", "review", "check", "learn", "describ", "explain", "set out", "detail", "outline", "watch")

// samePointed reports two texts that read the same once the sentences
// that only point to more information, and clauses that say where more
// is said, are left out of both: "Learn more [here](…)." → "For more
// information, see "[Requesting an archive …](…)."". A pointer commits
// to nothing, whichever words it is written in.
func (c *classifier) samePointed(old, new string) bool {
	strip := func(s string) (string, bool) {
		s2 := s
		if mayDescribeHere(s) {
			s2 = describedHereRE.ReplaceAllString(s, "")
		}
		if strings.Contains(s2, "<br>") {
			// A break in a table's cell ends a sentence as a space does:
			// "… for what we mean by the Spotify Service.<br><br>For
			// example" (b53-15).
			s2 = strings.ReplaceAll(s2, "<br>", " ")
		}
		if strings.Contains(s2, "(") {
			// A pointer in brackets, inside another sentence or a table's
			// cell: "To provide the personalized Spotify Service. (You can
			// watch our video about [Personalization](…) to understand
			// more.)" (b53-13).
			s2 = bracketedRE.ReplaceAllStringFunc(s2, func(b string) string {
				if pointersOnly(b[1 : len(b)-1]) {
					return ""
				}
				return b
			})
		}
		var keep []string
		for _, sen := range sentences(s2) {
			if !pointersOnly(sen) {
				keep = append(keep, sen)
			}
		}
		out := strings.Join(keep, " ")
		return out, len(out) != len(s)
	}
	if !mayPoint(old) && !mayPoint(new) {
		return false
	}
	o, co := strip(old)
	n, cn := strip(new)
	return (co || cn) && equalWords(c.ix.fold(o), c.ix.fold(n))
}

// topicOpeners open what a document treats, not what it applies to:
// "covers how we …", "covers what we collect": a question word, a closed
// class.
var topicOpeners = map[string]bool{"what": true, "how": true, "why": true, "which": true, "who": true, "whom": true,
	"when": true, "where": true, "whether": true}

// contentsRE is a sentence that says what the document covers: "we
// provide this page, which details our subprocessors, how we use cookies,
// and …", "This policy explains what we collect and why".
var contentsRE = mustPattern(`(?i)\bthis (?:[\w-]+ ){0,2}(?:page|policy|notice|statement|document|section)\b,?\s+(?:which\s+|that\s+)?(?:details|describes|explains|sets out|covers|outlines|lists|summari[sz]es|tells you)\b`)

// contentsOnly reports text whose every sentence says what the document
// covers. What it covers is stated where it is covered: the sentence that
// lists it commits to nothing.
func contentsOnly(text string) bool {
	if !containsFold(text, "this ") {
		return false
	}
	ss := sentences(stripMarkdown(text))
	after := false // a sentence before said what the document covers
	return len(ss) > 0 && !slices.ContainsFunc(ss, func(s string) bool {
		m := contentsRE.FindStringIndex(s)
		if m == nil && after {
			m = contentsGoesOn(s)
		}
		if m == nil {
			return true
		}
		after = true
		// "This policy explains that we never sell your data" states
		// what we do; so does any modal or negation in the sentence.
		if rest := strings.TrimSpace(s[m[1]:]); strings.HasPrefix(strings.ToLower(rest), "that ") {
			return true
		}
		// "This policy covers our website and apps" says which services
		// it applies to, its scope, where "covers how we use your data"
		// says which topics it treats: what "covers" takes decides.
		if v := strings.ToLower(s[m[0]:m[1]]); strings.HasSuffix(v, "covers") {
			if ws := rawWords(strings.ToLower(s[m[1]:])); len(ws) > 0 && !topicOpeners[ws[0]] {
				return true
			}
		}
		// "As Section 5 of this Policy explains, we keep your data for
		// 12 months": the document is only cited, in a clause of
		// comment ("as … explains,"); the sentence's own clause states
		// what we do.
		if rest := strings.TrimSpace(s[m[1]:]); strings.HasPrefix(rest, ",") || slices.Contains(rawWords(strings.ToLower(s[:m[0]])), "as") {
			return true
		}
		// "… when you use our Lead Management Software (the "Service")"
		// says which services the policy covers: its scope.
		if l := strings.ToLower(s); strings.Contains(l, "when you use") || strings.Contains(l, "when you visit") || strings.Contains(l, "when you access") ||
			strings.Contains(l, "(the \"") || strings.Contains(l, "(the “") {
			return true
		}
		// "… how we handle personal information collected through our
		// services, and personal information we collect from job
		// applicants" says which data the policy governs: its scope.
		if scopedDataRE.MatchString(s[m[1]:]) {
			return true
		}
		for _, w := range rawWords(strings.ToLower(s)) {
			if contentsStops[w] {
				return true
			}
		}
		return false
	})
}

// scopedDataRE is personal data narrowed by where it comes from:
// "personal information accessed through its services", "personal data
// that we collect from applicants", "information collected via our
// website", "information which is accessed through its services"
// (b206-42). What the data is used for ("the information we process to
// support Facebook") is a topic, and no scope.
var scopedDataRE = mustPattern(`(?i)\b(?:information|data)\s+(?:(?:that|which)\s+)?(?:(?:[\w-]+\s+){0,2}(?:collects?|receives?|obtains?)\s+(?:[\w-]+\s+){0,4}?from|(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:collected|accessed|obtained|received|gathered|submitted|provided)\s+(?:through|via|from|on|when))\b`)

// contentsStops are words by which a sentence saying what the document
// covers would state a commitment of its own.
var contentsStops = map[string]bool{"not": true, "never": true, "no": true, "only": true, "may": true, "will": true, "must": true, "can": true,
	"shall": true, "might": true, "could": true, "should": true, "cannot": true, "except": true, "unless": true}

// liquidTagRE is a tag of a Liquid template, as GitHub's documents have
// them.
var liquidTagRE = mustPattern(`\{%[^%]{1,200}%\}|\{\{[^}]{1,200}\}\}`)

// forceOnly reports a word that ws writes only inside a phrase of force:
// the "lets" of "lets you" is a permission, compared as a force, never a
// word whose opposite ("decline") could reverse the sentence.
func (c *classifier) forceOnly(ws []string, w string) bool {
	if !c.ix.forceWord[w] && !abilityWords[w] {
		return false
	}
	_, covered := c.ix.forces(ws)
	return coveredOnly(ws, covered, w)
}

// forceOnlyIn is forceOnly for one text asked of many words: the text's
// force phrases are found once, at the first word that could be one, and
// each word's answer is kept.
func (c *classifier) forceOnlyIn(ws []string) func(w string) bool {
	var covered []bool
	var known map[string]bool
	return func(w string) bool {
		if !c.ix.forceWord[w] && !abilityWords[w] {
			return false
		}
		if v, ok := known[w]; ok {
			return v
		}
		if covered == nil {
			_, covered = c.ix.forces(ws)
		}
		v := coveredOnly(ws, covered, w)
		if known == nil {
			known = map[string]bool{}
		}
		known[w] = v
		return v
	}
}

// coveredOnly reports a word w that ws writes, and writes only where
// covered.
func coveredOnly(ws []string, covered []bool, w string) bool {
	seen := false
	for i, x := range ws {
		if x == w {
			if !covered[i] {
				return false
			}
			seen = true
		}
	}
	return seen
}

// forceAlone reports a word that is a force phrase by itself ("any",
// "each"), not only a word of one ("on" of "on request").
func (c *classifier) forceAlone(w string) bool {
	for _, p := range c.ix.forceByFirst[w] {
		if len(p.words) == 1 {
			return true
		}
	}
	return false
}

// brandText returns the name the new (or old) text calls its author by:
// the capitalised word WordNet does not know that the text writes most
// often, five times at least ("GitHub"); "" when none is.
func (c *classifier) brandText(old bool) string {
	side := c.side(old)
	side.brandOnce.Do(func() {
		// The name the text defines as "we" is its author, where it
		// stands; else the name its opening writes most.
		if side.brand = c.definedAuthor(side.blocks); side.brand == "" {
			side.brand = c.findBrand(side.blocks)
		}
	})
	return side.brand
}

// findBrand returns the author's name in a text of these blocks, "" when
// none stands out.
func (c *classifier) findBrand(blocks []*markdown.Block) string {
	// The author's name is written in the opening blocks, so only the
	// names written there are counted through the whole text.
	count := map[string]int{}
	name := func(w string) string {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if !isName(w) {
			return ""
		}
		return w
	}
	// Front matter is no opening; a title and a short preamble may come
	// before the list that names the group (the Omnis seed: its name
	// first in the fifth block).
	for len(blocks) > 0 && strings.HasPrefix(blocks[0].Text, "+++") {
		blocks = blocks[1:]
	}
	opening := blocks[:min(6, len(blocks))]
	for _, b := range opening {
		scanRawWords(b.Text, func(w string) bool {
			if w = name(w); w != "" {
				if lw := strings.ToLower(w); !c.english(lw) && !commonCapitalised[lw] && !parties[lw] && !upperCase(w) {
					count[w] = 0
				}
			}
			return true
		})
		// A brand written all in lower case ("omnie") is a name where it
		// opens a sentence: no English word does so uncapitalised.
		// ("arXiv", in two cases, is not read so: with it as the brand, one
		// change of its history was flagged, for a reason not yet traced.)
		for _, sen := range sentences(b.Text[:min(len(b.Text), 2048)]) { // the opening's first lines say who writes
			// The sentence's first word, where it has two or more
			// (rawWords), read no further than its second.
			first, n := "", 0
			scanRawWords(sen, func(w string) bool {
				if n == 0 {
					first = w
				}
				n++
				return n < 2
			})
			if n > 1 {
				if w := first; len(w) > 2 && w[0] >= 'a' && w[0] <= 'z' && strings.ToLower(w) == w && !c.english(w) && !c.ix.grammar[w] && !openers[w] && !questionWords[w] {
					count[w] = 0
				}
			}
		}
	}
	if len(count) == 0 {
		return ""
	}
	// A block that writes none of the names is not read word by word: a
	// few searches cost less than the words of most blocks.
	var names []string
	if len(count) <= 8 {
		names = slices.Collect(maps.Keys(count))
	}
	for _, b := range blocks {
		if names != nil && !slices.ContainsFunc(names, func(n string) bool { return strings.Contains(b.Text, n) }) {
			continue
		}
		scanRawWords(b.Text, func(w string) bool {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if n, ok := count[w]; ok {
				count[w] = n + 1
			}
			return true
		})
	}
	best, most := "", 4
	for w, n := range count {
		if n > most || n == most && w < best {
			best, most = w, n
		}
	}
	return best
}

// isTitleText reports the policy's title: the first heading of the text.
func (c *classifier) isTitleText(h string) bool {
	for _, row := range c.rows {
		for _, b := range []*markdown.Block{row.Old, row.New} {
			if b != nil && b.Kind == markdown.HeadingBlock {
				t, _ := markdown.CutHeadingMarker(b.Text)
				return strings.TrimSpace(t) == strings.TrimSpace(h)
			}
		}
	}
	return false
}

// nearestCategory returns the category of the words around a quantity
// that differs between the old and the new words, "" when none: each term
// of the sentence counts, by the inverse of its distance to the number
// ("kept for 180 days", "TLS 1.3", "at least 16 years old").
func (c *classifier) nearestCategory(old, new, heading []string) string {
	return c.best(c.nearest(old, new, heading, numberSpans), nil)
}

// otherOfKind reports an item of a list put for "other" things of its
// own kind and a clause saying which: "and market segment information" →
// "and other information that helps us provide services or to
// personalize our marketing" opens the list of data to more data. The
// purpose in the clause only describes them: the head noun, the one the
// removed item qualified, says what the list lists.
func otherOfKind(removed, fOld, fNew []string) bool {
	if len(removed) == 0 {
		return false
	}
	i := slices.Index(fOld, removed[len(removed)-1])
	if i < 0 || i+1 >= len(fOld) {
		return false
	}
	head := fOld[i+1]
	for j := range fNew {
		if fNew[j] != "other" {
			continue
		}
		for k := j + 1; k < len(fNew)-1 && k <= j+3; k++ {
			if fNew[k] == head && (fNew[k+1] == "that" || fNew[k+1] == "which") {
				return true
			}
		}
	}
	return false
}

// onlyForcePhrase reports changed words that are all words of the force
// phrases of one scale: "at your request" dropped is a condition lifted,
// and its "request" names no right; what was conditioned is the
// commitment the sentence keeps ("we send a copy … to your doctor").
// "if you agree to this in your settings" says more than its "if".
func (c *classifier) onlyForcePhrase(scale string, changed []string) bool {
	in := map[string]bool{}
	for _, f := range c.rb.Force {
		if f.Scale != scale {
			continue
		}
		for _, p := range f.Words {
			for _, w := range c.ix.fold(p) {
				in[w] = true
			}
		}
	}
	for _, w := range changed {
		if !in[w] {
			return false
		}
	}
	return len(changed) > 0
}

// keptCondition returns the sentences of old and new without the
// condition clause each pair of them leads with on both sides, the same
// words up to the first comma ("Where OmniCRM acts as a Data Processor,");
// ok when there was one.
func (c *classifier) keptCondition(old, new string) (o, n string, ok bool) {
	so, sn := sentences(old), sentences(new)
	if len(so) != len(sn) {
		return old, new, false
	}
	for i := range so {
		co, ro, okOld := c.conditionClause(so[i])
		cn, rn, okNew := c.conditionClause(sn[i])
		if okOld && okNew && equalWords(c.ix.fold(co), c.ix.fold(cn)) {
			so[i], sn[i], ok = ro, rn, true
		}
	}
	return strings.Join(so, " "), strings.Join(sn, " "), ok
}

// conditionClause splits a sentence that opens with a word of the
// condition scale ("if", "where", "when") at its first comma.
func (c *classifier) conditionClause(s string) (clause, rest string, ok bool) {
	clause, rest, ok = strings.Cut(s, ",")
	ws := c.ix.fold(clause)
	if !ok || len(ws) == 0 || len(c.ix.fold(rest)) == 0 {
		return "", s, false
	}
	for _, p := range c.ix.forceByFirst[ws[0]] {
		if c.rb.Force[p.class].Scale == "condition" && len(p.words) <= len(ws) && equalWords(ws[:len(p.words)], p.words) {
			return clause, rest, true
		}
	}
	return "", s, false
}

// withoutPersonPlace returns ws without the verb that says where a
// person is ("individuals located in", "users based in", "you are
// resident in"): a place of the reader's is whom a commitment is for.
// ws itself is returned when there is none.
func (c *classifier) withoutPersonPlace(ws []string) []string {
	var out []string
	for i := 1; i+1 < len(ws); i++ {
		if (ws[i] == "located" || ws[i] == "based" || ws[i] == "resident") && ws[i+1] == "in" &&
			(personNoun(ws[i-1]) || ws[i-1] == "you" || ws[i-1] == "are" && i >= 2 && ws[i-2] == "you") {
			if out == nil {
				out = slices.Clone(ws[:i])
			}
			continue
		}
		if out != nil {
			out = append(out, ws[i])
		}
	}
	if out == nil {
		return ws
	}
	return append(out, ws[len(ws)-1])
}

// personNoun reports a noun whose commonest sense is a person or people
// (WordNet's noun.person, or the synset of "person" itself, which WordNet
// files among its top nouns: "individuals", "persons").
func personNoun(w string) bool {
	wn := wordNet()
	e := wn.entries(w)
	if len(e) == 0 || !strings.ContainsRune(e[0].pos, 'n') {
		return false
	}
	if e[0].lexfile == 18 {
		return true
	}
	p := wn.entries("person")
	return len(p) > 0 && len(p[0].meanings) > 0 && slices.Contains(e[0].meanings, p[0].meanings[0])
}

// runInLead returns the words before the colon of the list run in after
// it that item, a sentence of block ending in a semicolon, is one of:
// "Such third parties further include … providers of" for "generative AI
// services;". "" when item is no such item.
func runInLead(block, item string) string {
	item = strings.TrimSpace(item)
	i := strings.Index(block, item)
	if item == "" || i < 0 || !strings.HasSuffix(item, ";") && !strings.HasSuffix(strings.TrimSpace(block[:i]), ";") {
		return ""
	}
	pre := block[:i]
	j := strings.LastIndex(pre, ":")
	if j < 0 || strings.ContainsAny(pre[j+1:], ".!?\n") {
		return "" // another sentence stands between the colon and the item
	}
	ss := sentences(pre[:j])
	if len(ss) == 0 {
		return ""
	}
	return ss[len(ss)-1]
}

// partyLead reports the words before a list's colon that say it lists
// parties: they end in a noun of people or of organisations, alone or before
// "of", "such as", "including" ("providers of", "partners such as",
// "recipients").
func partyLead(ws []string) bool {
	n := len(ws)
	for n > 0 && (ws[n-1] == "of" || ws[n-1] == "as" || ws[n-1] == "such" || ws[n-1] == "including" || ws[n-1] == "example" || ws[n-1] == "for") {
		n--
	}
	if n == 0 {
		return false
	}
	w := ws[n-1]
	e := wordNet().entries(w)
	// Organisations are plural nouns of groups ("companies",
	// "agencies"): "data", a group of facts to WordNet, lists none.
	return personNoun(w) || strings.HasSuffix(w, "s") && len(e) > 0 && strings.ContainsRune(e[0].pos, 'n') && e[0].lexfile == 14
}

// outsideForcePhrases returns changed without the words that, on both
// sides where they stand, are only words of a force phrase of several
// words: "on request", "at your request" make a commitment conditional,
// and their "request" names no right ("will be published on our website"
// → "will be available on request" is about what is published). A word
// the sentence also uses outside such a phrase is kept.
func (c *classifier) outsideForcePhrases(changed, old, new []string) []string {
	inPhrase, outside := map[string]bool{}, map[string]bool{}
	for _, ws := range [2][]string{old, new} {
		for i := 0; i < len(ws); i++ {
			n := 0
			for _, p := range c.ix.forceByFirst[ws[i]] {
				if len(p.words) > 1 && i+len(p.words) <= len(ws) && equalWords(ws[i:i+len(p.words)], p.words) {
					n = len(p.words)
					break
				}
			}
			if n == 0 {
				outside[ws[i]] = true
				continue
			}
			for _, w := range ws[i : i+n] {
				inPhrase[w] = true
			}
			i += n - 1
		}
	}
	if len(inPhrase) == 0 {
		return changed
	}
	return slices.DeleteFunc(slices.Clone(changed), func(w string) bool { return inPhrase[w] && !outside[w] })
}

// onlyCategory returns the one category whose (not weak) terms ws hold,
// "" when none or several do.
func (c *classifier) onlyCategory(ws []string) string {
	set := c.ix.newWordSet(withoutHeldAccess(ws)) // an access held is a control (heldaccess.go)
	found := -1
	for k, terms := range c.ix.terms {
		for i := range terms[:c.ix.weakFrom[k]] {
			if set.hasAt(k, i) {
				if found >= 0 && found != k {
					return ""
				}
				found = k
				break
			}
		}
	}
	if found < 0 {
		return ""
	}
	return c.rb.Categories[found].ID
}

// tieBreak returns, when categorize's best score is shared by other
// categories, the one of those that near scores best; "" otherwise.
func (c *classifier) tieBreak(cat string, near func() []float64) string {
	k := c.rb.categoryIndex(cat)
	if k < 0 || len(c.scores) != len(c.ix.terms) {
		return ""
	}
	tied := map[int]bool{}
	for j, s := range c.scores {
		if s == c.scores[k] {
			tied[j] = true
		}
	}
	if len(tied) < 2 {
		return ""
	}
	return c.best(near(), tied)
}

// best is the category of the highest score, among only when given; ""
// when none scores.
func (c *classifier) best(scores []float64, only map[int]bool) string {
	best, bestScore := "", 0.0
	for k, s := range scores {
		if s > bestScore && (only == nil || only[k]) {
			best, bestScore = c.rb.Categories[k].ID, s
		}
	}
	return best
}

// numberSpans are the quantities of ws that other does not state, with
// their units: "48 hours".
func numberSpans(ws, other []string) [][2]int {
	theirs := map[string]bool{}
	for _, q := range quantities(other) {
		theirs[q] = true
	}
	var spans [][2]int
	for i := 0; i < len(ws); {
		_, n := readNumber(ws[i:])
		if n == 0 {
			i++
			continue
		}
		if q := quantities(ws[i:min(len(ws), i+n+3)]); len(q) == 0 || theirs[q[0]] {
			i += n
			continue
		}
		for i+n < len(ws) && (unitOf[ws[i+n]].unit != "" || ws[i+n] == "business" || ws[i+n] == "working" || ws[i+n] == "calendar") {
			n++ // "48 hours": the unit is part of the quantity
		}
		spans = append(spans, [2]int{i, i + n})
		i += n
	}
	return spans
}

// forceSpans returns, for forceNearest, the force words of ws whose class
// the other side has fewer of: "not overridden", "mainly".
func (c *classifier) forceSpans(ws, other []string) [][2]int {
	mine, _ := c.ix.forces(ws)
	theirs, _ := c.ix.forces(other)
	var spans [][2]int
	for i := 0; i < len(ws); i++ {
		for _, p := range c.ix.forceByFirst[ws[i]] {
			if i+len(p.words) <= len(ws) && equalWords(ws[i:i+len(p.words)], p.words) {
				if mine[p.class] > theirs[p.class] {
					spans = append(spans, [2]int{i, i + len(p.words)})
				}
				i += len(p.words) - 1
				break
			}
		}
	}
	return spans
}

// nearest scores the categories by their terms around the spans of each
// side, by the inverse of each term's distance to a span in content words,
// the heading counting as a term a few words away.
func (c *classifier) nearest(old, new, heading []string, spansOf func(ws, other []string) [][2]int) []float64 {
	scores := make([]float64, len(c.ix.terms))
	if len(heading) > 0 {
		// The heading counts as a word a few words from the number: "we
		// save the data for up to 12 months", under "Ensuring security",
		// is a retention period.
		h := c.ix.newWordSet(heading)
		for k := range c.ix.terms {
			for i := range c.ix.weakFrom[k] {
				if h.hasAt(k, i) {
					scores[k] += 0.3
				}
			}
		}
	}
	look := func(ws, other []string) {
		spans := spansOf(ws, other)
		if len(spans) == 0 {
			return
		}
		// pos is each word's place counting content words only: "within
		// 48 hours of a breach" puts "breach" next to "hours".
		pos := make([]int, len(ws))
		for i, p := 0, 0; i < len(ws); i++ {
			if !c.ix.grammar[ws[i]] {
				p++
			}
			pos[i] = p
		}
		hits := c.ix.strongHits(withoutHeldAccess(c.ix.withoutAuthorAccess(ws))) // in order of category, term and place; an access held is a control (heldaccess.go)
		for _, sp := range spans {
			i, n := sp[0], sp[1]-sp[0]
			for _, h := range hits {
				t, j := c.ix.terms[h.k][h.i], int(h.j)
				if j+len(t) > i && j < i+n {
					continue // the span itself
				}
				// A phrase's pronouns and function words say nothing of
				// it (see touches): "notify you within 72 hours" is as near
				// the number as "notify", of a breach notice.
				first, last := j, j+len(t)-1
				for last > first && (pronouns[ws[last]] || c.ix.grammar[ws[last]]) {
					last--
				}
				for first < last && (pronouns[ws[first]] || c.ix.grammar[ws[first]]) {
					first++
				}
				d := pos[i] - pos[last]
				if j > i {
					d = pos[first] - pos[i+n-1]
				}
				scores[h.k] += 1 / float64(max(d, 1))
			}
		}
	}
	look(old, new)
	look(new, old)
	return scores
}

// userPowerWeight is what a power given to the user counts for rights in
// categorize: as one word of the vocabulary in the changed sentences.
const userPowerWeight = 2 * 10

// userPower reports a sentence, folded, that gives the user a power over
// something of theirs: "you" (or "members", "customers" … with "their"
// after) followed within three words by a permission
// ("you may", "you are able to", "you are entitled to", "you have the right
// to"), and after it something of the user's: "your account", "everything
// you have uploaded" ("the parts that apply to you" is not theirs). "You
// allow us to" gives the company a power, not the user.
func (c *classifier) userPower(ws []string) bool { return c.userPermission(ws, true) }

// userPermission reports a permission given to the user (see userPower),
// over something of theirs when own is set, over anything when not ("you
// can object to profiling").
func (c *classifier) userPermission(ws []string, ownOnly bool) bool {
	their := -1 // whether the sentence says "their": asked once, if at all
	for i, w := range ws {
		own := "your"
		if w != "you" {
			if len(w) < 4 || w[len(w)-1] != 's' {
				continue
			}
			if their < 0 {
				their = 0
				if slices.Contains(ws, "their") {
					their = 1
				}
			}
			if their == 0 {
				continue
			}
			own = "their" // "Members may download their listening history"
		}
		for j := i + 1; j < min(len(ws), i+4); j++ {
			for _, p := range c.ix.forceByFirst[ws[j]] {
				if c.rb.Force[p.class].Class != "permission" || j+len(p.words) > len(ws) || !equalWords(ws[j:j+len(p.words)], p.words) {
					continue
				}
				if own == "their" && !c.person(w) {
					continue // WordNet is asked last: most plurals are no subject of a permission
				}
				switch p.words[0] {
				case "allow", "allows", "permit", "permits", "available", "reserve", "might", "could":
					// "you might enjoy" is a possibility, not a power
					continue
				}
				if !ownOnly {
					return true
				}
				for k, x := range ws[j+len(p.words):] {
					if x == own || own == "your" && (x == "yours" || x == "you" && k+1 < len(ws)-j-len(p.words) && ws[j+len(p.words)+k+1] == "have") {
						return true
					}
				}
			}
		}
	}
	return false
}

// person reports a plural noun for people the policy speaks of (WordNet's
// noun.person: "members", "customers", "parents") that is no term of a
// category ("partners", "advertisers" receive data; they are no users).
func (c *classifier) person(w string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' || c.vocabularyWord(w) {
		return false
	}
	e := wordNet().entries(w)
	return len(e) > 0 && e[0].pos[0] == 'n' && e[0].lexfile == 18
}

// anytime reports, in folded words, a power said to be usable at any
// time: "at any time" (as "whenever you like" folds), "anytime", "as
// often as you like".
func anytime(ws []string) bool {
	for i, w := range ws {
		switch {
		case w == "anytime",
			w == "any" && i+1 < len(ws) && ws[i+1] == "time",
			w == "any" && i > 0 && ws[i-1] == "at" && (i+1 == len(ws) || danglingAfterAny[ws[i+1]]),
			w == "all" && i > 0 && ws[i-1] == "at" && i+1 < len(ws) && ws[i+1] == "times",
			w == "often" && i > 0 && ws[i-1] == "as" && i+2 < len(ws) && ws[i+1] == "as" && ws[i+2] == "you":
			return true
		}
	}
	return false
}

// itemPrepositions are the words that lead an item whose shape
// itemCategory reads.
var itemPrepositions = map[string]bool{"to": true, "with": true, "by": true, "from": true, "through": true, "via": true, "at": true}

// danglingAfterAny are words that cannot be what "at any" is at: "you can
// withdraw it at any without affecting …" lacks its "time", the only
// word the phrase can want there.
var danglingAfterAny = map[string]bool{"without": true, "but": true, "if": true, "unless": true, "by": true}

// anytimeDirection is the direction of a power of the user's that gained
// or lost "at any time" (new is the newer text, folded): gained, the
// company's latitude is restricted; lost, it expands.
func anytimeDirection(new []string) string {
	if anytime(new) {
		return Restricts
	}
	return Expands
}

// itemCategory reads an item added to or removed from a list within a
// sentence, folded, by its shape: "to" and a verb is a purpose ("and to
// set the price of your subscription"); "to" or "with" and a person or a
// group (WordNet's noun.person, noun.group) is a recipient ("and to
// fraud-prevention agencies"); "by", "from", "through" or "via", in a
// sentence that gives the user a power, is a way of using it, a right
// ("by email or from the app"); a noun phrase beside something of the
// user's ("we note your pick-up points and the route the driver takes")
// is a kind of their data. "" when the shape says nothing.
func (c *classifier) itemCategory(item, old, new []string, power bool) string {
	if n := len(item); n > 2 && itemPrepositions[item[n-1]] && !itemPrepositions[item[0]] && (item[n-2] == "or" || item[n-2] == "and") {
		// Between two items led by the same word, the diff may take the
		// word of the next: "by clicking the unsubscribe link or by" is
		// the item "by clicking the unsubscribe link".
		item = append([]string{item[n-1]}, item[:n-2]...)
	}
	for len(item) > 0 && (item[0] == "and" || item[0] == "or" || item[0] == "as" || item[0] == "well" || item[0] == "also") {
		item = item[1:]
	}
	if len(item) < 2 {
		return ""
	}
	wn := wordNet()
	party := func(ws []string) bool {
		for _, w := range ws {
			if e := wn.entries(w); len(e) > 0 && e[0].pos[0] == 'n' && (e[0].lexfile == 14 || e[0].lexfile == 18) {
				return true
			}
		}
		return false
	}
	object := func(w string) bool { // what a verb acts on begins so
		return slices.Contains([]string{"the", "a", "an", "our", "your", "their", "its", "you", "us", "it", "them", "which", "what", "how"}, w)
	}
	switch item[0] {
	case "to":
		// A verb: its commonest sense is one, or it is one beside its
		// object ("to process your payments"); "to banks" is no verb.
		if e := wn.entries(item[1]); len(e) > 0 && !object(item[1]) && (e[0].pos[0] == 'v' || strings.ContainsRune(e[0].pos, 'v') && len(item) > 2 && object(item[2])) {
			return "purposes"
		}
		if party(item[1:]) {
			return "recipients"
		}
	case "with":
		if party(item[1:]) {
			return "recipients"
		}
	case "by", "from", "through", "via", "at":
		if power {
			return "rights"
		}
	case "the", "a", "an", "your", "any", "all", "how", "what", "which", "where", "when":
		// "and your braking", "and how hard you brake": what is recorded
		// of the user.
		if slices.Contains(old, "your") || slices.Contains(new, "your") {
			return "data"
		}
	}
	if e := wn.entries(item[0]); len(e) > 0 && e[0].pos[0] == 'v' && object(item[1]) && slices.Contains(old, "to") && slices.Contains(new, "to") && len(c.ix.strongHits(item)) == 0 {
		// A verb and its object joined to a list of what is done "to"
		// (the infinitive's "to" said once for the list): "as needed to
		// provide the Service, resolve disputes, enforce our agreements,
		// and send you offers" (b104-38). An item in a category's words
		// ("and train AI models", "make a complaint") is read by them.
		return "purposes"
	}
	if power && len(c.ix.strongHits(item)) == 0 {
		// A channel of a power of the reader's, in no category's words:
		// "directly at dpo@…" dropped from "You can contact our Data
		// Protection Officer".
		return "rights"
	}
	return ""
}

// countsBare are the categories where a number without a unit is a
// commitment: an age, a protocol version, a count of days named elsewhere.
var countsBare = map[string]bool{"children": true, "security": true, "retention": true, "rights": true, "notice": true}

// unitless reports quantities, on both sides, that are all bare numbers.
func unitless(a, b []string) bool {
	for _, q := range append(a, b...) {
		if q == "" || q[len(q)-1] < '0' || q[len(q)-1] > '9' {
			return false
		}
	}
	return true
}

// label is a category's label, "Change" for none.
func (c *classifier) label(id string) string {
	if k := c.rb.category(id); k != nil {
		return k.Label
	}
	return "Change"
}

// termsChanged returns the category whose commitment words differ between
// two sentences, folded: "consent" for "legitimate interests". Words that
// only moved change nothing.
func (c *classifier) termsChanged(old, new []string, prefer string, changed []string) string {
	// A term in another form of the same verb is the same term: "we do not
	// sell" is "is never sold", "we keep" is "are kept".
	old, new = verbLemmas(old, new)
	old, new = c.stateNouns(old, new) // "ensure security" → "keep the Service secure" (statenoun.go)
	// An access someone holds is an access control (heldaccess.go).
	changed, old = heldAccessRead(changed, old)
	changed, new = heldAccessRead(changed, new)
	old, new = actNouns(old, new)
	old, new = saleAsSell(old, new) // "a sale of our assets" → "we sell our assets" (salenoun.go)
	old, new = channelVerbs(old, new)
	old, new = lightVerbs(old, new)
	old, new = permittedDisclosure(old, new) // "we may share" → "we may disclose" (sharedisclose.go)
	old, new, changed = c.nounAdverbs(old), c.nounAdverbs(new), c.nounAdverbs(changed)
	so, sn, sc := c.ix.newWordSet(old), c.ix.newWordSet(new), c.ix.newWordSet(changed)
	// An age threshold is its bound and its number: "children under the
	// age of 16" and "anyone younger than 16" are one threshold, however
	// the people under it are called.
	children := -1
	if a, b := append(ageBounds(old), ageFloors(old)...), append(ageBounds(new), ageFloors(new)...); len(a) > 0 && equalWords(a, b) && equalWords(quantities(old), quantities(new)) {
		children = c.rb.categoryIndex("children")
	}
	// Only the words that name the people under the threshold are its
	// wording: a parent or a guardian named elsewhere in the sentence is
	// another party, whose consent is a term of it ("We ask a parent to
	// confirm before a child under 13 signs up" → "We ask a child under 13
	// to confirm").
	threshold := func(k int, t []string) bool {
		return k == children && nearAgeBound(old, t) && nearAgeBound(new, t)
	}
	// A category's own name ("legal basis") said or left unsaid, where a
	// fact of the category is on both sides ("contract"), names what the
	// sentence already states: "because this is necessary to perform our
	// contract" is "performance of our contract is the legal basis".
	stated := func(k, j int) bool {
		if !categoryNames[strings.Join(c.ix.terms[k][j], " ")] {
			return false
		}
		for i, t := range c.ix.terms[k] {
			if i != j && !categoryNames[strings.Join(t, " ")] && so.hasAt(k, i) && sn.hasAt(k, i) {
				return true
			}
		}
		return false
	}
	// Only the terms of one side or the other can differ: they are found
	// from the words, each with the sides that have it (1 old, 2 new).
	found := map[termRef]uint8{}
	so.eachTerm(func(k, j int) { found[termRef{int32(k), int32(j)}] |= 1 })
	sn.eachTerm(func(k, j int) { found[termRef{int32(k), int32(j)}] |= 2 })
	best, bestN, bestK := "", 0, -1
	named := false // some term is on one side only
	for r, sides := range found {
		k, j := int(r.k), int(r.i)
		// A weak word ("personal data" for "data") names nothing.
		if t := c.ix.terms[k][j]; sides != 3 && c.touches(sc, t) && !threshold(k, t) && !stated(k, j) && j < c.ix.weakFrom[k] {
			named = true
			break
		}
	}
	if !named {
		return ""
	}
	counts := make([]int, len(c.ix.terms))
	for r, sides := range found {
		k, j := int(r.k), int(r.i)
		t := c.ix.terms[k][j]
		differs := sides != 3
		if !differs && len(t) == 1 {
			// Named on both sides, but more often on one: "strictly
			// necessary cookies only" → "… cookies and advertising
			// cookies" adds a kind of cookie. This only says which
			// category a changed term is of, never that one changed:
			// "your hardware" → "your device hardware" names nothing
			// new.
			differs = countTerm(old, t[0]) != countTerm(new, t[0])
		}
		if differs && c.touches(sc, t) && !threshold(k, t) && !stated(k, j) {
			counts[k]++
		}
	}
	for k, n := range counts {
		id := c.rb.Categories[k].ID
		// A tie goes to the category the sentence is most about:
		// "advertising cookies from our partners", under Cookies.
		if n > bestN || n > 0 && n == bestN && (id == prefer || best != prefer && c.scores[k] > c.scores[bestK]) {
			best, bestN, bestK = id, n, k
		}
	}
	return best
}

// actNouns writes, in two word lists, the noun of an act as its verb
// wherever the verb itself is in the other list and the noun is not:
// "deletion of your recordings will take place" beside "we will delete
// your recordings" reads "delete". The noun must end as nouns of acts do
// ("-ion", "-ment", "-al", "-ance") and be of the verb's stem, so that
// "publication" is never "delete".
func actNouns(a, b []string) ([]string, []string) {
	// Most sentences say no act as a noun: then nothing is indexed.
	if !slices.ContainsFunc(a, actNoun) && !slices.ContainsFunc(b, actNoun) {
		return a, b
	}
	rewrite := func(ws, other []string) []string {
		// A noun the other side says too is kept (said, below): where
		// every noun of ws is so ("information" on both sides), nothing
		// is indexed. Short lists are searched in place.
		if len(other) <= 64 && !slices.ContainsFunc(ws, func(w string) bool { return actNoun(w) && !slices.Contains(other, w) }) {
			return ws
		}
		var out []string
		// The words of ws; the words of other, and those that are no
		// act's noun and not in ws by stem and by their first seven
		// letters (derived's common start), the first of each kept.
		var in, said map[string]bool
		var byStem map[string]string
		var byStart map[string][]string
		for i, w := range ws {
			if !actNoun(w) {
				continue
			}
			if in == nil {
				in, said, byStem, byStart = map[string]bool{}, map[string]bool{}, map[string]string{}, map[string][]string{}
				for _, x := range ws {
					in[x] = true
				}
				for _, v := range other {
					said[v] = true
					if actNoun(v) || in[v] {
						continue
					}
					if _, ok := byStem[stem(v)]; !ok {
						byStem[stem(v)] = v
					}
					if len(v) >= 7 && !slices.Contains(byStart[v[:7]], v) {
						byStart[v[:7]] = append(byStart[v[:7]], v)
					}
				}
			}
			if said[w] {
				continue // the other side says the noun too
			}
			v, ok := byStem[stem(w)]
			if !ok && strings.HasSuffix(w, "ure") {
				// "closure" is the act of "closed", "disclosure" of
				// "disclosed": the verb's stem before "ure".
				v, ok = byStem[stem(w[:len(w)-3]+"e")]
			}
			if !ok && len(w) >= 7 {
				for _, x := range byStart[w[:7]] {
					if derived(x, w) {
						v, ok = x, true
						break
					}
				}
			}
			if !ok {
				continue
			}
			if out == nil {
				out = slices.Clone(ws)
			}
			out[i] = v
		}
		if out == nil {
			return ws
		}
		return out
	}
	return rewrite(a, b), rewrite(b, a)
}

// actNoun reports a word ending as the nouns of acts made from verbs do:
// "deletion", "notification", "agreement", "removal", "acceptance".
func actNoun(w string) bool {
	// Most words end otherwise: their last letter is enough.
	if n := len(w); n < 6 || w[n-1] != 'n' && w[n-1] != 't' && w[n-1] != 'e' && w[n-1] != 'l' {
		return false
	}
	for _, suf := range []string{"tion", "sion", "ment", "ance", "ence", "ure", "al"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// nounAdverbs writes, in a copy of ws, each adverb made from a noun of
// the vocabulary so that the noun no longer matches it as a prefix: an
// adverb says how or how often, not the thing ("periodically" is no
// retention "period"). An adverb made from an adjective or a verb is
// still its term: "securely" is a security commitment.
func (c *classifier) nounAdverbs(ws []string) []string {
	var out []string
	for i, w := range ws {
		if len(w) < 6 || !strings.HasSuffix(w, "ly") || c.ix.termWord[w] {
			continue
		}
		noun := false
		for k := 4; k < len(w)-1 && !noun; k++ {
			if _, ok := c.ix.vocab[w[:k]]; ok {
				e := wordNet().entries(w[:k])
				noun = len(e) > 0 && e[0].pos[0] == 'n'
			}
		}
		if e := wordNet().entries(w); !noun || len(e) == 0 || e[0].pos[0] != 'r' {
			continue
		}
		if out == nil {
			out = slices.Clone(ws)
		}
		out[i] = "~" + w
	}
	if out == nil {
		return ws
	}
	return out
}

// lightVerbs writes, in two word lists, a verb said as a light verb and
// its noun ("lodge a complaint", "make a request") as the verb the other
// list says ("complain", "request"): the noun must start with the verb.
func lightVerbs(a, b []string) ([]string, []string) {
	light := map[string]bool{"lodge": true, "make": true, "file": true, "submit": true, "give": true, "send": true, "raise": true}
	rewrite := func(ws, other []string) []string {
		for i := 0; i+1 < len(ws); i++ {
			if !light[ws[i]] {
				continue
			}
			j := i + 1
			if ws[j] == "a" || ws[j] == "an" {
				j++
			}
			if j >= len(ws) {
				continue
			}
			for _, v := range other {
				if len(v) >= 5 && strings.HasPrefix(ws[j], v) && !slices.Contains(ws, v) {
					return append(append(append([]string{}, ws[:i]...), v), ws[j+1:]...)
				}
			}
		}
		return ws
	}
	return rewrite(a, b), rewrite(b, a)
}

// nearAgeBound reports a term every use of which in folded words is part
// of an age bound's phrase or names whom it bounds, within four words
// before its "under" or its number and six after: "children under the
// age of 16", "anyone younger than 16", "users aged 16 or older". A term
// the words do not use is no other party.
func nearAgeBound(ws, t []string) bool {
	var at []int // where the bounds are: "under", or the number of a floor
	for i, w := range ws {
		if w == "under" || isNumber(w) || numberValue[w] > 0 {
			at = append(at, i)
		}
	}
	for i := 0; i+len(t) <= len(ws); i++ {
		if !equalWords(ws[i:i+len(t)], t) {
			continue
		}
		if !slices.ContainsFunc(at, func(b int) bool { return i >= b-4 && i <= b+6 }) {
			return false
		}
	}
	return true
}

// ageThreshold reports folded words that state the age of the people a
// commitment is about: "users under 16", "children under the age of 13",
// "people aged 16 or over"; not "orders under 50".
func (c *classifier) ageThreshold(ws []string) bool {
	if len(ageFloors(ws)) > 0 {
		return true
	}
	for i, w := range ws {
		if w == "under" && i > 0 && len(ageBounds(ws[i:min(len(ws), i+6)])) > 0 &&
			(i+2 < len(ws) && ws[i+1] == "the" && ws[i+2] == "age" || c.person(ws[i-1]) || ageHolders[ws[i-1]]) {
			return true
		}
	}
	return false
}

// ageHolders are the words for people an age bound follows that are no
// plural noun of persons: "users under 16", "anyone under 13", "those
// under 16", "people under 18" (folded to "individuals").
var ageHolders = map[string]bool{"users": true, "anyone": true, "those": true, "people": true, "individuals": true, "someone": true, "everyone": true}

// ageThresholdAdded reports, of the folded words removed and added, one
// side empty and the other stating an age threshold: a sentence about
// people of an age added or removed. Asked only where "under" or an age
// word is said.
func (c *classifier) ageThresholdAdded(removed, added []string) bool {
	ws := added
	if len(c.content(added)) == 0 {
		ws = removed
	} else if len(c.content(removed)) > 0 {
		return false
	}
	if !slices.Contains(ws, "under") && !slices.ContainsFunc(ws, func(w string) bool { return strings.HasPrefix(w, "age") }) {
		return false
	}
	return c.rb.categoryIndex("children") >= 0 && c.ageThreshold(ws)
}

// ageBounds returns the numbers folded words put under an age bound:
// "under the age of 16" ("younger than 16" folds to it), "under 13".
func ageBounds(ws []string) []string {
	var out []string
	for i, w := range ws {
		if w != "under" {
			continue
		}
		// The number in digits or words, restated or not: "under 13",
		// "under the age of thirteen (13)".
		j := i + 1
		if i+4 < len(ws) && ws[i+1] == "the" && ws[i+2] == "age" && ws[i+3] == "of" {
			j = i + 4
		}
		if v, n := readNumber(ws[j:]); n > 0 {
			out = append(out, strconv.FormatFloat(v, 'f', -1, 64))
		}
	}
	return out
}

// channelVerbs writes, in two word lists, "notify you by email" as "email
// you" where the other list says "email you": the means of a message said
// as its verb. The means must be a verb in WordNet, and the other list
// must say it before the same person.
func channelVerbs(a, b []string) ([]string, []string) {
	rewrite := func(ws, other []string) []string {
		for i := 0; i+3 < len(ws); i++ {
			if ws[i] != "notify" || !pronouns[ws[i+1]] || ws[i+2] != "by" && ws[i+2] != "via" {
				continue
			}
			means, person := ws[i+3], ws[i+1]
			said := false
			for j := 0; j+1 < len(other); j++ {
				said = said || other[j] == means && other[j+1] == person
			}
			if !said || !slices.ContainsFunc(wordNet().entries(means), func(e lexEntry) bool { return strings.ContainsRune(e.pos, 'v') }) {
				continue
			}
			out := append(append(append([]string{}, ws[:i]...), means, person), ws[i+4:]...)
			return out
		}
		return ws
	}
	return rewrite(a, b), rewrite(b, a)
}

// categoryNames are the terms that name a category rather than state a
// fact of it.
var categoryNames = map[string]bool{"legal basis": true, "legal bases": true, "lawful basis": true, "purpose": true}

// countTerm counts the words of ws a one-word term matches, as hasTerm
// matches them: the word itself, or a word it starts, for a term of four
// letters or more.
func countTerm(ws []string, t string) int {
	n := 0
	for _, w := range ws {
		if w == t || len(t) >= 4 && strings.HasPrefix(w, t) && !nounAdverb(w, len(t)) {
			n++
		}
	}
	return n
}

// openExamplesRE is a list of examples that says it is not the whole
// list: "such as Facebook, Twitter, and others", "e.g. Google, Bing,
// etc.", "(ex: Google Analytics, Recaptcha, etc)" (b48-29), a space or a
// no-break space between words. Its second group is
// the examples.
var openExamplesRE = mustPattern(`(?i)\b(such as|for example|for instance|e\.[\s\x{a0}]?g\.|ex[:.]|including)[\s\x{a0}]+([^.;:!?]*?),?[\s\x{a0}]+(?:and|or) (?:others|more|many others|similar \w+)\b|\b(such as|for example|for instance|e\.[\s\x{a0}]?g\.|ex[:.]|including)[\s\x{a0}]+([^.;:!?]*?),?[\s\x{a0}]+etc\b`)

// openBracketRE is a list of examples in brackets that ends saying it is
// not the whole list: "(Cloudflare, AWS, Google Cloud, etc)", "(e.g.
// Google, Bing and others)".
var openBracketRE = mustPattern(`(?i)\s*\([^()]*?,?[\s\x{a0}]+(?:etc\.?|and (?:others|more|many others|so on)|or (?:others|similar))\)`)

// openExampleRemoved reports names es taken from the examples of a list
// that stays open on both sides, in words otherwise the same: "such as
// Facebook, …, Pinterest, and others" → "such as Facebook, …, and
// others". What a name removed named is still among "others"; a name
// added is left to the other rules. So is a bracket of such examples
// taken away whole (openBracketRE).
func (c *classifier) openExampleRemoved(old, new string, es []string) bool {
	po, pn := stripMarkdown(old), stripMarkdown(new)
	if len(es) > 0 && strings.Contains(po, "(") {
		// A bracket of examples that says it is not the whole list
		// ("key services (Cloudflare, AWS, Google Cloud, etc)"), taken
		// away whole from words otherwise the same: what the names
		// named is still among the noun they were examples of.
		if m := openBracketRE.FindStringIndex(po); m != nil && equalWords(c.ix.fold(po[:m[0]]+po[m[1]:]), c.ix.fold(pn)) &&
			!slices.ContainsFunc(es, func(e string) bool { return !strings.Contains(po[m[0]:m[1]], e) }) {
			return true
		}
	}
	mo, mn := openExamplesRE.FindStringSubmatchIndex(po), openExamplesRE.FindStringSubmatchIndex(pn)
	if len(es) == 0 || mo == nil || mn == nil {
		return false
	}
	span := func(p string, m []int) (string, string) {
		if m[4] >= 0 {
			return p[m[4]:m[5]], p[:m[4]] + p[m[5]:]
		}
		return p[m[8]:m[9]], p[:m[8]] + p[m[9]:]
	}
	exOld, restOld := span(po, mo)
	exNew, restNew := span(pn, mn)
	if !equalWords(c.ix.fold(restOld), c.ix.fold(restNew)) || len(minusNames(c.entities(exNew), c.entities(exOld))) > 0 {
		return false
	}
	for _, e := range es {
		if !strings.Contains(exOld, e) {
			return false
		}
	}
	return true
}

// listItemChanged reports words only removed, or only added, with an
// "and" or "or" of a list: an item taken from a list or added to it
// ("at rest and in transit" to "in transit"). The "and" of an item added
// at the end of a list may be the one the shorter list had: "X and Y" →
// "X, Y and Z" adds "to Z" beside an "and" both sides write; an item in
// no category's words whose shape says what it is ("to send you offers",
// a purpose) is then read as one, not as the same commitments reworded.
func (c *classifier) listItemChanged(removed, added, old, new []string) bool {
	r, a := c.content(removed), c.content(added)
	if len(r) > 0 && len(a) > 0 || len(r)+len(a) == 0 {
		return false
	}
	connective := func(w string) bool { return w == "and" || w == "or" || w == "as well as" }
	if !slices.ContainsFunc(append(r, a...), func(w string) bool { return !connective(w) }) {
		return false // '"we", "us"' → '"we" or "us"': a comma written as a word
	}
	if pointed := pointedParts(old, new); !slices.ContainsFunc(append(r, a...), func(w string) bool { return !connective(w) && !pointed(w) && !pointsWithin[w] }) {
		// 'as set out in the “Your rights” or sections above' → '…
		// “Your rights” section above': the parts of the policy it
		// points to, no item of what it commits to (b291-19, b293-19).
		return false
	}
	for _, w := range append(removed, added...) {
		if w == "and" || w == "or" || w == "as well as" {
			return true
		}
	}
	if threatsChanged(old, new, r, a) {
		return true // "from unauthorised access, loss and alteration" → "… and loss"
	}
	run, in := added, new
	if len(a) == 0 {
		run, in = removed, old
	}
	shape := c.itemCategory(run, old, new, false)
	if shape == "" || len(c.ix.strongHits(run)) > 0 && shape != c.frameCategory(removed, added, old) {
		// An item in a category's words is judged by them, unless its
		// shape says it is one of what the list's frame lists ("and to
		// build audiences for advertising on third-party platforms", a
		// purpose among purposes); one of no shape is no item.
		return false
	}
	for i := 1; i+len(run) <= len(in); i++ {
		if connective(in[i-1]) && equalWords(in[i:i+len(run)], run) && i+len(run) == len(in) {
			return true // the item ends the sentence, after the list's "and"
		}
		if item := aimItem(run); shape == "purposes" && item != nil && i+len(item) < len(in) && connective(in[i+len(item)]) && equalWords(in[i:i+len(item)], item) {
			// An aim put before the list's last ("to serve you better, to
			// send you offers and to find ways to improve", b108-17).
			return true
		}
	}
	return false
}

// aimItem returns run as an aim of a list, "to" and its verb ("to send you
// offers"), where the diff may have taken the "to" of the next item
// instead ("send you offers to"); nil when run is no such item.
func aimItem(run []string) []string {
	switch {
	case len(run) > 1 && run[0] == "to":
		return run
	case len(run) > 2 && run[len(run)-1] == "to":
		return append([]string{"to"}, run[:len(run)-1]...)
	}
	return nil
}

// frameCategory is the category the words of old that a change of
// removed and added keeps name ("" when none), leaving the scores of the
// change as they were.
func (c *classifier) frameCategory(removed, added, old []string) string {
	frame, _ := diffWords(old, append(append([]string{}, removed...), added...))
	k, hit, _ := c.categorizeAside(frame, nil, nil)
	if !hit {
		return ""
	}
	return k
}

// howToStop reports folded words that tell the reader how to switch off
// or refuse something: "how to disable it", "how to opt out".
func howToStop(ws []string) bool {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] == "how" && ws[i+1] == "to" && (ws[i+2] == "disable" || ws[i+2] == "opt" || ws[i+2] == "unsubscribe" || ws[i+2] == "object" || ws[i+2] == "withdraw") {
			return true
		}
	}
	return false
}

// inflectionStem strips a verb's or a plural's ending ("improving",
// "improve" → "improv"; "sellers" → "seller"). Unlike stem it keeps a
// noun made of a verb apart from the verb: a "collection" added beside
// "collect" is another word.
func inflectionStem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s", "e"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// undoubled returns the stem of a participle or gerund whose last
// consonant the ending doubled, without the double: "submitted",
// "transferring" → "submit", "transfer". "" when w is no such form. The
// stem is only ever added to the stems a word may have ("called" may be
// "cal" too; no verb is).
func undoubled(w string) string {
	for _, suf := range []string{"ed", "ing"} {
		s, ok := strings.CutSuffix(w, suf)
		if n := len(s); ok && n > 3 && s[n-1] == s[n-2] && !strings.ContainsRune("aeiouwxy", rune(s[n-1])) {
			return s[:n-1]
		}
	}
	return ""
}

// withoutSameStems returns the words of a that no word of b shares a stem
// with: "improving" and "improve" are one verb, so "for improving our
// services" → "to improve and market our services" adds one item,
// "market".
func withoutSameStems(a, b []string) []string {
	if len(a)*len(b) > 1024 {
		return withoutSameStemsIndexed(a, b)
	}
	var out []string
	for _, w := range a {
		if !slices.ContainsFunc(b, func(x string) bool { return x != w && inflectionStem(x) == inflectionStem(w) }) {
			out = append(out, w)
		}
	}
	return out
}

// exampleRE is a clarifying example in brackets: "(for example, keeping
// you signed in)", "(e.g. …)".
var exampleRE = mustPattern(`(?i)\s*\((for example|for instance|e\.\s?g\.?|such as|like)[^()]*\)`)

// definitionRE is a definition in brackets, which clarifies as an example
// does: "(i.e. …)", "(that is, …)", or a noun phrase with a relative
// clause, "(the number that identifies your device on the internet)".
var definitionRE = mustPattern(`(?i)\s*\((i\.\s?e\.?|that is|(the|a|an)\s[^()]*\b(that|which|who)\b)[^()]*\)`)

// defines reports two sentences that differ by a definition in brackets
// that commits to nothing: no name, number, force word or first person
// ("we"), and no term of
// a category the sentence is not already about but for kinds of data (a
// definition says what a thing is: "your device").
func (c *classifier) defines(old, new string) bool {
	ix := c.ix
	so, sn := definitionRE.ReplaceAllString(old, ""), definitionRE.ReplaceAllString(new, "")
	if so == old && sn == new || !equalWords(ix.fold(so), ix.fold(sn)) {
		return false
	}
	def := definitionRE.FindString(old) + " " + definitionRE.FindString(new)
	for _, w := range rawWords(def) {
		if isName(w) || isNumber(w) || ix.number[strings.ToLower(w)] {
			return false
		}
	}
	fd := ix.fold(def)
	if count, _ := ix.forces(fd); len(count) > 0 {
		return false
	}
	// A definition says what a thing is; one where the company acts
	// ("the number which we combine with your location") commits.
	if slices.ContainsFunc(fd, func(w string) bool { return person[w] == 1 }) {
		return false
	}
	about := map[int32]bool{int32(c.rb.categoryIndex("data")): true}
	for _, h := range ix.strongHits(ix.fold(so)) {
		about[h.k] = true
	}
	for _, h := range ix.strongHits(fd) {
		if !about[h.k] {
			return false
		}
	}
	return true
}

// labelRE is a term's definition in brackets that is only its label, or
// labels: "(“Advertisers”)", "(the “Publishers” or “Partners”)",
// "(collectively, “cookies”)", "(hereinafter “Bolt”)".
var labelRE = mustPattern(`\s*\((?:the\s+|collectively,?\s+|together,?\s+|jointly,?\s+|(?:hereafter|hereinafter)(?:\s+(?:collectively|referred to as))?,?:?\s+)*[“"‘][^”"’()]{1,40}[”"’](?:\s*(?:,|or|and)\s*(?:the\s+)?[“"‘][^”"’()]{1,40}[”"’])*\)`)

// emphasisMarks are the marks of bold and code a label may be written
// in ("(“**EIDV**”)"): a reason quotes the label as read.
var emphasisMarks = strings.NewReplacer("**", "", "__", "", "`", "")

// termLabelsOut returns old and new without the labels in brackets that
// follow a term, a word and a space before the bracket ("platform
// (“Customers”)"), and the labels so taken out, where the two sides'
// labels differ (old and new as they are when not). A bracket right after a
// word is a call in a template's code (`_("Cookies")`), no label.
func termLabelsOut(old, new string) (o, n, labels string) {
	var out []string
	cut := func(s string) string {
		out = out[:0:0]
		ms := labelRE.FindAllStringIndex(s, -1)
		if ms == nil {
			return s
		}
		var b strings.Builder
		at := 0
		for _, m := range ms {
			if m[0] == 0 || !unicode.IsSpace(rune(s[m[0]])) || !isWordByte(s[m[0]-1]) {
				continue
			}
			b.WriteString(s[at:m[0]])
			out = append(out, strings.TrimSpace(s[m[0]:m[1]]))
			at = m[1]
		}
		b.WriteString(s[at:])
		return b.String()
	}
	o = cut(old)
	lo := out
	n = cut(new)
	if slices.Equal(lo, out) {
		return old, new, "" // the same labels on both sides: none given or taken away
	}
	return o, n, strings.Join(append(lo, out...), " ")
}

// relabelled reports two sentences that differ only in the labels their
// terms are defined by: a label names what the sentence describes, and
// says nothing of what is done with it.
func (c *classifier) relabelled(old, new string) bool {
	if !containsJoined(old, new, "(") {
		return false
	}
	so, sn := labelRE.ReplaceAllString(old, ""), labelRE.ReplaceAllString(new, "")
	return (so != old || sn != new) && equalWords(c.ix.fold(so), c.ix.fold(sn))
}

// example reports two sentences that differ by a clarifying example that
// names nothing new: no name, number or force.
func example(old, new string, ix *index) bool {
	if !containsJoined(old, new, "(") {
		return false
	}
	so, sn := exampleRE.ReplaceAllString(old, ""), exampleRE.ReplaceAllString(new, "")
	if so == old && sn == new || !equalWords(ix.fold(so), ix.fold(sn)) {
		return false
	}
	_, ex := diffWords(ix.fold(old), ix.fold(new))
	r, _ := diffWords(ix.fold(new), ix.fold(old))
	for _, w := range append(ex, r...) {
		if (isNumber(w) || ix.number[w]) && !webFormatRE.MatchString(strings.ToUpper(w)) {
			return false
		}
	}
	for _, w := range rawWords(exampleRE.FindString(old) + " " + exampleRE.FindString(new)) {
		if isName(w) && !webFormatRE.MatchString(w) {
			return false
		}
	}
	gone, _ := diffWords(ix.fold(old), ix.fold(new))
	if len(ix.contentWords(gone)) > 0 && len(ix.contentWords(ex)) > 0 {
		// One example traded for another names something new when a
		// word of it is a thing WordNet knows no ordinary sense of:
		// "(e.g. the accelerometer)" → "(like the microphone)".
		wn := wordNet()
		for _, w := range append(ix.contentWords(gone), ex...) {
			if !ix.grammar[w] && !ix.soft[w] && !wn.ordinary(w) && !pronouns[w] && w != "example" {
				return false
			}
		}
	}
	return true
}

// sharesMore reports words added that give data to someone ("by sharing
// it with our insurers") or send it abroad ("by our support engineers
// overseas", b221-36), where the words removed did not: an example that
// does so is a disclosure or a transfer of its own, not an
// illustration.
func (c *classifier) sharesMore(removed, added []string) bool {
	a, r := c.ix.strongHits(added), c.ix.strongHits(removed) // each side's terms found once
	holds := func(hits []termHit, k int) bool {
		return slices.ContainsFunc(hits, func(h termHit) bool { return int(h.k) == k })
	}
	for _, id := range [...]string{"recipients", "transfers"} {
		if k := c.rb.categoryIndex(id); k >= 0 && holds(a, k) && !holds(r, k) {
			return true
		}
	}
	return false
}

// touches reports a term with a word among the changed words: one of
// its own, not a pronoun or function word of a phrase.
func (c *classifier) touches(changed *wordSet, term []string) bool {
	for _, w := range term {
		// The pronouns and function words of a term ("notify you", "write
		// to us") say nothing of it: "we will tell you why" for "we will
		// explain why" drops "you", not the notice.
		if len(term) > 1 && (pronouns[w] || c.ix.grammar[w]) {
			continue
		}
		if changed.has([]string{w}) {
			return true
		}
	}
	return false
}

// pairable leaves out of ws the words pair leaves to their own
// comparisons: force words, soft words and numbers.
func (c *classifier) pairable(ws []string) []string {
	var out []string
	for _, w := range ws {
		// A plural is its singular: "requests" is left out with the
		// "request" of "upon request".
		if p, ok := strings.CutSuffix(w, "s"); !c.ix.forceWord[w] && !(ok && c.ix.forceWord[p]) && !c.ix.soft[w] && !isNumber(w) {
			out = append(out, w)
		}
	}
	return out
}

// pair drops the removed and added words that say the same: the same
// stem, or a shared meaning in WordNet ("verify", "confirm"). Force words
// and numbers are left to their own comparisons; a word of a category's
// vocabulary pairs only with a word of the same category ("keep",
// "retain"), never with an ordinary word ("sell", "trade").
func (c *classifier) pair(removed, added []string) (unpairedRemoved, unpairedAdded []string) {
	wn := wordNet()
	removed, added = c.pairable(removed), c.pairable(added)
	// Each removed word takes the first added word not yet taken that
	// says the same. Whether two words pair depends only on the words, so
	// the added words are grouped, each group a queue of its positions, and
	// found by stem and by WordNet meaning: a rewritten 1 MB paragraph costs
	// its number of words, not their square.
	type group struct {
		word string
		at   []int // positions in added not yet taken, ascending
	}
	// A key is what groups are found by: a stem or the first three
	// letters; in family, a lemma or a family word.
	type key struct {
		kind byte // 's' for a stem, 'p' for the first three letters, 'L' for a lemma, 'F' for a family word
		word string
	}
	byWord := map[string]*group{}
	byKey := map[key][]*group{}
	// The groups by meaning are one list sorted by meaning, not a map of
	// lists: a word has many meanings, and each was a list of its own.
	// Which group a word takes does not depend on their order (the first
	// position not yet taken, and no two groups share one).
	type meant struct {
		meaning int32
		g       *group
	}
	var byMeaning []meant
	for i, a := range added {
		g := byWord[a]
		if g == nil {
			g = &group{word: a}
			byWord[a] = g
			byKey[key{kind: 's', word: stem(a)}] = append(byKey[key{kind: 's', word: stem(a)}], g)
			if len(a) >= 3 {
				byKey[key{kind: 'p', word: a[:3]}] = append(byKey[key{kind: 'p', word: a[:3]}], g)
			}
			for _, e := range wn.entries(a) {
				for _, m := range e.meanings {
					byMeaning = append(byMeaning, meant{m, g})
				}
			}
		}
		g.at = append(g.at, i)
	}
	slices.SortFunc(byMeaning, func(x, y meant) int { return cmp.Compare(x.meaning, y.meaning) })
	taken := make([]bool, len(added))
	var family map[key][]*group // by lemma ('L') and by family ('F'), built on first need
	// A word of the same stem is taken first, before any word that only
	// shares a meaning: "in accordance with customer instructions" →
	// "as the customer instructs" pairs "instructions" with "instructs",
	// not "described" (what "in accordance with" folds to) with it.
	byStem := make([]bool, len(removed))
	for i, r := range removed {
		var best *group
		for _, g := range byKey[key{kind: 's', word: stem(r)}] {
			if len(g.at) > 0 && (best == nil || g.at[0] < best.at[0]) && c.sameCategories(r, g.word) {
				best = g
			}
		}
		if best != nil {
			byStem[i] = true
			taken[best.at[0]] = true
			best.at = best.at[1:]
		}
	}
	for i, r := range removed {
		if byStem[i] {
			continue
		}
		var best *group
		try := func(g *group) {
			if len(g.at) > 0 && (best == nil || g.at[0] < best.at[0]) && c.sameCategories(r, g.word) {
				best = g
			}
		}
		tryAll := func(gs []*group) {
			for _, g := range gs {
				try(g)
			}
		}
		tryAll(byKey[key{kind: 's', word: stem(r)}])
		if best == nil && len(r) >= 3 {
			// A clipping is the word it clips: "app" and "application",
			// where the shorter is no English word of its own.
			for _, g := range byKey[key{kind: 'p', word: r[:3]}] {
				short, long := r, g.word
				if len(short) > len(long) {
					short, long = long, short
				}
				if len(g.at) > 0 && short != long && strings.HasPrefix(long, short) && !c.english(short) && (best == nil || g.at[0] < best.at[0]) {
					best = g
				}
			}
		}
		for _, e := range wn.entries(r) {
			for _, m := range e.meanings {
				i, _ := slices.BinarySearchFunc(byMeaning, m, func(x meant, m int32) int { return cmp.Compare(x.meaning, m) })
				for ; i < len(byMeaning) && byMeaning[i].meaning == m; i++ {
					try(byMeaning[i].g)
				}
			}
		}
		if best == nil && len(r) >= 7 {
			// Words of one family, a verb and its noun: "certified" and
			// "certification", "notified" and "notification".
			for _, g := range byKey[key{kind: 'p', word: r[:3]}] {
				if len(g.at) > 0 && derived(r, g.word) && (best == nil || g.at[0] < best.at[0]) && c.sameCategories(r, g.word) {
					best = g
				}
			}
		}
		if best == nil {
			// A word of the other's family in another part of speech, by
			// WordNet's links from word to word: "which issues the card"
			// → "the issuer of the card" (b35-24), "legal changes" →
			// "changes in the law" (b29-44). Indexed on first need: most
			// words pair before.
			if family == nil {
				family = map[key][]*group{}
				for _, g := range byWord {
					for _, e := range wn.entries(g.word) {
						family[key{kind: 'L', word: e.lemma}] = append(family[key{kind: 'L', word: e.lemma}], g)
						for _, f := range e.family {
							family[key{kind: 'F', word: f}] = append(family[key{kind: 'F', word: f}], g)
						}
					}
				}
			}
			for _, e := range wn.entries(r) {
				tryAll(family[key{kind: 'F', word: e.lemma}])
				for _, f := range e.family {
					tryAll(family[key{kind: 'L', word: f}])
				}
			}
		}
		if best == nil {
			unpairedRemoved = append(unpairedRemoved, r)
			continue
		}
		taken[best.at[0]] = true
		best.at = best.at[1:]
	}
	for i, a := range added {
		if !taken[i] {
			unpairedAdded = append(unpairedAdded, a)
		}
	}
	return unpairedRemoved, unpairedAdded
}

// derived reports two words of one family: a common start of seven
// letters or more that is most of the shorter word. The "s" and "z" of
// the suffixes "-ise"/"-ize" and "-yse"/"-yze" are one letter, spelt the
// British or the American way: "authorization" is of the family of
// "authorised" (b43-41), as "authorisation" is.
func derived(a, b string) bool {
	n := 0
	for n < len(a) && n < len(b) && (a[n] == b[n] || n > 0 && (a[n-1] == 'i' || a[n-1] == 'y') && (a[n] == 's' && b[n] == 'z' || a[n] == 'z' && b[n] == 's')) {
		n++
	}
	return n >= 7 && 4*n >= 3*min(len(a), len(b))
}

// sameCategories reports two words that may pair: terms of the same
// categories, or a term and an ordinary word, but for the words of data
// and recipients, whose every word counts: what is collected, who receives
// it. Their verbs are acts, and an act said by an ordinary verb WordNet
// gives a sense of ("we collect" → "we gather") is the same act, unless
// the law defines it ("sell" never pairs with "trade", "disclose" never
// with "reveal": [defined] in rules.toml).
func (c *classifier) sameCategories(a, b string) bool {
	if technicalMeasure(a) != technicalMeasure(b) {
		// "in encrypted form" → "in encoded form": WordNet files
		// encrypting under encoding, but only one needs a key.
		return false
	}
	ta, tb := c.wordTopics(a), c.wordTopics(b)
	if ta == tb {
		return true
	}
	if ta != "" && tb != "" {
		return false
	}
	guarded := func(t string) bool { return strings.Contains(t, "data") || strings.Contains(t, "recipients") }
	if !guarded(ta) && !guarded(tb) {
		return true
	}
	return c.sameAct(a, b)
}

// sameAct reports two verbs, neither an act the law defines, that WordNet
// says share a sense: the commonest part of speech of each is the verb.
func (c *classifier) sameAct(a, b string) bool {
	wn := wordNet()
	verb := func(w string) bool {
		e := wn.entries(w)
		return len(e) > 0 && e[0].pos[0] == 'v' && !c.ix.defined[stem(w)]
	}
	return verb(a) && verb(b) && wn.close(a, b)
}

// unexplained returns the unpaired changed words that neither the
// commitment vocabulary nor WordNet explains: words WordNet does not know
// as ordinary English naming nothing (a name, a party, a kind of data).
func (c *classifier) unexplained(removed, added []string, swapped bool) []string {
	wn := wordNet()
	var left []string
	for _, w := range append(removed, added...) {
		if !c.ix.termWord[w] && !wn.ordinary(w) && (swapped || !pronouns[w]) && !c.renamedWords[w] && !draftMarkers[w] && !c.acronymOf(strings.ToUpper(w)) &&
			!categoryNames[strings.TrimSuffix(w, "s")] { // "for advertising purposes" is "for advertising"
			left = append(left, w)
		}
	}
	return left
}

// numberLabel returns a test for a word that only says what a number is,
// put between a name and its number on one side: "TLS version 1.2" beside
// "TLS 1.2". The number and the word before it are the same on both sides.
func numberLabel(old, new []string) func(string) bool {
	labels := map[string]bool{}
	look := func(ws, other []string) {
		for i := 1; i+1 < len(ws); i++ {
			if !isNumber(ws[i+1]) || isNumber(ws[i]) {
				continue
			}
			for j := 0; j+1 < len(other); j++ {
				if other[j] == ws[i-1] && other[j+1] == ws[i+1] {
					labels[ws[i]] = true
				}
			}
		}
	}
	look(old, new)
	look(new, old)
	return func(w string) bool { return labels[w] }
}

// politeRE is a request to the reader that opens a sentence: "Please note
// that", "Please be aware that". What follows it is the commitment.
var politeRE = mustPattern(`(?i)^please\s+(\w+\s+){1,3}that\s+`)

// mannerHead returns a test for the noun of a phrase of manner whose
// adjective the other side says as an adverb: "in a transparent manner"
// is "transparently", "in a timely way" is "timely". The noun must be
// one WordNet files under attributes ("manner", "way", "fashion").
func mannerHead(old, new []string) func(string) bool {
	heads := map[string]bool{}
	look := func(ws, other []string) {
		for i := 1; i < len(ws); i++ {
			adj := ws[i-1]
			if !slices.Contains(other, adj+"ly") && !slices.Contains(other, strings.TrimSuffix(adj, "e")+"ly") && !(strings.HasSuffix(adj, "ly") && slices.Contains(other, adj)) {
				continue
			}
			if e := wordNet().entries(ws[i]); len(e) > 0 && e[0].pos[0] == 'n' && e[0].lexfile == 7 {
				heads[ws[i]] = true
			}
		}
	}
	look(old, new)
	look(new, old)
	return func(w string) bool { return heads[w] }
}

// supportVerb returns a test for the words of a verb of two words that
// WordNet lists as one ("take place", "carry out"), on the side that
// says as a noun an act the other side says as a verb: "We will
// anonymise your answers" is "Anonymisation of your answers will take
// place". The noun names the act; the verb only says that it happens.
// Another act, or the act at another time, is still compared: the noun
// must be of the verb's own stem ("Publication … will take place" is not
// "we will anonymise").
func supportVerb(removed, added, old, new []string) func(string) bool {
	nominal := func(w string) bool { return actNoun(w) || strings.HasSuffix(w, "ing") }
	// nounSide reports a word of nouns that is the noun of a verb of
	// verbs. The verbs are indexed by stem and by derived's common start:
	// a rewritten long paragraph costs its words, not their product.
	nounSide := func(verbs, nouns []string) bool {
		if !slices.ContainsFunc(nouns, nominal) {
			return false
		}
		byStem, byStart := map[string]bool{}, map[string][]string{}
		for _, v := range verbs {
			if !nominal(v) {
				byStem[stem(v)] = true
				if len(v) >= 7 && !slices.Contains(byStart[v[:7]], v) {
					byStart[v[:7]] = append(byStart[v[:7]], v)
				}
			}
		}
		for _, n := range nouns {
			if !nominal(n) {
				continue
			}
			if byStem[stem(n)] {
				return true
			}
			if len(n) >= 7 && slices.ContainsFunc(byStart[n[:7]], func(v string) bool { return derived(v, n) }) {
				return true
			}
		}
		return false
	}
	var ws []string
	switch {
	case nounSide(removed, added):
		ws = new
	case nounSide(added, removed):
		ws = old
	default:
		return func(string) bool { return false }
	}
	words := map[string]bool{}
	for i := range twoWordVerbs(ws) {
		words[ws[i]], words[ws[i+1]] = true, true
	}
	return func(w string) bool { return words[w] }
}

// twoWordVerbs returns, by the position of their first word, the verbs of
// two words WordNet lists as one that ws writes, as lemmas: "takes place"
// at 3 is "take_place", "signed up" is "sign_up".
func twoWordVerbs(ws []string) map[int]string {
	wn := wordNet()
	var out map[int]string
	for i := 0; i+1 < len(ws); i++ {
		// The verb as the sentence writes it: "takes place", "taken place".
		forms := []string{ws[i], participles[ws[i]], wn.forms[ws[i]]}
		for _, suf := range []string{"s", "es", "ed", "ing"} {
			if b, ok := strings.CutSuffix(ws[i], suf); ok && len(b) >= 2 {
				forms = append(forms, b, b+"e")
			}
		}
		for _, f := range forms {
			if f == "" {
				continue
			}
			if e, ok := wn.lookup(f + "_" + ws[i+1]); ok && e.pos[0] == 'v' {
				if out == nil {
					out = map[int]string{}
				}
				out[i] = f + "_" + ws[i+1]
				break
			}
		}
	}
	return out
}

// multiwordSynonyms returns a test for a word one side trades for a verb
// of two words WordNet lists as one and gives a meaning of it, and for
// the two words: "may only look at your files" is "may only view your
// files", "when you sign up" is "when you register". The word must be
// one pair left alone (removed or added, not the same on both sides); the
// words of the data and the parties are compared apart.
func multiwordSynonyms(removed, added, old, new []string) func(string) bool {
	words := map[string]bool{}
	wn := wordNet()
	look := func(ws, other []string) {
		if len(other) == 0 {
			return
		}
		// The phrases by the meanings of their senses, as close compares
		// them: each word of other is then looked up once.
		at := map[int32][]int{}
		for i, lemma := range twoWordVerbs(ws) {
			for _, e := range wn.entries(lemma) {
				for _, m := range e.meanings {
					at[m] = append(at[m], i)
				}
			}
		}
		if len(at) == 0 {
			return
		}
		for _, w := range other {
			for _, e := range wn.entries(w) {
				for _, m := range e.meanings {
					for _, i := range at[m] {
						words[w], words[ws[i]], words[ws[i+1]] = true, true, true
					}
				}
			}
		}
	}
	look(new, removed)
	look(old, added)
	return func(w string) bool { return words[w] }
}

// consequencePhrase returns a test for the noun of "as a result", "as a
// consequence": a phrase that says one thing follows from another, as
// "then" or "so" does, and names nothing. The noun must be one WordNet
// files first under phenomena, what follows from a cause.
func consequencePhrase(old, new []string) func(string) bool {
	nouns := map[string]bool{}
	for _, ws := range [][]string{old, new} {
		for i := 2; i < len(ws); i++ {
			if ws[i-2] != "as" || ws[i-1] != "a" && ws[i-1] != "an" {
				continue
			}
			// The noun ends the phrase: "as a cloud service" names a
			// service.
			if i+1 < len(ws) {
				if e := wordNet().entries(ws[i+1]); len(e) > 0 && e[0].pos[0] == 'n' {
					continue
				}
			}
			if e := wordNet().entries(ws[i]); len(e) > 0 && e[0].pos[0] == 'n' && e[0].lexfile == 19 {
				nouns[ws[i]] = true
			}
		}
	}
	return func(w string) bool { return nouns[w] }
}

// spellsOutAcronym returns a test for the words that spell out an
// acronym both sentences state: "the ICO" → "the Information
// Commissioner's Office (ICO)" names the same office.
func (c *classifier) spellsOutAcronym(old, new string) func(string) bool {
	words := map[string]bool{}
	both := func(a string) bool {
		return slices.Contains(rawWords(old), a) && slices.Contains(rawWords(new), a)
	}
	for a, ws := range spelledOut(old + " " + new) {
		if both(a) {
			for _, w := range ws {
				for _, f := range c.ix.fold(w) {
					words[f] = true
				}
			}
		}
	}
	return func(w string) bool { return words[w] }
}

func quoteWords(ws []string) string {
	if len(ws) > 4 {
		ws = append(ws[:4:4], "…")
	}
	return "'" + strings.Join(ws, "', '") + "'"
}

// numbering is a heading's or a numbered item's own number: "## 8.",
// "### 3.1", "2)", "(b)", "IV.", and "1\." as Markdown escapes it; in a
// bold or underlined lead too, which a list's items are often set as
// ("**d. Information on how you use our services**").
var numbering = mustPattern(`^\s*((?:#{1,6}\s+|[-*+]\s+)?(?:\*\*|__)?)(\(?\d+(\.\d+)*\\?[.)]?|\(?[a-zA-Z]\\?[.)]|[IVXLC]+\\?\.)\s+`)

// gluedHeadingNumberRE is a heading's number the capture glued to its
// first word: "### 12Third parties / data transfer to third countries"
// (Wire's, ota-118 008, then "### 12\. Third parties …"). Group 2 is
// the first letter of the title.
var gluedHeadingNumberRE = mustPattern(`^(\s*#{1,6}\s+)\d{1,3}(\p{Lu})`)

// stripNumbering removes the number of a heading or numbered item, so that
// renumbering is not a change of substance. The heading marker stays.
func stripNumbering(s string) string {
	if m := gluedHeadingNumberRE.FindStringSubmatchIndex(s); m != nil {
		return s[m[2]:m[3]] + s[m[4]:]
	}
	m := numbering.FindStringSubmatchIndex(s)
	// Without a heading's or a list's marker (bold alone is none), only a
	// number set off as one ("2.", "(b)") is an item's: "**30 days**" keeps it.
	if m == nil || (strings.Trim(s[m[2]:m[3]], "*_") == "" && !strings.HasPrefix(strings.TrimSpace(s), "(") && !strings.ContainsAny(s[m[4]:m[5]], ".)")) {
		return s
	}
	return s[m[2]:m[3]] + s[m[1]:]
}

// cosmetic explains a change whose words fold to the same.
//
// Words and fields hold no space and are never empty, so two lists joined
// by spaces read the same (in any case) exactly where the lists do, word
// by word: they are compared as lists, not joined.
func (c *classifier) cosmetic(old, new string) Verdict {
	var wo, wn []string // rawWords of old and new, when first asked
	words := func() ([]string, []string) {
		if wo == nil && wn == nil {
			wo, wn = rawWords(old), rawWords(new)
		}
		return wo, wn
	}
	switch {
	case slices.Equal(strings.Fields(old), strings.Fields(new)):
		return minor("cosmetic.whitespace", "Only spacing changed")
	case strings.EqualFold(old, new):
		return minor("cosmetic.case", "Only capitalisation changed")
	case (unmangle(old) != old || unmangle(new) != new) && slices.Equal(rawWords(unmangle(old)), rawWords(unmangle(new))):
		return minor("cosmetic.encoding", "Only how characters are encoded changed (“youâ€™re” for “you’re”), the words read the same")
	case slices.Equal(words()):
		if strings.ContainsAny(old, "*_`#[") || strings.ContainsAny(new, "*_`#[") {
			return minor("cosmetic.markdown", "Only Markdown formatting or punctuation changed")
		}
		return minor("cosmetic.punctuation", "Only punctuation changed")
	case slices.EqualFunc(wo, wn, strings.EqualFold):
		return minor("cosmetic.case", "Only capitalisation and formatting changed")
	}
	q := quoteChange(old, new)
	if strings.HasPrefix(q, "only ") {
		// The words read the same, a link or emphasis changed: "Only a
		// link changed, the words read the same: 'Please see our Cookie
		// Notice'", not a spelling variant.
		return minor("cosmetic.markdown", "O"+q[1:])
	}
	return minor("cosmetic.synonym", "Spelling variant or same-meaning word: "+q)
}

// allSoft reports changed words that only add or remove emphasis or
// politeness ("very", "extremely", "please"): they change no commitment.
func (c *classifier) allSoft(ws []string) bool {
	for _, w := range ws {
		if !c.ix.soft[w] {
			return false
		}
	}
	return len(ws) > 0
}

// typos reports words corrected letter by letter: each removed word has an
// added one within two edits of it, one of the two is no English word
// ("retian") or both are spellings of one meaning ("fulfilment",
// "fulfillment"; not "sell" for "tell"), and no number changed. A word
// of three letters is mistyped only by a letter lost or gained, into no
// English word ("All the data" → "ll the data"), and never a negation
// or a number ("not", "ten"): it is still read as that word.
func (c *classifier) typos(removed, added []string) bool {
	if len(removed) != len(added) || len(removed) == 0 {
		return false
	}
	for i := range removed {
		a, b := removed[i], added[i]
		if isNumber(a) || isNumber(b) || len(a) < 4 && !c.shortTypo(a, b) || levenshtein.Distance(a, b) > 2 || c.english(a) && c.english(b) && !wordNet().close(a, b) && !c.mendedCountry(a, b) && !threatMisspelt(a, b) {
			return false
		}
	}
	return true
}

// shortTypo reports a word of three letters and the same word with a
// letter lost or gained, one of them an English word and the other none,
// neither a negation or a number.
func (c *classifier) shortTypo(a, b string) bool {
	if len(a) != 3 && len(b) != 3 || len(a) < 2 || len(b) < 2 || len(a) == len(b) || levenshtein.Distance(a, b) != 1 {
		return false
	}
	for _, w := range []string{a, b} {
		if c.ix.number[w] || c.ix.negation[w] {
			return false
		}
	}
	return c.english(a) != c.english(b)
}

// content drops grammar words: the content words of each list, in order,
// in one list. It is nil when there are none.
func (c *classifier) content(lists ...[]string) []string {
	n := 0 // the room the words take: all of them, or, for long lists, exactly the content words
	for _, ws := range lists {
		n += len(ws)
	}
	if n > 1024 { // a long list is counted first: room for every word would be twice what is kept
		n = 0
		for _, ws := range lists {
			for _, w := range ws {
				if !c.ix.grammar[w] {
					n++
				}
			}
		}
	}
	var out []string
	for _, ws := range lists {
		for _, w := range ws {
			if !c.ix.grammar[w] {
				if out == nil {
					out = make([]string, 0, n)
				}
				out = append(out, w)
			}
		}
	}
	return out
}

// sameContent reports two folded sentences with the same words but for
// function words and the words of conditions and quantifiers, compared
// by stem, each word of one found in the other.
func (c *classifier) sameContent(a, b []string) bool {
	// An act named by its noun is the act: "upon closure of your
	// account" is "when your account is closed".
	a, b = actNouns(a, b)
	// "Where such transfers occur" is "for such transfers" (conditionphrase.go).
	a, b = withoutOccurrence(a), withoutOccurrence(b)
	measured := measureNamed(a) && measureNamed(b)
	set := func(ws []string) map[string]int {
		m := map[string]int{}
		for _, w := range c.content(ws) {
			if k := c.forceClassOf(w); k == "condition" || k == "time" && c.traded(a, b) || k == "quantifier" || pronouns[w] || w == "make" {
				continue // "if we make changes" is "about changes"
			}
			switch {
			case necessityWords[w]:
				w = "necessary" // "as required to deliver" is "where needed to deliver"
			case w == "based":
				w = "located" // "personnel based in" is "personnel located in"
			case measureVerbs[w] && measured:
				w = "implement" // "implements reasonable safeguards" is "uses reasonable safeguards" (measureverb.go)
			}
			if k := c.contentKey(w); k != "" {
				m[k]++ // "automated" is "automatic", "5" is "five", each counted (contentkey.go)
				continue
			}
			m[stem(w)] = 1
		}
		return m
	}
	return maps.Equal(set(a), set(b))
}

// traded reports a condition word traded for "after", or "after" for a
// condition, and no other word of time: "when your subscription ends, we
// delete" is "we delete after your subscription ends" ("before" is not).
func (c *classifier) traded(old, new []string) bool {
	count := func(ws []string, scale, class string) int {
		n := 0
		counts, _ := c.ix.forces(ws)
		for k, m := range counts {
			if f := c.rb.Force[k]; f.Scale == scale && (class == "" || f.Class == class) {
				n += m
			}
		}
		return n
	}
	dc := count(new, "condition", "") - count(old, "condition", "")
	da := count(new, "time", "after") - count(old, "time", "after")
	dt := count(new, "time", "") - count(old, "time", "")
	return dc != 0 && da == dt && da != 0 && (dc > 0) != (da > 0) && spans(old) == spans(new)
}

// spans counts the conjunctions of a limit that lasts while something
// does ("during", "while"): "accessed during service delivery" is no
// occasion that "after" restates, it ends with the delivery
// (timeconjunction.go).
func spans(ws []string) int {
	n := 0
	for _, w := range ws {
		if timeConjunctionKinds[w] == "during" {
			n++
		}
	}
	return n
}

// forceClassOf returns the scale of a one-word force phrase w, "" for a
// word of none.
func (c *classifier) forceClassOf(w string) string {
	for _, p := range c.ix.forceByFirst[w] {
		if len(p.words) == 1 {
			return c.rb.Force[p.class].Scale
		}
	}
	return ""
}

// isLabelLine reports a line that is only labels, dates and numbers:
// "Last updated: 3 May 2025", "Version 3.1", "© 2026 Omni". A label lets
// the words after it through only to the end of its sentence: each
// sentence of the line is a label line itself, "All rights reserved.", a
// piece of a date cut at an abbreviation's full stop ("Aug." then "1,
// 2023") or a pointer to the earlier versions ("To see prior versions,
// click here"). "Last updated 2024. We share your data with Meta." put in
// was read as a date alone.
func (c *classifier) isLabelLine(s string) bool {
	if n := plainWordCount(s, 15); n == 0 || n > 14 {
		return false
	}
	if ss := sentences(s); len(ss) > 1 {
		for _, sentence := range ss {
			if !c.labelSentence(sentence) && !rightsReservedOnly(c.ix.plain(sentence)) && !c.dateFragment(c.ix.plain(sentence)) && !priorVersionsLine(sentence) {
				return false
			}
		}
		return true
	}
	return c.labelSentence(s)
}

// withoutDateLead returns the two sides of a block edited in place
// without their first sentence, where on each side it is a label line
// ("Effective date: 3 February 2025.", "Last updated 2024.") and more
// sentences follow, and reports whether it did.
func (c *classifier) withoutDateLead(ch redline.Change) (string, string, bool) {
	if ch.Kind != redline.Replace || len(ch.Old) > 2000 || len(ch.New) > 2000 || !digitNear(ch.Old) || !digitNear(ch.New) {
		return "", "", false // a date's line dates with numbers, near the start
	}
	so, sn := sentences(ch.Old), sentences(ch.New)
	if len(so) < 2 || len(sn) < 2 || !c.labelSentence(so[0]) || !c.labelSentence(sn[0]) || c.isLabelLine(ch.Old) && c.isLabelLine(ch.New) {
		return "", "", false // a line of dates alone ("Effective Date: Aug. 1, 2023") is judged whole
	}
	o, _ := strings.CutPrefix(strings.TrimSpace(ch.Old), so[0])
	n, _ := strings.CutPrefix(strings.TrimSpace(ch.New), sn[0])
	return strings.TrimSpace(o), strings.TrimSpace(n), true
}

// apostropheBytes is the bytes the apostrophes of s take.
func apostropheBytes(s string) int {
	return strings.Count(s, "'") + 3*strings.Count(s, "’") + 3*strings.Count(s, "‘") + 2*strings.Count(s, "ʼ")
}

// digitNear reports a digit in the first 80 bytes of s.
func digitNear(s string) bool {
	return strings.ContainsAny(s[:min(len(s), 80)], "0123456789")
}

// apostrophesOnly reports two texts that differ only by apostrophes one
// of them lacks: taken out, not moved ("partner’s" → "partners’" is one
// partner made several).
func apostrophesOnly(old, new string) bool {
	if old == new || !strings.ContainsAny(old+new, "'’‘ʼ") {
		return false
	}
	a, b := old, new
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a) == len(b) || len(a)-len(b) != apostropheBytes(a)-apostropheBytes(b) {
		return false // nothing taken out, or more than apostrophes
	}
	j := 0
	for _, r := range a {
		rb, size := utf8.DecodeRuneInString(b[j:])
		switch {
		case j < len(b) && r == rb:
			j += size
		case r == '\'' || r == '’' || r == '‘' || r == 'ʼ':
		default:
			return false
		}
	}
	return j == len(b)
}

// dateFragment reports words that are only numbers, months, grammar and
// words of dating: the rest of a date after "Aug.", "Established on 1
// May 2018." before "Last updated on 2 June 2023".
func (c *classifier) dateFragment(ws []string) bool {
	return len(ws) > 0 && !slices.ContainsFunc(ws, func(w string) bool { return !isNumber(w) && !months[w] && !c.ix.grammar[w] && !datingWord(w) })
}

// priorVersionsLine reports a short sentence that points to the policy's
// earlier versions: "To see prior versions, click here."
func priorVersionsLine(s string) bool {
	return len(strings.Fields(s)) <= 12 && priorVersionsRE.MatchString(s)
}

var priorVersionsRE = mustPattern(`(?i)\b(?:prior|previous|earlier|former|older|archived)\s+(?:versions?|editions?|polic(?:y|ies)|notices?|statements?)\b`)

// rightsReservedOnly reports the words of "All rights reserved.".
func rightsReservedOnly(ws []string) bool {
	return len(ws) > 0 && !slices.ContainsFunc(ws, func(w string) bool { return w != "all" && w != "rights" && w != "reserved" })
}

// labelSentence is isLabelLine for one sentence.
func (c *classifier) labelSentence(s string) bool {
	if n := plainWordCount(s, 15); n == 0 || n > 14 {
		return false
	}
	ws := c.ix.plain(s)
	if len(ws) == 0 || len(ws) > 14 {
		return false
	}
	hasLabel := strings.Contains(s, "©")
	// A label anywhere in the line lets the words of dating before it
	// through: "Formulated on August 15, 2012 Last revised on March 30,
	// 2022" dates the policy twice.
	labelled := hasLabel
	for i := 0; i < len(ws) && !labelled; i++ {
		labelled = c.ix.label[ws[i]] || i+1 < len(ws) && c.ix.label[ws[i]+" "+ws[i+1]]
	}
	month, year := false, false // a date standing alone dates the policy
	// A period and a word of a category beside the label are a
	// commitment, not a date: "Version of 28 May 2025: data kept for 30
	// days". ("Updated over 2 months ago" has a period alone.)
	period, term := false, false
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		switch {
		case c.ix.label[w] || i+1 < len(ws) && c.ix.label[w+" "+ws[i+1]]:
			hasLabel = true
		case isNumber(w) || months[w]:
			month = month || months[w]
			year = year || len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20"))
		default:
			if !c.ix.grammar[w] && w != "rights" && w != "reserved" && w != "all" && !hasLabel && !(labelled && datingWord(w)) {
				return false
			}
			period = period || c.ix.unit[w]
			term = term || c.ix.termWord[w] && !c.ix.grammar[w]
		}
	}
	if period && term {
		return false
	}
	return hasLabel || month && year
}

// dateRevised reports a change of date alone in a sentence that dates
// the policy: "This notice was last revised on 4 March 2024".
func (c *classifier) dateRevised(removed, added, words, newWords []string) bool {
	if len(removed) == 0 || len(added) == 0 {
		return false
	}
	for _, w := range append(append([]string{}, removed...), added...) {
		if !isNumber(w) && !months[w] && !c.ix.grammar[w] {
			return false
		}
	}
	// A number before a unit counts a period, not a day of the date:
	// "Last updated 2024. We keep data for 30 days." → "… 2025. … 90
	// days." changed the period too.
	if c.beforeUnit(words, removed) || c.beforeUnit(newWords, added) {
		return false
	}
	for i, w := range words {
		if c.ix.label[w] && (w != "date" && w != "version" && w != "effective" || i > 0 && words[i-1] == "last") || i+1 < len(words) && c.ix.label[w+" "+words[i+1]] {
			return true
		}
	}
	return false
}

// beforeUnit reports one of nums standing in words right before a unit
// ("30 days", "12 months").
func (c *classifier) beforeUnit(words, nums []string) bool {
	for i, w := range words[:max(len(words)-1, 0)] {
		if c.ix.unit[words[i+1]] && slices.Contains(nums, w) {
			return true
		}
	}
	return false
}

// announcement reports text that only says the policy was updated, and
// perhaps that privacy matters: "Your Privacy is important. As of today (1
// September 2021), we've updated the language in our Privacy Policy to
// improve readability." Each sentence either announces an update of the
// policy or commits to nothing (no category's word, no force), and no
// sentence names a party or a figure other than a date.
func (c *classifier) announcement(text string) bool {
	if !lowerHasAny(text, "updat", "revis", "chang") {
		return false
	}
	updates := false
	for _, sen := range sentences(text) {
		ws := c.ix.fold(sen)
		if len(c.knownEntities(c.entities(sen))) > 0 {
			return false
		}
		for _, w := range ws {
			if isNumber(w) && !(len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) || len(w) <= 2) {
				return false
			}
		}
		set := c.ix.newWordSet(ws)
		doc := set.has([]string{"policy"}) || set.has([]string{"notice"}) || set.has([]string{"statement"})
		if doc && slices.ContainsFunc([]string{"updated", "revised", "changed", "updating", "revising", "changing"}, func(w string) bool { return set.has([]string{w}) }) {
			updates = true
			continue
		}
		if c.topics(ws) != "" {
			return false
		}
		if _, covered := c.ix.forces(ws); slices.Contains(covered, true) {
			return false
		}
	}
	return updates
}

var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// isNumber reports a word holding a digit: "30", "1.5", "v2", "72h".
// A name that starts with digits and goes on in a word of five letters or
// more ("37signals", "23andMe", "1Password") is not one: its digits count
// nothing. A number run into its unit ("30days", "5percent") is. Nor is
// a name with a digit amid its letters ("w3schools", read as
// "Data-subject rights: w3schools added" from a link's address, ota-72
// 033): letters, a digit, then four letters or more.
func isNumber(w string) bool {
	if midDigitName(w) {
		return false
	}
	if d := strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }); d > 0 && len(w)-d >= 5 {
		rest := strings.ToLower(w[d:])
		if strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 &&
			unitOf[rest].unit == "" && !strings.HasSuffix(rest, "percent") && !strings.HasSuffix(rest, "bytes") {
			if _, ok := numberValue[rest]; !ok {
				if _, ok := scaleValue[rest]; !ok {
					return false
				}
			}
		}
	}
	for _, r := range w {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// midDigitName reports a word that opens with a letter and, after its
// first digits, goes on in four letters or more: "w3schools", not "v2",
// "mp3" or "h264".
func midDigitName(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' && (w[0] < 'A' || w[0] > 'Z') {
		return false
	}
	d := strings.IndexFunc(w, func(r rune) bool { return r >= '0' && r <= '9' })
	if d < 0 {
		return false
	}
	rest := strings.TrimLeft(w[d:], "0123456789")
	return len(rest) >= 4 && strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// sameStems reports a change of inflection only: every removed word has an
// added word with the same stem, and the other way round, but for pronouns
// added or removed on one side.
// partyMoved returns a word of the parties data goes to that a
// preposition of whom or where ("to", "with", "from", "for") leads on one
// side and not on the other, in folded texts, or "": the same party in
// another role. "We never sell partner data" is about data from partners,
// "… data to partners" about selling to them. ("by" is left out: a
// passive's agent is the active's subject.)
func (c *classifier) partyMoved(old, new []string) string {
	if w := movedRole(old, new); w != "" && c.recipientsWords([]string{w}) && !phrasalObject(old, new, w) {
		return w
	}
	return ""
}

// movedRole is a word, as written where a preposition of partyMoved leads
// it, that the other side writes in another role, or "".
func movedRole(old, new []string) string {
	led := func(ws []string, i int) bool {
		if i == 0 {
			return false
		}
		switch ws[i-1] {
		case "to", "with", "from", "for":
			return true
		}
		return false
	}
	if len(old)+len(new) > 128 {
		return movedRoleIndexed(old, new, led)
	}
	// in reports a stem written in ws (anywhere, or where a preposition
	// leads it), each word's stem taken as it is asked: a sentence has
	// few words a preposition leads, and no map is made for it.
	in := func(ws []string, s string, ledOnly bool) bool {
		for i, w := range ws {
			if (!ledOnly || led(ws, i)) && stem(w) == s {
				return true
			}
		}
		return false
	}
	for i, w := range new {
		if led(new, i) {
			if s := stem(w); !in(old, s, true) && in(old, s, false) {
				return w
			}
		}
	}
	for i, w := range old {
		if led(old, i) {
			if s := stem(w); !in(new, s, true) && in(new, s, false) {
				return w
			}
		}
	}
	return ""
}

func sameStems(removed, added []string) bool {
	if len(removed) == 0 && len(added) == 0 {
		return false
	}
	stems := map[string]int{}
	for _, w := range removed {
		if isNumber(w) {
			return false
		}
		stems[stem(w)]++
	}
	var extraAdded []string
	for _, w := range added {
		if isNumber(w) {
			return false
		}
		if stems[stem(w)] == 0 {
			extraAdded = append(extraAdded, w)
			continue
		}
		stems[stem(w)]--
	}
	var extraRemoved []string
	for w, n := range stems {
		for ; n > 0; n-- {
			extraRemoved = append(extraRemoved, w)
		}
	}
	// What is left over may only be pronouns, and on one side only: "the
	// policies of our clients" reads as "client policies", but "we may
	// delete" does not read as "you may delete".
	switch {
	case len(extraAdded) == 0 && len(extraRemoved) == 0:
		return true
	case len(extraAdded) > 0 && len(extraRemoved) > 0:
		return false
	}
	for _, w := range append(extraAdded, extraRemoved...) {
		if !pronouns[w] {
			return false
		}
	}
	return true
}

// person is who a pronoun of pronouns names: the controller or the user.
var person = map[string]int{"we": 1, "us": 1, "our": 1, "you": 2, "your": 2, "it": 3, "they": 3, "them": 3, "their": 3, "anyone": 4, "anybody": 4}

// pronouns may come and go in a rewording: "ask us to delete" for
// "request deletion", "after which they are deleted" for "and then
// deleted" (they: what the sentence already named; anyone: whoever the
// sentence is about, a person of its own: "with anyone" is not "with
// them").
var pronouns = map[string]bool{"we": true, "us": true, "our": true, "you": true, "your": true, "it": true, "they": true, "them": true, "their": true, "anyone": true, "anybody": true}

// A changedPair is a change's two texts and their changed sentences.
type changedPair struct {
	old, new string
	so, sn   string
	ok       bool
}

// changedSentences is the package's changedSentences, remembering the
// last answer: a dozen rules ask it of the same change, one after another.
func (c *classifier) changedSentences(old, new string) (string, string) {
	if p := &c.lastChanged; !p.ok || p.old != old || p.new != new {
		so, sn := changedSentences(old, new)
		*p = changedPair{old: old, new: new, so: so, sn: sn, ok: true}
	}
	return c.lastChanged.so, c.lastChanged.sn
}

// changedSentences returns the sentences of old that new lacks and of new
// that old lacks: the context a change is judged in, rather than a whole
// paragraph whose other sentences did not change.
func changedSentences(old, new string) (string, string) {
	so, sn := sentences(old), sentences(new)
	inNew := map[string]bool{}
	for _, s := range sn {
		inNew[s] = true
	}
	inOld := map[string]bool{}
	for _, s := range so {
		inOld[s] = true
	}
	var a, b []string
	for _, s := range so {
		if !inNew[s] {
			a = append(a, s)
		}
	}
	for _, s := range sn {
		if !inOld[s] {
			b = append(b, s)
		}
	}
	return joinSentences(a), joinSentences(b)
}

// rowsRestated reports a change of table rows each of which the other
// version states cell for cell: rows moved or sorted, a table given its
// pipes or padding ("Zendesk | Support" → "| Zendesk   | Support |"), or a
// column added that repeats the one before it ("| United States |" →
// "| United States | United States |"). A cell changed, added or taken
// away is no row restated: a new party, a new country stays material.
func (c *classifier) rowsRestated(ch redline.Change) bool {
	n := 0
	for _, side := range []struct {
		text string
		old  bool // the side asked: the other one
	}{{ch.Old, false}, {ch.New, true}} {
		for line := range strings.SplitSeq(side.text, "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			if !strings.Contains(line, "|") {
				return false
			}
			key := rowKey(line)
			if key == "" {
				continue // the line under a table's header
			}
			if !c.inDoc(side.old, key) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// rowKey is a table row as its cells, in lower case, joined by " | ",
// a cell that repeats the one before it once: "" for a line of dashes.
func rowKey(line string) string {
	var cells []string
	for _, cell := range strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|") {
		cell = strings.ToLower(strings.Join(strings.Fields(cell), " "))
		if len(cells) > 0 && cells[len(cells)-1] == cell {
			continue
		}
		cells = append(cells, cell)
	}
	key := strings.Join(cells, " | ")
	if strings.Trim(key, "-:| ") == "" {
		return ""
	}
	return key
}

// ownOnly reports words added and removed that are only names the
// author gives its own products and teams, with function words: "GitHub
// Support or GitHub Premium Support" → "GitHub Support" names one
// channel of the author less, no recipient.
// titledOnly reports names added and removed that text writes only in
// the labels of its links: the titles of the pages it points to.
func titledOnly(text string, sig *signals) bool {
	if !strings.Contains(text, "](") {
		return false
	}
	var labels strings.Builder
	for _, m := range mdLinkRE.FindAllStringSubmatch(text, -1) {
		labels.WriteString(m[1] + "\n")
	}
	rest := mdLinkRE.ReplaceAllString(text, " ")
	for _, e := range append(slices.Clip(sig.entitiesAdded), sig.entitiesRemoved...) {
		if !strings.Contains(labels.String(), e) || strings.Contains(rest, e) {
			return false
		}
	}
	return len(sig.entitiesAdded)+len(sig.entitiesRemoved) > 0
}

// ownNamesOnly reports names added and removed that are all the author's
// own (ownName): its brand, its products.
func (c *classifier) ownNamesOnly(sig *signals) bool {
	for _, e := range sig.entitiesAdded {
		if !c.ownName(false, e) {
			return false
		}
	}
	for _, e := range sig.entitiesRemoved {
		if !c.ownName(true, e) {
			return false
		}
	}
	return len(sig.entitiesAdded)+len(sig.entitiesRemoved) > 0
}

func (c *classifier) ownOnly(removed, added []string, ctxOld, ctxNew string) bool {
	eo, en := c.entities(ctxOld), c.entities(ctxNew)
	words := map[string]bool{}
	n := 0
	for _, side := range []struct {
		old bool
		es  []string
	}{{true, minusNames(eo, en)}, {false, minusNames(en, eo)}} {
		for _, e := range side.es {
			if !c.ownName(side.old, e) {
				return false
			}
			n++
			for _, w := range c.ix.fold(e) {
				words[w] = true
			}
		}
	}
	if n == 0 {
		return false
	}
	for _, w := range c.content(removed, added) {
		if !words[w] && w != "and" && w != "or" {
			return false
		}
	}
	return true
}

// clauseBreakRE ends a clause: a sentence's end, a semicolon, or a comma,
// with the word that joins two clauses after it ("; but" joins as ", but"
// does, clauseJoiner).
var clauseBreakRE = mustPattern(`[.!?;:]` + clauseJoiner + `|[.!?;:](\s|$)|,` + clauseJoiner)

// movedAcrossClauses returns the words of commitment (force words and the
// terms of a category) that stand in another clause in new than in old,
// when both have the same words: what a condition, a limit or a purpose
// qualifies changed. Clauses merely reordered move nothing.
func (c *classifier) movedAcrossClauses(old, new string) []string {
	clauses := func(s string) [][]string {
		var out [][]string
		for _, part := range clauseBreakRE.Split(unserialComma(s), -1) {
			if ws := c.content(c.ix.fold(part)); len(ws) > 0 {
				slices.Sort(ws)
				out = append(out, ws)
			}
		}
		return out
	}
	co, cn := clauses(old), clauses(new)
	if len(co) < 2 || len(co) != len(cn) {
		return nil
	}
	used := make([]bool, len(cn))
	var moved []string
	for _, a := range co {
		// the clause of new sharing most words with a
		best, most := -1, -1
		for j, b := range cn {
			if r, _ := diffWords(a, b); !used[j] && len(a)-len(r) > most {
				best, most = j, len(a)-len(r)
			}
		}
		used[best] = true
		r, ad := diffWords(a, cn[best])
		for _, w := range append(r, ad...) {
			if (c.ix.forceWord[w] || c.ix.termWord[w]) && !pronouns[w] && !slices.Contains(moved, w) {
				moved = append(moved, w)
			}
		}
	}
	return moved
}

// relativeClauseChanged finds a clause that says which ones a noun names,
// dropped from old or added in new, the noun itself kept: "the seller you
// bought it from" → "sellers". It returns the noun and its clause as old
// (or new) wrote them, and whether the clause was dropped. A clause that
// only says the author uses or chose them ("the providers we use") says
// no more than the noun does.
func (c *classifier) relativeClauseChanged(old, new string) (string, bool) {
	type tok struct {
		w    string
		end  bool // punctuation ends the token
		open bool // a bracket opens before it: "days (you can set this …)" is no clause of "days"
	}
	toks := func(s string) []tok {
		var out []tok
		for _, f := range strings.Fields(strings.ToLower(stripMarkdown(s))) {
			w := strings.Trim(f, ".,;:!?()[]\"'“”‘’")
			if w != "" {
				out = append(out, tok{w, strings.TrimRight(f, ".,;:!?)]\"'“”‘’") != f, strings.HasPrefix(f, "(") || strings.HasPrefix(f, "[")})
			}
		}
		return out
	}
	find := func(a, b []tok) string {
		has := map[string]bool{}
		for _, t := range b {
			has[inflectionStem(t.w)] = true
			if u := undoubled(t.w); u != "" {
				has[u] = true // "submitted" is a form of "submit"
			}
		}
		for i := 1; i+1 < len(a); i++ {
			subj := a[i].w
			if !clauseSubject(subj) || a[i-1].end || a[i].open {
				continue
			}
			noun := a[i-1].w
			if c.ix.grammar[noun] || pronouns[noun] || c.ix.forceWord[noun] || !has[inflectionStem(noun)] || !lexPOS(noun, 'n') {
				continue
			}
			v := i + 1
			if (subj == "that" || subj == "who" || subj == "which") && v+1 < len(a) && (a[v].w == "you" || a[v].w == "we" || a[v].w == "they") {
				if a[v].w == "we" {
					continue // "the emails that we send" are our emails
				}
				v++
			}
			kept := false       // the noun still has a clause: reworded, not dropped
			var before []string // the noun's phrase before it, nearest first (clausehead.go)
			for k := i - 2; k >= max(0, i-1-phraseReach) && !a[k].end; k-- {
				before = append(before, a[k].w)
			}
			for j := 0; j+1 < len(b); j++ {
				kept = kept || inflectionStem(b[j].w) == inflectionStem(noun) && b[j+1].w == subj || b[j+1].w == subj && c.phraseHeadBefore(before, b[j].w)
				if !kept && b[j+1].w == subj {
					// Or the other side says the clause of a phrase this
					// noun heads.
					var other []string
					for k := j - 1; k >= max(0, j-phraseReach) && !b[k].end; k-- {
						other = append(other, b[k].w)
					}
					kept = c.phraseHeadBefore(other, noun)
				}
			}
			if kept || c.participleAfter(func(j int) bool { return inflectionStem(b[j].w) == inflectionStem(noun) && !b[j].end }, func(j int) string { return b[j].w }, len(b)) {
				// The other side says which ones with a participle after
				// the same noun: "processing based on" → "processing
				// that relies on" (reducedrelative.go).
				continue
			}
			aux := false
			for v+1 < len(a) && clauseAuxiliaries[a[v].w] && !a[v].end {
				v, aux = v+1, true // "the data they have provided": the verb after "have"
			}
			verb := a[v].w
			if v+1 < len(a) && occurrenceAt([]string{verb, a[v+1].w}, 0) > 0 {
				continue // "the processing which took place before": the noun happened, no one of them picked out (lightverb.go)
			}
			if slices.ContainsFunc(b, func(t tok) bool { return adjectiveOf(t.w, verb) }) {
				continue // "clauses applicable in" → "clauses that apply in" (reducedrelative.go)
			}
			if has[inflectionStem(verb)] || c.ix.grammar[verb] || c.ix.forceWord[verb] && !aux || !lexPOS(verb, 'v') || a[v-1].end ||
				authorChoice[verb] {
				continue
			}
			end := v + 1
			for end < len(a) && end-i < 6 && !a[end-1].end && !clauseJoins[a[end].w] {
				end++
			}
			var ws []string
			for _, t := range a[i-1 : end] {
				ws = append(ws, t.w)
			}
			return strings.Join(ws, " ")
		}
		return ""
	}
	to, tn := toks(old), toks(new)
	if p := find(to, tn); p != "" {
		return p, true
	}
	return find(tn, to), false
}

// clauseAuxiliaries stand between a relative clause's subject and its
// verb: "the data they have provided", "the emails you have chosen to".
var clauseAuxiliaries = map[string]bool{"have": true, "has": true, "had": true, "did": true, "do": true, "does": true}

// clauseSubject reports a word that starts a clause saying which ones a
// noun names: dropped or added with the clause, it is among the words
// changed.
func clauseSubject(w string) bool {
	return w == "you" || w == "they" || w == "that" || w == "who" || w == "which"
}

// clauseJoins are words that start another clause.
var clauseJoins = map[string]bool{"so": true, "and": true, "or": true, "but": true, "because": true, "if": true, "when": true, "unless": true, "while": true, "where": true}

// authorChoice are verbs by which a clause says only that the author uses
// or chose the parties its noun names: "the providers we use".
var authorChoice = map[string]bool{"use": true, "engage": true, "work": true, "partner": true, "rely": true, "choose": true, "chose": true, "select": true, "appoint": true, "hire": true, "retain": true, "have": true}

// lexPOS reports a word WordNet knows in a sense of the part of speech
// pos ('n', 'v', …).
func lexPOS(w string, pos byte) bool {
	for _, e := range wordNet().entries(w) {
		if strings.IndexByte(e.pos, pos) >= 0 {
			return true
		}
	}
	return false
}

// alternativeWay reports a way of reaching the author offered as an
// alternative, dropped or added whole: "by contacting GitHub Support or
// GitHub Premium Support" → "by contacting GitHub Support". The team is
// the author's own, but the reader has one way fewer to reach it.
func alternativeWay(removed, added, fOld, fNew []string) bool {
	if (len(removed) == 0) == (len(added) == 0) {
		return false
	}
	if !slices.Contains(removed, "or") && !slices.Contains(added, "or") {
		return false
	}
	for _, ws := range [][]string{fOld, fNew} {
		for _, w := range ws {
			if contactVerbs[w] || contactVerbs[strings.TrimSuffix(w, "ing")] || w == "writing" {
				return true
			}
		}
	}
	return false
}

// joinSentences joins sentences with spaces, and the rows of a table
// with line breaks: a row's last cell and the next row's first are not
// one phrase ("United States" and "Azure"). So are lines each nothing but
// a name, a list without its markers ("Stripe", "Paypal"; namecolumn.go).
func joinSentences(ss []string) string {
	// A name line after another, or opening such a run after its
	// lead-in's colon ("These include:").
	column := func(i int) bool {
		return i > 0 && nameLine(ss[i]) && (nameLine(ss[i-1]) || strings.HasSuffix(ss[i-1], ":") && i+1 < len(ss) && nameLine(ss[i+1]))
	}
	if !slices.ContainsFunc(ss, func(s string) bool { return strings.Contains(s, "|") }) && !slices.ContainsFunc(ss[min(1, len(ss)):], func(s string) bool { return nameLine(s) }) {
		return strings.Join(ss, " ")
	}
	var b strings.Builder
	for i, s := range ss {
		if i > 0 {
			if strings.Contains(s, "|") || strings.Contains(ss[i-1], "|") || column(i) {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(s)
	}
	return b.String()
}

// aiChanged reports changed words, folded, that name the AI category
// strongly: "model training", "machine learning".
func (c *classifier) aiChanged(changed []string) bool {
	k := c.rb.categoryIndex("ai")
	return k >= 0 && slices.ContainsFunc(c.ix.strongHits(changed), func(h termHit) bool { return int(h.k) == k })
}

// categorize scores the categories by their words among the changed words
// (weight 3), in the changed sentences (2) and in the innermost heading (2).
// categorizeAside is categorize run on other words than the change's own
// (a frame, an item, a sentence read without its places): the change's
// scores, which later stages read, are left as they were, and these are
// in c.asideScores. (A categorizeAside asked while one is under way
// scores into a slice of its own.)
func (c *classifier) categorizeAside(changedWords, contextWords, sectionWords []string) (id string, changedHit, contextHit bool) {
	kept := c.scores
	c.scores, c.asideScores = c.asideScores, nil
	id, changedHit, contextHit = c.categorize(changedWords, contextWords, sectionWords)
	c.asideScores, c.scores = c.scores, kept
	return id, changedHit, contextHit
}

func (c *classifier) categorize(changedWords, contextWords, sectionWords []string) (id string, changedHit, contextHit bool) {
	// "access" the author's side does is its use of the data, no right of
	// the reader's (authoraccess.go).
	changedWords, contextWords, sectionWords = c.ix.withoutAuthorAccess(changedWords), c.ix.withoutAuthorAccess(contextWords), c.ix.withoutAuthorAccess(sectionWords)
	// A request an authority makes is no right of the reader's
	// (partyrequest.go).
	changedWords, contextWords = withoutPartyRequests(changedWords), withoutPartyRequests(contextWords)
	// An access someone holds is an access control, no right of the
	// reader's (heldaccess.go).
	changedWords, contextWords = heldAccessRead(changedWords, contextWords)
	// The three sets are the classifier's, made again each time.
	changed, context, section := &c.categorySets[0], &c.categorySets[1], &c.categorySets[2]
	c.ix.fillWordSet(changed, changedWords)
	c.ix.fillWordSet(context, collectedNoun(contextWords))
	c.ix.fillWordSet(section, sectionWords)
	best, bestScore := "", 0
	if len(c.scores) != len(c.ix.terms) {
		c.scores = slices.Grow(c.scores[:0], len(c.ix.terms))[:len(c.ix.terms)]
	}
	clear(c.scores)
	// Each set gives each of its terms once: the terms are found from the
	// set's words (byFirst), not by asking every term of every category.
	for _, set := range [...]struct {
		ws         *wordSet
		times, tie int // a term of weight w scores times*w + tie
		hit        *bool
	}{
		{changed, 3, 0, &changedHit},
		{context, 2, 0, &contextHit},
		{section, 3, 1, &contextHit}, // and in a tie, the heading decides
	} {
		set.ws.eachTerm(func(k, i int) {
			if c.ix.sameAs[k][i] {
				return // "erase" after "delete": one term, counted once
			}
			w := 1 // a weak word only breaks ties
			if i < c.ix.weakFrom[k] {
				w = 5 + 5*len(c.ix.terms[k][i]) // a phrase says more than a word: "local storage", "storage"
			}
			c.scores[k] += set.times*w + set.tie
			*set.hit = true
		})
	}
	for k, score := range c.scores {
		if score > bestScore {
			best, bestScore = c.rb.Categories[k].ID, score
		}
	}
	if best == "" {
		best = "unclassified"
	} else if b := c.rb.categoryIndex(best); b >= 0 {
		// Between categories as much named, the head of a compound names
		// what the text is about, and the word before it only which kind:
		// "advertising cookies" are cookies, "advertising partners"
		// recipients.
		for k := b + 1; k < len(c.scores); k++ {
			if c.scores[k] == bestScore && (c.ix.headOf(k, b, changedWords) || c.ix.headOf(k, b, contextWords) || c.ix.headOf(k, b, sectionWords)) {
				best = c.rb.Categories[k].ID
				break
			}
		}
	}
	return best, changedHit, contextHit
}

// saysWhatItIs reports a list item whose own words name another category
// more strongly than the lead-in names the list's: "your date of birth"
// under "When you create an account we ask for:" is a kind of data,
// whatever "ask for" reads as. A lead-in named as strongly decides ("We
// share your data with:", then "an agency, for analytics"). A name is
// left to the lead-in: whom it is, the list says.
func (c *classifier) saysWhatItIs(item []string, leadCat string, leadScore int) bool {
	k, hit, _ := c.categorizeAside(item, nil, nil)
	return hit && k != leadCat && c.asideScores[c.rb.categoryIndex(k)] > leadScore
}

// headOf reports, in words, a term of category head right after a term
// of category mod: a compound whose head is head's ("advertising cookies").
func (ix *index) headOf(head, mod int, words []string) bool {
	if len(words) < 2 {
		return false
	}
	hits := ix.strongHits(words)
	for _, m := range hits {
		if int(m.k) != mod {
			continue
		}
		t := ix.terms[m.k][m.i]
		end := m.j + int32(len(t))
		if w := words[end-1]; strings.HasSuffix(w, "s") && w != t[len(t)-1] {
			continue // a plural modifies nothing: "… and subsidiaries Regulators" is a list run on
		}
		for _, h := range hits {
			if int(h.k) == head && h.j == end {
				return true
			}
		}
	}
	return false
}

// unreadable judges a change in text the rules cannot read: sentences in
// another language. Rules that read English cannot say that such a change
// is minor; what they can tell apart (spacing, punctuation, mark-up, a
// link's address, a date) has been told apart before this is asked. The
// rest is material for a reviewer to confirm, in the category the words
// the rules do read (names, numbers, the heading) point to, if any.
func (c *classifier) unreadable(ch redline.Change, fo, fn, removed, added []string) (Verdict, bool) {
	if ch.Kind == redline.Replace && sameButSpelling(ch.Old, ch.New) { // foreignlexicon.go
		return minor("cosmetic.accents", "Only accents put back or taken off, or umlauts written out: "+quoteChange(ch.Old, ch.New)), true
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	if !c.foreignChange(ch, so, sn) {
		return Verdict{}, false
	}
	tr, ta := diffWords(strings.Fields(stripMarkdown(ch.Old)), strings.Fields(stripMarkdown(ch.New)))
	if !slices.ContainsFunc(append(append([]string{}, tr...), ta...), func(w string) bool { return !isAddress(w) }) {
		// An e-mail address or a site's name is no word of a language:
		// the rules read it as they read any.
		return Verdict{}, false
	}
	if b := c.brand(false); b != "" && b == c.brand(true) && withinNames(tr, strings.Fields(stripMarkdown(so)), b) && withinNames(ta, strings.Fields(stripMarkdown(sn)), b) {
		// Names are no words of a language either: a word of a name that
		// carries the author's own ("Rakuten Super Points" → "Rakuten
		// Points") renames the author's product or company.
		return minor("same.own", "Only the author's own product or company renamed: "+quoteChange(so, sn)), true
	}
	section := c.headingWords(ch.Section)
	changed := c.content(removed, added)
	cat, _, _ := c.categorize(changed, append(append([]string{}, fo...), fn...), section)
	if cat == "unclassified" {
		// The English words named nothing; the lexicon of the languages
		// policies are written in may (foreignlexicon.go).
		heading := ""
		if len(ch.Section) > 0 {
			heading = ch.Section[len(ch.Section)-1]
		}
		if k := foreignCategory(strings.Join(tr, " ")+" "+strings.Join(ta, " "), heading, so+" "+sn); k != "" {
			cat = k
		}
	}
	v := c.material(ch, cat+".language", &signals{}, removed, added, "")
	v.Rule, v.Certain = "fallback", false
	what := ""
	if v.Category != "unclassified" {
		what = " (" + strings.ToLower(c.label(v.Category)) + ")"
	}
	v.Reason = fmt.Sprintf("To confirm%s: %s; the rules do not read the language of this text", what, quoteChange(so, sn))
	return v, true
}

// foreignChange reports changed sentences written in another language:
// foreign themselves or, too short to tell, in a paragraph that is. A
// paragraph too short to tell either ("Kubeflow", an address) is read as
// the rules read it: its language is not known to be another.
func (c *classifier) foreignChange(ch redline.Change, old, new string) bool {
	changed := old + " " + new
	if c.otherLanguage(stripMarkdown(changed)) {
		return true
	}
	// Where every sentence changed, the paragraph is what was just read.
	whole := ch.Old + " " + ch.New
	return whole != changed && c.otherLanguage(stripMarkdown(whole))
}

// otherLanguage reports text whose words in lower case, five at least, are
// mostly unknown to WordNet and the rules: another language. Names,
// initials, numbers and addresses are of no language and are not counted
// (a table of names and towns is no foreign text), nor are words of one or
// two letters.
func (c *classifier) otherLanguage(s string) bool {
	// Most text is English, and says so in its commonest words: two of
	// them and it is not asked of WordNet.
	if commonEnglish(s) {
		return false
	}
	n, known, grammar := 0, 0, 0
	english := false // twenty words read, half of them English: enough
	for f := range strings.FieldsSeq(s) {
		if isAddress(f) {
			continue
		}
		scanRawWords(f, func(w string) bool {
			r, _ := utf8.DecodeRuneInString(w)
			if len(w) <= 2 || !unicode.IsLower(r) || isNumber(w) {
				return true
			}
			n++
			lw := strings.ToLower(w)
			if c.ix.grammar[lw] {
				// "the", "with", "which": six of them, and the text is
				// English without asking WordNet of the rest
				known, grammar = known+1, grammar+1
			} else if parties[lw] || c.english(lw) {
				known++
			}
			english = grammar >= 6 || n >= 20 && known*2 >= n
			return !english
		})
		if english {
			return false
		}
	}
	return n >= 5 && known*2 < n
}

// englishMarkers are the commonest words of English text.
// Only words no other language writes alone: not " a ", " in ", " at "
// or " are ".
var englishMarkers = []string{" of ", " to ", " you ", " we ", " is ", " your ", " for ", " with ",
	" our ", " this ", " that ", " will ", " not ", " any ", " which ", " from ", " have ", " such ", " these ", " when "}

// englishMarkerBits numbers the words of englishMarkers, each a bit.
var englishMarkerBits = func() map[string]uint32 {
	m := map[string]uint32{}
	for i, w := range englishMarkers {
		m[strings.TrimSpace(w)] = 1 << i
	}
	return m
}()

// commonEnglish reports text that writes " the " or " and ", which no
// other language writes, or two of englishMarkers. A word between two
// spaces is what such a search finds, so the text is read once, space to
// space, where it was searched for each of the 22 words.
func commonEnglish(s string) bool {
	var seen uint32
	for i := strings.IndexByte(s, ' '); i >= 0; {
		j := strings.IndexByte(s[i+1:], ' ')
		if j < 0 {
			break
		}
		if w := s[i+1 : i+1+j]; len(w) >= 2 && len(w) <= 5 {
			if w == "the" || w == "and" {
				return true
			}
			if bit := englishMarkerBits[w]; bit != 0 && seen&bit == 0 {
				if seen != 0 {
					return true // a second marker
				}
				seen |= bit
			}
		}
		i += 1 + j
	}
	return false
}

// isAddress reports a word that is an e-mail address, a link or a site's
// name ("dpo@example.com", "developer.mozilla.org").
func isAddress(w string) bool {
	w = strings.Trim(w, "()<>[]{}\"'“”‘’,;:!?")
	w = strings.TrimSuffix(w, ".")
	if strings.Contains(w, "@") || strings.Contains(w, "://") {
		return true
	}
	dot := strings.LastIndexByte(w, '.')
	if dot <= 0 || dot == len(w)-1 {
		return false
	}
	for _, r := range w[dot+1:] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// withinNames reports words, all capitalised, each written in a run of
// capitalised words of the text that also holds the name b.
func withinNames(changed, text []string, b string) bool {
	trim := func(w string) string { return strings.Trim(w, "()[]\"'“”‘’,;:.!?") }
	inRun := map[string]bool{}
	for i := 0; i < len(text); {
		j, hasB := i, false
		for j < len(text) && isName(trim(text[j])) {
			hasB = hasB || trim(text[j]) == b
			j++
			if strings.ContainsAny(text[j-1][len(text[j-1])-1:], ",;:.!?") {
				break
			}
		}
		if hasB {
			for _, w := range text[i:j] {
				inRun[trim(w)] = true
			}
		}
		i = max(j, i+1)
	}
	for _, w := range changed {
		if w = trim(w); !isName(w) || !inRun[w] {
			return false
		}
	}
	return true
}

// purposeListItem reports that the words added, read in text, stand among
// the items of a list run in after a colon whose lead ends in "for" or
// names purposes ("for the following purposes:"), in the same sentence.
func purposeListItem(text string, added []string) bool {
	lt := strings.ToLower(text)
	i := strings.Index(lt, strings.ToLower(added[0]))
	if i < 0 {
		return false
	}
	j := strings.LastIndex(lt[:i], ":")
	if j < 0 || strings.ContainsAny(lt[j+1:i], ".;!?\n") {
		return false
	}
	lead := strings.Fields(strings.TrimRight(lt[:j], " *_"))
	if len(lead) == 0 {
		return false
	}
	last := lead[len(lead)-1]
	return last == "for" || last == "purposes" || last == "purpose"
}

// oneStrongWord returns the category of an item of one content word
// that is a strong word of that category alone: "Transactional emails" →
// "Transactional and marketing emails" adds a purpose, whatever
// safeguard the line names.
func (c *classifier) oneStrongWord(item []string) string {
	w := slices.DeleteFunc(c.content(item), func(w string) bool { return w == "and" || w == "or" })
	if len(w) != 1 {
		return ""
	}
	return c.strongOnly(w)
}

// strongOnly returns the one category all the strong words of ws name,
// "" when they name none or several.
func (c *classifier) strongOnly(ws []string) string {
	k := ""
	for _, h := range c.ix.strongHits(ws) {
		id := c.rb.Categories[h.k].ID
		if k != "" && k != id {
			return ""
		}
		k = id
	}
	return k
}

// withoutAlso returns the folded words ws without the adverbs that only
// add an act to others ("also", "likewise"; the fold writes "additionally"
// and "in addition" as "also"), or ws itself where it has none: "We also
// use your information to develop new products" uses it as "We use your
// information …" does, though the adverb parts the words of the term "we
// use" (found by a helper: it read "Wording not about personal data", a
// new purpose missed). No term of the rulebook holds one of them, so the
// terms ws names are all still named.
func withoutAlso(ws []string) []string {
	if !slices.ContainsFunc(ws, func(w string) bool { return addingAdverbs[w] }) {
		return ws
	}
	return slices.DeleteFunc(slices.Clone(ws), func(w string) bool { return addingAdverbs[w] })
}

// addingAdverbs add an act or a thing to those said before, and commit to
// nothing of their own.
var addingAdverbs = map[string]bool{"also": true, "likewise": true}

// withoutContacts is text with its contacts masked (contactsOf).
func (c *classifier) withoutContacts(text string) string {
	_, masked := c.ix.contactsOf(text)
	return masked
}
