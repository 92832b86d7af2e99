package serve

import (
	"bytes"
	"fmt"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
)

// ServeHTTP serves the preview: the built site, with the reload script in
// its HTML; the event stream at /_redline/events; the index of drafts at
// /_redline/; a draft's notice at /_redline/notice/BRAND/POLICY/. While the
// site does not build, every HTML page is the error page, status 500.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	switch {
	case p == "/_redline/events":
		s.serveEvents(w, r)
		return
	case p == "/_redline":
		http.Redirect(w, r, "/_redline/", http.StatusMovedPermanently)
		return
	}
	st := s.current()
	isHTML := strings.HasSuffix(p, "/") || strings.HasSuffix(p, ".html") || path.Ext(p) == ""
	if len(st.errs) > 0 && (isHTML || strings.HasPrefix(p, "/_redline/")) {
		s.writeHTML(w, st, http.StatusInternalServerError, errorPage(s.opts.Dir, st), "")
		return
	}
	switch {
	case p == "/_redline/":
		s.writeHTML(w, st, http.StatusOK, s.indexPage(st), "")
		return
	case strings.HasPrefix(p, "/_redline/notice/"):
		s.serveNotice(w, r, st, strings.TrimPrefix(p, "/_redline/notice/"))
		return
	case strings.HasPrefix(p, "/_redline/"):
		s.notFound(w, st)
		return
	}
	name := strings.TrimPrefix(path.Clean(p), "/")
	switch {
	case name == "":
		name = "index.html"
	case strings.HasSuffix(p, "/"):
		name += "/index.html"
	}
	data, ok := st.files.get(name)
	if !ok {
		if st.files.has(name + "/index.html") {
			http.Redirect(w, r, p+"/", http.StatusMovedPermanently)
			return
		}
		s.notFound(w, st)
		return
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	if strings.HasPrefix(ctype, "text/html") {
		s.writeHTML(w, st, http.StatusOK, data, name)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(data)
	}
}

func (s *Server) notFound(w http.ResponseWriter, st *state) {
	page, ok := st.files.get("404.html")
	if !ok {
		page = []byte("<!doctype html><title>Not found</title><body><p>Not found.</p></body>")
	}
	s.writeHTML(w, st, http.StatusNotFound, page, "404.html")
}

// writeHTML writes a page with the preview's bar, a draft's extras and
// the reload script added before </body>.
func (s *Server) writeHTML(w http.ResponseWriter, st *state, status int, page []byte, name string) {
	var extra bytes.Buffer
	if len(st.errs) == 0 {
		if brand, policy, ok := draftPage(name); ok {
			page = s.withDraftExtras(st, page, brand, policy)
		}
		extra.WriteString(toolbar)
	}
	fmt.Fprintf(&extra, reloadScript, st.id)
	out := make([]byte, 0, len(page)+extra.Len())
	if i := bytes.LastIndex(page, []byte("</body>")); i >= 0 {
		out = append(append(append(out, page[:i]...), extra.Bytes()...), page[i:]...)
	} else {
		out = append(append(out, page...), extra.Bytes()...)
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Length", strconv.Itoa(len(out)))
	w.WriteHeader(status)
	w.Write(out)
}

// toolbar links every page of the preview to its index of drafts.
const toolbar = `<nav aria-label="Preview" style="position:fixed;bottom:0;right:0;padding:.3em .6em;background:#222;color:#fff;font:14px sans-serif;z-index:9">` +
	`Preview · <a href="/_redline/" style="color:#fff">drafts</a></nav>`

// draftPage reports whether name is a draft's page, BRAND/POLICY/draft/index.html.
func draftPage(name string) (brand, policy string, ok bool) {
	parts := strings.Split(name, "/")
	if len(parts) != 4 || parts[2] != "draft" || parts[3] != "index.html" {
		return "", "", false
	}
	return parts[0], parts[1], true
}
