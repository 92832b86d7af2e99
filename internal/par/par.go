// Package par runs independent work on every core.
package par

import (
	"runtime"
	"sync"
)

// Do calls f(0) ... f(n-1) on GOMAXPROCS goroutines and returns the error
// of the lowest index that failed, so that errors too are deterministic.
func Do(n int, f func(i int) error) error {
	errs := make([]error, n)
	var next int
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= n {
					return
				}
				errs[i] = f(i)
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
