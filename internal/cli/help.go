package cli

import "fmt"

var helpCmd = &command{
	name:    "help",
	args:    "[command]",
	summary: "explain a command and its flags",
	help:    "Help prints the list of commands, or one command's usage and flags.",
	run:     runHelp,
}

func runHelp(self *command, env *Env, args []string) int {
	if len(args) == 0 {
		usage(env.Stdout)
		return exitOK
	}
	c := lookup(args[0])
	switch args[0] {
	case "-h", "-help", "--help", "--h":
		c = self
	}
	switch {
	case len(args) > 1:
		fmt.Fprintln(env.Stderr, "usage: redline help [command]")
		return exitUsage
	case c == nil:
		fmt.Fprintf(env.Stderr, "redline help: unknown command %q\nRun 'redline help' for the list of commands.\n", args[0])
		return exitUsage
	case c == self:
		c.printHelp(env.Stdout, nil)
		return exitOK
	}
	// A command's flags are declared where it runs; "-h" prints them. Help
	// asked for goes to standard output.
	out := *env
	out.Stderr = env.Stdout
	return c.run(c, &out, []string{"-h"})
}
