//go:build darwin

package site

import (
	"io/fs"
	"syscall"
)

// identityOf is what the system says of a file that changes whenever its
// bytes do: size, modification and change time, inode and device. The
// change time cannot be set back by anyone but the system's clock.
func identityOf(fi fs.FileInfo) (fileID, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok || !fi.Mode().IsRegular() {
		return fileID{}, false
	}
	return fileID{Size: fi.Size(), MTime: fi.ModTime().UnixNano(), CTime: st.Ctimespec.Nano(),
		Ino: uint64(st.Ino), Dev: uint64(st.Dev)}, true
}
