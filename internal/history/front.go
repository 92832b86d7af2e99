package history

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/redline-legal/redline/internal/diag"
	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/site"
	"github.com/redline-legal/redline/internal/term"
)

// front is what an imported file's own front matter says about it: the few
// fields of Hugo's and Jekyll's pages that a policy's history needs.
type front struct {
	Title     string
	Summary   string
	Published site.Date // date, lastmod and their kin
	Effective site.Date // effective and its kin
}

// The keys read, first found wins. A page's lastmod is the day its text
// last changed, so it beats date, which tools often keep from the page's
// first day.
var (
	titleKeys     = []string{"title"}
	summaryKeys   = []string{"summary", "description"}
	publishedKeys = []string{"lastmod", "last_modified_at", "last_modified", "updated", "last_updated", "date", "publishDate", "publishdate", "published"}
	effectiveKeys = []string{"effective", "effective_date", "effectiveDate", "effective_from", "effectiveFrom"}
)

// splitFront separates a file's front matter, YAML between "---" lines (as
// Jekyll and Hugo write it) or TOML between "+++" lines, from its text, and
// reads its fields; loc is the site's time zone, for date-times with an
// offset. A file without front matter is all text.
func splitFront(src []byte, loc *time.Location) (f front, body []byte, err error) {
	src = bytes.TrimPrefix(src, []byte("\ufeff")) // a byte order mark is not text
	first, _, _ := bytes.Cut(src, []byte("\n"))
	switch strings.TrimRight(string(first), " \t\r") {
	case "+++":
		fm, body, _, err := markdown.Split(src)
		if err != nil {
			return f, nil, err
		}
		var m map[string]any
		if _, err := toml.Decode(string(fm), &m); err != nil {
			return f, nil, fmt.Errorf("front matter: %v", err)
		}
		f, err = frontOf(m, loc)
		return f, body, err
	case "---":
		fm, body, err := splitYAML(src)
		if err != nil {
			return f, nil, err
		}
		f, err = frontOf(readYAML(fm), loc)
		return f, body, err
	}
	return f, src, nil
}

// splitYAML cuts YAML front matter, which ends at a line "---" or "...".
func splitYAML(src []byte) (fm, body []byte, err error) {
	_, rest, _ := bytes.Cut(src, []byte("\n"))
	start := len(src) - len(rest)
	for len(rest) > 0 {
		line, r, _ := bytes.Cut(rest, []byte("\n"))
		if t := strings.TrimRight(string(line), " \t\r"); t == "---" || t == "..." {
			return src[start : len(src)-len(rest)], r, nil
		}
		rest = r
	}
	return nil, nil, fmt.Errorf("front matter opened with --- is never closed")
}

// readYAML reads the top-level "key: value" lines of YAML front matter
// whose value is a scalar on the same line. Nested maps, lists and block
// scalars are skipped: none of the fields redline reads needs them.
func readYAML(fm []byte) map[string]any {
	m := make(map[string]any)
	for _, line := range strings.Split(string(fm), "\n") {
		line = strings.TrimRight(line, " \t\r")
		if line == "" || line[0] == ' ' || line[0] == '\t' || line[0] == '#' || line[0] == '-' {
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.Trim(strings.TrimSpace(key), `"'`)
		value = strings.TrimSpace(value)
		switch {
		case value == "", value == "|", value == ">", strings.HasPrefix(value, "|-"), strings.HasPrefix(value, ">-"):
			continue
		case len(value) >= 2 && value[0] == '"' && value[len(value)-1] == '"':
			value = unquoteYAML(value[1 : len(value)-1])
		case len(value) >= 2 && value[0] == '\'' && value[len(value)-1] == '\'':
			value = strings.ReplaceAll(value[1:len(value)-1], "''", "'")
		default:
			if i := strings.Index(value, " #"); i >= 0 {
				value = strings.TrimSpace(value[:i])
			}
		}
		m[key] = value
	}
	return m
}

// unquoteYAML undoes the escapes of a double-quoted YAML scalar that a
// title or date may hold.
func unquoteYAML(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	r := strings.NewReplacer(`\"`, `"`, `\\`, `\`, `\n`, " ", `\t`, " ", `\/`, "/")
	return r.Replace(s)
}

// frontOf picks the fields redline needs from decoded front matter.
func frontOf(m map[string]any, loc *time.Location) (front, error) {
	var f front
	f.Title = firstString(m, titleKeys)
	f.Summary = firstString(m, summaryKeys)
	var err error
	if f.Published, err = firstDate(m, publishedKeys, loc); err != nil {
		return f, err
	}
	if f.Effective, err = firstDate(m, effectiveKeys, loc); err != nil {
		return f, err
	}
	return f, nil
}

func firstString(m map[string]any, keys []string) string {
	for _, k := range keys {
		if s, ok := m[k].(string); ok && strings.TrimSpace(s) != "" {
			return clean(s)
		}
	}
	return ""
}

func firstDate(m map[string]any, keys []string, loc *time.Location) (site.Date, error) {
	for _, k := range keys {
		v, ok := m[k]
		if !ok {
			continue
		}
		d, err := dateOf(v, loc)
		if err != nil {
			return site.Date{}, fmt.Errorf("front matter: %s: %v", k, err)
		}
		return d, nil
	}
	return site.Date{}, nil
}

// dateOf reads a front matter date: a TOML date or date-time, or a string
// holding a date, or a date-time with or without an offset, as Hugo and
// Jekyll write them. A date-time with an offset is the day it was in the
// site's time zone.
func dateOf(v any, loc *time.Location) (site.Date, error) {
	switch v := v.(type) {
	case time.Time:
		switch v.Location().String() {
		case "date-local", "datetime-local", "time-local":
			return site.DateOf(v), nil
		}
		return site.DateOf(v.In(loc)), nil
	case string:
		s := strings.TrimSpace(v)
		for _, layout := range []string{time.RFC3339Nano, "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05 -07:00", "2006-01-02T15:04:05-0700"} {
			if t, err := time.Parse(layout, s); err == nil {
				return site.DateOf(t.In(loc)), nil
			}
		}
		for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", time.DateOnly} {
			if t, err := time.Parse(layout, s); err == nil {
				return site.DateOf(t), nil
			}
		}
		return site.Date{}, fmt.Errorf("%q is not a date: write it as 2024-04-17", s)
	}
	return site.Date{}, fmt.Errorf("%v is not a date: write it as 2024-04-17", v)
}

// clean makes one line of plain text of s: control characters (those a
// front matter's escapes may write too, bidirectional overrides included:
// the site refuses a version holding one) and runs of white space become
// single spaces.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if term.Unsafe(r) || r < 0x20 || r == 0x2028 || r == 0x2029 {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// refuseUnsound refuses a text the site would refuse once it is published:
// a control character, or quotes and lists nested deeper than redline reads.
// An imported version is immutable, so it is refused here, with the source's
// own line, before it is written; the site would not load afterwards.
func refuseUnsound(label string, src, body []byte) *diag.Error {
	e := site.CheckControl(label, src)
	if e == nil {
		bodyLine := 1
		if bytes.HasSuffix(src, body) {
			bodyLine += bytes.Count(src[:len(src)-len(body)], []byte("\n"))
		}
		e = site.CheckNesting(label, body, bodyLine)
	}
	if e != nil {
		e.Hint += "; an imported version cannot be corrected once published, so copy the versions into a folder, clean this one, and import them with --dir"
	}
	return e
}
