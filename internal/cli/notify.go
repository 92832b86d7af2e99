package cli

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/redline-legal/redline/internal/build"
	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/notify"
	"github.com/redline-legal/redline/internal/review"
	"github.com/redline-legal/redline/internal/site"
)

var notifyCmd = &command{
	name:    "notify",
	args:    "BRAND/POLICY [--version N] [--out DIR] [--to FILE.csv] [--send smtp://HOST:PORT] [--rate N] [--retries N] [--force] [--source DIR]",
	summary: "write and send the change notices for a version",
	help: `
Notify writes the emails that tell users about a material version of a
policy (the newest, or --version N): its effective date, each material
change in plain words, the number of minor ones, and links to the new
version and to its redline page. The layouts are layouts/email/notice.txt
(which also defines "subject") and layouts/email/notice.html; a site's own
files of those names replace the built-in ones. From and Reply-To come from
the brand's noticeFrom and noticeReplyTo (default: contact) in config.toml.

Without --to it writes one preview, preview.eml and preview.html, to the
outbox, so that a reviewer reads exactly what users will get.

--to FILE.csv has a header row with an "email" column and optionally
"name" and any others; the layouts see them as .Recipient.email,
.Recipient.name, .Recipient.<column>. It writes one message per recipient
to the outbox, <token>.eml. A file with any bad row is refused whole, with
the line of each.

--send smtp://HOST:PORT delivers them (STARTTLS when the server offers it;
smtps://HOST:PORT for TLS from the start), at most --rate messages a
second. When a session breaks it opens a new one, up to --retries times in
a row (waiting 2 s, then 4 s, 8 s ...). The user name and password come from the environment variables
REDLINE_SMTP_USERNAME and REDLINE_SMTP_PASSWORD, never from flags. Every
message the server accepts is recorded in the outbox's ledger.jsonl at
once; run the same command again after an interruption and it sends the
messages the ledger does not hold, and no other. A message whose
acceptance was cut off before it was recorded is sent again with the same
Message-ID, which receivers use to drop the copy. A recipient the server
refuses for good (5xx) is recorded with the server's whole reply and not
tried again; such refusals do not fail the run, which exits 0 when nothing
is left that a rerun could send, and 1 when something is (a broken
session, a deferral, an address that is not ASCII sent to a server that
does not offer SMTPUTF8).

The outbox is notices/BRAND/POLICY/vN under the site folder unless --out
says otherwise; redline status reads the ledger there. It holds
recipients' addresses: keep it out of a public repository.

A version that is not material needs no notice: notify refuses it unless
--force is given.`,
	run: runNotify,
}

func runNotify(c *command, env *Env, args []string) int {
	fs := c.flags(env)
	source := fs.String("source", ".", "the site `folder`")
	version := fs.Int("version", 0, "announce version `N` (default the newest)")
	out := fs.String("out", "", "the outbox `folder` (default notices/BRAND/POLICY/vN in the site folder)")
	to := fs.String("to", "", "the recipients `file` (CSV with a header row: email,name,...)")
	send := fs.String("send", "", "deliver through the SMTP server at `URL` (smtp://HOST:PORT or smtps://HOST:PORT)")
	rate := fs.Float64("rate", 10, "send at most `N` messages a second (0: no limit)")
	retries := fs.Int("retries", 3, "open a new session up to `N` times in a row when one breaks")
	force := fs.Bool("force", false, "write notices for a version that is not material")
	now := fs.String("now", "", "today's `date`, for reproducible runs (default: the clock)")
	key, code, ok := parseOne(c, fs, env, args)
	if !ok {
		return code
	}
	switch {
	case key == "":
		return usageError(env, c, "give BRAND/POLICY")
	case *send != "" && *to == "":
		return usageError(env, c, "--send needs --to FILE.csv: the recipients")
	case *rate < 0:
		return usageError(env, c, "--rate must be 0 (no limit) or more")
	case *retries < 0:
		return usageError(env, c, "--retries must be 0 or more")
	}
	var srv *notify.Server
	if *send != "" {
		var err error
		if srv, err = notify.ParseServer(*send); err != nil {
			return usageError(env, c, "--send: %v", err)
		}
		if err := checkPort(srv.Addr); err != nil {
			return usageError(env, c, "--send %s: %v", *send, err)
		}
		srv.Username, srv.Password, srv.Rate = env.Getenv("REDLINE_SMTP_USERNAME"), env.Getenv("REDLINE_SMTP_PASSWORD"), *rate
		srv.Retries, srv.Backoff = *retries, 2*time.Second
		if (srv.Username == "") != (srv.Password == "") {
			return usageError(env, c, "set both REDLINE_SMTP_USERNAME and REDLINE_SMTP_PASSWORD, or neither")
		}
	}

	s, p, err := loadPolicy(*source, key)
	if err != nil {
		return report(env, *source, err)
	}
	day, err := today(env, *now, s.Config.Location)
	if err != nil {
		return usageError(env, c, "%v", err)
	}
	v, err := pickVersion(p, *version)
	if err != nil {
		return report(env, *source, err)
	}
	if !v.Material && !*force {
		return report(env, *source, diag.Errorf(v.File, v.FieldLine("material"), "version %d is not material: users need no notice of it", v.Number).Refuse().
			WithHint("give --force to write notices anyway"))
	}
	rb, err := review.Rulebook(s.Config)
	if err != nil {
		return report(env, *source, err)
	}
	n, err := notify.NewNotice(s, rb, v)
	if err != nil {
		return report(env, *source, err)
	}
	tmpl, err := notify.LoadTemplates(build.Theme{Site: s.FS, Defaults: env.Theme})
	if err != nil {
		return report(env, *source, err)
	}
	// The outbox's folders are made as they are needed, and none of them
	// may be a symbolic link: the site's own notices/ folder up from it,
	// or the last folder that --out names.
	outBase, outRel := *source, filepath.Join("notices", p.Brand.ID, p.ID, "v"+strconv.Itoa(v.Number))
	if *out != "" {
		outBase, outRel = filepath.Split(filepath.Clean(*out))
	}
	outbox := filepath.Join(outBase, outRel)
	date, err := clock(env) // today has checked SOURCE_DATE_EPOCH
	if err != nil {
		return usageError(env, c, "%v", err)
	}
	date = date.In(s.Config.Location)
	if !v.Effective.After(day) {
		fmt.Fprintf(env.Stderr, "redline notify: warning: version %d took effect on %s: this notice comes late\n", v.Number, v.Effective)
	}

	if *to == "" {
		m, err := tmpl.Render(n, notify.Preview, date)
		if err != nil {
			return report(env, *source, err)
		}
		html, err := tmpl.HTML(n, notify.Preview)
		if err != nil {
			return report(env, *source, err)
		}
		if _, err := notify.MakeOutbox(outBase, outRel); err != nil {
			return report(env, "", err)
		}
		if err := notify.WritePreview(outbox, m.Data, html); err != nil {
			return report(env, "", err)
		}
		fmt.Fprintf(env.Stdout, "wrote a preview of the notice for %s version %d (%d material, %d minor changes) to %s\n",
			p.Key(), v.Number, len(n.Material), n.Minor, filepath.Join(outbox, "preview.eml"))
		return exitOK
	}

	// Recipients, messages and files stream: the file is read once to
	// check it, again to write the outbox, and again to send, and only a
	// few messages are in memory at once, whatever the number of rows.
	rs, err := notify.CheckRecipients(*to, func() (io.ReadCloser, error) { return os.Open(*to) })
	if err != nil {
		return report(env, "", err)
	}
	// The first recipient's message is rendered before anything is
	// written: a layout that names a column the file lacks fails here.
	errFirst := errors.New("first")
	err = rs.Each(func(r *notify.Recipient) error {
		if _, err := tmpl.Render(n, r, date); err != nil {
			return err
		}
		return errFirst
	})
	if err != nil && err != errFirst {
		return report(env, *source, err)
	}
	if _, err := notify.MakeOutbox(outBase, outRel); err != nil {
		return report(env, "", err)
	}
	ledger, err := notify.OpenLedger(outbox)
	if err != nil {
		return report(env, "", err)
	}
	defer ledger.Close()
	var written atomic.Int64
	err = tmpl.Stream(n, date, rs.Each, func(m *notify.Message) error {
		if _, done := ledger.Done(m.Token); done {
			return nil // a message that was sent stays as it was sent
		}
		written.Add(1)
		return notify.WriteMessage(outbox, m)
	}, func(*notify.Message) error { return nil })
	if err != nil {
		return report(env, *source, err)
	}
	if srv == nil {
		fmt.Fprintf(env.Stdout, "wrote %d notices for %s version %d to %s (%d already sent); send them with --send smtp://HOST:PORT\n",
			written.Load(), p.Key(), v.Number, outbox, rs.Count-int(written.Load()))
		return exitOK
	}
	sender := notify.NewSender(srv, n.From.Address, ledger)
	err = tmpl.Stream(n, date, rs.Each, nil, sender.Send)
	sender.Close()
	rep := sender.Report()
	w := env.Stdout
	refused := ""
	if rep.Refused > 0 {
		refused = fmt.Sprintf(", %d refused for good (see the ledger)", rep.Refused)
	}
	fmt.Fprintf(w, "%s version %d: %d sent in this run; %d of %d recipients have their notice%s; ledger %s\n",
		p.Key(), v.Number, rep.Sent, rep.Delivered, rs.Count, refused, ledger.Path())
	if rep.Reconnects > 0 {
		fmt.Fprintf(w, "the session broke and was opened again %d times\n", rep.Reconnects)
	}
	for _, e := range rep.Rejected {
		fmt.Fprintf(w, "refused for good: %s: %s\n", e.To, strings.ReplaceAll(e.Response, "\n", " "))
	}
	if err != nil {
		if de, ok := err.(*diag.Error); ok {
			again := fmt.Sprintf("%d messages are not sent: run the same command again to send them, and only them", rep.Left(rs.Count))
			if de.Hint == "" {
				de.Hint = again
			} else {
				de.Hint += "; " + again
			}
		}
		return report(env, "", err)
	}
	code = exitOK
	if rep.NotASCII > 0 {
		var errs diag.List
		for _, m := range rep.NeedUTF8 {
			errs = append(errs, diag.Errorf(*to, m.Line, "%s was not sent: %s does not offer SMTPUTF8, which an address that is not ASCII needs", m.To.Address, srv.Addr))
		}
		if more := rep.NotASCII - len(rep.NeedUTF8); more > 0 {
			errs = append(errs, diag.Errorf(*to, 0, "and %d more addresses that are not ASCII, not sent", more))
		}
		errs[len(errs)-1].WithHint("send them through a server that offers SMTPUTF8 (the same command with its --send sends only these), or correct the addresses")
		report(env, "", errs)
		code = exitRefused
	}
	if rep.Deferred > 0 {
		fmt.Fprintf(env.Stderr, "redline notify: %d messages were deferred by the server (4xx): run the same command again later to send them\n", rep.Deferred)
		code = exitRefused
	}
	// Recipients refused for good are done with: they are in the ledger
	// with the server's reply, and no later run can do more for them. A
	// run that leaves nothing for a later one to send succeeds.
	return code
}

// pickVersion returns version n of p, or the newest when n is 0.
func pickVersion(p *site.Policy, n int) (*site.Version, error) {
	if len(p.Versions) == 0 {
		return nil, &diag.Error{Msg: fmt.Sprintf("%s has no published version to announce", p.Key()),
			Hint: "publish one first with redline release"}
	}
	if n == 0 {
		return p.Latest(), nil
	}
	if n < 1 || n > len(p.Versions) {
		return nil, &diag.Error{Msg: fmt.Sprintf("%s has no version %d; its versions are 1 to %d", p.Key(), n, len(p.Versions))}
	}
	return p.Versions[n-1], nil
}

// checkPort refuses a server address whose port cannot exist, so that
// "--send smtp://host:99999" is a usage error now, not a dial error after
// the outbox was written.
func checkPort(addr string) error {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return err
	}
	n, err := strconv.Atoi(port)
	if err != nil || n < 1 || n > 65535 {
		return fmt.Errorf("port %q is not a number from 1 to 65535", port)
	}
	return nil
}
