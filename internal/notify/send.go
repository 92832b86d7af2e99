package notify

import (
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/url"
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
	Sent       int     // accepted by the server in this run
	Before     int     // already in the ledger: not sent again
	Delivered  int     // accepted, in this run or before
	Rejected   []Entry // refused for good, in this run or before
	Deferred   int     // refused for now (4xx): sent by a later run
	Reconnects int     // new sessions after broken ones
}

// Send delivers every message the ledger does not hold, recording each as
// soon as the server answers for it. When the session breaks (a dropped
// connection, a server that says "try later") it opens a new one, up to
// srv.Retries times in a row, and goes on from the message it was sending;
// after that, or when the server refuses the sender for good, it stops. The
// ledger then holds exactly the messages that were accepted, and a later
// run sends the rest.
func Send(srv *Server, from string, msgs []*Message, l *Ledger) (*Report, error) {
	rep := &Report{}
	var todo []*Message
	for _, m := range msgs {
		if e, ok := l.Done(m.Token); ok {
			rep.Before++
			if e.Status == Rejected {
				rep.Rejected = append(rep.Rejected, e)
			} else {
				rep.Delivered++
			}
			continue
		}
		todo = append(todo, m)
	}
	if len(todo) == 0 {
		return rep, nil
	}
	c, err := srv.dial()
	if err != nil {
		return rep, err
	}
	defer func() { c.Close() }()

	var interval time.Duration
	if srv.Rate > 0 {
		interval = time.Duration(float64(time.Second) / srv.Rate)
	}
	next := time.Now()
	failures := 0 // broken sessions in a row, without a message answered for between them
	for i := 0; i < len(todo); {
		m := todo[i]
		if interval > 0 {
			if d := time.Until(next); d > 0 {
				time.Sleep(d)
			}
			next = maxTime(next, time.Now()).Add(interval)
		}
		resp, err := transaction(c, from, m)
		entry := func(status, response string) Entry {
			return Entry{Time: time.Now().UTC(), Token: m.Token, MessageID: m.MessageID, To: m.To.Address,
				Status: status, Response: response, Server: srv.Addr}
		}
		var se *smtp.SMTPError
		switch {
		case err == nil:
			if err := l.Record(entry(Accepted, resp)); err != nil {
				return rep, err
			}
			rep.Sent++
			rep.Delivered++
		case errors.As(err, &se) && se.Code >= 500 && errors.Is(err, errRecipient):
			e := entry(Rejected, fmt.Sprintf("%d %s", se.Code, se.Message))
			if err := l.Record(e); err != nil {
				return rep, err
			}
			rep.Rejected = append(rep.Rejected, e)
			_ = c.Reset()
		case errors.As(err, &se) && se.Code >= 400 && se.Code < 500 && errors.Is(err, errRecipient):
			rep.Deferred++
			_ = c.Reset()
		default:
			failed := (&diag.Error{Msg: fmt.Sprintf("%s: the session failed while sending to %s: %v", srv.Addr, m.To.Address, err), Err: err}).Refuse()
			// A server that refuses the sender for good (5xx) will refuse
			// it again; a dropped connection or a "try later" may pass.
			if errors.As(err, &se) && se.Code >= 500 || failures >= srv.Retries {
				return rep, failed
			}
			failures++
			c.Close()
			time.Sleep(srv.Backoff << (failures - 1))
			if c, err = srv.dial(); err != nil {
				return rep, err
			}
			rep.Reconnects++
			continue // the same message again: the ledger does not hold it
		}
		failures = 0
		i++
	}
	_ = c.Quit() // every message is answered for: a failed goodbye loses nothing
	return rep, nil
}

// errRecipient marks the errors of one recipient's transaction (RCPT or
// the end of DATA) as against errors of the whole session.
var errRecipient = errors.New("recipient")

type recipientError struct{ err error }

func (e recipientError) Error() string   { return e.err.Error() }
func (e recipientError) Unwrap() []error { return []error{e.err, errRecipient} }

// transaction sends one message and returns the server's reply to it.
func transaction(c *smtp.Client, from string, m *Message) (string, error) {
	if err := c.Mail(from, nil); err != nil {
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
