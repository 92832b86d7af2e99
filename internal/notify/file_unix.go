//go:build unix

package notify

import (
	"io/fs"
	"os"
	"syscall"
)

// noFollow makes open fail on a symbolic link (ELOOP) instead of
// following it, and not wait on a named pipe.
const noFollow = syscall.O_NOFOLLOW | syscall.O_NONBLOCK

// links is how many names the file has.
func links(fi fs.FileInfo) uint64 {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Nlink)
	}
	return 1
}

func isLoop(err error) bool {
	pe, ok := err.(*os.PathError)
	return ok && pe.Err == syscall.ELOOP
}
