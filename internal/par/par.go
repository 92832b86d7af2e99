// Package par runs independent work on every core.
package par

import (
	"runtime"
	"sync"
)

// Do calls f(0) ... f(n-1) on GOMAXPROCS goroutines and returns the error
// of the lowest index that failed, so that errors too are deterministic.
func Do(n int, f func(i int) error) error {
	return do(runtime.GOMAXPROCS(0), n, f)
}

// IOWorkers is how many goroutines DoIO runs: reads from a disk whose
// cache is cold wait on the device, not on a core, and a device serves
// many at once.
const IOWorkers = 16

// DoIO is Do for work that mostly waits on files being read: it runs
// IOWorkers goroutines however many cores there are, so that the waits
// overlap.
func DoIO(n int, f func(i int) error) error {
	return do(max(IOWorkers, runtime.GOMAXPROCS(0)), n, f)
}

func do(workers, n int, f func(i int) error) error {
	errs := make([]error, n)
	var next int
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range min(workers, n) {
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
