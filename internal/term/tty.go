package term

import (
	"io"
	"os"

	xterm "golang.org/x/term"
)

// IsTerminal reports whether w is a terminal a person watches: an *os.File
// whose descriptor answers the terminal ioctl. Being a character device is
// not enough, /dev/null is one, and a build sent there must not draw a
// progress line into it.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && f != nil && xterm.IsTerminal(int(f.Fd()))
}
