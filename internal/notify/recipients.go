package notify

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"strings"
	"unicode"

	"github.com/redline-legal/redline/internal/diag"
)

// Recipient is one row of a recipients file.
type Recipient struct {
	Email  string
	Name   string            // may be empty
	Fields map[string]string // every column by its lower-case header name, "email" and "name" included
	Line   int               // line of the file; 0 for the preview's sample reader
}

// Preview is the recipient of a preview: no one in particular.
var Preview = &Recipient{Email: "reader@example.com", Fields: map[string]string{"email": "reader@example.com", "name": ""}}

// ReadRecipients reads a CSV file with a header row naming an "email"
// column and, optionally, "name" and any others. Every bad row is reported
// with its line; a file with any is refused whole, so that nothing is sent
// until it is clean.
func ReadRecipients(file string, src []byte) ([]*Recipient, error) {
	src = bytes.TrimPrefix(src, []byte("\uFEFF")) // spreadsheets write a byte-order mark
	cr := csv.NewReader(bytes.NewReader(src))
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, diag.Errorf(file, 1, "the recipients file is empty").
			WithHint("write a header row naming the columns, email first: email,name")
	}
	if err != nil {
		return nil, csvError(file, err)
	}
	emailCol, nameCol := -1, -1
	var errs diag.List
	seenCol := map[string]bool{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		header[i] = h
		switch {
		case h == "":
			errs = append(errs, diag.Errorf(file, 1, "column %d has no name", i+1).WithHint("name every column in the header row"))
		case seenCol[h]:
			errs = append(errs, diag.Errorf(file, 1, "two columns are named %q", h))
		case h == "email":
			emailCol = i
		case h == "name":
			nameCol = i
		}
		seenCol[h] = true
	}
	if emailCol < 0 {
		errs = append(errs, diag.Errorf(file, 1, "the header row has no column named email").
			WithHint("the first row names the columns: email,name,..."))
	}
	if len(errs) > 0 {
		return nil, errs
	}
	var out []*Recipient
	seen := map[string]int{} // address (lower case) -> line
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) && errors.Is(pe.Err, csv.ErrFieldCount) {
				line, _ := cr.FieldPos(0)
				errs = append(errs, diag.Errorf(file, line, "the row has %d fields; the header has %d", len(rec), len(header)).
					WithHint("quote a value that holds a comma: \"Smith, Jo\""))
				continue
			}
			errs = append(errs, csvError(file, err))
			break
		}
		line, _ := cr.FieldPos(0)
		r := &Recipient{Email: strings.TrimSpace(rec[emailCol]), Line: line, Fields: make(map[string]string, len(rec))}
		for i, v := range rec {
			r.Fields[header[i]] = v
		}
		if nameCol >= 0 {
			r.Name = strings.TrimSpace(rec[nameCol])
		}
		if msg := badAddress(r.Email); msg != "" {
			errs = append(errs, diag.Errorf(file, line, "%s", msg).WithHint("write one plain address per row, such as jo@example.com"))
			continue
		}
		if strings.IndexFunc(r.Name, unicode.IsControl) >= 0 {
			errs = append(errs, diag.Errorf(file, line, "the name holds a control character (a line break or tab)"))
			continue
		}
		key := strings.ToLower(r.Email)
		if first, dup := seen[key]; dup {
			errs = append(errs, diag.Errorf(file, line, "%s is also on line %d", r.Email, first).
				WithHint("list each recipient once: each gets one message"))
			continue
		}
		seen[key] = line
		out = append(out, r)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if len(out) == 0 {
		return nil, diag.Errorf(file, 1, "the recipients file has a header but no recipients")
	}
	return out, nil
}

// badAddress says what is wrong with an address, or "" when it is a plain
// address a server will take.
func badAddress(s string) string {
	if s == "" {
		return "the email column is empty"
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || a.Name != "" {
		return fmt.Sprintf("%q is not an email address", s)
	}
	return ""
}

func csvError(file string, err error) *diag.Error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &diag.Error{File: file, Line: pe.Line, Col: pe.Column, Msg: pe.Err.Error(), Err: err,
			Hint: `a value holding a quote is written in quotes with the quote doubled: "Jo ""JJ"" Smith"`}
	}
	return &diag.Error{File: file, Msg: err.Error(), Err: err}
}
