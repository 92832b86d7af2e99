// Command redline publishes versioned legal policies as a static website,
// shows what changed between versions, and refuses to publish a material
// change without enough notice. Run "redline help" for the commands.
package main

import (
	"embed"
	"io/fs"
	"os"
	"time"

	"github.com/redline-legal/redline/internal/cli"
)

// theme is the default theme: every layout and static file a site does not
// provide itself comes from here, so the binary works on any site folder.
//
//go:embed layouts static
var theme embed.FS

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.Env{
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		Getenv: os.Getenv,
		Now:    time.Now,
		Theme:  fs.FS(theme),
	}))
}
