package material

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"testing"

	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/redline"
)

// htmlInReason is what a reason, frozen into published files and sent in
// notices, must never carry: an HTML comment or tag, which readers never
// see in the text. mdInReason is the Markdown syntax a reason must not
// carry either, for the same reason: a link's target, emphasis marks, a
// table's empty cells or delimiter row ("| | |", "| --- |"), a heading's
// underline ("=====") or an escape ("30\.").
var (
	htmlInReason = regexp.MustCompile(`<!--|-->|</?[a-zA-Z][a-zA-Z0-9]*[\s/>]`)
	mdInReason   = regexp.MustCompile(`\]\(|\*\*|!\[|\|\s*\||\|\s*:?-{3}|={3}|\\[.()#*_\[\]-]`)
)

// TestRecordedHistories classifies every recorded update of real policies,
// each version against the one before it: a corpus made by
// ../shared/bench/gencorpus or an Open Terms Archive export, as
// <service>/<policy>/v<N>.md, named by REDLINE_HISTORIES (the test is
// skipped without it). It fails on a reason carrying HTML or Markdown
// syntax, and logs the share of updates called material, the rules that
// fire most and a sample of the names reported as new or removed
// recipients, for a reader to judge:
//
//	REDLINE_HISTORIES=/tmp/redline-bench/corpus/ota go test ./internal/material -run RecordedHistories -v
func TestRecordedHistories(t *testing.T) {
	root := os.Getenv("REDLINE_HISTORIES")
	if root == "" {
		t.Skip("set REDLINE_HISTORIES to a folder of <service>/<policy>/v<N>.md")
	}
	dirs, err := filepath.Glob(filepath.Join(root, "*", "*"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(dirs)
	rb := Builtin()
	pairs, material := 0, 0
	rules := map[string]int{}
	var names []string
	for _, dir := range dirs {
		for n := 2; ; n++ {
			old, err1 := os.ReadFile(filepath.Join(dir, fmt.Sprintf("v%d.md", n-1)))
			new, err2 := os.ReadFile(filepath.Join(dir, fmt.Sprintf("v%d.md", n)))
			if err1 != nil || err2 != nil {
				break
			}
			_, oldBody, _, err1 := markdown.Split(old)
			_, newBody, _, err2 := markdown.Split(new)
			if err1 != nil || err2 != nil {
				t.Fatalf("%s v%d: %v", dir, n, errors.Join(err1, err2))
			}
			rep := Classify(redline.Diff(oldBody, newBody), rb)
			pairs++
			if rep.Material {
				material++
			}
			for _, v := range rep.Verdicts {
				if htmlInReason.MatchString(v.Reason) {
					t.Errorf("%s v%d: reason carries HTML: %s", dir, n, v.Reason)
				}
				if mdInReason.MatchString(v.Reason) {
					t.Errorf("%s v%d: reason carries Markdown: %s", dir, n, v.Reason)
				}
				if ruleFailed(v) {
					t.Errorf("%s v%d: %s", dir, n, v.Reason)
				}
				if !v.Material {
					continue
				}
				rules[v.Rule]++
				if v.Rule == "recipients.entity" {
					names = append(names, fmt.Sprintf("%s v%d: %s", filepath.Base(filepath.Dir(dir)), n, v.Reason))
				}
			}
		}
	}
	if pairs == 0 {
		t.Fatalf("%s holds no <service>/<policy>/v1.md and v2.md", root)
	}
	t.Logf("%d recorded updates, %d called material (%.1f%%)", pairs, material, 100*float64(material)/float64(pairs))
	type count struct {
		rule string
		n    int
	}
	var top []count
	for r, n := range rules {
		top = append(top, count{r, n})
	}
	sort.Slice(top, func(i, j int) bool { return top[i].n > top[j].n || top[i].n == top[j].n && top[i].rule < top[j].rule })
	for _, c := range top[:min(len(top), 15)] {
		t.Logf("%7d %s", c.n, c.rule)
	}
	t.Logf("%d names reported as new or removed recipients, for example:", len(names))
	sample(t, names, 20)
}

// sample logs n of lines, spread over them, the same ones each run.
func sample(t *testing.T, lines []string, n int) {
	t.Helper()
	for i := range min(n, len(lines)) {
		t.Log("  ", lines[i*len(lines)/min(n, len(lines))])
	}
}
