package notify

import (
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/redline-legal/redline/internal/diag"
)

// Server is where notices are sent.
type Server struct {
	Addr        string // host:port
	ImplicitTLS bool   // smtps://: TLS from the first byte; else STARTTLS when offered
	Username    string // AUTH PLAIN when set
	Password    string
	TLS         *tls.Config   // nil: the system's roots, verifying Addr's host
	Rate        float64       // messages per second at most; 0 for no limit
	Timeout     time.Duration // for connecting and for each command; 0: 30 seconds
	Retries     int           // new sessions after a broken one, in a row, before giving up
	Backoff     time.Duration // the wait before the first new session; it doubles each time
}

// ParseServer reads smtp://HOST[:PORT] (port 25 by default) or
// smtps://HOST[:PORT] (465 by default).
func ParseServer(raw string) (*Server, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "smtp" && u.Scheme != "smtps") || (u.Path != "" && u.Path != "/") || u.RawQuery != "" {
		return nil, fmt.Errorf("%q is not an SMTP server: write smtp://HOST:PORT, or smtps://HOST:PORT for TLS from the start", raw)
	}
	if u.User != nil {
		return nil, errors.New("the server's address must not hold credentials: set REDLINE_SMTP_USERNAME and REDLINE_SMTP_PASSWORD")
	}
	s := &Server{ImplicitTLS: u.Scheme == "smtps", Addr: u.Host}
	if u.Port() == "" {
		port := "25"
		if s.ImplicitTLS {
			port = "465"
		}
		s.Addr = net.JoinHostPort(u.Hostname(), port)
	}
	return s, nil
}

// Report is what a send did.
type Report struct {
	Sent      int     // accepted by the server in this run
	Before    int     // already in the ledger: not sent again
	Delivered int     // accepted, in this run or before
	Rejected  []Entry // refused for good in this run
	Refused   int     // refused for good, in this run or before
	Deferred  int     // refused for now (4xx): sent by a later run
	// Not sent: an address that is not ASCII, and a server without
	// SMTPUTF8; the first 20 of them in NeedUTF8.
	NotASCII   int
	NeedUTF8   []*Message
	Reconnects int // new sessions after broken ones
}

// Left is how many messages a later run could still send.
func (r *Report) Left(total int) int { return total - r.Delivered - r.Refused }

// Sender delivers messages one at a time over one SMTP session (opened
// when the first message needs it, and again when it breaks), recording
// each as soon as the server answers for it. It holds one message at a
// time, so that a run sends a million as easily as ten.
type Sender struct {
	srv      *Server
	from     string
	l        *Ledger
	rep      *Report
	c        *smtp.Client
	utf8     bool // the server offers SMTPUTF8
	interval time.Duration
	next     time.Time
}

// NewSender prepares to send from the address from through srv.
func NewSender(srv *Server, from string, l *Ledger) *Sender {
	s := &Sender{srv: srv, from: from, l: l, rep: &Report{}, next: time.Now()}
	if srv.Rate > 0 {
		s.interval = time.Duration(float64(time.Second) / srv.Rate)
	}
	return s
}

// Report is what the sender did so far.
func (s *Sender) Report() *Report { return s.rep }

// Send delivers m unless the ledger holds it. When the session breaks (a
// dropped connection, a server that says "try later") it opens a new one,
// up to srv.Retries times in a row, and sends m again; after that, or
// when the server refuses the sender for good, it returns the error, and
// the run must stop: the ledger then holds exactly the messages that were
// accepted, and a later run sends the rest. A recipient the server refuses
// for good is recorded as such, with its whole reply; one it refuses for
// now is left for a later run; one whose address is not ASCII, when the
// server does not offer SMTPUTF8, is not sent and is reported.
func (s *Sender) Send(m *Message) error {
	rep := s.rep
	if e, ok := s.l.Done(m.Token); ok {
		rep.Before++
		if e.Status == Rejected {
			rep.Refused++
		} else {
			rep.Delivered++
		}
		return nil
	}
	if s.c == nil {
		c, err := s.srv.dial()
		if err != nil {
			return err
		}
		s.setClient(c)
	}
	failures := 0 // broken sessions in a row, without m answered for between them
	for {
		utf8 := !isASCII(m.To.Address) || !isASCII(s.from)
		if utf8 && !s.utf8 {
			if rep.NotASCII++; len(rep.NeedUTF8) < 20 {
				rep.NeedUTF8 = append(rep.NeedUTF8, &Message{To: m.To, Token: m.Token, MessageID: m.MessageID, Line: m.Line})
			}
			return nil
		}
		if s.interval > 0 {
			if d := time.Until(s.next); d > 0 {
				time.Sleep(d)
			}
			s.next = maxTime(s.next, time.Now()).Add(s.interval)
		}
		resp, err := transaction(s.c, s.from, m, utf8)
		entry := func(status, response string) Entry {
			return Entry{Time: time.Now().UTC(), Token: m.Token, MessageID: m.MessageID, To: m.To.Address,
				Status: status, Response: response, Server: s.srv.Addr}
		}
		var se *smtp.SMTPError
		switch {
		case err == nil:
			if err := s.l.Record(entry(Accepted, resp)); err != nil {
				return err
			}
			rep.Sent++
			rep.Delivered++
		case errors.As(err, &se) && se.Code >= 500 && errors.Is(err, errRecipient):
			e := entry(Rejected, reply(se))
			if err := s.l.Record(e); err != nil {
				return err
			}
			rep.Rejected = append(rep.Rejected, e)
			rep.Refused++
			_ = s.c.Reset()
		case errors.As(err, &se) && se.Code >= 400 && se.Code < 500 && errors.Is(err, errRecipient):
			rep.Deferred++
			_ = s.c.Reset()
		default:
			failed := (&diag.Error{Msg: fmt.Sprintf("%s: the session failed while sending to %s: %v", s.srv.Addr, m.To.Address, err), Err: err}).Refuse()
			// A server that refuses the sender for good (5xx) will refuse
			// it again; a dropped connection or a "try later" may pass.
			if errors.As(err, &se) && se.Code >= 500 || failures >= s.srv.Retries {
				return failed
			}
			failures++
			s.c.Close()
			s.c = nil
			time.Sleep(s.srv.Backoff << (failures - 1))
			c, err := s.srv.dial()
			if err != nil {
				return err
			}
			s.setClient(c)
			rep.Reconnects++
			continue // m again: the ledger does not hold it
		}
		return nil
	}
}

func (s *Sender) setClient(c *smtp.Client) {
	s.c = c
	s.utf8, _ = c.Extension("SMTPUTF8")
}

// Close ends the session: every message sent was answered for, so a failed
// goodbye loses nothing.
func (s *Sender) Close() {
	if s.c != nil {
		_ = s.c.Quit()
		s.c.Close()
		s.c = nil
	}
}

// Send delivers every message of msgs the ledger does not hold; see
// Sender.Send.
func Send(srv *Server, from string, msgs []*Message, l *Ledger) (*Report, error) {
	s := NewSender(srv, from, l)
	defer s.Close()
	for _, m := range msgs {
		if err := s.Send(m); err != nil {
			return s.rep, err
		}
	}
	return s.rep, nil
}

// reply is the server's reply as it sent it: code, enhanced code and text,
// each line of a reply of several with its code ("550-...\n550 5.1.1 ...").
func reply(se *smtp.SMTPError) string {
	enh := ""
	if c := se.EnhancedCode; c != (smtp.EnhancedCode{}) && c != smtp.NoEnhancedCode {
		enh = fmt.Sprintf("%d.%d.%d ", c[0], c[1], c[2])
	}
	lines := strings.Split(se.Message, "\n")
	var b strings.Builder
	for i, line := range lines {
		sep := "-"
		if i == len(lines)-1 {
			sep = " "
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "%03d%s%s%s", se.Code, sep, enh, line)
	}
	return b.String()
}

// errRecipient marks the errors of one recipient's transaction (RCPT or
// the end of DATA) as against errors of the whole session.
var errRecipient = errors.New("recipient")

type recipientError struct{ err error }

func (e recipientError) Error() string   { return e.err.Error() }
func (e recipientError) Unwrap() []error { return []error{e.err, errRecipient} }

// transaction sends one message and returns the server's reply to it.
func transaction(c *smtp.Client, from string, m *Message, utf8 bool) (string, error) {
	if err := c.Mail(from, &smtp.MailOptions{UTF8: utf8}); err != nil {
		return "", err
	}
	if err := c.Rcpt(m.To.Address, nil); err != nil {
		return "", recipientError{err}
	}
	w, err := c.Data()
	if err != nil {
		return "", err
	}
	if _, err := w.Write(m.Data); err != nil {
		return "", err
	}
	resp, err := w.CloseWithResponse()
	if err != nil {
		var se *smtp.SMTPError
		if errors.As(err, &se) {
			return "", recipientError{err}
		}
		return "", err
	}
	return "250 " + resp.StatusText, nil
}

// dial connects, secures the connection when it can, and logs in when
// credentials are set. It never sends a password in clear text to a host
// other than this machine.
func (srv *Server) dial() (*smtp.Client, error) {
	timeout := srv.Timeout
	if timeout == 0 {
		timeout = 30 * time.Second
	}
	host, _, _ := net.SplitHostPort(srv.Addr)
	cfg := srv.TLS
	if cfg == nil {
		cfg = &tls.Config{}
	}
	cfg = cfg.Clone()
	if cfg.ServerName == "" {
		cfg.ServerName = host
	}
	dialer := &net.Dialer{Timeout: timeout}
	var c *smtp.Client
	secure := true
	if srv.ImplicitTLS {
		conn, err := tls.DialWithDialer(dialer, "tcp", srv.Addr, cfg)
		if err != nil {
			return nil, srv.failure("cannot connect", err)
		}
		c = smtp.NewClient(conn)
	} else {
		conn, err := dialer.Dial("tcp", srv.Addr)
		if err != nil {
			return nil, srv.failure("cannot connect", err)
		}
		// go-smtp upgrades only a server that offers STARTTLS, and says so
		// by this error; a server that does not gets a plain connection.
		c, err = smtp.NewClientStartTLS(conn, cfg)
		if err != nil && err.Error() == "smtp: server doesn't support STARTTLS" {
			if conn, err = dialer.Dial("tcp", srv.Addr); err != nil {
				return nil, srv.failure("cannot connect", err)
			}
			c, secure = smtp.NewClient(conn), false
		} else if err != nil {
			return nil, srv.failure("STARTTLS failed", err)
		}
	}
	c.CommandTimeout, c.SubmissionTimeout = timeout, 4*timeout
	if err := c.Hello("localhost"); err != nil {
		c.Close()
		return nil, srv.failure("the server refused the greeting", err)
	}
	if srv.Username != "" {
		if !secure && !isLoopback(host) {
			c.Close()
			return nil, (&diag.Error{Msg: fmt.Sprintf("%s offers no TLS: the password would cross the network in clear text", srv.Addr)}).Refuse().
				WithHint("use a server that offers STARTTLS, or smtps://")
		}
		if err := c.Auth(sasl.NewPlainClient("", srv.Username, srv.Password)); err != nil {
			c.Close()
			return nil, srv.failure("login failed", err)
		}
	}
	return c, nil
}

func (srv *Server) failure(what string, err error) error {
	hint := "check the address and that the server is up; nothing was sent"
	var se *smtp.SMTPError
	if errors.As(err, &se) && se.Code == 535 {
		hint = "check REDLINE_SMTP_USERNAME and REDLINE_SMTP_PASSWORD"
	}
	return (&diag.Error{Msg: fmt.Sprintf("%s: %s: %v", srv.Addr, what, err), Err: err, Hint: hint}).Refuse()
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
