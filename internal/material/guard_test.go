package material

import (
	"strings"
	"testing"
	"time"

	"github.com/redline-legal/redline/internal/redline"
)

// stallOn makes the rules stall, as an endless loop would, on the work
// whose text contains marker, until the test ends, with a budget of
// 100 ms.
func stallOn(t *testing.T, marker string) {
	release := make(chan struct{})
	budget := judgeBudget
	judgeBudget, testStall = 100*time.Millisecond, func(what string) {
		if strings.Contains(what, marker) {
			<-release
		}
	}
	t.Cleanup(func() {
		judgeBudget, testStall = budget, nil
		close(release)
	})
}

const guardOld = `# Privacy Policy

## Retention

We keep your account data for as long as your account is open. When you close your account, we delete your account data within 30 days, and our backups within 90 days.

## Sharing

We do not sell your personal data.

## Contact

Write to privacy@example.com.
`

// TestJudgeStalled checks that a change the rules never finish judging
// gives a verdict to confirm, in time, and that every other change of the
// comparison gets the verdict it gets without the stall.
func TestJudgeStalled(t *testing.T) {
	rb := Builtin()
	new := strings.NewReplacer(
		"We do not sell your personal data.", "We do not sell or rent your personal data. STALL",
		"privacy@example.com", "privacy@example.org",
		"within 90 days", "within 60 days",
	).Replace(guardOld)
	r := redline.Diff([]byte(guardOld), []byte(new))
	want := Classify(r, rb)
	if len(want.Verdicts) != 3 {
		t.Fatalf("%d changes, want 3: %v", len(want.Verdicts), want.Verdicts)
	}

	stallOn(t, "STALL")
	memo := NewMemo(rb)
	for run := range 2 { // the second from the memo, but for the change stalled
		start := time.Now()
		got := ClassifyMemo(r, rb, memo)
		if d := time.Since(start); d > 10*time.Second {
			t.Fatalf("run %d took %v", run, d)
		}
		for i, v := range got.Verdicts {
			w := want.Verdicts[i]
			if !strings.Contains(r.Changes[i].New, "STALL") {
				if v != w {
					t.Errorf("run %d, change %d: %+v, want %+v as without the stall", run, i, v, w)
				}
				continue
			}
			if !v.Material || v.Rule != "fallback" || !strings.Contains(v.Reason, "did not finish judging") || v.ID != w.ID {
				t.Errorf("run %d, stalled change: %+v, want material, to confirm, id %s", run, v, w.ID)
			}
		}
		if !got.Material {
			t.Errorf("run %d: report not material", run)
		}
	}
}

// TestTogetherStalled checks that when the passes reading neighbouring
// changes together never finish, the changes keep the verdicts they got
// alone: a paragraph split in two is then two changes to confirm, not a
// command that never ends.
func TestTogetherStalled(t *testing.T) {
	rb := Builtin()
	new := strings.Replace(guardOld, "is open. When", "is open.\n\nWhen", 1)
	r := redline.Diff([]byte(guardOld), []byte(new))
	if rep := Classify(r, rb); rep.Material {
		t.Fatalf("a paragraph split in two: material, want minor: %v", rep.Verdicts)
	}
	stallOn(t, "together")
	start := time.Now()
	rep := Classify(r, rb)
	if d := time.Since(start); d > 10*time.Second {
		t.Fatalf("took %v", d)
	}
	if !rep.Material {
		t.Errorf("passes stalled: minor, want the changes' verdicts alone, material: %v", rep.Verdicts)
	}
}

// TestTogetherCountsSteps checks that the passes reading changes together
// count their steps, at least one a change, for the judge watching them:
// a long document on a loaded machine is then slow, not stuck, and its
// verdicts do not depend on the machine's load (a real policy's update
// once got its changes' verdicts alone when the passes, beside a full
// test run, outlasted the budget).
func TestTogetherCountsSteps(t *testing.T) {
	rb := Builtin()
	new := strings.NewReplacer(
		"is open. When", "is open.\n\nWhen",
		"We do not sell your personal data.", "We do not sell or rent your personal data.",
		"privacy@example.com", "privacy@example.org",
	).Replace(guardOld)
	r := redline.Diff([]byte(guardOld), []byte(new))
	verdicts := Classify(r, rb).Verdicts
	c := &classifier{rb: rb, ix: rb.index}
	steps := 0
	c.tick = func() { steps++ }
	if !c.readTogether(r, verdicts) {
		t.Fatal("readTogether failed")
	}
	if steps < len(r.Changes) {
		t.Errorf("%d steps counted over %d changes, want one a change at least", steps, len(r.Changes))
	}
}

// TestSlowChangeNotStuck checks that a change the rules judge in steps,
// each slow, is slow and not stuck: its verdict is the one it gets on a
// fast machine, whatever the budget, so long as every step ends within
// it. (A long section of a real policy's history, with five kinds of
// words to set aside, took 21 s to judge; beside a full test run it
// outlasted the 20-second budget and was reported as a change to
// confirm.)
func TestSlowChangeNotStuck(t *testing.T) {
	rb := Builtin()
	new := strings.Replace(guardOld, "We do not sell your personal data.", "For your information, we do not, under UK GDPR, sell your personal data (see Section 5 for more information).", 1)
	r := redline.Diff([]byte(guardOld), []byte(new))
	want := Classify(r, rb)
	if want.Material {
		t.Fatalf("a framing phrase, a law and a pointer added: material, want minor: %v", want.Verdicts)
	}
	budget := judgeBudget
	steps := 0
	judgeBudget, testStep = time.Second, func() { steps++; time.Sleep(500 * time.Millisecond) }
	t.Cleanup(func() { judgeBudget, testStep = budget, nil })
	start := time.Now()
	got := Classify(r, rb)
	if d := time.Since(start); d <= judgeBudget {
		t.Fatalf("judged in %v with %d steps of 500 ms: the test needs a change judged for longer than the budget", d, steps)
	}
	if got.Material || got.Verdicts[0] != want.Verdicts[0] {
		t.Errorf("judged slowly: %+v, want %+v", got.Verdicts[0], want.Verdicts[0])
	}
}
