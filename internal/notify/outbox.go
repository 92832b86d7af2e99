package notify

import (
	"errors"
	"path/filepath"
	"runtime"
	"sync"
	"time"
)

// Stream renders the message of each recipient that each gives it, on
// every core, and hands them to fn one at a time in the order each gave
// them; work, when not nil, runs on each message first, on the core that
// rendered it (writing its file). Only a few messages per core are in
// memory at once, whatever the number of recipients. It stops at the first
// error in the recipients' order (of each, a layout, work or fn), and
// returns it, so that the same input always gives the same report.
func (t *Templates) Stream(n *Notice, date time.Time, each func(yield func(*Recipient) error) error,
	work func(*Message) error, fn func(*Message) error) error {
	type result struct {
		m   *Message
		err error
	}
	type job struct {
		r    *Recipient
		done chan result
	}
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan job, 2*workers)    // to the workers
	ordered := make(chan job, 4*workers) // to fn, in order
	stop := make(chan struct{})
	var stopOnce sync.Once
	halt := func() { stopOnce.Do(func() { close(stop) }) }

	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				m, err := t.Render(n, j.r, date)
				if err == nil && work != nil {
					err = work(m)
				}
				j.done <- result{m, err}
			}
		})
	}
	errStopped := errors.New("stopped")
	var readErr error
	go func() {
		defer close(ordered)
		defer close(jobs)
		readErr = each(func(r *Recipient) error {
			j := job{r, make(chan result, 1)}
			select {
			case jobs <- j:
			case <-stop:
				return errStopped
			}
			select {
			case ordered <- j:
			case <-stop:
				return errStopped
			}
			return nil
		})
	}()

	var err error
	for j := range ordered {
		res := <-j.done
		if err != nil {
			continue // drain: the workers finish what they took
		}
		if err = res.err; err == nil {
			err = fn(res.m)
		}
		if err != nil {
			halt()
		}
	}
	wg.Wait()
	if err != nil {
		return err
	}
	if readErr != nil && !errors.Is(readErr, errStopped) {
		return readErr
	}
	return nil
}

// WriteOutbox writes each message to dir as <token>.eml, but for those
// done says were sent: a message that was sent stays as it was sent. It
// returns how many it wrote. A file a crash leaves half-written is of a
// message not yet sent, which the next run writes again.
func WriteOutbox(dir string, msgs []*Message, done func(token string) bool) (int, error) {
	written := 0
	for _, m := range msgs {
		if done != nil && done(m.Token) {
			continue
		}
		if err := WriteMessage(dir, m); err != nil {
			return written, err
		}
		written++
	}
	return written, nil
}

// WriteMessage writes m to dir as <token>.eml.
func WriteMessage(dir string, m *Message) error {
	return writeOutboxFile(filepath.Join(dir, m.Token+".eml"), m.Data)
}
