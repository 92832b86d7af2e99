package material

import (
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/redline"
)

// Memo keeps verdicts across comparisons. A build compares each version of
// a policy with the one before it and each older version with the one in
// force, and those comparisons share most of their changes (a paragraph
// edited in the newest version is the same change in every comparison with
// it); the brands of a group often publish the same text, edited alike. A
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
// A Memo is for one Rulebook, and is safe for concurrent use. It keeps at
// most memoLimit verdicts; past that it only gives the ones it has.
type Memo struct {
	rb      *Rulebook
	mu      sync.Mutex
	entries map[memoKey][]memoEntry
	n       int          // verdicts kept
	hits    atomic.Int64 // verdicts taken from the memo
	sides   map[*markdown.Block]*sideText
}

// memoLimit bounds a memo's verdicts: about 50 MB of them.
const memoLimit = 1 << 17

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
	askBrand
	askForeignDoc
	askOwnProduct
	askHeading
	askListAfter
	askTableLead
	askMergedRows
	askTitlesWith
	askCounterpart
	askOpening
	askOwnDomain
	askPlainHeading
	askBlocksBefore
	askOwnDomainDoc
	askSectionAfter
	askPlainHeadingOf
	askListLeadOf
	askCrossedItem
	askProvided
	askPlacedIn
	askOwnPage
	askCopyInPlace
	askItemsInTable
	askSectionsTitled
	askSiteDomain
	askApart
	askMetricsBlock
	askNoPolicy
	askTitleLine
	askFrameRun
	askAuthorName
	askNamedElsewhere
)

// NewMemo returns an empty memo for verdicts under rb.
func NewMemo(rb *Rulebook) *Memo {
	return &Memo{rb: rb, entries: map[memoKey][]memoEntry{}}
}

// memoKey identifies everything of a change its verdict may depend on,
// apart from the texts around it: its kind, sections, and text on each
// side. It is two 64-bit hashes of them under seeds drawn at start-up: a
// memo holds at most memoLimit keys, so two changes share one with a
// chance of about 2^-95 in a build, and no text can be written to collide
// with another, the seeds being unknown. It was the SHA-256 of the same,
// at four times the cost for no assurance a build needs.
type memoKey [2]uint64

var memoSeeds = [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}

func keyOf(ch redline.Change) memoKey {
	var k memoKey
	var h maphash.Hash
	for i := range k {
		h.SetSeed(memoSeeds[i])
		writeString(&h, string(ch.Kind))
		words := ""
		if ch.Words != nil {
			words = "words"
		}
		writeString(&h, words)
		for _, path := range [][]string{ch.Section, ch.FromSection} {
			writeLen(&h, len(path))
			for _, s := range path {
				writeString(&h, s)
			}
		}
		writeString(&h, ch.Old)
		writeString(&h, ch.New)
		k[i] = h.Sum64()
	}
	return k
}

// writeString writes s to h after its length, so that no two sequences
// of strings write the same bytes.
func writeString(h *maphash.Hash, s string) {
	writeLen(h, len(s))
	h.WriteString(s)
}

func writeLen(h *maphash.Hash, n int) {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(n))
	h.Write(b[:])
}

// classifyMemo is classify, through the memo when there is one.
func (c *classifier) classifyMemo(ch redline.Change) Verdict {
	if v, ok := c.fromMemo(ch); ok {
		return v
	}
	return c.classifyTraced(ch)
}

// fromMemo returns the memo's verdict on ch, if it holds one given in the
// same context.
func (c *classifier) fromMemo(ch redline.Change) (Verdict, bool) {
	m := c.memo
	if m == nil {
		return Verdict{}, false
	}
	key := keyOf(ch)
	m.mu.Lock()
	kept := m.entries[key] // entries are appended, never changed
	m.mu.Unlock()
	for _, e := range kept {
		if c.answersSame(e.trace) {
			m.hits.Add(1)
			return e.verdict, true
		}
	}
	return Verdict{}, false
}

// classifyTraced is classifySafe, keeping the verdict in the memo, if
// there is one, with the questions it asked.
func (c *classifier) classifyTraced(ch redline.Change) Verdict {
	m := c.memo
	if m == nil {
		return c.classifySafe(ch)
	}
	c.trace, c.tracing = c.trace[:0], true
	v := c.classifySafe(ch)
	c.tracing = false
	e := memoEntry{trace: slices.Clone(c.trace), verdict: v}
	key := keyOf(ch)
	m.mu.Lock()
	if m.n < memoLimit {
		m.entries[key] = append(m.entries[key], e)
		m.n++
	}
	m.mu.Unlock()
	return v
}

// classifySafe is classify, but a rule that fails on a change, a fault of
// redline's and never of the text, gives a verdict to confirm instead of
// stopping the command: called minor, a material change would go out
// unannounced; a crash would stop a release for a text that is fine.
func (c *classifier) classifySafe(ch redline.Change) (v Verdict) {
	defer func() {
		if r := recover(); r != nil {
			v = Verdict{Material: true, Category: "unclassified", Direction: Neutral, Rule: "fallback",
				Reason: fmt.Sprintf("To confirm: redline's rules failed on this change (%v); please report it", r)}
		}
	}()
	v = c.classify(ch)
	if !v.Material && ch.Kind == redline.Replace {
		if w, ok := c.conditionVerdict(ch); ok {
			return w // the same words, a condition's reach changed (conditionspan.go)
		}
		if w, ok := c.statementConditionVerdict(ch); ok {
			return w // a statement made a condition, or the reverse (statementcondition.go)
		}
		if w, ok := c.splitVerdict(ch); ok {
			return w // sentences joined or split, read as the other side splits them (statementcondition.go)
		}
		if phrase := tailoredBy(ch); phrase != "" {
			return c.tailoredVerdict(ch, phrase) // "based on your purchase history" (tailoredby.go)
		}
	}
	// A number changed or a name put in is a fact one of the edits
	// holds alone: the paragraph is not read edit by edit for it.
	if v.Material && !strings.HasSuffix(v.Rule, ".number") && !strings.HasSuffix(v.Rule, ".entity") {
		if w, ok := c.stepwise(ch); ok {
			return w // edits apart, each the same commitment (stepwise.go)
		}
	}
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
	case askBrand:
		return c.brandText(old)
	case askAuthorName:
		return c.authorNameText(old)
	case askNamedElsewhere:
		return yes(c.namedElsewhereText(old, arg))
	case askForeignDoc:
		return yes(c.foreignDocText(old))
	case askOwnProduct:
		return yes(c.ownProductText(old, arg))
	case askHeading:
		return c.headingText(old)
	case askListAfter:
		return c.listAfterText(old)
	case askTableLead:
		return c.tableLeadText(old)
	case askMergedRows:
		return yes(c.mergedRowsText(mergedRowsChange(arg)))
	case askTitlesWith:
		return c.titlesWithText(old, arg)
	case askCounterpart:
		return c.counterpartText()
	case askOpening:
		return yes(c.openingBlockText(old))
	case askOwnDomain:
		return yes(c.ownDomainText(old, arg))
	case askPlainHeading:
		return c.plainHeadingText()
	case askBlocksBefore:
		return c.blocksBeforeText(old)
	case askOwnDomainDoc:
		return yes(c.ownDomainDocText(old, arg))
	case askSectionAfter:
		return c.sectionAfterText(old)
	case askPlainHeadingOf:
		return c.plainHeadingOfText(old)
	case askListLeadOf:
		return c.leadInOfText(old)
	case askCopyInPlace:
		return yes(c.copyInPlaceText(old, arg))
	case askItemsInTable:
		return yes(c.itemsInTableText(old, arg))
	case askSectionsTitled:
		return yes(c.contentsListText(old))
	case askSiteDomain:
		return yes(c.siteDomainText(old, arg))
	case askApart:
		a, b, _ := strings.Cut(arg, "\x00")
		return c.apartText(old, a, b)
	case askMetricsBlock:
		return yes(c.metricsBlockText(old))
	case askNoPolicy:
		return yes(c.noPolicyText(old))
	case askTitleLine:
		return strconv.Itoa(c.titleLineText(old))
	case askFrameRun:
		return yes(c.frameRunText(old))
	case askPlacedIn:
		party, country, _ := strings.Cut(arg, "\x00")
		return yes(c.placedInText(old, party, country))
	case askCrossedItem:
		return c.crossedItemText(arg)
	case askProvided:
		return yes(c.providedText(old, arg))
	case askOwnPage:
		return yes(c.ownPageText(old, arg))
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

// apart returns a sentence of the old (or new) text that names the people
// a and b apart (partiesapart.go), "" where none does.
func (c *classifier) apart(old bool, a, b string) string {
	return c.ask(askApart, old, a+"\x00"+b, c.apartText(old, a, b))
}

func (c *classifier) provided(old bool, phrase string) bool {
	return c.ask(askProvided, old, phrase, yes(c.providedText(old, phrase))) != ""
}

func (c *classifier) hasFolded(old bool, text string) bool {
	return c.ask(askFolded, old, text, yes(c.hasFoldedText(old, text))) != ""
}

func (c *classifier) openingBlock(old bool) bool {
	return c.ask(askOpening, old, "", yes(c.openingBlockText(old))) != ""
}

func (c *classifier) isTitle(h string) bool {
	return c.ask(askTitle, false, h, yes(c.isTitleText(h))) != ""
}

func (c *classifier) acronymOf(e string) bool {
	return c.ask(askAcronym, false, e, yes(c.acronymOfText(e))) != ""
}

func (c *classifier) brand(old bool) string {
	return c.ask(askBrand, old, "", c.brandText(old))
}

// authorName is the name the old (or new) text defines as "we", its
// words folded and joined by spaces (authorname.go).
func (c *classifier) authorName(old bool) string {
	return c.ask(askAuthorName, old, "", c.authorNameText(old))
}

func (c *classifier) titlesWith(old bool, e string) string {
	return c.ask(askTitlesWith, old, e, c.titlesWithText(old, e))
}

func (c *classifier) counterpart() string {
	return c.ask(askCounterpart, false, "", c.counterpartText())
}

func (c *classifier) sectionAfter(old bool) string {
	return c.ask(askSectionAfter, old, "", c.sectionAfterText(old))
}

func (c *classifier) plainHeadingOf(old bool) string {
	return c.ask(askPlainHeadingOf, old, "", c.plainHeadingOfText(old))
}

func (c *classifier) plainHeading() string {
	return c.ask(askPlainHeading, false, "", c.plainHeadingText())
}

func (c *classifier) blocksBefore(old bool) string {
	return c.ask(askBlocksBefore, old, "", c.blocksBeforeText(old))
}

func (c *classifier) namedElsewhere(old bool, name string) bool {
	return c.ask(askNamedElsewhere, old, name, yes(c.namedElsewhereText(old, name))) != ""
}

func (c *classifier) leadIn() string {
	return c.ask(askLeadIn, false, "", c.leadInText())
}

func (c *classifier) foreignDoc(old bool) bool {
	return c.ask(askForeignDoc, old, "", yes(c.foreignDocText(old))) != ""
}

func (c *classifier) ownProduct(old bool, e string) bool {
	return c.ask(askOwnProduct, old, e, yes(c.ownProductText(old, e))) != ""
}

func (c *classifier) heading(old bool) string {
	return c.ask(askHeading, old, "", c.headingText(old))
}

func (c *classifier) listAfter(old bool) string {
	return c.ask(askListAfter, old, "", c.listAfterText(old))
}
