package notify

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"io"
	"math/big"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/redline-legal/redline/internal/diag"
)

// mailServer is a real SMTP server (go-smtp) on a loopback port, keeping
// every message it accepts. It can drop the connection at a chosen
// moment, as a crashing server or a broken network would.
type mailServer struct {
	srv  *smtp.Server
	addr string

	mu       sync.Mutex
	received map[string][][]byte // by recipient
	accepted int                 // messages taken in all

	// dropBeforeMail closes the connection when a transaction starts after
	// this many messages were accepted (0: never): the client loses the
	// connection between two messages.
	dropBeforeMail int
	// dropBeforeReply keeps the message numbered this but closes the
	// connection before replying (0: never): the message is delivered
	// but the client never hears so.
	dropBeforeReply int
	reject          map[string]int // recipient -> SMTP code to refuse it with
	user, password  string         // require AUTH PLAIN when set
}

func startServer(t *testing.T, configure func(*mailServer)) *mailServer {
	t.Helper()
	ms := &mailServer{received: map[string][][]byte{}, reject: map[string]int{}}
	if configure != nil {
		configure(ms)
	}
	ms.srv = smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) {
		return &session{ms: ms, conn: c}, nil
	}))
	ms.srv.Domain = "localhost"
	ms.srv.AllowInsecureAuth = true
	ms.srv.ErrorLog = quietLog{}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ms.addr = l.Addr().String()
	go ms.srv.Serve(l)
	t.Cleanup(func() { ms.srv.Close() })
	return ms
}

type quietLog struct{}

func (quietLog) Printf(string, ...any) {}
func (quietLog) Println(...any)        {}

type session struct {
	ms     *mailServer
	conn   *smtp.Conn
	authed bool
	to     string
}

func (s *session) AuthMechanisms() []string { return []string{sasl.Plain} }

func (s *session) Auth(mech string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(identity, user, password string) error {
		if user != s.ms.user || password != s.ms.password {
			return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "Authentication credentials invalid"}
		}
		s.authed = true
		return nil
	}), nil
}

func (s *session) Mail(from string, _ *smtp.MailOptions) error {
	if s.ms.user != "" && !s.authed {
		return smtp.ErrAuthRequired
	}
	s.ms.mu.Lock()
	drop := s.ms.dropBeforeMail > 0 && s.ms.accepted == s.ms.dropBeforeMail
	if drop {
		s.ms.dropBeforeMail = 0
	}
	s.ms.mu.Unlock()
	if drop {
		s.conn.Conn().Close()
		return errors.New("connection dropped")
	}
	return nil
}

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if code := s.ms.reject[to]; code != 0 {
		return &smtp.SMTPError{Code: code, EnhancedCode: smtp.EnhancedCode{code / 100, 1, 1}, Message: "No such user here"}
	}
	s.to = to
	return nil
}

func (s *session) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.ms.mu.Lock()
	s.ms.received[s.to] = append(s.ms.received[s.to], data)
	s.ms.accepted++
	drop := s.ms.dropBeforeReply > 0 && s.ms.accepted == s.ms.dropBeforeReply
	if drop {
		s.ms.dropBeforeReply = 0
	}
	s.ms.mu.Unlock()
	if drop {
		s.conn.Conn().Close()
	}
	return nil
}

func (s *session) Reset()        { s.to = "" }
func (s *session) Logout() error { return nil }

// render makes the messages of n recipients.
func render(t *testing.T, n int) []*Message {
	t.Helper()
	notice, tmpl := fixture(t)
	msgs := make([]*Message, n)
	for i, r := range recipients(n) {
		m, err := tmpl.Render(notice, r, when)
		if err != nil {
			t.Fatal(err)
		}
		msgs[i] = m
	}
	return msgs
}

// sendUntilDone runs Send, as a user reruns "redline notify --send" after
// each failure, until every message is answered for; it returns the number
// of runs.
func sendUntilDone(t *testing.T, srv *Server, dir string, msgs []*Message) int {
	t.Helper()
	for run := 1; run <= 10; run++ {
		l, err := OpenLedger(dir)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := Send(srv, "notices@acme.example", msgs, l)
		l.Close()
		if err == nil {
			if rep.Delivered+rep.Refused != len(msgs) {
				t.Fatalf("run %d ended without error but %d of %d messages are answered for", run, rep.Delivered+rep.Refused, len(msgs))
			}
			return run
		}
		t.Logf("run %d: %d sent, then: %v", run, rep.Sent, err)
	}
	t.Fatal("still not done after 10 runs")
	return 0
}

// TestSendExactlyOnce sends 1,000 notices through a server that drops the
// connection part-way; after the reruns every recipient has exactly one
// message, and each parses.
func TestSendExactlyOnce(t *testing.T) {
	ms := startServer(t, func(ms *mailServer) { ms.dropBeforeMail = 400 })
	msgs := render(t, 1000)
	dir := t.TempDir()
	srv := &Server{Addr: ms.addr}
	if runs := sendUntilDone(t, srv, dir, msgs); runs != 2 {
		t.Errorf("took %d runs; want 2 (one cut off, one to finish)", runs)
	}
	for _, m := range msgs {
		got := ms.received[m.To.Address]
		if len(got) != 1 {
			t.Fatalf("%s got %d messages", m.To.Address, len(got))
		}
		p := parse(t, got[0])
		if !strings.Contains(p.text, m.To.Name) {
			t.Fatalf("%s got a message that does not name %q", m.To.Address, m.To.Name)
		}
	}
	l, _ := OpenLedger(dir)
	defer l.Close()
	if l.Len() != 1000 {
		t.Errorf("the ledger holds %d messages; want 1000", l.Len())
	}
	// A third run sends nothing.
	rep, err := Send(srv, "notices@acme.example", msgs, l)
	if err != nil || rep.Sent != 0 || rep.Before != 1000 {
		t.Errorf("a run after all were sent: %+v, %v", rep, err)
	}
	if ms.accepted != 1000 {
		t.Errorf("the server took %d messages in all", ms.accepted)
	}
}

// TestSendReconnects: with retries, one run gets past a dropped
// connection by opening a new session, and still sends each message once.
func TestSendReconnects(t *testing.T) {
	ms := startServer(t, func(ms *mailServer) { ms.dropBeforeMail = 400 })
	msgs := render(t, 1000)
	srv := &Server{Addr: ms.addr, Retries: 3, Backoff: time.Millisecond}
	if runs := sendUntilDone(t, srv, t.TempDir(), msgs); runs != 1 {
		t.Errorf("took %d runs; want 1", runs)
	}
	for _, m := range msgs {
		if n := len(ms.received[m.To.Address]); n != 1 {
			t.Fatalf("%s got %d messages", m.To.Address, n)
		}
	}
}

// TestSendCrashWindow: when the connection breaks after the server took a
// message but before it said so, that one message is sent again, with the
// same Message-ID, and no other is: what the README promises.
func TestSendCrashWindow(t *testing.T) {
	ms := startServer(t, func(ms *mailServer) { ms.dropBeforeReply = 30 })
	msgs := render(t, 100)
	sendUntilDone(t, &Server{Addr: ms.addr}, t.TempDir(), msgs)
	twice := 0
	for _, m := range msgs {
		got := ms.received[m.To.Address]
		switch {
		case len(got) == 2:
			twice++
			a, b := parse(t, got[0]), parse(t, got[1])
			if a.header.Get("Message-ID") != b.header.Get("Message-ID") {
				t.Errorf("the repeated message to %s has a new Message-ID", m.To.Address)
			}
		case len(got) != 1:
			t.Errorf("%s got %d messages", m.To.Address, len(got))
		}
	}
	if twice != 1 {
		t.Errorf("%d messages were delivered twice; want exactly the one in flight", twice)
	}
}

// TestLedgerTornLine: a ledger whose last line a crash cut short is
// repaired, and that message is sent again.
func TestLedgerTornLine(t *testing.T) {
	ms := startServer(t, nil)
	msgs := render(t, 3)
	dir := t.TempDir()
	l, err := OpenLedger(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Record(Entry{Token: msgs[0].Token, To: msgs[0].To.Address, Status: Accepted}); err != nil {
		t.Fatal(err)
	}
	l.f.WriteString(`{"time":"2026-05-20T09:30:00Z","token":"` + msgs[1].Token)
	l.Close()
	sendUntilDone(t, &Server{Addr: ms.addr}, dir, msgs)
	if len(ms.received[msgs[0].To.Address]) != 0 || len(ms.received[msgs[1].To.Address]) != 1 || len(ms.received[msgs[2].To.Address]) != 1 {
		t.Errorf("after a torn ledger line: %d, %d, %d messages", len(ms.received[msgs[0].To.Address]), len(ms.received[msgs[1].To.Address]), len(ms.received[msgs[2].To.Address]))
	}
}

func TestLedgerLocked(t *testing.T) {
	dir := t.TempDir()
	l, err := OpenLedger(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if _, err := OpenLedger(dir); err == nil || !strings.Contains(err.Error(), "another redline notify is sending") {
		t.Errorf("a second run on the same outbox: %v", err)
	}
}

func TestSendRejectedRecipient(t *testing.T) {
	msgs := render(t, 5)
	ms := startServer(t, func(ms *mailServer) { ms.reject[msgs[2].To.Address] = 550 })
	dir := t.TempDir()
	sendUntilDone(t, &Server{Addr: ms.addr}, dir, msgs)
	l, _ := OpenLedger(dir)
	defer l.Close()
	e, ok := l.Done(msgs[2].Token)
	// The server's whole reply is the evidence, enhanced code included.
	if !ok || e.Status != Rejected || e.Response != "550 5.1.1 No such user here" {
		t.Errorf("the refused recipient's ledger entry: %+v", e)
	}
	// A rerun does not try it again, and reports it.
	rep, err := Send(&Server{Addr: ms.addr}, "notices@acme.example", msgs, l)
	if err != nil || rep.Refused != 1 || len(rep.Rejected) != 0 || rep.Sent != 0 || ms.accepted != 4 {
		t.Errorf("rerun: %+v, %v; server took %d", rep, err, ms.accepted)
	}
}

func TestSendDeferredRecipient(t *testing.T) {
	msgs := render(t, 3)
	ms := startServer(t, func(ms *mailServer) { ms.reject[msgs[1].To.Address] = 451 })
	dir := t.TempDir()
	l, _ := OpenLedger(dir)
	rep, err := Send(&Server{Addr: ms.addr}, "notices@acme.example", msgs, l)
	l.Close()
	if err != nil || rep.Deferred != 1 || rep.Sent != 2 {
		t.Fatalf("first run: %+v, %v", rep, err)
	}
	delete(ms.reject, msgs[1].To.Address)
	sendUntilDone(t, &Server{Addr: ms.addr}, dir, msgs)
	for _, m := range msgs {
		if n := len(ms.received[m.To.Address]); n != 1 {
			t.Errorf("%s got %d messages", m.To.Address, n)
		}
	}
}

func TestSendUnreachable(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close() // nothing listens there now
	dir := t.TempDir()
	ledger, _ := OpenLedger(dir)
	defer ledger.Close()
	_, err = Send(&Server{Addr: addr, Timeout: 2 * time.Second}, "notices@acme.example", render(t, 2), ledger)
	if err == nil || !strings.Contains(err.Error(), "cannot connect") || !strings.Contains(hint(err), "nothing was sent") {
		t.Errorf("want a clear error; got %v", err)
	}
	if ledger.Len() != 0 {
		t.Errorf("the ledger records %d messages after a failed connection", ledger.Len())
	}
}

// TestSendSTARTTLSAndAuth: the client upgrades to TLS when offered,
// verifies the certificate, and logs in; bad credentials are a clear
// error and nothing is recorded.
func TestSendSTARTTLSAndAuth(t *testing.T) {
	cert, pool := selfSigned(t)
	ms := startServer(t, func(ms *mailServer) { ms.user, ms.password = "acme", "s3cret" })
	ms.srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}}
	ms.srv.AllowInsecureAuth = false // AUTH only after STARTTLS
	msgs := render(t, 3)

	bad := &Server{Addr: ms.addr, Username: "acme", Password: "wrong", TLS: &tls.Config{RootCAs: pool, ServerName: "localhost"}}
	dir := t.TempDir()
	l, _ := OpenLedger(dir)
	_, err := Send(bad, "notices@acme.example", msgs, l)
	l.Close()
	if err == nil || !strings.Contains(err.Error(), "login failed") || !strings.Contains(hint(err), "REDLINE_SMTP_PASSWORD") {
		t.Errorf("bad credentials: %v", err)
	}
	if ms.accepted != 0 {
		t.Fatalf("the server took %d messages with bad credentials", ms.accepted)
	}

	untrusted := &Server{Addr: ms.addr, Username: "acme", Password: "s3cret"}
	l, _ = OpenLedger(dir)
	_, err = Send(untrusted, "notices@acme.example", msgs, l)
	l.Close()
	if err == nil || !strings.Contains(err.Error(), "certificate") {
		t.Errorf("an untrusted certificate: %v", err)
	}

	good := &Server{Addr: ms.addr, Username: "acme", Password: "s3cret", TLS: &tls.Config{RootCAs: pool, ServerName: "localhost"}}
	sendUntilDone(t, good, dir, msgs)
	if ms.accepted != 3 {
		t.Errorf("the server took %d messages", ms.accepted)
	}
}

// hint is what an error tells the user to do.
func hint(err error) string {
	var e *diag.Error
	if errors.As(err, &e) {
		return e.Hint
	}
	return ""
}

// TestSendImplicitTLS: smtps:// speaks TLS from the first byte.
func TestSendImplicitTLS(t *testing.T) {
	cert, pool := selfSigned(t)
	ms := &mailServer{received: map[string][][]byte{}, reject: map[string]int{}}
	ms.srv = smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) {
		return &session{ms: ms, conn: c}, nil
	}))
	ms.srv.Domain, ms.srv.ErrorLog = "localhost", quietLog{}
	l, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{cert}})
	if err != nil {
		t.Fatal(err)
	}
	go ms.srv.Serve(l)
	t.Cleanup(func() { ms.srv.Close() })
	srv, err := ParseServer("smtps://" + l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	srv.TLS = &tls.Config{RootCAs: pool, ServerName: "localhost"}
	msgs := render(t, 2)
	sendUntilDone(t, srv, t.TempDir(), msgs)
	if ms.accepted != 2 {
		t.Errorf("the server took %d messages over TLS", ms.accepted)
	}
}

// TestNoPasswordInClear: a password is not sent over a connection without
// TLS to another machine. The server listens on this machine's own
// non-loopback address, which redline must treat as remote.
func TestNoPasswordInClear(t *testing.T) {
	var ip net.IP
	addrs, _ := net.InterfaceAddrs()
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && !n.IP.IsLoopback() && n.IP.To4() != nil {
			ip = n.IP
			break
		}
	}
	if ip == nil {
		t.Skip("this machine has no non-loopback IPv4 address")
	}
	ms := startServer(t, func(ms *mailServer) { ms.user, ms.password = "acme", "s3cret" })
	l, err := net.Listen("tcp", net.JoinHostPort(ip.String(), "0"))
	if err != nil {
		t.Skipf("cannot listen on %s: %v", ip, err)
	}
	go ms.srv.Serve(l)
	dir := t.TempDir()
	ledger, _ := OpenLedger(dir)
	defer ledger.Close()
	_, err = Send(&Server{Addr: l.Addr().String(), Username: "acme", Password: "s3cret"}, "notices@acme.example", render(t, 1), ledger)
	if err == nil || !strings.Contains(err.Error(), "clear text") {
		t.Errorf("want a refusal to send the password without TLS; got %v", err)
	}
	if ms.accepted != 0 {
		t.Errorf("the server took %d messages", ms.accepted)
	}
}

// selfSigned makes a certificate for localhost and a pool that trusts it.
func selfSigned(t *testing.T) (tls.Certificate, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "localhost"},
		DNSNames: []string{"localhost"}, IPAddresses: []net.IP{net.ParseIP("127.0.0.1")},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IsCA: true, BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	leaf, _ := x509.ParseCertificate(der)
	pool := x509.NewCertPool()
	pool.AddCert(leaf)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, pool
}

func TestParseServer(t *testing.T) {
	for _, tc := range []struct {
		in, addr string
		tls      bool
		bad      bool
	}{
		{"smtp://mail.example.com:587", "mail.example.com:587", false, false},
		{"smtp://mail.example.com", "mail.example.com:25", false, false},
		{"smtps://mail.example.com", "mail.example.com:465", true, false},
		{"smtp://user:pw@mail.example.com", "", false, true},
		{"http://mail.example.com", "", false, true},
		{"mail.example.com:25", "", false, true},
	} {
		s, err := ParseServer(tc.in)
		if tc.bad {
			if err == nil {
				t.Errorf("%s: want an error", tc.in)
			}
			continue
		}
		if err != nil || s.Addr != tc.addr || s.ImplicitTLS != tc.tls {
			t.Errorf("%s: got %+v, %v", tc.in, s, err)
		}
	}
}
