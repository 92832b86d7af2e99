package notify

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/redline-legal/redline/internal/diag"
)

// LedgerFile is the ledger's name in the outbox.
const LedgerFile = "ledger.jsonl"

// Entry is one line of a ledger: what a server said about one message.
type Entry struct {
	Time      time.Time `json:"time"`      // when the server answered
	Token     string    `json:"token"`     // the message's name in the outbox: <token>.eml
	MessageID string    `json:"messageId"` // without angle brackets
	To        string    `json:"to"`        // the recipient's address
	Status    string    `json:"status"`    // Accepted or Rejected
	// Response is the server's whole reply, as it sent it:
	// "250 2.0.0 Ok: queued as 4XyZ", "550 5.1.1 No such user"; the lines
	// of a reply of several are joined by "\n" ("550-...\n550 5.1.1 ...").
	Response string `json:"response"`
	Server   string `json:"server"` // host:port
}

// Entry statuses.
const (
	Accepted = "accepted" // the server took responsibility for the message
	Rejected = "rejected" // the server refused the recipient for good (5xx)
)

// Ledger is the append-only record of the messages a server answered for
// for good. Each entry is written and synced to disk before the next
// message is sent; a run holds the ledger's lock so that no two runs send
// from one outbox at once.
//
// In memory it keeps 16 bytes for each accepted message (its token) and
// the whole entry of each refused one, so that a ledger of a million
// messages takes a few tens of megabytes.
type Ledger struct {
	path     string
	f        *os.File
	accepted map[[16]byte]struct{}
	rejected map[[16]byte]Entry
}

// OpenLedger opens (creating if need be) the ledger in dir and locks it.
// A last line cut short by a crash is dropped: its message was not
// recorded, so it is sent again, under the same Message-ID.
func OpenLedger(dir string) (*Ledger, error) {
	path := filepath.Join(dir, LedgerFile)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, &diag.Error{File: dir, Msg: "cannot create the outbox: " + diag.Cause(err), Err: err}
	}
	if err := realDir(dir); err != nil {
		return nil, err
	}
	f, err := openOutboxFile(path, os.O_RDWR)
	if err != nil {
		return nil, err
	}
	if err := lock(f); err != nil {
		f.Close()
		return nil, (&diag.Error{File: path, Msg: "another redline notify is sending from this outbox", Err: err}).Refuse().
			WithHint("wait for it to finish; two runs at once could send a message twice")
	}
	l := &Ledger{path: path, f: f, accepted: map[[16]byte]struct{}{}, rejected: map[[16]byte]Entry{}}
	whole, err := scanLedger(path, f, func(e Entry) {
		if e.Status == Accepted {
			l.accepted[tokenKey(e.Token)] = struct{}{}
		} else {
			l.rejected[tokenKey(e.Token)] = e
		}
	})
	if err != nil {
		f.Close()
		return nil, err
	}
	if err := f.Truncate(whole); err != nil { // drops a torn last line
		f.Close()
		return nil, &diag.Error{File: path, Msg: "cannot repair the ledger's last line: " + diag.Cause(err), Err: err}
	}
	if _, err := f.Seek(whole, io.SeekStart); err != nil {
		f.Close()
		return nil, err
	}
	return l, nil
}

// tokenKey is a token as a map key: its 16 bytes when it is 32 hex digits,
// as redline's are, else a hash of it.
func tokenKey(token string) [16]byte {
	var k [16]byte
	if len(token) == 32 {
		if _, err := hex.Decode(k[:], []byte(token)); err == nil {
			return k
		}
	}
	h := sha256.Sum256([]byte(token))
	return [16]byte(h[:16])
}

// Done returns the entry of the message named token, if a server has
// answered for it for good. Of an accepted message it returns only the
// token and status; the ledger file holds the rest.
func (l *Ledger) Done(token string) (Entry, bool) {
	k := tokenKey(token)
	if _, ok := l.accepted[k]; ok {
		return Entry{Token: token, Status: Accepted}, true
	}
	e, ok := l.rejected[k]
	return e, ok
}

// Len is how many messages the ledger holds.
func (l *Ledger) Len() int { return len(l.accepted) + len(l.rejected) }

// Record appends e and syncs it to disk.
func (l *Ledger) Record(e Entry) error {
	line, err := json.Marshal(e)
	if err != nil {
		return err
	}
	if _, err := l.f.Write(append(line, '\n')); err != nil {
		return &diag.Error{File: l.path, Msg: "cannot write the ledger: " + diag.Cause(err), Err: err}
	}
	if err := l.f.Sync(); err != nil {
		return &diag.Error{File: l.path, Msg: "cannot sync the ledger to disk: " + diag.Cause(err), Err: err}
	}
	if e.Status == Accepted {
		l.accepted[tokenKey(e.Token)] = struct{}{}
	} else {
		l.rejected[tokenKey(e.Token)] = e
	}
	return nil
}

// Path is the ledger's file.
func (l *Ledger) Path() string { return l.path }

// Close releases the ledger.
func (l *Ledger) Close() error { return l.f.Close() }

// ReadLedger reads the ledger at path of fsys; a missing ledger is no entries.
func ReadLedger(fsys fs.FS, path string) ([]Entry, error) {
	var out []Entry
	err := eachLedgerEntry(fsys, path, func(e Entry) { out = append(out, e) })
	return out, err
}

// ReadSent summarises the ledger at path of fsys, reading it line by line;
// a missing ledger is nothing sent.
func ReadSent(fsys fs.FS, path string) (Sent, error) {
	var s Sent
	err := eachLedgerEntry(fsys, path, s.add)
	return s, err
}

func eachLedgerEntry(fsys fs.FS, path string, fn func(Entry)) error {
	f, err := fsys.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return &diag.Error{File: path, Msg: "cannot read the ledger: " + diag.Cause(err), Err: err}
	}
	defer f.Close()
	_, err = scanLedger(path, f, fn)
	return err
}

// scanLedger calls fn with each entry of the ledger r and returns the
// length of its whole lines: a last line without its newline is one a
// crash cut short before its message counted as recorded, and is left out.
func scanLedger(path string, r io.Reader, fn func(Entry)) (int64, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var whole int64
	for n := 1; ; n++ {
		line, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			var long []byte
			long = append(long, line...)
			for errors.Is(err, bufio.ErrBufferFull) {
				line, err = br.ReadSlice('\n')
				long = append(long, line...)
			}
			line = long
		}
		if err == io.EOF {
			return whole, nil // a torn last line, or none
		}
		if err != nil {
			return 0, &diag.Error{File: path, Msg: "cannot read the ledger: " + diag.Cause(err), Err: err}
		}
		whole += int64(len(line))
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var e Entry
		if err := json.Unmarshal(line, &e); err != nil || e.Token == "" || (e.Status != Accepted && e.Status != Rejected) {
			return 0, (&diag.Error{File: path, Line: n, Msg: "this ledger line is damaged", Err: err}).Refuse().
				WithHint("the ledger is the record of what was sent; restore it from a backup rather than edit it")
		}
		fn(e)
	}
}

// parseLedger reads a ledger held in memory.
func parseLedger(path string, data []byte) ([]Entry, error) {
	var out []Entry
	_, err := scanLedger(path, bytes.NewReader(data), func(e Entry) { out = append(out, e) })
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Sent summarises a ledger: how many messages were accepted, and when the
// last was.
type Sent struct {
	Accepted, Rejected int
	Last               time.Time
}

func (s *Sent) add(e Entry) {
	if e.Status != Accepted {
		s.Rejected++
		return
	}
	s.Accepted++
	if e.Time.After(s.Last) {
		s.Last = e.Time
	}
}

// Summarise counts the entries of a ledger.
func Summarise(entries []Entry) Sent {
	var s Sent
	for _, e := range entries {
		s.add(e)
	}
	return s
}
