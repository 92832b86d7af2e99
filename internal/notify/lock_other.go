//go:build !unix

package notify

import "os"

// lock is a no-op where flock(2) does not exist: do not run two sends from
// one outbox at once there.
func lock(*os.File) error { return nil }
