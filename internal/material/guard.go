package material

import (
	"fmt"
	"slices"
	"sync/atomic"
	"time"

	"github.com/redline-legal/redline/internal/redline"
)

// judgeBudget is how long the rules may take over one change, or over the
// passes that read neighbouring changes together, before redline stops
// waiting for them. A change takes a fraction of a millisecond and the
// slowest known one a few milliseconds, under the race detector some ten
// times that: a rule still at work after this long is in an endless loop,
// a fault of redline's and never of the text (a search that stepped by the
// length of an empty word did so once). A build, release or serve must not
// hang on it.
var judgeBudget = 20 * time.Second

// testStall, when a test sets it, is called before each judgement and
// before the passes that read changes together, on the goroutine doing
// the work: it stands for a rule that never returns. It is read where the
// goroutine is started, not on it.
var testStall func(what string)

// A judge runs the classifier on a goroutine of its own, so that a change
// the rules cannot finish judging gives a verdict to confirm instead of a
// command that never ends. The goroutine judges the changes of a
// comparison in turn, each verdict into a slice of its own, and counts
// them; the caller looks at the count every second. A count that has not
// moved within the budget is a change the rules are stuck on: its
// goroutine is abandoned with its classifier, which nothing else touches
// again, and a fresh classifier judges the changes after it. The memo is
// safe for both. One goroutine a comparison, not one a change: a change
// handed over alone cost more than judging it.
type judge struct {
	c *classifier
}

func newJudge(c *classifier) *judge { return &judge{c: c} }

// worker judges changes[from:] into out, counting them in progress. The
// first worker of a comparison, from its first change, then reads the
// changes together (reflowed, breaksMoved) on its own verdicts.
type worker struct {
	out      []Verdict
	alone    []Verdict    // out as judged change by change, before the passes that read them together
	progress atomic.Int64 // the index of the change being judged; len(changes) once all are, one more once alone is kept
	steps    atomic.Int64 // the steps counted within a change or the passes (stepped)
	finished chan struct{}
}

func (j *judge) start(r *redline.Result, ids []string, from int) *worker {
	changes := r.Changes
	w := &worker{out: make([]Verdict, len(changes)), finished: make(chan struct{})}
	w.progress.Store(int64(from))
	go func(c *classifier, stall func(string), step func()) {
		defer close(w.finished)
		growStack(0)
		// The rules count their steps within a change (the rests of a
		// change judged once words are set aside) and in the passes that
		// read changes together: a long document on a loaded machine is
		// slow, not stuck, and its verdicts must not depend on the load
		// (a reflowed paragraph of a real policy's history was read as
		// removed and added once, when the passes took longer than the
		// budget beside a full test run; a long section of Ubiquiti's
		// policy set aside five kinds of words in 21 s, one change). Only
		// a step that never ends runs out the budget.
		c.tick = counting(&w.steps, step)
		defer func() { c.tick = nil }()
		for i := from; i < len(changes); i++ {
			c.at = i
			if stall != nil {
				stall(changes[i].New)
			}
			w.out[i] = c.classifyMemo(changes[i])
			w.out[i].ID = ids[i]
			if i+1 < len(changes) || from > 0 {
				w.progress.Store(int64(i + 1)) // the first worker's last is counted with alone
			}
		}
		if from > 0 {
			return
		}
		w.alone = slices.Clone(w.out)
		w.progress.Store(int64(len(changes) + 1))
		if stall != nil {
			stall("together")
		}
		if !c.readTogether(r, w.out) {
			copy(w.out, w.alone)
		}
	}(j.c, testStall, testStep)
	return w
}

// classifyAll judges every change of r into verdicts, and reads them
// together: the report ClassifyMemo gives, but for the unseen.
func (j *judge) classifyAll(r *redline.Result, ids []string, verdicts []Verdict) {
	n := len(r.Changes)
	from := 0
	for {
		w := j.start(r, ids, from)
		stuck := -1
		if stalled(w.finished, func() int64 { return w.progress.Load() + w.steps.Load() }) {
			stuck = int(w.progress.Load())
		}
		switch {
		case stuck < 0 && from == 0:
			copy(verdicts, w.out) // judged and read together
			return
		case stuck < 0:
			copy(verdicts[from:], w.out[from:])
			j.together(r, &Report{Verdicts: verdicts})
			return
		case stuck >= n:
			// The passes reading the changes together are stuck: the
			// verdicts stand as judged alone, kept before they began.
			copy(verdicts, w.alone)
			return
		}
		// The verdicts before the stuck change were counted after they
		// were written: they are read safely.
		copy(verdicts[from:stuck], w.out[from:stuck])
		verdicts[stuck] = unfinished(judgeBudget)
		verdicts[stuck].ID = ids[stuck]
		old := j.c
		j.c = &classifier{rb: old.rb, ix: old.ix, rows: old.rows, memo: old.memo}
		from = stuck + 1
		if from == n {
			j.together(r, &Report{Verdicts: verdicts})
			return
		}
	}
}

// unfinished is the verdict on a change the rules did not finish judging
// within d: material, to confirm, as for a rule that failed.
func unfinished(d time.Duration) Verdict {
	return Verdict{Material: true, Category: "unclassified", Direction: Neutral, Rule: "fallback",
		Reason: fmt.Sprintf("To confirm: redline's rules did not finish judging this change within %v; please report it", d)}
}

// together runs the passes that read neighbouring changes together (a
// paragraph split or joined, a line break moved) on the judge's
// classifier, over a copy of the verdicts, and keeps what they made of it
// if they finish within the budget. Those passes only find changes minor
// that were judged material alone, so a report without them is the
// cautious one.
func (j *judge) together(r *redline.Result, rep *Report) {
	verdicts := slices.Clone(rep.Verdicts)
	done := make(chan struct{})
	var steps atomic.Int64
	go func(c *classifier, stall func(string), step func()) {
		defer close(done)
		c.tick = counting(&steps, step)
		defer func() { c.tick = nil }()
		if stall != nil {
			stall("together")
		}
		if !c.readTogether(r, verdicts) {
			verdicts = nil
		}
	}(j.c, testStall, testStep)
	if !stalled(done, steps.Load) && verdicts != nil {
		copy(rep.Verdicts, verdicts)
	}
}

// counting is a classifier's tick for a judge: it counts each step into
// n, after step, a test's slow machine, where one is set.
func counting(n *atomic.Int64, step func()) func() {
	return func() {
		if step != nil {
			step()
		}
		n.Add(1)
	}
}

// stalled waits until finished is closed and reports false, or reports
// true once moved, the count of what the work has done, has not moved
// for judgeBudget: a step that never ends.
func stalled(finished <-chan struct{}, moved func() int64) bool {
	tick := min(time.Second, judgeBudget)
	ticker := time.NewTicker(tick)
	defer ticker.Stop()
	last, still := moved(), time.Duration(0)
	for {
		select {
		case <-finished:
			return false
		case <-ticker.C:
			if m := moved(); m != last {
				last, still = m, 0
			} else if still += tick; still >= judgeBudget {
				select {
				case <-finished: // finished as the ticker fired
					return false
				default:
					return true
				}
			}
		}
	}
}

// readTogether runs over verdicts, in place, the passes that read
// changes together: a paragraph split or joined (reflowed), a line break
// moved (breaksMoved), the same label put before each item of lists
// (repeatedLabels), the same words taken out and put back with other
// links or emphasis (remarked). It reports false when one fails, a
// fault of redline's: verdicts may then be rewritten in part, and the
// caller keeps the verdicts as judged alone.
func (c *classifier) readTogether(r *redline.Result, verdicts []Verdict) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	work := &Report{Verdicts: verdicts}
	c.reflowed(r, work)
	c.breaksMoved(r, work)    // breakmoved.go
	c.repeatedLabels(r, work) // repeatedlabel.go
	c.remarked(r, work)       // repeatedlabel.go
	return true
}

// judgeStack is the stack a judge's goroutine takes at its start: more
// than the rules use at their deepest. A goroutine starts with a few
// kilobytes and grows by copying its stack, each time working out the
// frames of every function on it; with judgeText's, among the largest
// functions of the program, on it, that took 4% of the time of a build.
// Grown here, over one small frame, it is copied once and cheaply.
const judgeStack = 96 << 10

// growStack takes judgeStack bytes of stack and gives them back; the
// goroutine keeps its grown stack. at stops the compiler from leaving the
// array out.
//
//go:noinline
func growStack(at int) byte {
	var frame [judgeStack]byte
	return frame[at%judgeStack]
}

// stepped counts a step of the rules, where a judge watches them (tick):
// a rest of a change judged once words are set aside, a stretch of the
// passes that read changes together.
func (c *classifier) stepped() {
	if c.tick != nil {
		c.tick()
	}
}

// testStep, when a test sets it, is called at each step a judge counts,
// on the goroutine doing the work: it stands for a slow machine. It is
// read where the goroutine is started, as testStall is.
var testStep func()
