//go:build unix

package notify

import (
	"os"
	"syscall"
)

// lock takes an exclusive lock on f without waiting; the lock goes with
// the process, so a run that is killed leaves no stale lock behind.
func lock(f *os.File) error {
	return syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
}
