package notify

import (
	"bytes"
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
	Response  string    `json:"response"`  // the server's reply, "250 2.0.0 Ok: queued as 4XyZ"
	Server    string    `json:"server"`    // host:port
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
type Ledger struct {
	path string
	f    *os.File
	done map[string]Entry // by token
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
	data, err := io.ReadAll(f)
	if err != nil {
		f.Close()
		return nil, &diag.Error{File: path, Msg: "cannot read the ledger: " + diag.Cause(err), Err: err}
	}
	if whole := wholeLines(data); len(whole) < len(data) {
		data = whole
		if err := f.Truncate(int64(len(data))); err != nil {
			f.Close()
			return nil, &diag.Error{File: path, Msg: "cannot repair the ledger's last line: " + diag.Cause(err), Err: err}
		}
	}
	entries, err := parseLedger(path, data)
	if err != nil {
		f.Close()
		return nil, err
	}
	if _, err := f.Seek(0, 2); err != nil {
		f.Close()
		return nil, err
	}
	l := &Ledger{path: path, f: f, done: make(map[string]Entry, len(entries))}
	for _, e := range entries {
		l.done[e.Token] = e
	}
	return l, nil
}

// Done returns the entry of the message named token, if a server has
// answered for it for good.
func (l *Ledger) Done(token string) (Entry, bool) {
	e, ok := l.done[token]
	return e, ok
}

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
	l.done[e.Token] = e
	return nil
}

// Path is the ledger's file.
func (l *Ledger) Path() string { return l.path }

// Close releases the ledger.
func (l *Ledger) Close() error { return l.f.Close() }

// ReadLedger reads the ledger at path of fsys; a missing ledger is no entries.
func ReadLedger(fsys fs.FS, path string) ([]Entry, error) {
	data, err := fs.ReadFile(fsys, path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, &diag.Error{File: path, Msg: "cannot read the ledger: " + diag.Cause(err), Err: err}
	}
	return parseLedger(path, wholeLines(data))
}

// wholeLines drops a last line without its newline: a crash cut it short
// before its message counted as recorded.
func wholeLines(data []byte) []byte {
	return data[:bytes.LastIndexByte(data, '\n')+1]
}

func parseLedger(path string, data []byte) ([]Entry, error) {
	var out []Entry
	for n, line := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var e Entry
		if err := json.Unmarshal(line, &e); err != nil || e.Token == "" || (e.Status != Accepted && e.Status != Rejected) {
			return nil, (&diag.Error{File: path, Line: n + 1, Msg: "this ledger line is damaged", Err: err}).Refuse().
				WithHint("the ledger is the record of what was sent; restore it from a backup rather than edit it")
		}
		out = append(out, e)
	}
	return out, nil
}

// Sent summarises a ledger: how many messages were accepted, and when the
// last was.
type Sent struct {
	Accepted, Rejected int
	Last               time.Time
}

// Summarise counts the entries of a ledger.
func Summarise(entries []Entry) Sent {
	var s Sent
	for _, e := range entries {
		if e.Status != Accepted {
			s.Rejected++
			continue
		}
		s.Accepted++
		if e.Time.After(s.Last) {
			s.Last = e.Time
		}
	}
	return s
}
