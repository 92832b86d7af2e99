// Package diag is redline's error with a place: the file and line an error is
// about, what is wrong, and what to do. Every package that reads user input
// reports through it, and the CLI prints it as "file:line:col: message" with
// the hint on the next line.
package diag

import (
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

// Error is a problem in one place of the user's input.
type Error struct {
	File string // path relative to the site folder, slash-separated
	Line int    // 1-based; 0 when the problem is about the whole file
	Col  int    // 1-based; 0 when unknown
	Msg  string // what is wrong
	Hint string // what to do about it; may be empty
	Err  error  // the underlying error, if any

	// Unsafe marks input that reads fine but that redline refuses to act on
	// (a changed published file, too little notice): exit code 1, where
	// input that cannot be read or parsed is exit code 2.
	Unsafe bool
}

// Refuse marks e as a refusal to act on readable input, and returns it.
func (e *Error) Refuse() *Error {
	e.Unsafe = true
	return e
}

// Errorf returns an Error about file:line with a formatted message.
func Errorf(file string, line int, format string, args ...any) *Error {
	return &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
}

// WithHint sets the hint and returns e, for chaining.
func (e *Error) WithHint(format string, args ...any) *Error {
	e.Hint = fmt.Sprintf(format, args...)
	return e
}

// Error formats the place and the message; the hint is not included.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// List is several errors, reported together so that a user fixes them in one
// pass rather than one run at a time.
type List []*Error

// Error joins the errors one per line.
func (l List) Error() string {
	lines := make([]string, len(l))
	for i, e := range l {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Sort orders the list by file, line and column, so output is deterministic.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// Unsafe reports whether every error in l is a refusal (exit code 1) rather
// than unreadable input (exit code 2).
func (l List) Unsafe() bool {
	for _, e := range l {
		if !e.Unsafe {
			return false
		}
	}
	return len(l) > 0
}

// Err returns nil for an empty list and the list otherwise.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// All flattens err into its place-carrying errors: a List, a single *Error,
// or any other error as one Error without a place.
func All(err error) List {
	if err == nil {
		return nil
	}
	var l List
	if errors.As(err, &l) {
		return l
	}
	var e *Error
	if errors.As(err, &e) {
		return List{e}
	}
	return List{{Msg: err.Error()}}
}

// Cause is the text of an I/O error without the path it names, for an
// Error whose File already names it: "permission denied", not
// "open public/x: permission denied".
func Cause(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
