package main

import (
	"errors"
	"flag"
	"io"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/redline-legal/redline/internal/cli"
	"github.com/redline-legal/redline/internal/site"
	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata/script when a cmp fails")

// TestMain lets the scripts run "redline" as a real process: testscript
// re-executes this test binary as the command.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"redline": func() {
			os.Exit(cli.Main(os.Args[1:], cli.Env{
				Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
				Getenv: os.Getenv, Now: testClock, Theme: fs.FS(theme),
			}))
		},
	})
}

// testClock is the clock of the scripts: the real one, unless the script
// sets REDLINE_TEST_CLOCK=YYYY-MM-DD, which only this test binary reads.
// It stands for the machine's clock, which release will not let --now
// go back from; a script that releases sets it so as not to depend on
// the day it runs.
func testClock() time.Time {
	if s := os.Getenv("REDLINE_TEST_CLOCK"); s != "" {
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			panic("REDLINE_TEST_CLOCK: " + err.Error())
		}
		return t.Add(12 * time.Hour)
	}
	return time.Now()
}

// TestScripts runs the end-to-end scripts in testdata/script: each is a
// txtar archive of a small site and the commands to run on it, with the
// output and exit codes a user would see.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *update,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"mksum":   cmdMksum,
			"badbyte": cmdBadByte,
			"status":  cmdStatus,
			"smtpd":   cmdSMTPD,
			"damage":  cmdDamage,
		},
	})
}

// cmdMksum records every published file of the site in the current folder
// in versions/versions.sum, as "redline release" does, so that fixtures can
// be edited by hand.
func cmdMksum(ts *testscript.TestScript, neg bool, args []string) {
	root := ts.MkAbs(".")
	sums := make(site.Sums)
	err := filepath.WalkDir(filepath.Join(root, "versions"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".md" {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		sums[filepath.ToSlash(rel)] = site.Hash(data)
		return nil
	})
	ts.Check(err)
	ts.Check(os.WriteFile(filepath.Join(root, filepath.FromSlash(site.SumFile)), sums.Format(), 0o644))
}

// cmdStatus runs a command and checks its exit code, which DESIGN.md fixes
// (0 success, 1 refused or site errors, 2 bad usage or unreadable input):
// status CODE redline ARGS...
func cmdStatus(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) < 2 {
		ts.Fatalf("usage: status CODE COMMAND [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	err = ts.Exec(args[1], args[2:]...)
	got := 0
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		got = exitErr.ExitCode()
	} else if err != nil {
		ts.Fatalf("%v", err)
	}
	if got != want {
		ts.Fatalf("exit code %d, want %d", got, want)
	}
}

// cmdBadByte writes a byte that is not UTF-8 (Latin-1 "é") into a file at
// the given line: badbyte FILE LINE.
func cmdBadByte(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: badbyte FILE LINE")
	}
	line, err := strconv.Atoi(args[1])
	ts.Check(err)
	path := ts.MkAbs(args[0])
	data, err := os.ReadFile(path)
	ts.Check(err)
	out := make([]byte, 0, len(data)+1)
	n := 1
	for i, c := range data {
		out = append(out, c)
		if c == '\n' {
			n++
			if n == line {
				out = append(out, []byte("Caf\xe9 ")...)
				out = append(out, data[i+1:]...)
				ts.Check(os.WriteFile(path, out, 0o644))
				return
			}
		}
	}
	ts.Fatalf("%s has no line %d", args[0], line)
}

// cmdSMTPD starts an SMTP server (go-smtp) for the rest of the script and
// sets $SMTP to its smtp:// address. Each message it accepts is written
// to received/<recipient>/<n>.eml. With "drop N" it closes the connection
// when a transaction starts after N messages, once, as a failing network
// would: smtpd [drop N].
func cmdSMTPD(ts *testscript.TestScript, neg bool, args []string) {
	box := &mailbox{dir: ts.MkAbs("received"), reject: map[string]bool{}}
	utf8 := false
	for len(args) > 0 {
		switch {
		case args[0] == "utf8":
			utf8, args = true, args[1:]
		case len(args) >= 2 && args[0] == "drop":
			n, err := strconv.Atoi(args[1])
			ts.Check(err)
			box.drop, args = n, args[2:]
		case len(args) >= 2 && args[0] == "reject":
			box.reject[args[1]], args = true, args[2:]
		default:
			ts.Fatalf("usage: smtpd [drop N] [reject ADDRESS]... [utf8]")
		}
	}
	srv := smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) {
		return &mailSession{box: box, conn: c}, nil
	}))
	srv.Domain = "localhost"
	srv.EnableSMTPUTF8 = utf8
	l, err := net.Listen("tcp", "127.0.0.1:0")
	ts.Check(err)
	go srv.Serve(l)
	ts.Defer(func() { srv.Close() })
	ts.Setenv("SMTP", "smtp://"+l.Addr().String())
}

// mailbox keeps each message it accepts as received/ADDRESS/N.eml. It can
// drop the connection after drop messages, and refuses the addresses in
// reject for good with a reply of two lines.
type mailbox struct {
	dir    string
	mu     sync.Mutex
	n      int // messages accepted
	drop   int
	reject map[string]bool
}

type mailSession struct {
	box  *mailbox
	conn *smtp.Conn
	to   string
}

func (s *mailSession) Mail(string, *smtp.MailOptions) error {
	s.box.mu.Lock()
	defer s.box.mu.Unlock()
	if s.box.drop > 0 && s.box.n == s.box.drop {
		s.box.drop = 0
		s.conn.Conn().Close()
		return errors.New("connection dropped")
	}
	return nil
}

func (s *mailSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	if s.box.reject[to] {
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "No such user: " + to + "\nSee https://mail.example/help"}
	}
	s.to = to
	return nil
}

func (s *mailSession) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.box.mu.Lock()
	defer s.box.mu.Unlock()
	dir := filepath.Join(s.box.dir, s.to)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	entries, _ := os.ReadDir(dir)
	s.box.n++
	return os.WriteFile(filepath.Join(dir, strconv.Itoa(len(entries)+1)+".eml"), data, 0o644)
}

func (s *mailSession) Reset()        { s.to = "" }
func (s *mailSession) Logout() error { return nil }

// cmdDamage flips a byte in the middle of every file under a folder (a
// build cache's entries): damage DIR.
func cmdDamage(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: damage DIR")
	}
	n := 0
	err := filepath.WalkDir(ts.MkAbs(args[0]), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil || len(data) == 0 {
			return err
		}
		data[len(data)/2] ^= 0x55
		n++
		return os.WriteFile(p, data, 0o644)
	})
	ts.Check(err)
	if n == 0 {
		ts.Fatalf("no file to damage under %s", args[0])
	}
}
