package markdown

import (
	"bytes"
	"errors"
)

// ErrUnclosedFrontMatter is returned by Split when a file opens front matter
// with +++ and never closes it.
var ErrUnclosedFrontMatter = errors.New("front matter opened with +++ is never closed")

// Split separates TOML front matter between "+++" lines from the body.
// bodyLine is the 1-based line on which the body starts, so that positions
// inside the body can be reported as lines of the file. A file that does not
// start with "+++" has no front matter: front is nil and body is src.
func Split(src []byte) (front, body []byte, bodyLine int, err error) {
	first, rest, _ := cutLine(src)
	if !isFence(first) {
		return nil, src, 1, nil
	}
	line := 2
	start := len(src) - len(rest)
	for len(rest) > 0 {
		l, r, _ := cutLine(rest)
		if isFence(l) {
			end := len(src) - len(rest)
			return src[start:end], r, line + 1, nil
		}
		rest = r
		line++
	}
	return nil, nil, 0, ErrUnclosedFrontMatter
}

func isFence(line []byte) bool {
	return string(bytes.TrimRight(line, " \t\r")) == "+++"
}

// cutLine returns the first line of b without its newline and the rest.
func cutLine(b []byte) (line, rest []byte, found bool) {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return b[:i], b[i+1:], true
	}
	return b, nil, false
}
