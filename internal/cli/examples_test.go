package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v2"
)

// TestExamples: the CI workflows in examples/ parse as YAML, have the shape
// GitHub Actions and GitLab CI read, install this module, and call only
// redline commands and flags that exist (each command is parsed by the
// real CLI, with --help appended so that it does nothing).
func TestExamples(t *testing.T) {
	files, _ := filepath.Glob("../../examples/*/*.yml")
	more, _ := filepath.Glob("../../examples/*/.*.yml")
	files = append(files, more...)
	if len(files) < 3 {
		t.Fatalf("found %d example workflows, want the GitHub and GitLab ones", len(files))
	}
	calls := 0
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var doc map[any]any
		if err := yaml.UnmarshalStrict(data, &doc); err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		var scripts []string
		if strings.Contains(file, "/github/") {
			scripts = githubRuns(t, file, doc)
		} else {
			scripts = gitlabScripts(t, file, doc)
		}
		for _, s := range scripts {
			for _, cmd := range shellCommands(s) {
				switch {
				case len(cmd) >= 2 && cmd[0] == "go" && cmd[1] == "install":
					if want := "github.com/redline-legal/redline@latest"; cmd[len(cmd)-1] != want {
						t.Errorf("%s: %q installs %s, want %s", file, strings.Join(cmd, " "), cmd[len(cmd)-1], want)
					}
				case cmd[0] == "redline":
					calls++
					code, out, errs := run(t, "2026-11-25", nil, append(cmd[1:], "--help")...)
					if code != 0 || !strings.HasPrefix(out, "usage: redline "+cmd[1]+" ") {
						t.Errorf("%s: %q is not a redline command line: %s", file, strings.Join(cmd, " "), firstLine(out+errs))
					} else if v := flagValue(cmd, "format"); v != "" && !helpAllows(out, "format", v) {
						t.Errorf("%s: %q: redline %s has no --format %s", file, strings.Join(cmd, " "), cmd[1], v)
					}
				}
			}
		}
	}
	if calls < 6 {
		t.Errorf("found %d redline commands in the examples; the extraction of run: lines is broken", calls)
	}
}

func githubRuns(t *testing.T, file string, doc map[any]any) []string {
	if doc["on"] == nil && doc[true] == nil { // YAML 1.1 reads a bare on as true
		t.Errorf("%s: no on: trigger", file)
	}
	jobs, _ := doc["jobs"].(map[any]any)
	if len(jobs) == 0 {
		t.Errorf("%s: no jobs", file)
	}
	var runs []string
	for name, j := range jobs {
		job, _ := j.(map[any]any)
		steps, _ := job["steps"].([]any)
		if job["runs-on"] == nil || len(steps) == 0 {
			t.Errorf("%s: job %v needs runs-on and steps", file, name)
		}
		for i, s := range steps {
			step, _ := s.(map[any]any)
			run, isRun := step["run"].(string)
			uses, isUses := step["uses"].(string)
			if isRun == isUses {
				t.Errorf("%s: job %v step %d needs either run or uses", file, name, i+1)
			}
			if isUses && !strings.Contains(uses, "@") {
				t.Errorf("%s: job %v step %d: uses %q names no version", file, name, i+1, uses)
			}
			if isRun {
				runs = append(runs, run)
			}
		}
	}
	return runs
}

func gitlabScripts(t *testing.T, file string, doc map[any]any) []string {
	var out []string
	lines := func(where string, v any) {
		list, ok := v.([]any)
		if !ok {
			t.Errorf("%s: %s is not a list of commands", file, where)
		}
		for _, l := range list {
			s, ok := l.(string)
			if !ok {
				t.Errorf("%s: %s holds %v, not a command", file, where, l)
			}
			out = append(out, s)
		}
	}
	jobs := 0
	for k, v := range doc {
		name := fmt.Sprint(k)
		switch name {
		case "image", "stages", "variables", "default", "workflow", "include":
			continue
		case "before_script", "after_script":
			lines(name, v)
			continue
		}
		job, ok := v.(map[any]any)
		if !ok || job["script"] == nil {
			t.Errorf("%s: %s is not a job with a script", file, name)
			continue
		}
		jobs++
		lines(name+".script", job["script"])
	}
	if jobs == 0 {
		t.Errorf("%s: no jobs", file)
	}
	return out
}

// shellCommands splits a shell script into simple commands, each a list of
// words with quotes removed, cut at redirections; good enough for the
// examples' one-liners (it reads if/then as words of their own).
func shellCommands(script string) [][]string {
	var cmds [][]string
	var words []string
	var word strings.Builder
	inWord, quote, redirect := false, rune(0), false
	flush := func() {
		if inWord && !redirect {
			words = append(words, word.String())
		}
		word.Reset()
		inWord = false
	}
	end := func() {
		flush()
		redirect = false
		for len(words) > 0 && (words[0] == "if" || words[0] == "then" || words[0] == "else" || words[0] == "!") {
			words = words[1:]
		}
		if len(words) > 0 {
			cmds = append(cmds, words)
		}
		words = nil
	}
	script = strings.ReplaceAll(script, "\\\n", " ")
	for _, r := range script {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			} else {
				word.WriteRune(r)
			}
		case r == '"' || r == '\'':
			quote, inWord = r, true
		case r == '\n' || r == ';' || r == '|' || r == '&':
			end()
		case r == '>' || r == '<':
			flush()
			redirect = true
		case r == ' ' || r == '\t':
			wasRedirect := redirect && inWord
			flush()
			if wasRedirect {
				redirect = false
			}
		default:
			word.WriteRune(r)
			inWord = true
		}
	}
	end()
	return cmds
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// flagValue is the value given to --name (or -name) in cmd, or "".
func flagValue(cmd []string, name string) string {
	for i, a := range cmd {
		a = strings.TrimLeft(a, "-")
		if v, ok := strings.CutPrefix(a, name+"="); ok {
			return v
		}
		if a == name && i+1 < len(cmd) {
			return cmd[i+1]
		}
	}
	return ""
}

// helpAllows reports whether the usage line of flag name in a command's
// help lists value among its words ("output format: text, json or github"):
// flag parsing alone does not check a --format.
func helpAllows(help, name, value string) bool {
	lines := strings.Split(help, "\n")
	for i, l := range lines {
		if f := strings.Fields(l); len(f) > 0 && f[0] == "-"+name && i+1 < len(lines) {
			for _, w := range strings.FieldsFunc(lines[i+1], func(r rune) bool { return r == ' ' || r == ',' || r == ':' }) {
				if w == value {
					return true
				}
			}
		}
	}
	return false
}
