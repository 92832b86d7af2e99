//go:build !unix

package cli

import "os"

// flock is a no-op where flock(2) does not exist: there, do not run a
// release while another command reads or writes the same site.
func flock(*os.File, bool) error { return nil }
