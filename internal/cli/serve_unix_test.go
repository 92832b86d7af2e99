//go:build unix

package cli

import (
	"bytes"
	"net/http"
	"os"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// lineWriter collects output and reports on a channel when a line matches.
type lineWriter struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	re    *regexp.Regexp
	found chan string
}

func (w *lineWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if m := w.re.FindString(w.buf.String()); m != "" && w.found != nil {
		w.found <- m
		w.found = nil
	}
	return len(p), nil
}

func (w *lineWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// runServeUntilInterrupt runs serve on this repository's site, waits for
// its URL, checks that it answers, then interrupts it as Ctrl-C does.
func runServeUntilInterrupt(t *testing.T, args ...string) (code int, url, stderr string) {
	t.Helper()
	found := make(chan string, 1) // not out.found, which Write sets to nil under its lock
	out := &lineWriter{re: regexp.MustCompile(`http://[^ ]+/ `), found: found}
	errb := &lineWriter{re: regexp.MustCompile(`^$`)}
	done := make(chan int, 1)
	go func() {
		done <- Main(append([]string{"serve", "--source", "../..", "--now", "2026-07-01"}, args...),
			Env{Stdout: out, Stderr: errb, Getenv: func(string) string { return "" }, Now: time.Now, Theme: os.DirFS("../..")})
	}()
	select {
	case url = <-found:
		url = strings.TrimSpace(url)
	case code := <-done:
		t.Fatalf("serve exited with %d before serving:\n%s%s", code, out, errb)
	case <-time.After(60 * time.Second):
		t.Fatalf("serve printed no URL:\n%s%s", out, errb)
	}
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("GET %s: %d", url, resp.StatusCode)
	}
	// An open event stream must not keep the server from stopping.
	events, err := http.Get(url + "_redline/events")
	if err != nil {
		t.Fatal(err)
	}
	defer events.Body.Close()
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	select {
	case code = <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop on SIGINT")
	}
	return code, url, errb.String()
}

func TestServeLoopbackAndInterrupt(t *testing.T) {
	code, url, stderr := runServeUntilInterrupt(t, "--addr", "127.0.0.1:0")
	if code != 0 {
		t.Errorf("exit code %d after SIGINT, want 0; stderr:\n%s", code, stderr)
	}
	if !strings.HasPrefix(url, "http://127.0.0.1:") {
		t.Errorf("URL %s is not on loopback", url)
	}
	if strings.Contains(stderr, "visible") {
		t.Errorf("a loopback address warned:\n%s", stderr)
	}
}

func TestServeDefaultAddrIsLoopback(t *testing.T) {
	var out bytes.Buffer
	Main([]string{"serve", "-h"}, Env{Stdout: &out, Stderr: &out, Getenv: func(string) string { return "" }, Now: time.Now})
	if !strings.Contains(out.String(), `(default "127.0.0.1:1313")`) {
		t.Errorf("serve's default address is not loopback:\n%s", out.String())
	}
}

func TestServeWarnsOffLoopback(t *testing.T) {
	_, url, stderr := runServeUntilInterrupt(t, "--addr", "0.0.0.0:0")
	if !strings.Contains(stderr, "listening on 0.0.0.0:0: drafts are visible to anyone on the network") {
		t.Errorf("no warning for a non-loopback address:\n%s", stderr)
	}
	// Every interface: the URL printed is one a browser opens, not http://[::]:PORT/.
	if !strings.HasPrefix(url, "http://127.0.0.1:") {
		t.Errorf("URL %s", url)
	}
}

// TestServeBadPort: a port that is no port is a usage error (exit 2), not
// a port in use.
func TestServeBadPort(t *testing.T) {
	for _, addr := range []string{"127.0.0.1:abc", "localhost:99999", "127.0.0.1:-1"} {
		var out bytes.Buffer
		code := Main([]string{"serve", "--source", "../..", "--addr", addr}, Env{Stdout: &out, Stderr: &out, Getenv: func(string) string { return "" }, Now: time.Now})
		if code != 2 || !strings.Contains(out.String(), "the port must be a number") {
			t.Errorf("--addr %s: exit %d:\n%s", addr, code, out.String())
		}
	}
}
