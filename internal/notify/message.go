package notify

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	htmltemplate "html/template"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"strconv"
	"strings"
	texttemplate "text/template"
	"time"

	"github.com/redline-legal/redline/internal/build"
	"github.com/redline-legal/redline/internal/diag"
)

// The layouts of a notice. notice.txt also defines the template "subject".
const (
	TextLayout = "email/notice.txt"
	HTMLLayout = "email/notice.html"
)

// Templates are the parsed notice layouts.
type Templates struct {
	text               *texttemplate.Template
	html               *htmltemplate.Template
	textFile, htmlFile string
}

// LoadTemplates parses the notice layouts of theme (a site's own first).
// A field a layout names that a recipient does not have is an error when
// the message is rendered, not an empty string.
func LoadTemplates(theme build.Theme) (*Templates, error) {
	t := &Templates{}
	src, file, err := theme.Layout(TextLayout)
	if err != nil {
		return nil, err
	}
	t.textFile = file
	if t.text, err = texttemplate.New("notice.txt").Option("missingkey=error").Parse(string(src)); err != nil {
		return nil, build.TemplateError(file, err)
	}
	if t.text.Lookup("subject") == nil {
		return nil, diag.Errorf(file, 1, `the layout does not define the template "subject"`).
			WithHint(`add {{define "subject"}}...{{end}}: the line that becomes the message's Subject`)
	}
	if src, file, err = theme.Layout(HTMLLayout); err != nil {
		return nil, err
	}
	t.htmlFile = file
	if t.html, err = htmltemplate.New("notice.html").Option("missingkey=error").Parse(string(src)); err != nil {
		return nil, build.TemplateError(file, err)
	}
	return t, nil
}

// Message is one rendered notice, ready to send.
type Message struct {
	To        *mail.Address
	MessageID string // without the angle brackets
	Token     string // the message's name in the outbox and the ledger
	Line      int    // the recipient's line in the recipients file
	Data      []byte // the whole RFC 5322 message, CRLF line ends
}

// For returns the notice as the layouts see it in r's message.
func (n *Notice) For(r *Recipient) *Notice {
	c := *n
	c.Recipient = r.Fields
	return &c
}

// Render writes the message for one recipient, dated date.
func (t *Templates) Render(n *Notice, r *Recipient, date time.Time) (*Message, error) {
	d := n.For(r)
	var subject, text, html bytes.Buffer
	if err := t.text.ExecuteTemplate(&subject, "subject", d); err != nil {
		return nil, t.fieldError(t.textFile, r, err)
	}
	if err := t.text.Execute(&text, d); err != nil {
		return nil, t.fieldError(t.textFile, r, err)
	}
	if err := t.html.Execute(&html, d); err != nil {
		return nil, t.fieldError(t.htmlFile, r, err)
	}
	m := &Message{To: &mail.Address{Name: r.Name, Address: r.Email}, Token: n.token(r.Email), Line: r.Line}
	m.MessageID = m.Token + "@" + n.host

	var b bytes.Buffer
	h := headerWriter{&b}
	h.add("Date", date.Format(time.RFC1123Z))
	h.address("From", n.From)
	if n.ReplyTo != nil {
		h.address("Reply-To", n.ReplyTo)
	}
	h.address("To", m.To)
	h.text("Subject", strings.Join(strings.Fields(subject.String()), " "))
	h.add("Message-ID", "<"+m.MessageID+">")
	h.add("Auto-Submitted", "auto-generated")
	h.add("MIME-Version", "1.0")
	mw := multipart.NewWriter(&b)
	// A boundary of the message's own token keeps outboxes reproducible; it
	// cannot occur in a quoted-printable body, whose lines it would have to
	// start with "--redline-" and the same 32 hex digits.
	if err := mw.SetBoundary("redline-" + m.Token); err != nil {
		return nil, err
	}
	h.add("Content-Type", `multipart/alternative; boundary="`+mw.Boundary()+`"`)
	b.WriteString("\r\n")
	for _, part := range []struct {
		mediaType string
		body      []byte
	}{{"text/plain", wrap(text.Bytes(), 76)}, {"text/html", html.Bytes()}} {
		w, err := mw.CreatePart(textproto.MIMEHeader{
			"Content-Type":              {part.mediaType + "; charset=utf-8"},
			"Content-Transfer-Encoding": {"quoted-printable"},
		})
		if err != nil {
			return nil, err
		}
		qp := quotedprintable.NewWriter(w)
		if _, err := qp.Write(part.body); err != nil {
			return nil, err
		}
		if err := qp.Close(); err != nil {
			return nil, err
		}
	}
	if err := mw.Close(); err != nil {
		return nil, err
	}
	m.Data = b.Bytes()
	return m, nil
}

// HTML renders only the HTML part for one recipient, as a page to look at.
func (t *Templates) HTML(n *Notice, r *Recipient) ([]byte, error) {
	var b bytes.Buffer
	if err := t.html.Execute(&b, n.For(r)); err != nil {
		return nil, t.fieldError(t.htmlFile, r, err)
	}
	return b.Bytes(), nil
}

// fieldError places a layout's execution error, and says what to do when a
// layout names a column the recipients file lacks.
func (t *Templates) fieldError(file string, r *Recipient, err error) error {
	e := build.TemplateError(file, err)
	if strings.Contains(err.Error(), "map has no entry for key") {
		if r.Line > 0 {
			e.Hint = "add that column to the recipients file, or take it out of the layout"
		} else {
			e.Hint = "the layout uses a recipient column: give --to with a recipients file that has it"
		}
	}
	return e
}

// token names a recipient's message of this version: the same in every run,
// so that a receiver can recognise a repeated message by its Message-ID.
// It is a hash, so neither the outbox's file names nor Message-IDs show
// the address.
func (n *Notice) token(email string) string {
	h := sha256.Sum256([]byte(n.Policy.Key() + "\x00" + strconv.Itoa(n.Version.Number) + "\x00" + strings.ToLower(email)))
	return hex.EncodeToString(h[:16])
}

// wrap breaks the lines of plain text longer than width at spaces, so that
// a reader who sees the raw message reads whole words; a list item's
// continuation lines are indented under its text. A word longer than width
// (a link) keeps its own line whole.
func wrap(text []byte, width int) []byte {
	var b bytes.Buffer
	for i, line := range strings.Split(string(text), "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		indent := ""
		if strings.HasPrefix(line, "- ") {
			indent = "  "
		}
		col := 0
		for j, word := range strings.Split(line, " ") {
			switch {
			case j == 0:
			case col+1+len(word) > width && col > len(indent):
				b.WriteString("\n" + indent)
				col = len(indent)
			default:
				b.WriteByte(' ')
				col++
			}
			b.WriteString(word)
			col += len(word)
		}
	}
	return b.Bytes()
}
