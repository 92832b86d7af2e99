package par

import (
	"errors"
	"fmt"
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

func TestDo(t *testing.T) {
	var calls atomic.Int64
	err := Do(1000, func(i int) error {
		calls.Add(1)
		if i%100 == 37 {
			return fmt.Errorf("item %d", i)
		}
		return nil
	})
	if calls.Load() != 1000 {
		t.Errorf("f was called %d times, want 1000", calls.Load())
	}
	if err == nil || err.Error() != "item 37" {
		t.Errorf("want the error of the lowest index, item 37; got %v", err)
	}
	if err := Do(0, func(int) error { return errors.New("never") }); err != nil {
		t.Errorf("no work: %v", err)
	}
}

func TestDoIO(t *testing.T) {
	var running, most atomic.Int64
	release := make(chan struct{})
	done := make(chan error)
	go func() {
		done <- DoIO(IOWorkers*2, func(i int) error {
			n := running.Add(1)
			for {
				m := most.Load()
				if n <= m || most.CompareAndSwap(m, n) {
					break
				}
			}
			<-release
			running.Add(-1)
			if i == 5 {
				return fmt.Errorf("item %d", i)
			}
			return nil
		})
	}()
	// Every worker waits on release: DoIO must have started IOWorkers of
	// them, whatever GOMAXPROCS is, before any returns.
	for deadline := time.Now().Add(10 * time.Second); most.Load() < IOWorkers; runtime.Gosched() {
		if time.Now().After(deadline) {
			close(release)
			<-done
			t.Fatalf("%d ran at once, want %d", most.Load(), IOWorkers)
		}
	}
	close(release)
	if err := <-done; err == nil || err.Error() != "item 5" {
		t.Errorf("want item 5, got %v", err)
	}
	if most.Load() != IOWorkers {
		t.Errorf("%d ran at once, want %d", most.Load(), IOWorkers)
	}
}
