package review

import (
	"bytes"
	"reflect"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/redline-legal/redline/internal/markdown"
)

// CleanDraft returns the draft's file src after a release: without its
// summary (it described the release just made, and must not be published
// again) and without the [[override]] tables whose indices are in used (the
// published version keeps them). Every other byte stays as it was. It
// returns ok false, and src, when the front matter is not laid out so that
// it can remove them safely (a summary over several lines mixed with other
// keys, say): the result, decoded, must be the original less those fields,
// or nothing is changed.
func CleanDraft(src []byte, used []int) (out []byte, changed, ok bool) {
	bom := []byte("\ufeff")
	if rest, found := bytes.CutPrefix(src, bom); found {
		out, changed, ok = CleanDraft(rest, used)
		if changed {
			out = append(bom, out...)
		}
		return out, changed, ok
	}
	front, _, _, err := markdown.Split(src)
	if err != nil || front == nil {
		return src, false, err == nil
	}
	start := bytes.IndexByte(src, '\n') + 1 // front starts on the line after +++
	lines := strings.SplitAfter(string(front), "\n")
	drop := make([]bool, len(lines))
	isUsed := make(map[int]bool)
	for _, i := range used {
		isUsed[i] = true
	}
	table, override := "", -1
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if strings.HasPrefix(t, "[") {
			table = t
			if t == "[[override]]" {
				override++
			}
		}
		switch {
		case table == "[[override]]" && isUsed[override]:
			drop[i] = true
		case table == "" && isKey(t, "summary"):
			drop[i] = true
			if v := strings.TrimSpace(t[strings.IndexByte(t, '=')+1:]); strings.HasPrefix(v, `"""`) || strings.HasPrefix(v, "'''") {
				q := v[:3]
				if strings.Count(v, q) < 2 {
					for i++; i < len(lines); i++ {
						drop[i] = true
						if strings.Contains(lines[i], q) {
							break
						}
					}
				}
			}
		}
	}
	// A removed last table leaves no blank line before the closing +++.
	for i := len(lines) - 1; i >= 0 && drop[i]; i-- {
		for k := i - 1; k >= 0 && !drop[k] && strings.TrimSpace(lines[k]) == ""; k-- {
			drop[k] = true
		}
	}
	var b strings.Builder
	for i, l := range lines {
		if !drop[i] {
			b.WriteString(l)
		}
	}
	newFront := b.String()
	var before, after map[string]any
	if _, err := toml.Decode(string(front), &before); err != nil {
		return src, false, false
	}
	if _, err := toml.Decode(newFront, &after); err != nil {
		return src, false, false
	}
	delete(before, "summary")
	if ovs, found := before["override"]; found {
		var all []any
		switch v := ovs.(type) {
		case []map[string]any:
			for _, o := range v {
				all = append(all, o)
			}
		case []any:
			all = v
		}
		var kept []map[string]any
		for i, o := range all {
			if m, _ := o.(map[string]any); !isUsed[i] {
				kept = append(kept, m)
			}
		}
		if kept == nil {
			delete(before, "override")
		} else {
			before["override"] = kept
		}
		if a, found := after["override"].([]any); found {
			var conv []map[string]any
			for _, o := range a {
				m, _ := o.(map[string]any)
				conv = append(conv, m)
			}
			after["override"] = conv
		}
	}
	if !reflect.DeepEqual(before, after) {
		return src, false, false
	}
	if newFront == string(front) {
		return src, false, true
	}
	out = append(append(append([]byte{}, src[:start]...), newFront...), src[start+len(front):]...)
	return out, true, true
}

// isKey reports whether a TOML line sets key (bare or quoted).
func isKey(line, key string) bool {
	for _, k := range []string{key, `"` + key + `"`, "'" + key + "'"} {
		if rest, ok := strings.CutPrefix(line, k); ok && strings.HasPrefix(strings.TrimLeft(rest, " \t"), "=") {
			return true
		}
	}
	return false
}
