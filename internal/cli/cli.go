// Package cli is redline's command line: one file per command, each parsing
// its flags, calling the packages that do the work, printing the result and
// choosing the exit code. It holds no logic of its own.
//
// Exit codes, as DESIGN.md fixes them: 0 success; 1 the site has errors that
// make acting unsafe, or a command refused to do something unsafe; 2 bad
// usage or input that cannot be read.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/site"
	"github.com/redline-legal/redline/internal/term"
)

// Env is everything a command may touch outside its arguments, so that tests
// can run commands in-process with a fixed clock and captured output.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	Now            func() time.Time
	Theme          fs.FS // the embedded default layouts/ and static/
}

// Exit codes.
const (
	exitOK      = 0
	exitRefused = 1
	exitUsage   = 2
)

// command is one subcommand.
type command struct {
	name, args, summary string
	help                string // paragraphs after the usage line
	run                 func(c *command, env *Env, args []string) int
}

var commands []*command

func init() {
	commands = []*command{buildCmd, diffCmd, checkCmd, statusCmd, serveCmd, releaseCmd, importCmd, notifyCmd, initCmd, versionCmd, helpCmd}
}

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// Main runs redline with args (without the program name) and returns the exit code.
func Main(args []string, env Env) int {
	if len(args) == 0 {
		usage(env.Stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help":
		usage(env.Stdout)
		return exitOK
	case "-version", "--version":
		name = "version"
		args = args[:1]
	}
	c := lookup(name)
	if c == nil {
		fmt.Fprintf(env.Stderr, "redline: unknown command %q\nRun 'redline help' for the list of commands.\n", name)
		return exitUsage
	}
	return c.run(c, &env, args[1:])
}

func usage(w io.Writer) {
	fmt.Fprint(w, "redline publishes versioned legal policies as a static website.\n\nUsage:\n\n\tredline <command> [flags]\n\nCommands:\n\n")
	for _, c := range commands {
		fmt.Fprintf(w, "\t%-8s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\nRun 'redline help <command>' or 'redline <command> -h' for a command's flags.\n")
}

// flags returns a FlagSet for c whose -h prints the command's help.
func (c *command) flags(env *Env) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() { c.printHelp(fs.Output(), fs) }
	return fs
}

func (c *command) printHelp(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprintf(w, "usage: redline %s %s\n\n%s\n", c.name, c.args, strings.TrimSpace(c.help))
	if fs != nil {
		has := false
		fs.VisitAll(func(*flag.Flag) { has = true })
		if has {
			fmt.Fprint(w, "\nFlags:\n")
			fs.PrintDefaults()
		}
	}
}

// parse parses flags; it returns false and the exit code when the command
// should stop (-h asked for help: 0; a bad flag: 2).
func parse(fs *flag.FlagSet, env *Env, args []string) (int, bool) {
	fs.SetOutput(env.Stderr)
	for _, a := range args {
		if a == "--" {
			break
		}
		if a == "-h" || a == "-help" || a == "--help" || a == "--h" {
			fs.SetOutput(env.Stdout) // help that was asked for is output, not an error
		}
	}
	// Flags may come before, between or after the arguments, as in
	// "redline release --source site acme/privacy --effective 2026-07-01".
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return exitOK, false
			}
			return exitUsage, false
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		if args[0] == "--" {
			positional = append(positional, args[1:]...)
			break
		}
		positional, args = append(positional, args[0]), args[1:]
	}
	// Leave the arguments where fs.Args finds them.
	_ = fs.Parse(append([]string{"--"}, positional...))
	findSource(fs)
	return exitOK, true
}

// findSource makes a --source flag the user did not give point at the site
// the working folder is in: the nearest folder, here or above, that holds
// config.toml, as git looks for .git. Run from content/acme/, a command
// works on ../.. and names its files from there ("../../config.toml:3").
// With no config.toml above, it stays "." and the command says that this
// is not a site.
func findSource(fs *flag.FlagSet) {
	f := fs.Lookup("source")
	if f == nil {
		return
	}
	given := false
	fs.Visit(func(v *flag.Flag) { given = given || v == f })
	if given || f.Value.String() != "." {
		return
	}
	if dir, ok := siteAbove("."); ok {
		f.Value.Set(dir)
	}
}

// siteAbove returns the relative path from dir to the nearest folder at or
// above it holding config.toml.
func siteAbove(dir string) (string, bool) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", false
	}
	rel := dir
	for {
		if fi, err := os.Stat(filepath.Join(abs, site.ConfigFile)); err == nil && fi.Mode().IsRegular() {
			return filepath.Clean(rel), true
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return "", false
		}
		abs, rel = parent, filepath.Join(rel, "..")
	}
}

// parseOne parses flags and at most one argument, which it returns ("" when
// there is none); ok is false with the exit code when the command should stop.
func parseOne(c *command, fs *flag.FlagSet, env *Env, args []string) (arg string, code int, ok bool) {
	if code, ok := parse(fs, env, args); !ok {
		return "", code, false
	}
	if fs.NArg() > 1 {
		return "", usageError(env, c, "unexpected argument %q", fs.Arg(1)), false
	}
	return fs.Arg(0), exitOK, true
}

// choice is a flag that takes one of a few words and refuses any other
// when the flags are parsed, so "--color sometimes" is a usage error, not
// a silent "auto".
type choice struct {
	value   string
	allowed []string
}

// choiceFlag defines a flag whose value must be one of allowed (the first
// is the default).
func choiceFlag(fs *flag.FlagSet, name, usage string, allowed ...string) *string {
	c := &choice{value: allowed[0], allowed: allowed}
	fs.Var(c, name, usage+": "+strings.Join(allowed, ", "))
	return &c.value
}

func (c *choice) String() string {
	if c == nil {
		return ""
	}
	return c.value
}

func (c *choice) Set(s string) error {
	for _, a := range c.allowed {
		if s == a {
			c.value = s
			return nil
		}
	}
	return fmt.Errorf("%q is not one of %s", s, strings.Join(c.allowed, ", "))
}

// usageError prints a usage problem and returns exit code 2.
func usageError(env *Env, c *command, format string, args ...any) int {
	fmt.Fprintf(env.Stderr, "redline %s: %s\nRun 'redline help %s' for usage.\n", c.name, fmt.Sprintf(format, args...), c.name)
	return exitUsage
}

// report prints err with its places (paths shown from the working folder,
// under source) and returns the exit code it deserves.
func report(env *Env, source string, err error) int {
	list := diag.All(err)
	for _, e := range list {
		shown := *e
		if shown.File != "" && source != "" && source != "." && !filepath.IsAbs(shown.File) {
			shown.File = filepath.ToSlash(filepath.Join(source, filepath.FromSlash(shown.File)))
		}
		// an error may quote a file name or text given on the command line
		fmt.Fprintf(env.Stderr, "%s\n", term.Escape(shown.Error()))
		if shown.Hint != "" {
			fmt.Fprintf(env.Stderr, "\t%s\n", term.Escape(indentHint(shown.Hint)))
		}
	}
	if len(list) > 1 {
		fmt.Fprintf(env.Stderr, "%d errors\n", len(list))
	}
	if list.Unsafe() {
		return exitRefused
	}
	return exitUsage
}

// indentHint indents every line of a hint under its error: a hint may show
// lines to write into a file (the TOML for YAML front matter).
func indentHint(hint string) string { return strings.ReplaceAll(hint, "\n", "\n\t") }

// today is the date commands work on: --now if given, else
// SOURCE_DATE_EPOCH, else the clock, as a date in the site's time zone.
func today(env *Env, flagNow string, loc *time.Location) (site.Date, error) {
	if flagNow != "" {
		d, err := site.ParseDate(flagNow)
		if err != nil {
			return site.Date{}, fmt.Errorf("--now: %v", err)
		}
		return d, nil
	}
	t, err := clock(env)
	return site.DateOf(t.In(loc)), err
}

// clock is the time now: SOURCE_DATE_EPOCH if set, for reproducible
// output, else the clock.
func clock(env *Env) (time.Time, error) {
	if s := env.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		sec, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds", s)
		}
		return time.Unix(sec, 0), nil
	}
	return env.Now(), nil
}

// loadPolicy reads the site folder at source and finds its policy key,
// "BRAND/POLICY"; a key that cannot be one is refused before the site is read.
func loadPolicy(source, key string) (*site.Site, *site.Policy, error) {
	brandID, policyID, ok := strings.Cut(key, "/")
	if !ok || !site.ValidID(brandID) || !site.ValidID(policyID) {
		return nil, nil, &diag.Error{Msg: fmt.Sprintf("%q is not BRAND/POLICY", key),
			Hint: "ids are lower-case letters, digits and hyphens, e.g. omnicrm/privacy"}
	}
	s, err := loadSite(source)
	if err != nil {
		return nil, nil, err
	}
	b := s.Brand(brandID)
	if b == nil {
		return nil, nil, &diag.Error{Msg: fmt.Sprintf("unknown brand %q", brandID), Hint: "the brands are: " + brandIDs(s)}
	}
	p := b.Policy(policyID)
	if p == nil {
		return nil, nil, &diag.Error{Msg: fmt.Sprintf("brand %s has no policy %q", brandID, policyID), Hint: "its policies are: " + policyIDs(b)}
	}
	return s, p, nil
}

// loadSite reads the site folder at source.
func loadSite(source string) (*site.Site, error) { return loadSiteMemo(source, nil) }

// loadSiteMemo is loadSite with a memo of the versions earlier loads parsed.
func loadSiteMemo(source string, memo *site.VersionMemo) (*site.Site, error) {
	fi, err := os.Stat(source)
	if err != nil {
		return nil, &diag.Error{Msg: fmt.Sprintf("cannot open the site folder %s: %s", source, diag.Cause(err)),
			Hint: "give the folder of a redline site with --source DIR"}
	}
	if !fi.IsDir() {
		return nil, &diag.Error{Msg: source + " is not a folder", Hint: "give the folder of a redline site with --source DIR"}
	}
	unlock, err := lockSite(source, false)
	if err != nil {
		return nil, err
	}
	defer unlock()
	return site.LoadMemo(site.DirFS(source), memo)
}
