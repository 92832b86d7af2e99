package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
)

var versionCmd = &command{
	name:    "version",
	args:    "",
	summary: "print which redline this is",
	help: `
Version prints redline's version: the module version it was built at
("go install github.com/redline-legal/redline@v1.2.0" gives v1.2.0; a build
in a clone gives a pseudo-version naming the commit, "+dirty" when the files
differ from it), else the commit it was built from, else "devel". Pages say
the same in <meta name="generator"> and in their footer, so a published site
records which redline made it. It depends only on the binary: the same input
and binary give byte-identical output.`,
	run: runVersion,
}

func runVersion(c *command, env *Env, args []string) int {
	fs := c.flags(env)
	if code, ok := parse(fs, env, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(env, c, "unexpected argument %q", fs.Arg(0))
	}
	fmt.Fprintf(env.Stdout, "redline %s (%s, %s/%s)\n", Version(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return exitOK
}

// Version is this binary's version, from the build information the Go
// toolchain records in it: the main module's version, else its VCS
// revision, else "devel". It never depends on the clock or the machine.
var Version = sync.OnceValue(func() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	return versionOf(info)
})

func versionOf(info *debug.BuildInfo) string {
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev string
	dirty := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return "devel"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "+dirty"
	}
	return "devel-" + strings.TrimSpace(rev)
}
