//go:build unix

package cli

import (
	"errors"
	"os"
	"syscall"
)

// flock locks the open folder f, shared or exclusive, waiting for the
// holder of a conflicting lock. The lock goes when f is closed or the
// process ends, however it ends: a killed command leaves nothing behind.
func flock(f *os.File, exclusive bool) error {
	how := syscall.LOCK_SH
	if exclusive {
		how = syscall.LOCK_EX
	}
	for {
		err := syscall.Flock(int(f.Fd()), how)
		if !errors.Is(err, syscall.EINTR) {
			return err
		}
	}
}
