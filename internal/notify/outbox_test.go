package notify

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"testing/fstest"

	"github.com/redline-legal/redline/internal/build"
)

// TestStreamBounded: messages reach fn in the recipients' order, and only
// a few per core are in memory at once, however many recipients there are.
func TestStreamBounded(t *testing.T) {
	n, tmpl := fixture(t)
	const total = 5000
	var inFlight, most atomic.Int64
	next := 0
	err := tmpl.Stream(n, when, func(yield func(*Recipient) error) error {
		for i := range total {
			email := fmt.Sprintf("user%05d@example.org", i)
			if err := yield(&Recipient{Email: email, Line: i + 2, Fields: map[string]string{"email": email, "name": ""}}); err != nil {
				return err
			}
		}
		return nil
	}, func(m *Message) error {
		if v := inFlight.Add(1); v > most.Load() {
			most.Store(v)
		}
		return nil
	}, func(m *Message) error {
		inFlight.Add(-1)
		if m.Line != next+2 {
			return fmt.Errorf("message of line %d came after line %d", m.Line, next+1)
		}
		next++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if next != total {
		t.Errorf("fn saw %d messages of %d", next, total)
	}
	if limit := int64(8 * runtime.GOMAXPROCS(0)); most.Load() > limit {
		t.Errorf("%d messages were in memory at once; want at most %d", most.Load(), limit)
	}
}

// TestStreamFirstError: when several recipients' messages fail, the error
// is that of the first in the file, whichever core got there first.
func TestStreamFirstError(t *testing.T) {
	n, _ := fixture(t)
	theme := build.Theme{Site: fstest.MapFS{
		"layouts/email/notice.txt": {Data: []byte("{{define \"subject\"}}Hi{{end}}\n{{if eq .Recipient.name \"bad\"}}{{.Recipient.plan}}{{end}}\n")},
	}, Defaults: os.DirFS("../..")}
	tmpl, err := LoadTemplates(theme)
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		rs := recipients(300)
		for _, i := range []int{250, 120, 121, 299} {
			rs[i].Fields["name"] = "bad"
		}
		seen := 0
		err := tmpl.Stream(n, when, each(rs), nil, func(*Message) error { seen++; return nil })
		if err == nil || !strings.Contains(err.Error(), "layouts/email/notice.txt:2") {
			t.Fatalf("want the layout's error; got %v", err)
		}
		if seen != 120 {
			t.Fatalf("fn saw %d messages before the error; want the 120 before the first bad row", seen)
		}
	}
}
