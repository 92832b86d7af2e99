package site

import (
	"bytes"
	"path"
	"strconv"
	"strings"

	"github.com/redline-legal/redline/internal/diag"
)

// titleFromFile suggests a title from a file's name, as a reader would write
// it: "content/acme/cookie-policy.md" is "Cookie Policy".
func titleFromFile(file string) string {
	id := strings.TrimSuffix(path.Base(file), ".md")
	if id == "_index" {
		id = path.Base(path.Dir(file))
	}
	if strings.HasPrefix(path.Base(file), "v") && strings.HasPrefix(file, "versions/") {
		id = path.Base(path.Dir(file)) // versions/acme/privacy/v1.md
	}
	words := strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' })
	for i, w := range words {
		if i == 0 || !minorWord[w] {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

var minorWord = map[string]bool{"a": true, "an": true, "and": true, "for": true, "in": true, "of": true, "on": true, "or": true, "the": true, "to": true}

// yamlFrontMatter reports a file that starts with a YAML block between ---
// lines, as Hugo and Jekyll allow: redline reads only TOML between +++ lines,
// and without this the file would fail later as "no title". The hint is the
// fix: the same fields as TOML.
func yamlFrontMatter(file string, src []byte) *diag.Error {
	lines := strings.Split(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n")
	if len(lines) < 2 || strings.TrimRight(lines[0], " \t") != "---" {
		return nil
	}
	var fields []string
	title := ""
	closed := false
	for _, l := range lines[1:] {
		if strings.TrimRight(l, " \t") == "---" {
			closed = true
			break
		}
		key, value, ok := strings.Cut(l, ":")
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		if !ok || key == "" || strings.ContainsAny(key, " \t\"'") || value == "" {
			continue
		}
		if len(value) >= 2 && (value[0] == '"' || value[0] == '\'') && value[len(value)-1] == value[0] {
			value = value[1 : len(value)-1]
		}
		if key == "title" {
			title = value
		}
		fields = append(fields, key+" = "+tomlValue(value))
	}
	if !closed {
		return nil // a thematic break, not front matter
	}
	if title == "" {
		fields = append([]string{"title = " + strconv.Quote(titleFromFile(file))}, fields...)
	}
	return diag.Errorf(file, 1, "front matter is TOML between +++ lines; this file starts with YAML between --- lines").
		WithHint("replace the --- block with:\n+++\n%s\n+++", strings.Join(fields, "\n"))
}

// tomlValue writes a YAML scalar as TOML: numbers, booleans and dates as they
// are, anything else quoted.
func tomlValue(v string) string {
	if v == "true" || v == "false" {
		return v
	}
	if _, err := strconv.Atoi(v); err == nil {
		return v
	}
	if _, err := ParseDate(v); err == nil {
		return v
	}
	return strconv.Quote(v)
}

func startsWithYAML(src []byte) bool {
	return bytes.HasPrefix(src, []byte("---\n")) || bytes.HasPrefix(src, []byte("---\r\n"))
}

// TitleFromID writes an id as a name: "northwind-traders" is "Northwind Traders".
func TitleFromID(id string) string { return titleFromFile(id + ".md") }
