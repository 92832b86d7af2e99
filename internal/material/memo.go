package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// Memo keeps verdicts for the comparisons of one policy's versions: each
// version against the one before it and each older version against the
// one in force share most of their changes (a paragraph edited in the
// newest version is the same change in every comparison with it), and a
// change judged once need not be judged again.
//
// A verdict depends on the change and on what the classifier asked of the
// texts around it: whether a name appears elsewhere in either text, whether
// removed text remains elsewhere, the lead-in of a list item, the policy's
// title. Each verdict is kept with those questions and their answers, and
// is taken again only when the same change gets the same answers from the
// texts of the comparison at hand. The classifier is a function of the
// change and those answers, so a verdict from the memo is the verdict a
// fresh judgement gives, whatever order the comparisons are made in.
//
// A Memo is for one Rulebook and is not safe for concurrent use.
type Memo struct {
	rb      *Rulebook
	entries map[string][]memoEntry // by memoKey
	hits    int                    // verdicts taken from the memo
}

type memoEntry struct {
	trace   []query
	verdict Verdict
}

// A query is a question the classifier asked of the texts being compared,
// and its answer.
type query struct {
	kind   queryKind
	old    bool
	arg    string
	answer string // leadIn's sentence; "1" or "" for a yes or no
}

type queryKind uint8

const (
	askInDoc queryKind = iota
	askFolded
	askTitle
	askAcronym
	askLeadIn
)

// NewMemo returns an empty memo for verdicts under rb.
func NewMemo(rb *Rulebook) *Memo {
	return &Memo{rb: rb, entries: map[string][]memoEntry{}}
}

// memoKey is everything of a change its verdict may depend on, apart from
// the texts around it: its kind, sections, and text on each side.
func memoKey(ch redline.Change) string {
	var b strings.Builder
	b.Grow(len(ch.Old) + len(ch.New) + 64)
	b.WriteString(string(ch.Kind))
	b.WriteByte(0)
	if ch.Words != nil {
		b.WriteByte('w')
	}
	for _, s := range ch.Section {
		b.WriteString(s)
		b.WriteByte(0)
	}
	b.WriteByte(1)
	for _, s := range ch.FromSection {
		b.WriteString(s)
		b.WriteByte(0)
	}
	b.WriteByte(1)
	b.WriteString(ch.Old)
	b.WriteByte(1)
	b.WriteString(ch.New)
	return b.String()
}

// classifyMemo is classify, through the memo when there is one.
func (c *classifier) classifyMemo(ch redline.Change) Verdict {
	if c.memo == nil {
		return c.classify(ch)
	}
	key := memoKey(ch)
	for _, e := range c.memo.entries[key] {
		if c.answersSame(e.trace) {
			c.memo.hits++
			return e.verdict
		}
	}
	c.trace, c.tracing = c.trace[:0], true
	v := c.classify(ch)
	c.tracing = false
	c.memo.entries[key] = append(c.memo.entries[key], memoEntry{trace: append([]query(nil), c.trace...), verdict: v})
	return v
}

// answersSame reports whether the texts at hand answer every question of
// trace as it was answered.
func (c *classifier) answersSame(trace []query) bool {
	for _, q := range trace {
		if c.answer(q.kind, q.old, q.arg) != q.answer {
			return false
		}
	}
	return true
}

// answer asks the texts at hand a question, as the classifier asks it.
func (c *classifier) answer(kind queryKind, old bool, arg string) string {
	switch kind {
	case askInDoc:
		return yes(c.inDocText(old, arg))
	case askFolded:
		return yes(c.hasFoldedText(old, arg))
	case askTitle:
		return yes(c.isTitleText(arg))
	case askAcronym:
		return yes(c.acronymOfText(arg))
	case askLeadIn:
		return c.leadInText()
	}
	panic("material: unknown query")
}

func yes(ok bool) string {
	if ok {
		return "1"
	}
	return ""
}

// ask records a question and its answer while a verdict is being traced.
// The classifier asks the texts around a change only through the methods
// below, each the question of the same name with Text, traced.
func (c *classifier) ask(kind queryKind, old bool, arg, answer string) string {
	if c.tracing {
		c.trace = append(c.trace, query{kind: kind, old: old, arg: arg, answer: answer})
	}
	return answer
}

func (c *classifier) inDoc(old bool, name string) bool {
	return c.ask(askInDoc, old, name, yes(c.inDocText(old, name))) != ""
}

func (c *classifier) hasFolded(old bool, text string) bool {
	return c.ask(askFolded, old, text, yes(c.hasFoldedText(old, text))) != ""
}

func (c *classifier) isTitle(h string) bool {
	return c.ask(askTitle, false, h, yes(c.isTitleText(h))) != ""
}

func (c *classifier) acronymOf(e string) bool {
	return c.ask(askAcronym, false, e, yes(c.acronymOfText(e))) != ""
}

func (c *classifier) leadIn() string {
	return c.ask(askLeadIn, false, "", c.leadInText())
}
