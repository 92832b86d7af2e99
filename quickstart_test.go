package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// quickStart returns the first ```sh block after "## Quick start" in the
// README: the commands a newcomer copies.
func quickStart(readme []byte) ([]byte, error) {
	_, rest, ok := bytes.Cut(readme, []byte("\n## Quick start\n"))
	if !ok {
		return nil, errors.New(`README.md has no "## Quick start" section`)
	}
	_, block, ok := bytes.Cut(rest, []byte("\n```sh\n"))
	if !ok {
		return nil, errors.New("the Quick start section has no ```sh block")
	}
	block, _, ok = bytes.Cut(block, []byte("\n```\n"))
	if !ok {
		return nil, errors.New("the Quick start's ```sh block is not closed")
	}
	return append(block, '\n'), nil
}

// TestQuickStart runs the README's quick start, as written, with bash and
// the redline under test, then checks what a newcomer would: a site for
// their brand, version 1 of each policy published and committed, a build
// that opens from disk, and status answering which version is in force.
// It uses the real clock ("--effective today"), and asserts nothing that
// depends on which day it is.
func TestQuickStart(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	script, err := quickStart(readme)
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/quickstart",
		Setup: func(env *testscript.Env) error {
			for k, v := range map[string]string{
				"GIT_AUTHOR_NAME": "Quick Start", "GIT_AUTHOR_EMAIL": "qs@example.com",
				"GIT_COMMITTER_NAME": "Quick Start", "GIT_COMMITTER_EMAIL": "qs@example.com",
				"GIT_CONFIG_GLOBAL": os.DevNull, "GIT_CONFIG_NOSYSTEM": "1",
			} {
				env.Setenv(k, v)
			}
			return os.WriteFile(filepath.Join(env.WorkDir, "quickstart.sh"), script, 0o644)
		},
	})
}
