package serve

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/redline-legal/redline/internal/site"
	"github.com/rogpeppe/go-internal/txtar"
)

// wait is how long a test waits for a build it caused; a generous bound
// for a loaded machine, never a pause: tests wait on events.
const wait = 20 * time.Second

// preview is a running preview of a copy of testdata/site.txtar.
type preview struct {
	t      testing.TB
	dir    string
	srv    *Server
	http   *httptest.Server
	events chan sseEvent
}

type sseEvent struct {
	ID     int    `json:"id"`
	Status string `json:"status"`
}

// start writes the fixture into a temporary folder, starts the watcher
// and the server, and subscribes to the event stream; it returns once the
// first build's event arrived.
func start(t *testing.T) *preview {
	t.Helper()
	dir := fixture(t)
	p := &preview{t: t, dir: dir, events: make(chan sseEvent, 100)}
	p.srv = New(Options{Dir: dir, Theme: os.DirFS("../.."),
		Today: func(*time.Location) site.Date { return site.NewDate(2026, 7, 1) },
		// An hour on: the fixture's files are old enough to be trusted by
		// their identity, as a site's are while an author works.
		Now: func() time.Time { return time.Now().Add(time.Hour) }})
	p.http = httptest.NewServer(p.srv)
	ctx, cancel := context.WithCancel(context.Background())
	watched := make(chan error, 1)
	go func() { watched <- p.srv.Watch(ctx, nil) }()
	t.Cleanup(func() {
		cancel()
		if err := <-watched; err != nil {
			t.Errorf("Watch: %v", err)
		}
		p.srv.Close()
		p.http.Close()
	})
	p.subscribe()
	p.next(1)
	return p
}

// fixture writes testdata/site.txtar into a temporary folder, with its
// versions.sum.
func fixture(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	ar, err := txtar.ParseFile("testdata/site.txtar")
	if err != nil {
		t.Fatal(err)
	}
	sums := site.Sums{}
	for _, f := range ar.Files {
		writeFile(t, filepath.Join(dir, f.Name), string(f.Data))
		if strings.HasPrefix(f.Name, "versions/") {
			sums[f.Name] = site.Hash(f.Data)
		}
	}
	writeFile(t, filepath.Join(dir, filepath.FromSlash(site.SumFile)), string(sums.Format()))
	return dir
}

// subscribe reads the event stream into p.events.
func (p *preview) subscribe() {
	resp, err := http.Get(p.http.URL + "/_redline/events")
	if err != nil {
		p.t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		p.t.Fatalf("events: Content-Type %q", ct)
	}
	go func() {
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				var ev sseEvent
				if err := json.Unmarshal([]byte(data), &ev); err == nil {
					p.events <- ev
				}
			}
		}
	}()
}

// next waits for the event of a build with an id of at least id.
func (p *preview) next(id int) sseEvent {
	p.t.Helper()
	timeout := time.After(wait)
	for {
		select {
		case ev := <-p.events:
			if ev.ID >= id {
				return ev
			}
		case <-timeout:
			p.t.Fatalf("no event for build %d within %s", id, wait)
		}
	}
}

func (p *preview) get(path string) (int, string) {
	p.t.Helper()
	resp, err := http.Get(p.http.URL + path)
	if err != nil {
		p.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		p.t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

// save replaces a file as editors do: a new file renamed over the old.
func (p *preview) save(name, content string) {
	p.t.Helper()
	path := filepath.Join(p.dir, filepath.FromSlash(name))
	writeFile(p.t, path+".tmp~", content)
	if err := os.Rename(path+".tmp~", path); err != nil {
		p.t.Fatal(err)
	}
}

func (p *preview) read(name string) string {
	data, err := os.ReadFile(filepath.Join(p.dir, filepath.FromSlash(name)))
	if err != nil {
		p.t.Fatal(err)
	}
	return string(data)
}

func writeFile(t testing.TB, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func mustContain(t *testing.T, what, body string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(body, w) {
			t.Errorf("%s lacks %q:\n%s", what, w, body)
		}
	}
}

func TestPages(t *testing.T) {
	p := start(t)
	code, body := p.get("/")
	if code != 200 {
		t.Fatalf("/: status %d", code)
	}
	mustContain(t, "/", body, "Acme", `new EventSource("/_redline/events")`, "var id=1;")
	code, body = p.get("/acme/privacy/")
	if code != 200 {
		t.Fatalf("/acme/privacy/: status %d", code)
	}
	mustContain(t, "the policy page", body, "30 days after")
	if code, _ := p.get("/acme/privacy"); code != 200 { // redirected to the folder
		t.Errorf("/acme/privacy: status %d", code)
	}
	if code, body := p.get("/no/such/page/"); code != 404 || !strings.Contains(body, "EventSource") {
		t.Errorf("missing page: status %d, want 404 with the reload script", code)
	}
	// The site as built stays free of scripts: only responses have one.
	st := p.srv.current()
	for name := range st.files.files {
		data, _ := st.files.get(name)
		if strings.Contains(string(data), "<script") {
			t.Errorf("built file %s has a script", name)
		}
	}
}

func TestDraftPage(t *testing.T) {
	p := start(t)
	code, body := p.get("/acme/privacy/draft/")
	if code != 200 {
		t.Fatalf("draft: status %d", code)
	}
	mustContain(t, "draft page", body,
		"90 days", "30 days", // the redline: both sides
		"material",                                  // the verdict
		"31 July 2026",                              // earliest effective date: 1 July + 30 days
		"content/acme/privacy.md:15", "placeholder", // check's warning, with its line
		`href="/_redline/notice/acme/privacy/"`)
	// The warning sits in the text too, under the heading of its section.
	contact := strings.Index(body, `id="contact"`)
	inline := strings.Index(body, `<p class="check-warning" role="note"`)
	if contact < 0 || inline < contact {
		t.Errorf("the placeholder's warning is not under its section's heading (heading at %d, warning at %d)", contact, inline)
	}
	code, body = p.get("/_redline/")
	if code != 200 {
		t.Fatalf("index: status %d", code)
	}
	mustContain(t, "index", body, `href="/acme/privacy/draft/"`, "version 1")
	if !strings.Contains(body, `<td class="material">`) || strings.Contains(body, `<td class="material">0</td>`) {
		t.Errorf("index does not count the material changes:\n%s", body)
	}
}

func TestNotice(t *testing.T) {
	p := start(t)
	code, body := p.get("/_redline/notice/acme/privacy/")
	if code != 200 {
		t.Fatalf("notice: status %d\n%s", code, body)
	}
	mustContain(t, "notice (HTML)", body, "90 days", "EventSource")
	code, text := p.get("/_redline/notice/acme/privacy/notice.txt")
	if code != 200 || !strings.HasPrefix(text, "Subject: ") {
		t.Fatalf("notice.txt: status %d\n%s", code, text)
	}
	mustContain(t, "notice (text)", text, "90 days")
	if code, _ := p.get("/_redline/notice/acme/nothing/"); code != 404 {
		t.Errorf("notice of an unknown policy: status %d, want 404", code)
	}

	// Without noticeFrom there is no notice: 422 with the fix, as text
	// for notice.txt, not an HTML page that says 200.
	cfg := p.read("config.toml")
	p.save("config.toml", regexp.MustCompile(`(?m)^noticeFrom.*$`).ReplaceAllString(cfg, ""))
	p.next(2)
	code, body = p.get("/_redline/notice/acme/privacy/")
	if code != 422 || !strings.Contains(body, "noticeFrom") {
		t.Errorf("notice without noticeFrom: status %d\n%s", code, body)
	}
	code, text = p.get("/_redline/notice/acme/privacy/notice.txt")
	if code != 422 || !strings.Contains(text, "noticeFrom") || strings.Contains(text, "<!doctype") {
		t.Errorf("notice.txt without noticeFrom: status %d\n%s", code, text)
	}
}

func TestEditReloads(t *testing.T) {
	p := start(t)
	draft := p.read("content/acme/privacy.md")
	p.save("content/acme/privacy.md", strings.Replace(draft, "Acme Widgets Ltd.", "Acme Widgets Ltd, of Leeds.", 1))
	ev := p.next(2)
	if ev.Status != "ok" {
		t.Fatalf("event after the edit: %+v", ev)
	}
	_, body := p.get("/acme/privacy/draft/")
	mustContain(t, "draft page after the edit", body, "of Leeds", "var id="+itoaTest(ev.ID)+";")

	// A new folder is watched as it appears, and what is saved in it served.
	writeFile(t, filepath.Join(p.dir, "static", "img", "note.txt"), "hello")
	ev = p.next(ev.ID + 1)
	for {
		if code, body := p.get("/img/note.txt"); code == 200 && body == "hello" {
			break
		}
		// The folder's creation may have made a build of its own before
		// the file was written: wait for the next.
		ev = p.next(ev.ID + 1)
	}
}

func TestErrorPageAndRecovery(t *testing.T) {
	p := start(t)
	good := p.read("content/acme/privacy.md")
	p.save("content/acme/privacy.md", strings.Replace(good, `title = "Privacy Policy"`, `title = "Privacy Policy`, 1))
	ev := p.next(2)
	if ev.Status != "error" {
		t.Fatalf("event after breaking the front matter: %+v", ev)
	}
	for _, path := range []string{"/", "/acme/privacy/draft/", "/_redline/"} {
		code, body := p.get(path)
		if code != 500 {
			t.Errorf("%s: status %d, want 500", path, code)
		}
		mustContain(t, path+" while broken", body, "content/acme/privacy.md:2", "EventSource")
	}
	p.save("content/acme/privacy.md", good)
	ev = p.next(ev.ID + 1)
	if ev.Status != "ok" {
		t.Fatalf("event after the fix: %+v", ev)
	}
	code, body := p.get("/acme/privacy/draft/")
	if code != 200 {
		t.Fatalf("after the fix: status %d\n%s", code, body)
	}

	// A typo in config.toml: the error names the file, line and fix.
	cfg := p.read("config.toml")
	p.save("config.toml", strings.Replace(cfg, "noticeDays = 30", "noticeDay = 30", 1))
	ev = p.next(ev.ID + 1)
	if ev.Status != "error" {
		t.Fatalf("event after the config typo: %+v", ev)
	}
	code, body = p.get("/")
	if code != 500 {
		t.Errorf("config typo: status %d", code)
	}
	mustContain(t, "config typo", body, "config.toml:", "noticeDay", "Fix:")
	p.save("config.toml", cfg)
	if ev = p.next(ev.ID + 1); ev.Status != "ok" {
		t.Fatalf("event after fixing config.toml: %+v", ev)
	}

	// A template error in a site's own layout.
	writeFile(t, filepath.Join(p.dir, "layouts", "draft.html"), "{{define \"main\"}}{{.NoSuchField}}{{end}}")
	ev = p.next(ev.ID + 1)
	if ev.Status != "error" {
		t.Fatalf("event after the template error: %+v", ev)
	}
	code, body = p.get("/acme/privacy/draft/")
	mustContain(t, "template error", body, "layouts/draft.html")
	if code != 500 {
		t.Errorf("template error: status %d", code)
	}
}

func itoaTest(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestRebuildRendersOnlyWhatChanged(t *testing.T) {
	// No watcher: the test's own rebuilds are the only ones.
	dir := fixture(t)
	p := &preview{t: t, dir: dir}
	p.srv = New(Options{Dir: dir, Theme: os.DirFS("../.."),
		Today: func(*time.Location) site.Date { return site.NewDate(2026, 7, 1) }})
	p.http = httptest.NewServer(p.srv)
	defer p.http.Close()
	if r := p.srv.Rebuild(); len(r.Err) > 0 || r.Rendered != r.Pages {
		t.Fatalf("first build: %+v", r)
	}
	r := p.srv.Rebuild()
	if len(r.Err) > 0 || r.Rendered != 0 || r.Pages == 0 {
		t.Fatalf("a rebuild with nothing changed: %+v, want no page rendered", r)
	}
	draft := p.read("content/acme/privacy.md")
	writeFile(t, filepath.Join(p.dir, "content", "acme", "privacy.md"), strings.Replace(draft, "Ltd.", "Ltd, of Leeds.", 1))
	r = p.srv.Rebuild()
	if len(r.Err) > 0 || r.Rendered == 0 || r.Rendered >= r.Pages {
		t.Fatalf("a rebuild after a draft's edit: %+v, want only the policy's pages rendered", r)
	}
	if _, body := p.get("/acme/privacy/draft/"); !strings.Contains(body, "of Leeds") {
		t.Errorf("the draft page does not show the edit")
	}
	if code, body := p.get("/"); code != 200 || !strings.Contains(body, "Acme") {
		t.Errorf("a page kept from the previous build: status %d", code)
	}
}

func TestIgnored(t *testing.T) {
	root := filepath.FromSlash("/site")
	for _, c := range []struct {
		path string
		want bool
	}{
		{"content/acme/privacy.md", false},
		{"config.toml", false},
		{"layouts/draft.html", false},
		{"content/acme/.privacy.md.swp", true},
		{"content/acme/privacy.md~", true},
		{"content/acme/.#privacy.md", true},
		{"content/acme/4913", true}, // vim's test of the folder
		{"public/index.html", true},
		{"public-drafts/acme/privacy/draft/index.html", true},
		{".git/index", true},
	} {
		if got := ignored(root, filepath.Join(root, filepath.FromSlash(c.path))); got != c.want {
			t.Errorf("ignored(%s) = %v, want %v", c.path, got, c.want)
		}
	}
}

// A published file changed while the preview runs is refused, although the
// preview took it by its identity until then; restored, the site is back.
func TestTamperedVersion(t *testing.T) {
	p := start(t)
	p.save("content/acme/privacy.md", p.read("content/acme/privacy.md")+"\nOne more line.\n")
	ev := p.next(2) // a second load: the published files are taken from memory
	if ev.Status != "ok" {
		t.Fatalf("event after a draft edit: %+v", ev)
	}
	v1 := p.read("versions/acme/privacy/v1.md")
	p.save("versions/acme/privacy/v1.md", strings.Replace(v1, "Acme", "Acne", 1))
	ev = p.next(ev.ID + 1)
	if ev.Status != "error" {
		t.Fatalf("event after a published file was changed: %+v", ev)
	}
	_, body := p.get("/acme/privacy/")
	mustContain(t, "the error page", body, "versions/acme/privacy/v1.md", "published file was changed")
	p.save("versions/acme/privacy/v1.md", v1)
	if ev = p.next(ev.ID + 1); ev.Status != "ok" {
		t.Fatalf("event after the file was restored: %+v", ev)
	}
}
