package serve

import (
	"fmt"
	"net/http"
	"sync"
)

// broker passes the id of each build to the open tabs' event streams.
type broker struct {
	mu     sync.Mutex
	subs   map[chan event]bool
	last   event
	closed chan struct{}
	once   sync.Once
}

// event is one build: its id and whether the site built.
type event struct {
	id int
	ok bool
}

func newBroker() *broker {
	return &broker{subs: make(map[chan event]bool), closed: make(chan struct{})}
}

func (b *broker) publish(id int, ok bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.last = event{id, ok}
	for c := range b.subs {
		// Each stream needs only the latest build: drop an unread one.
		select {
		case <-c:
		default:
		}
		c <- b.last
	}
}

// subscribe returns a channel that holds the latest build at once, then
// each new one.
func (b *broker) subscribe() chan event {
	c := make(chan event, 1)
	b.mu.Lock()
	b.subs[c] = true
	if b.last.id > 0 {
		c <- b.last
	}
	b.mu.Unlock()
	return c
}

func (b *broker) unsubscribe(c chan event) {
	b.mu.Lock()
	delete(b.subs, c)
	b.mu.Unlock()
}

func (b *broker) close() { b.once.Do(func() { close(b.closed) }) }

// serveEvents streams "event: build" with the build's id to one tab. The
// first event is the current build, so that a page rendered by an older
// build than the newest reloads at once.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	// A retry of a second if the server restarts.
	fmt.Fprint(w, "retry: 1000\n\n")
	fl.Flush()
	c := s.events.subscribe()
	defer s.events.unsubscribe(c)
	for {
		select {
		case ev := <-c:
			status := "ok"
			if !ev.ok {
				status = "error"
			}
			if _, err := fmt.Fprintf(w, "event: build\nid: %d\ndata: {\"id\":%d,\"status\":%q}\n\n", ev.id, ev.id, status); err != nil {
				return
			}
			fl.Flush()
		case <-r.Context().Done():
			return
		case <-s.events.closed:
			return
		}
	}
}

// reloadScript is added to every HTML response of the preview, before
// </body>: it reloads the page when a build newer than the page's arrives.
const reloadScript = `<script>(function(){var id=%d;var es=new EventSource("/_redline/events");` +
	`es.addEventListener("build",function(e){var d=JSON.parse(e.data);if(d.id!==id){es.close();location.reload();}});})();</script>`
