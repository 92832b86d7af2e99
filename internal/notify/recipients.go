package notify

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"strings"
	"unicode"
	"unicode/utf8"

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

// maxErrors is how many bad rows a report lists; the rest are counted.
const maxErrors = 100

// Recipients is a recipients file that CheckRecipients found good.
type Recipients struct {
	File     string
	Count    int // recipients
	NonASCII int // of them, those with an address that needs SMTPUTF8
	open     func() (io.ReadCloser, error)
	sum      [sha256.Size]byte
}

// CheckRecipients reads the CSV file that open opens, with a header row
// naming an "email" column and, optionally, "name" and any others, and
// checks every row. A file with any bad row is refused whole, each
// reported with its line (the first 100 of them), so that nothing is
// written or sent until it is clean. It keeps no row: its memory is a
// 16-byte hash of each address, to find duplicates.
func CheckRecipients(file string, open func() (io.ReadCloser, error)) (*Recipients, error) {
	rs := &Recipients{File: file, open: open}
	sum, err := rs.read(true, func(rc *Recipient) error {
		rs.Count++
		if !isASCII(rc.Email) {
			rs.NonASCII++
		}
		return nil
	})
	rs.sum = sum
	if err != nil {
		return nil, err
	}
	return rs, nil
}

// Each reads the file again and calls fn with each recipient in turn,
// stopping at fn's first error. A file that changed since it was checked
// is an error, after the rows read.
func (rs *Recipients) Each(fn func(*Recipient) error) error {
	sum, err := rs.read(false, fn)
	if err == nil && sum != rs.sum {
		err = (&diag.Error{File: rs.File, Msg: "the recipients file changed while redline read it"}).
			WithHint("run the command again when nothing is writing to the file")
	}
	return err
}

func (rs *Recipients) read(dups bool, fn func(*Recipient) error) (sum [sha256.Size]byte, err error) {
	f, err := rs.open()
	if err != nil {
		return sum, &diag.Error{File: rs.File, Msg: "cannot read the recipients file: " + diag.Cause(err), Err: err}
	}
	defer f.Close()
	h := sha256.New()
	if err := scanRecipients(rs.File, io.TeeReader(f, h), dups, fn); err != nil {
		return sum, err
	}
	if _, err := io.Copy(h, f); err != nil {
		return sum, &diag.Error{File: rs.File, Msg: "cannot read the recipients file: " + diag.Cause(err), Err: err}
	}
	return [sha256.Size]byte(h.Sum(nil)), nil
}

// ReadRecipients reads a whole recipients file held in memory; see
// CheckRecipients.
func ReadRecipients(file string, src []byte) ([]*Recipient, error) {
	var out []*Recipient
	err := scanRecipients(file, bytes.NewReader(src), true, func(r *Recipient) error {
		out = append(out, r)
		return nil
	})
	return out, err
}

// scanRecipients reads the file, checking each row, and calls fn with
// each good one; it returns every bad row's error (or fn's first), and,
// with dups, refuses an address that an earlier row has.
func scanRecipients(file string, r io.Reader, dups bool, fn func(*Recipient) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if b, err := br.Peek(3); err == nil && string(b) == "\uFEFF" {
		br.Discard(3) // spreadsheets write a byte-order mark
	}
	cr := csv.NewReader(br)
	cr.TrimLeadingSpace = true
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err == io.EOF {
		return diag.Errorf(file, 1, "the recipients file is empty").
			WithHint("write a header row naming the columns, email first: email,name")
	}
	if err != nil {
		return csvError(file, err)
	}
	header = append([]string(nil), header...)
	emailCol, nameCol := -1, -1
	var errs diag.List
	if e := badUTF8(file, cr, header); e != nil {
		return e
	}
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
		return errs
	}
	var seen map[[16]byte]int32 // hash of the address (lower case) -> line
	if dups {
		seen = map[[16]byte]int32{}
	}
	bad := 0
	fail := func(e *diag.Error) {
		if bad++; bad <= maxErrors {
			errs = append(errs, e)
		}
	}
	rows := 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) && errors.Is(pe.Err, csv.ErrFieldCount) {
				line, _ := cr.FieldPos(0)
				fail(diag.Errorf(file, line, "the row has %d fields; the header has %d", len(rec), len(header)).
					WithHint("quote a value that holds a comma: \"Smith, Jo\""))
				continue
			}
			fail(csvError(file, err))
			break
		}
		rows++
		line, _ := cr.FieldPos(0)
		if e := badUTF8(file, cr, rec); e != nil {
			fail(e)
			continue
		}
		r := &Recipient{Email: strings.TrimSpace(rec[emailCol]), Line: line, Fields: make(map[string]string, len(rec))}
		for i, v := range rec {
			r.Fields[header[i]] = v
		}
		if nameCol >= 0 {
			r.Name = strings.TrimSpace(rec[nameCol])
		}
		if msg, hint := badAddress(r.Email); msg != "" {
			fail(diag.Errorf(file, line, "%s", msg).WithHint("%s", hint))
			continue
		}
		if strings.IndexFunc(r.Name, unicode.IsControl) >= 0 {
			fail(diag.Errorf(file, line, "the name holds a control character (a line break or tab)"))
			continue
		}
		if dups {
			key := addressKey(r.Email)
			if first, dup := seen[key]; dup {
				fail(diag.Errorf(file, line, "%s is also on line %d", r.Email, first).
					WithHint("list each recipient once: each gets one message"))
				continue
			}
			seen[key] = int32(min(line, 1<<31-1))
		}
		if bad == 0 {
			if err := fn(r); err != nil {
				return err
			}
		}
	}
	if bad > maxErrors {
		errs = append(errs, diag.Errorf(file, 0, "and %d more bad rows, not shown", bad-maxErrors).
			WithHint("fix the rows above and run again to see the rest"))
	}
	if len(errs) > 0 {
		return errs
	}
	if rows == 0 {
		return diag.Errorf(file, 1, "the recipients file has a header but no recipients")
	}
	return nil
}

// addressKey is what two rows with the same address share: 16 bytes of the
// SHA-256 of the address in lower case, so that a million addresses take
// a few tens of megabytes to compare. Two different addresses share one
// with a chance of about 1 in 10^26 at a million rows.
func addressKey(email string) [16]byte {
	h := sha256.Sum256([]byte(strings.ToLower(email)))
	return [16]byte(h[:16])
}

// badUTF8 reports the first field of the row just read that is not UTF-8.
func badUTF8(file string, cr *csv.Reader, rec []string) *diag.Error {
	for i, v := range rec {
		if utf8.ValidString(v) {
			continue
		}
		line, col := cr.FieldPos(i)
		j := 0
		for j < len(v) {
			r, size := utf8.DecodeRuneInString(v[j:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			j += size
		}
		e := diag.Errorf(file, line, "invalid UTF-8 (byte 0x%02x) in column %d", v[j], i+1)
		e.Col = col + j // exact unless the field is quoted
		return e.WithHint("save the file as UTF-8 (it may be Latin-1 or Windows-1252)")
	}
	return nil
}

// badAddress says what is wrong with an address, and what to do, or "" when
// it is a plain address a server will take. A domain must have a dot:
// "carol@customer" (a typo for customer.com) and "jo@localhost" reach no
// one on the internet, where notices go.
func badAddress(s string) (msg, hint string) {
	const plain = "write one plain address per row, such as jo@example.com"
	if s == "" {
		return "the email column is empty", plain
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || a.Name != "" {
		return fmt.Sprintf("%q is not an email address", s), plain
	}
	at := strings.LastIndexByte(s, '@')
	local, domain := s[:at], s[at+1:]
	switch {
	case len(s) > 254:
		return fmt.Sprintf("the address %.40q... is %d characters long; mail servers take at most 254", s, len(s)), plain
	case len(local) > 64:
		return fmt.Sprintf("the part before the @ of %q is %d characters long; mail servers take at most 64", s, len(local)), plain
	case strings.HasPrefix(domain, "["):
		return fmt.Sprintf("%s is addressed to an IP address, not a domain", s), "write the address with its domain name"
	case !strings.Contains(domain, "."):
		return fmt.Sprintf("the domain of %s has no dot: %q is not a domain mail can reach", s, domain),
			fmt.Sprintf("write the whole domain, such as %s.com", domain)
	}
	for _, label := range strings.Split(domain, ".") {
		if label == "" || strings.HasPrefix(label, "-") || strings.HasSuffix(label, "-") {
			return fmt.Sprintf("the domain of %s is not a valid name", s), plain
		}
	}
	return "", ""
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func csvError(file string, err error) *diag.Error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &diag.Error{File: file, Line: pe.Line, Col: pe.Column, Msg: pe.Err.Error(), Err: err,
			Hint: `a value holding a quote is written in quotes with the quote doubled: "Jo ""JJ"" Smith"`}
	}
	return &diag.Error{File: file, Msg: err.Error(), Err: err}
}
