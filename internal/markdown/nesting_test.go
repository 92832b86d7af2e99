package markdown

import (
	"strings"
	"testing"
)

func TestNesting(t *testing.T) {
	deepList := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(strings.Repeat("  ", i) + "- item\n")
		}
		return b.String()
	}
	for _, tc := range []struct {
		name        string
		src         string
		line, depth int
	}{
		{"policy", "# Privacy\n\n> quoted\n\n- a\n  - b\n    1. c\n\n    code\n", 0, 0},
		{"100 quotes", strings.Repeat(">", 100) + " x\n", 0, 0},
		{"200,000 quotes", "intro\n\n" + strings.Repeat(">", 200000) + "\n", 3, 200000},
		{"quotes with spaces", strings.Repeat("> ", 101) + "x\n", 1, 101},
		{"markers on one line", strings.Repeat("- ", 60) + strings.Repeat("1. ", 60) + "x\n", 1, 120},
		{"list nested 3,000 deep", deepList(3000), 101, 101},
	} {
		line, depth := Nesting([]byte(tc.src))
		if line != tc.line || depth != tc.depth {
			t.Errorf("%s: line %d depth %d, want line %d depth %d", tc.name, line, depth, tc.line, tc.depth)
		}
	}
}
