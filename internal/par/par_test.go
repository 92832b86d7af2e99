package par

import (
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
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
