//go:build unix

package build

import (
	"os"
	"syscall"
)

// tryLock takes an exclusive lock on f without waiting and reports whether
// it got it. A build holds its temporary folder locked until it ends, so
// that another build does not take it for a leftover; the lock goes with
// the process.
func tryLock(f *os.File) bool {
	return syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) == nil
}
