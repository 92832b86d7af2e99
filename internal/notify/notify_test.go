package notify

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/redline-legal/redline/internal/build"
	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/review"
	"github.com/redline-legal/redline/internal/site"
	"github.com/redline-legal/redline/internal/sitetest"
)

// fixture loads testdata/site.txtar and the notice of its version 2.
func fixture(t testing.TB) (*Notice, *Templates) {
	t.Helper()
	n, s := noticeOf(t, filepath.Join("testdata", "site.txtar"))
	tmpl, err := LoadTemplates(build.Theme{Site: s.FS, Defaults: os.DirFS("../..")})
	if err != nil {
		t.Fatal(err)
	}
	return n, tmpl
}

// noticeOf loads the site in the txtar archive at path and returns the
// notice of acme/privacy version 2.
func noticeOf(t testing.TB, path string) (*Notice, *site.Site) {
	t.Helper()
	s := sitetest.Load(t, path)
	rb, err := review.Rulebook(s.Config)
	if err != nil {
		t.Fatal(err)
	}
	n, err := NewNotice(s, rb, s.Brand("acme").Policy("privacy").Versions[1])
	if err != nil {
		t.Fatal(err)
	}
	return n, s
}

var when = time.Date(2026, 5, 20, 9, 30, 0, 0, time.UTC)

// parsed is a message as a mail program reads it.
type parsed struct {
	header     mail.Header
	text, html string
}

// parse reads a message with net/mail and mime/multipart, checking the
// structure a mail program relies on.
func parse(t *testing.T, data []byte) parsed {
	t.Helper()
	for i, line := range strings.Split(string(data), "\r\n") {
		if len(line) > 78 {
			t.Errorf("line %d is %d characters long, more than 78: %q", i+1, len(line), line)
		}
		if strings.Contains(line, "\n") {
			t.Errorf("line %d ends in a bare LF", i+1)
		}
	}
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	p := parsed{header: msg.Header}
	mediaType, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil || mediaType != "multipart/alternative" {
		t.Fatalf("Content-Type %q: %v", msg.Header.Get("Content-Type"), err)
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		part, err := mr.NextRawPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if enc := part.Header.Get("Content-Transfer-Encoding"); enc != "quoted-printable" {
			t.Errorf("part encoded as %q", enc)
		}
		body, err := io.ReadAll(quotedprintable.NewReader(part))
		if err != nil {
			t.Fatal(err)
		}
		switch ct := part.Header.Get("Content-Type"); ct {
		case "text/plain; charset=utf-8":
			p.text = string(body)
		case "text/html; charset=utf-8":
			p.html = string(body)
		default:
			t.Errorf("unexpected part %q", ct)
		}
	}
	if p.text == "" || p.html == "" {
		t.Fatalf("want a text and an HTML part; got text %d bytes, html %d bytes", len(p.text), len(p.html))
	}
	return p
}

func TestNoticeContent(t *testing.T) {
	n, _ := fixture(t)
	if len(n.Material) != 2 || n.Minor != 1 {
		for _, c := range n.Material {
			t.Logf("material: %s: %s", c.Section, c.Reason)
		}
		t.Fatalf("want 2 material changes and 1 minor; got %d and %d", len(n.Material), n.Minor)
	}
	want := []string{"Sentry", "90 days"}
	for i, c := range n.Material {
		if !strings.Contains(c.Reason, want[i]) {
			t.Errorf("material change %d: reason %q does not name %q", i+1, c.Reason, want[i])
		}
		if !strings.HasPrefix(c.URL, "https://policies.example.com/acme/privacy/changes/v1-v2/#c-") {
			t.Errorf("material change %d links to %q", i+1, c.URL)
		}
	}
}

func TestMessage(t *testing.T) {
	n, tmpl := fixture(t)
	r := &Recipient{Email: "jo@example.org", Name: "Jö Smith, Jr.", Line: 2,
		Fields: map[string]string{"email": "jo@example.org", "name": "Jö Smith, Jr."}}
	m, err := tmpl.Render(n, r, when)
	if err != nil {
		t.Fatal(err)
	}
	p := parse(t, m.Data)
	h := p.header
	to, err := h.AddressList("To")
	if err != nil || len(to) != 1 || to[0].Name != "Jö Smith, Jr." || to[0].Address != "jo@example.org" {
		t.Errorf("To: %q parses as %v, %v", h.Get("To"), to, err)
	}
	if from, err := h.AddressList("From"); err != nil || from[0].Address != "notices@acme.example" || from[0].Name != "Acme Privacy Team" {
		t.Errorf("From: %q", h.Get("From"))
	}
	if rt, err := h.AddressList("Reply-To"); err != nil || rt[0].Address != "privacy@acme.example" {
		t.Errorf("Reply-To: %q (the brand's contact)", h.Get("Reply-To"))
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(h.Get("Subject"))
	if err != nil || subject != "Acme: our Privacy Policy changes on 20 June 2026" {
		t.Errorf("Subject: %q, %v", subject, err)
	}
	if d, err := h.Date(); err != nil || !d.Equal(when) {
		t.Errorf("Date: %q", h.Get("Date"))
	}
	if id := h.Get("Message-ID"); id != "<"+m.MessageID+">" || !strings.HasSuffix(id, "@policies.example.com>") {
		t.Errorf("Message-ID: %q", id)
	}
	if h.Get("MIME-Version") != "1.0" {
		t.Errorf("MIME-Version: %q", h.Get("MIME-Version"))
	}
	for _, part := range []struct{ name, body string }{{"text", p.text}, {"html", p.html}} {
		for _, want := range []string{"Jö Smith", "20 June 2026", "Sentry", "90 days", "1 smaller edit",
			"https://policies.example.com/acme/privacy/v2/", "https://policies.example.com/acme/privacy/changes/v1-v2/"} {
			if !strings.Contains(part.body, want) {
				t.Errorf("the %s part does not say %q:\n%s", part.name, want, part.body)
			}
		}
	}
	if strings.Contains(p.html, "<script") || !strings.Contains(p.html, `lang="en"`) {
		t.Errorf("the HTML part is not a plain accessible page")
	}

	// The same recipient of the same version gets the same Message-ID,
	// whatever the day; another recipient gets another.
	again, _ := tmpl.Render(n, r, when.Add(48*time.Hour))
	other, _ := tmpl.Render(n, &Recipient{Email: "JO@example.org", Fields: map[string]string{"email": "JO@example.org", "name": ""}}, when)
	third, _ := tmpl.Render(n, &Recipient{Email: "sam@example.org", Fields: map[string]string{"email": "sam@example.org", "name": ""}}, when)
	if again.MessageID != m.MessageID || other.MessageID != m.MessageID {
		t.Errorf("Message-ID changed with the date or the address's case: %s, %s, %s", m.MessageID, again.MessageID, other.MessageID)
	}
	if third.MessageID == m.MessageID {
		t.Errorf("two recipients share Message-ID %s", m.MessageID)
	}
}

func TestMissingTemplateField(t *testing.T) {
	n, _ := fixture(t)
	theme := build.Theme{Site: fstest.MapFS{
		"layouts/email/notice.txt": {Data: []byte("{{define \"subject\"}}Hi{{end}}\nDear {{.Recipient.name}},\nYour plan: {{.Recipient.plan}}\n")},
	}, Defaults: os.DirFS("../..")}
	tmpl, err := LoadTemplates(theme)
	if err != nil {
		t.Fatal(err)
	}
	r := &Recipient{Email: "jo@example.org", Line: 2, Fields: map[string]string{"email": "jo@example.org", "name": "Jo"}}
	_, err = tmpl.Render(n, r, when)
	if err == nil || !strings.Contains(err.Error(), "layouts/email/notice.txt:3") || !strings.Contains(err.Error(), `"plan"`) {
		t.Fatalf("want an error at layouts/email/notice.txt:3 naming the column plan; got %v", err)
	}
}

func TestReadRecipients(t *testing.T) {
	good := "\uFEFFEmail,Name,Plan\njo@example.org,\"Smith, Jo\",pro\nsam@example.org,,free\n"
	rs, err := ReadRecipients("to.csv", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 2 || rs[0].Name != "Smith, Jo" || rs[0].Fields["plan"] != "pro" || rs[1].Line != 3 {
		t.Errorf("got %+v %+v", rs[0], rs[1])
	}
	for _, tc := range []struct{ name, src, want string }{
		{"empty", "", "to.csv:1: the recipients file is empty"},
		{"no email column", "name,address\nJo,x\n", "to.csv:1: the header row has no column named email"},
		{"no rows", "email,name\n", "to.csv:1: the recipients file has a header but no recipients"},
		{"bad address", "email,name\njo@example.org,Jo\nnot-an-address,Sam\n", `to.csv:3: "not-an-address" is not an email address`},
		{"address with a name", "email\nJo <jo@example.org>\n", `to.csv:2: "Jo <jo@example.org>" is not an email address`},
		{"empty address", "email,name\n,Sam\n", "to.csv:2: the email column is empty"},
		{"duplicate", "email\njo@example.org\nsam@example.org\nJo@Example.org\n", "to.csv:4: Jo@Example.org is also on line 2"},
		{"field count", "email,name\njo@example.org,Jo,extra\n", "to.csv:2: the row has 3 fields; the header has 2"},
		{"bad quote", "email,name\njo@example.org,\"Jo\n", "to.csv:2"},
		{"duplicate column", "email,email\na@b.c,a@b.c\n", `to.csv:1: two columns are named "email"`},
		{"Latin-1 name", "email,name\njo@example.org,Jo\nj@example.org,Jos\xe9\n", "to.csv:3:18: invalid UTF-8 (byte 0xe9) in column 2"},
		{"Latin-1 header", "email,n\xe4me\njo@example.org,Jo\n", "to.csv:1:8: invalid UTF-8 (byte 0xe4) in column 2"},
		{"no dot in the domain", "email\njo@example.org\ncarol@customer\n", `to.csv:3: the domain of carol@customer has no dot: "customer" is not a domain mail can reach`},
		{"localhost", "email\nroot@localhost\n", `to.csv:2: the domain of root@localhost has no dot`},
		{"IP address", "email\njo@[192.0.2.1]\n", `to.csv:2: jo@[192.0.2.1] is addressed to an IP address`},
		{"empty label", "email\njo@example..org\n", `to.csv:2: "jo@example..org" is not an email address`},
		{"too long", "email\n" + strings.Repeat("a", 65) + "@example.org\n", `to.csv:2: the part before the @`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadRecipients("to.csv", []byte(tc.src))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("want an error containing %q; got %v", tc.want, err)
			}
		})
	}
	// Addresses in other scripts are addresses (SMTPUTF8 sends them).
	if rs, err := ReadRecipients("to.csv", []byte("email\njosé@exemple.fr\n")); err != nil || rs[0].Email != "josé@exemple.fr" {
		t.Errorf("a non-ASCII address: %v", err)
	}
	// A file of bad rows lists the first 100 and counts the rest.
	_, err = ReadRecipients("to.csv", []byte("email\n"+strings.Repeat("bad\n", 250)))
	if l := diag.All(err); len(l) != 101 || l[100].Error() != "to.csv: and 150 more bad rows, not shown" {
		t.Errorf("250 bad rows: %d errors, the last %v", len(l), l[len(l)-1])
	}
	// Every bad row is reported, not only the first.
	_, err = ReadRecipients("to.csv", []byte("email\nbad1\nok@example.org\nbad2\n"))
	if err == nil || !strings.Contains(err.Error(), "to.csv:2") || !strings.Contains(err.Error(), "to.csv:4") {
		t.Errorf("want both bad rows reported; got %v", err)
	}
}

func TestWrap(t *testing.T) {
	in := "- " + strings.Repeat("word ", 30) + "end\nhttps://example.com/" + strings.Repeat("x", 90)
	out := string(wrap([]byte(in), 40))
	for _, line := range strings.Split(out, "\n") {
		if len(line) > 40 && !strings.HasPrefix(line, "https://") {
			t.Errorf("line longer than 40: %q", line)
		}
	}
	if strings.Join(strings.Fields(out), " ") != strings.Join(strings.Fields(in), " ") {
		t.Errorf("wrap changed the words:\n%s", out)
	}
	if !strings.Contains(out, "\n  word") {
		t.Errorf("a list item's continuation is not indented:\n%s", out)
	}
}

// recipients makes n recipients.
func recipients(n int) []*Recipient {
	out := make([]*Recipient, n)
	for i := range out {
		email := fmt.Sprintf("user%04d@example.org", i)
		out[i] = &Recipient{Email: email, Name: fmt.Sprintf("User %d", i), Line: i + 2,
			Fields: map[string]string{"email": email, "name": fmt.Sprintf("User %d", i)}}
	}
	return out
}

// each gives the recipients rs one by one, as Recipients.Each does.
func each(rs []*Recipient) func(func(*Recipient) error) error {
	return func(yield func(*Recipient) error) error {
		for _, r := range rs {
			if err := yield(r); err != nil {
				return err
			}
		}
		return nil
	}
}

// BenchmarkRender renders 10,000 personalised notices in memory.
func BenchmarkRender(b *testing.B) {
	n, tmpl := fixture(b)
	rs := recipients(10000)
	for b.Loop() {
		if err := tmpl.Stream(n, when, each(rs), nil, func(*Message) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/10k-messages")
}

// BenchmarkRenderToFiles renders 10,000 personalised notices and writes
// each to its file in a new outbox, as "redline notify --to" does. Set
// TMPDIR to measure on the disk the outbox will be on.
func BenchmarkRenderToFiles(b *testing.B) {
	n, tmpl := fixture(b)
	rs := recipients(10000)
	for b.Loop() {
		dir := b.TempDir()
		err := tmpl.Stream(n, when, each(rs), func(m *Message) error { return WriteMessage(dir, m) }, func(*Message) error { return nil })
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/10k-messages")
}

// FuzzReadRecipients: any file gets recipients or an error with a line,
// never a panic, and every recipient has a plain address.
func FuzzReadRecipients(f *testing.F) {
	f.Add("email,name\njo@example.org,Jo\n")
	f.Add("\uFEFFEmail,Name,Plan\njo@example.org,\"Smith, Jo\",pro\n")
	f.Add("email\n\"unterminated\n")
	f.Fuzz(func(t *testing.T, src string) {
		rs, err := ReadRecipients("to.csv", []byte(src))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "to.csv") {
				t.Fatalf("error without its file: %v", err)
			}
			return
		}
		for _, r := range rs {
			if msg, _ := badAddress(r.Email); msg != "" || r.Line < 2 {
				t.Fatalf("accepted %+v", r)
			}
		}
	})
}

// FuzzParseLedger: a damaged ledger is an error at its line, never a panic.
func FuzzParseLedger(f *testing.F) {
	f.Add(`{"time":"2026-05-20T08:00:00Z","token":"aa","messageId":"aa@x","to":"jo@example.org","status":"accepted","response":"250 Ok","server":"h:25"}` + "\n")
	f.Add("{\n")
	f.Fuzz(func(t *testing.T, src string) {
		entries, err := parseLedger("ledger.jsonl", []byte(src))
		if err != nil && !strings.HasPrefix(err.Error(), "ledger.jsonl:") {
			t.Fatalf("error without its line: %v", err)
		}
		for _, e := range entries {
			if e.Token == "" {
				t.Fatalf("entry without a token: %+v", e)
			}
		}
	})
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestNoticeGolden: the notice as users read it, in both parts, with a
// name (greeted by it) and without (a neutral greeting): plain sentences
// quoting the changed words, the contact as a link in HTML. Run with
// -update to rewrite testdata/notice-*.golden after a deliberate change.
func TestNoticeGolden(t *testing.T) {
	n, tmpl := fixture(t)
	for _, tc := range []struct {
		file string
		r    *Recipient
	}{
		{"named", &Recipient{Email: "ana@example.org", Name: "Ana", Line: 2, Fields: map[string]string{"email": "ana@example.org", "name": "Ana"}}},
		{"unnamed", &Recipient{Email: "kim@example.org", Line: 3, Fields: map[string]string{"email": "kim@example.org", "name": ""}}},
	} {
		m, err := tmpl.Render(n, tc.r, when)
		if err != nil {
			t.Fatal(err)
		}
		p := parse(t, m.Data)
		for ext, got := range map[string]string{"txt": p.text, "html": p.html} {
			path := filepath.Join("testdata", "notice-"+tc.file+"."+ext+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestNoticeGolden -update to write it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from what is rendered now:\n%s", path, got)
			}
		}
	}
}

// TestNoticeLeavesOutHidden: a comment added to version 2 and doubled
// spacing are not "minor changes" users are told about: they cannot see
// them on the page the notice links to.
func TestNoticeLeavesOutHidden(t *testing.T) {
	ar, err := os.ReadFile(filepath.Join("testdata", "site.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(ar), "## 3. Retention\n\nWe delete your account data 90",
		"<!-- checked by legal -->\n\n## 3. Retention\n\nWe delete your account  data 90", 1)
	file := filepath.Join(t.TempDir(), "site.txtar")
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	n, _ := noticeOf(t, file)
	if len(n.Material) != 2 || n.Minor != 1 {
		t.Errorf("%d material and %d minor changes, want 2 and 1 (the comment is not seen by readers)", len(n.Material), n.Minor)
	}
}
