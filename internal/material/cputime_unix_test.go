//go:build unix

package material

import (
	"syscall"
	"time"
)

// processCPU is the processor time the process has used, in user and
// system mode, on all its threads (the collector's included).
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
