package notify

import (
	"bytes"
	"mime"
	"net/mail"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// headerLines checks that every line of a message's header is at most 78
// characters and returns the header as net/mail reads it.
func headerLines(t *testing.T, data []byte) mail.Header {
	t.Helper()
	head, _, _ := bytes.Cut(data, []byte("\r\n\r\n"))
	for i, line := range strings.Split(string(head), "\r\n") {
		if len(line) > maxLine {
			t.Errorf("header line %d is %d characters long: %.100q", i+1, len(line), line)
		}
	}
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("net/mail cannot read the message: %v", err)
	}
	return msg.Header
}

// checkHeaders renders a message for name and subject and checks that no
// header line is longer than 78 characters and that a mail program reads
// back the same name, address and subject.
func checkHeaders(t *testing.T, name, subject string) {
	t.Helper()
	var b bytes.Buffer
	h := headerWriter{&b}
	h.address("To", &mail.Address{Name: name, Address: "jo@example.org"})
	h.text("Subject", subject)
	b.WriteString("\r\nbody\r\n")
	hd := headerLines(t, b.Bytes())
	to, err := mail.ParseAddress(hd.Get("To"))
	if err != nil {
		t.Fatalf("To: %.200q does not parse: %v", hd.Get("To"), err)
	}
	if to.Name != name || to.Address != "jo@example.org" {
		t.Errorf("To: %.200q reads back as %q <%s>; want %q", hd.Get("To"), to.Name, to.Address, name)
	}
	got, err := new(mime.WordDecoder).DecodeHeader(hd.Get("Subject"))
	if err != nil || got != subject {
		t.Errorf("Subject: %.200q reads back as %q, %v; want %q", hd.Get("Subject"), got, err, subject)
	}
}

// TestHeaderFolding: what issue 12 found (a 5,000-character name made a
// 5,006-octet To line, a long non-ASCII name a 79-character one) and other
// hostile names and subjects.
func TestHeaderFolding(t *testing.T) {
	for _, tc := range []struct{ what, name, subject string }{
		{"plain", "Jo Smith", "Acme: our Privacy Policy changes on 20 June 2026"},
		{"5,000-character name", strings.Repeat("a", 5000), "Hi"},
		{"5,000 characters in words", strings.Repeat("Jo ", 1666) + "Jo", strings.Repeat("word ", 1000) + "end"},
		{"long non-ASCII name", strings.Repeat("Jösé Ñúñez ", 7) + "Jr", "Ünïcödé " + strings.Repeat("é", 100)},
		{"emoji and CJK", strings.Repeat("😀漢字", 40), strings.Repeat("😀", 50)},
		{"quotes and backslashes", `Jo "JJ" \ Smith, Jr.`, `"Quoted" \ subject`},
		{"looks encoded", "=?utf-8?q?Mallory?=", "=?utf-8?b?SGk=?="},
		{"double spaces", "Jo  Smith", "a  b"},
		{"specials", "Smith, Jo <boss@example.org> (admin)", "a:b;c<d>"},
		{"long word after a short one", "Jo " + strings.Repeat("x", 76), "Re: " + strings.Repeat("y", 77)},
	} {
		t.Run(tc.what, func(t *testing.T) { checkHeaders(t, tc.name, tc.subject) })
	}
}

// FuzzHeaders: any name and any subject give header lines of at most 78
// characters that read back as they were written.
func FuzzHeaders(f *testing.F) {
	f.Add("Jo Smith", "Acme: changes")
	f.Add(strings.Repeat("é", 80), strings.Repeat("a", 200))
	f.Add(`"\`, "=?x?=")
	f.Fuzz(func(t *testing.T, name, subject string) {
		// What ReadRecipients and Render let through: UTF-8 without
		// control characters, trimmed; a subject's white space is single.
		if !utf8.ValidString(name) || !utf8.ValidString(subject) || strings.ContainsFunc(name+subject, isControl) {
			return
		}
		name = strings.TrimSpace(name)
		subject = strings.Join(strings.Fields(subject), " ")
		checkHeaders(t, name, subject)
	})
}

func isControl(r rune) bool { return unicode.IsControl(r) }
