package serve

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"testing"
	"time"

	"github.com/redline-legal/redline/internal/site"
)

// BenchmarkSave measures what an author waits for: from a draft saved on
// disk to the build's event on the stream (ms/event), and to the draft's
// page serving the new text (ms/page), through the watcher, the debounce
// and an incremental rebuild. The site is a copy of REDLINE_SITE (a site
// folder with drafts, such as the large corpus made by shared/bench with
// a draft per policy), or of this repository's own site.
//
//	go test ./internal/serve -run NONE -bench Save -benchtime 20x
//	REDLINE_SITE=/tmp/site-large go test ./internal/serve -run NONE -bench Save -benchtime 10x
func BenchmarkSave(b *testing.B) {
	src := os.Getenv("REDLINE_SITE")
	if src == "" {
		src = "../.."
	}
	dir := b.TempDir()
	for _, sub := range []string{"config.toml", "content", "versions", "layouts", "static"} {
		from := filepath.Join(src, sub)
		fi, err := os.Stat(from)
		switch {
		case err != nil:
			continue
		case fi.IsDir():
			err = os.CopyFS(filepath.Join(dir, sub), os.DirFS(from))
		default:
			var data []byte
			if data, err = os.ReadFile(from); err == nil {
				err = os.WriteFile(filepath.Join(dir, sub), data, 0o644)
			}
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	draft := ""
	fs.WalkDir(os.DirFS(dir), "content", func(p string, d fs.DirEntry, err error) error {
		if err == nil && draft == "" && !d.IsDir() && strings.HasSuffix(p, ".md") && !strings.HasSuffix(p, "_index.md") {
			draft = p
		}
		return nil
	})
	if draft == "" {
		b.Skip("the site has no draft")
	}
	page := "/" + strings.TrimSuffix(strings.TrimPrefix(draft, "content/"), ".md") + "/draft/"
	original, err := os.ReadFile(filepath.Join(dir, draft))
	if err != nil {
		b.Fatal(err)
	}

	p := &preview{t: b, dir: dir, events: make(chan sseEvent, 100)}
	p.srv = New(Options{Dir: dir, Theme: os.DirFS("../.."),
		Today: func(*time.Location) site.Date { return site.NewDate(2026, 12, 1) }})
	p.http = httptest.NewServer(p.srv)
	defer p.http.Close()
	defer p.srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	first := make(chan Result, 1)
	go p.srv.Watch(ctx, func(r Result) {
		select {
		case first <- r:
		default:
		}
	})
	start := time.Now()
	if r := <-first; len(r.Err) > 0 {
		b.Fatalf("the site does not build: %v", r.Err)
	}
	b.ReportMetric(float64(time.Since(start).Milliseconds()), "ms-first-build")
	p.subscribe()
	id := p.next(1).ID
	if prefix := os.Getenv("REDLINE_BENCH_PROFILE"); prefix != "" {
		// Profiles of the saves alone, without the first build.
		f, err := os.Create(prefix + ".cpu")
		if err != nil {
			b.Fatal(err)
		}
		pprof.StartCPUProfile(f)
		defer func() {
			pprof.StopCPUProfile()
			f.Close()
			runtime.GC()
			if h, err := os.Create(prefix + ".heap"); err == nil {
				pprof.WriteHeapProfile(h)
				h.Close()
			}
		}()
	}

	var toEvent, toPage time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		marker := fmt.Sprintf("Edited %d times.", i+1)
		t0 := time.Now()
		p.save(draft, string(original)+"\n"+marker+"\n")
		ev := p.next(id + 1)
		id = ev.ID
		toEvent += time.Since(t0)
		if ev.Status != "ok" {
			b.Fatalf("build %d failed", ev.ID)
		}
		resp, err := http.Get(p.http.URL + page)
		if err != nil {
			b.Fatal(err)
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		toPage += time.Since(t0)
		if err != nil || !strings.Contains(string(body), marker) {
			b.Fatalf("%s does not show the edit (%v)", page, err)
		}
	}
	b.ReportMetric(float64(toEvent.Microseconds())/1000/float64(b.N), "ms/event")
	b.ReportMetric(float64(toPage.Microseconds())/1000/float64(b.N), "ms/page")
}
