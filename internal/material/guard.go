package material

import (
	"fmt"
	"slices"
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
// command that never ends. The goroutine stuck on it is abandoned with its
// classifier, which nothing else touches again, and a fresh classifier
// judges the changes after it; the memo is safe for both.
type judge struct {
	c     *classifier
	in    chan judgement
	out   chan Verdict
	timer *time.Timer
}

type judgement struct {
	at int
	ch redline.Change
}

func newJudge(c *classifier) *judge {
	j := &judge{c: c, timer: time.NewTimer(judgeBudget)}
	j.timer.Stop()
	j.start()
	return j
}

func (j *judge) start() {
	j.in, j.out = make(chan judgement), make(chan Verdict, 1)
	go func(c *classifier, in <-chan judgement, out chan<- Verdict, stall func(string)) {
		for w := range in {
			c.at = w.at
			if stall != nil {
				stall(w.ch.New)
			}
			out <- c.classifyTraced(w.ch)
		}
	}(j.c, j.in, j.out, testStall)
}

// stop ends the judge's goroutine once its judgement, if any, returns.
func (j *judge) stop() { close(j.in) }

// classify judges the change at index at: from the memo when it holds the
// verdict (asked here, while the goroutine waits), else on the goroutine.
func (j *judge) classify(at int, ch redline.Change) Verdict {
	j.c.at = at
	if v, ok := j.c.fromMemo(ch); ok {
		return v
	}
	j.in <- judgement{at, ch}
	j.timer.Reset(judgeBudget)
	select {
	case v := <-j.out:
		j.timer.Stop()
		return v
	case <-j.timer.C:
	}
	j.stop()
	old := j.c
	j.c = &classifier{rb: old.rb, ix: old.ix, rows: old.rows, memo: old.memo}
	j.start()
	return unfinished(judgeBudget)
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
	go func(c *classifier, stall func(string)) {
		defer close(done)
		defer func() {
			// A pass that fails leaves the verdicts as judged alone.
			if recover() != nil {
				verdicts = nil
			}
		}()
		if stall != nil {
			stall("together")
		}
		work := &Report{Verdicts: verdicts}
		c.reflowed(r, work)
		c.breaksMoved(r, work) // breakmoved.go
	}(j.c, testStall)
	j.timer.Reset(judgeBudget)
	select {
	case <-done:
		j.timer.Stop()
		if verdicts != nil {
			rep.Verdicts = verdicts
		}
	case <-j.timer.C:
	}
}
