package cli

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"syscall"
	"time"

	"github.com/redline-legal/redline/internal/serve"
	"github.com/redline-legal/redline/internal/site"
)

var serveCmd = &command{
	name:    "serve",
	args:    "[--source DIR] [--addr 127.0.0.1:1313] [--now YYYY-MM-DD]",
	summary: "preview the site and its drafts, rebuilt as you save",
	help: `
Serve builds the site with its drafts into memory (it writes nothing, not
even public/) and serves it at --addr. Each draft's page,
BRAND/POLICY/draft/, shows the redline against the published version with
each change's verdict and reason, the earliest effective date if it were
released today, check's warnings, and a link to the change notice users
would get. /_redline/ lists every draft that differs from its published
version with its number of material changes.

It watches the site folder and rebuilds what a save changed; open tabs
reload by themselves. A file that breaks the build (front matter, a typo in
config.toml, a template error) turns every page into an error page naming
the file, the line and the fix, until it is fixed.

It listens on the loopback interface only, unless --addr names another:
drafts are not public. Ctrl-C stops it.`,
	run: runServe,
}

func runServe(c *command, env *Env, args []string) int {
	fs := c.flags(env)
	source := fs.String("source", ".", "the site `folder`")
	addr := fs.String("addr", "127.0.0.1:1313", "listen on this `host:port`")
	now := fs.String("now", "", "preview the site as it stands on this `date` (YYYY-MM-DD); default today")
	if code, ok := parse(fs, env, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(env, c, "unexpected argument %q", fs.Arg(0))
	}
	if fi, err := os.Stat(*source); err != nil || !fi.IsDir() {
		fmt.Fprintf(env.Stderr, "redline serve: %s is not a site folder\n\tgive the folder of a redline site with --source DIR\n", *source)
		return exitUsage
	}
	var fixed site.Date
	if *now != "" {
		d, err := site.ParseDate(*now)
		if err != nil {
			return usageError(env, c, "--now: %v", err)
		}
		fixed = d
	}
	host, port, err := net.SplitHostPort(*addr)
	if err != nil {
		return usageError(env, c, "--addr %q: %v (give host:port, e.g. 127.0.0.1:1313)", *addr, err)
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return usageError(env, c, "--addr %q: the port must be a number from 0 to 65535 (give host:port, e.g. 127.0.0.1:1313)", *addr)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(env.Stderr, "redline serve: cannot listen on %s: %v\n\tgive another port with --addr 127.0.0.1:PORT, or stop what uses it\n", *addr, err)
		return exitRefused
	}
	if !isLoopback(host) {
		fmt.Fprintf(env.Stderr, "redline serve: warning: listening on %s: drafts are visible to anyone on the network who can reach it\n", *addr)
	}
	if env.Getenv("GOMEMLIMIT") == "" {
		// A preview runs for hours beside an editor and a browser: keep
		// its heap near what it holds rather than twice that.
		debug.SetMemoryLimit(300 << 20)
	}
	srv := serve.New(serve.Options{Dir: *source, Theme: env.Theme, Generator: "redline " + Version(),
		Cache: openCache(env, ""), Now: env.Now,
		Today: func(loc *time.Location) site.Date {
			if !fixed.IsZero() {
				return fixed
			}
			t, _ := clock(env)
			return site.DateOf(t.In(loc))
		}})
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	hs.RegisterOnShutdown(srv.Close)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	watched := make(chan error, 1)
	first := true
	go func() {
		watched <- srv.Watch(ctx, func(r serve.Result) {
			printBuild(env, *source, r)
			if first {
				first = false
				at := browseAddr(host, ln.Addr())
				fmt.Fprintf(env.Stdout, "serving %s at http://%s/ (drafts: http://%s/_redline/); Ctrl-C to stop\n", *source, at, at)
			}
		})
	}()
	code := exitOK
	select {
	case <-ctx.Done():
	case err := <-served:
		fmt.Fprintf(env.Stderr, "redline serve: %v\n", err)
		code = exitRefused
	case err := <-watched:
		if err != nil {
			fmt.Fprintf(env.Stderr, "redline serve: cannot watch %s: %v\n", *source, err)
			code = exitRefused
		}
	}
	stop()
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(shut); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(env.Stderr, "redline serve: %v\n", err)
	}
	fmt.Fprintln(env.Stderr, "redline serve: stopped")
	return code
}

// printBuild says what a preview build did: its errors, or its pages.
func printBuild(env *Env, source string, r serve.Result) {
	if len(r.Err) > 0 {
		report(env, source, r.Err)
		fmt.Fprintf(env.Stderr, "build %d failed: the preview shows the error until it is fixed\n", r.ID)
		return
	}
	warn(env, source, r.Warnings)
	fmt.Fprintf(env.Stdout, "build %d: %d pages, %d rendered\n", r.ID, r.Pages, r.Rendered)
}

// isLoopback reports whether host names only this machine.
func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// browseAddr is the host:port to open in a browser for a server listening
// on addr, asked for as host: the host given, or, for an address of every
// interface ("0.0.0.0", "::", ""), this machine's loopback address, which
// a browser can open ("http://[::]:1313/" it cannot).
func browseAddr(host string, addr net.Addr) string {
	_, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return addr.String()
	}
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	return net.JoinHostPort(host, port)
}
