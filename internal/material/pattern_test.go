package material

import (
	"os"
	"path/filepath"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// TestPatternPrefilterNeverRefusesAMatch runs every expression of the
// package over policy text, in its own case, in capitals and with the
// letters whose case folds outside ASCII (the Kelvin sign for k, the long
// s for s), and asks the prefilter about each match: a prefilter that
// turned a match away would change a verdict without a word.
func TestPatternPrefilterNeverRefusesAMatch(t *testing.T) {
	files, err := filepath.Glob("testdata/batch*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no batch files: %v", err)
	}
	var b strings.Builder
	every := 12
	if testing.Short() {
		every = 48 // the race run (-short): a quarter of the text, as TestBatches
	}
	for i, f := range files {
		if i%every != 0 {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
	}
	text := b.String()
	texts := []string{
		text,
		strings.ToUpper(text[:len(text)/4]),
		strings.NewReplacer("k", "\u212a", "s", "\u017f", "K", "\u212a").Replace(text[:len(text)/4]),
	}
	filtered := 0
	for _, p := range patterns {
		if p.any {
			continue
		}
		filtered++
		for _, s := range texts {
			for _, m := range p.Regexp.FindAllStringIndex(s, -1) {
				if !p.may(s[m[0]:m[1]]) {
					t.Fatalf("%s: the prefilter %v refuses the match %q", p, p.needs, s[m[0]:m[1]])
				}
			}
		}
	}
	if filtered < len(patterns)/2 {
		t.Errorf("only %d of %d expressions have a prefilter", filtered, len(patterns))
	}
}

func TestRequiredLiterals(t *testing.T) {
	for _, tc := range []struct {
		expr string
		want string // the groups, each as its strings; fold ones in brackets
	}{
		{`(?i)\bwill\b`, "[will]"},
		{`\bmay not\b`, "may not"},
		{`\s*\((?:the\s+)?[“"‘][^”"’()]{1,40}[”"’]\)`, "( & )"},
		{`(?i)\b(?:cookies|beacons)\b`, "[coo]|[beacon]"}, // k and s fold outside ASCII
		{`(?i)ks`, ""},
		{`a*`, ""},
		{`(?:sell|)`, ""},
		{`\d+ days`, " days"},
		{`(?:^|\s)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)\b`, ""},
		{`(?i)\bwe (?:will|shall) notify\b`, "[ notify] & [will]|[hall]"},
	} {
		re, err := syntax.Parse(tc.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		var gs []string
		for _, g := range groups(re.Simplify()) {
			var ss []string
			for _, n := range g {
				if n.fold {
					ss = append(ss, "["+n.s+"]")
				} else {
					ss = append(ss, n.s)
				}
			}
			gs = append(gs, strings.Join(ss, "|"))
		}
		if got := strings.Join(gs, " & "); got != tc.want {
			t.Errorf("%s: got %s, want %s", tc.expr, got, tc.want)
		}
	}
	p := mustPattern(`(?i)\bsolely\b`)
	for s, want := range map[string]bool{"used SOLELY for": true, "used Solely": true, "used only for": false, "": false} {
		if got := p.MatchString(s); got != want {
			t.Errorf("%q: MatchString %v, want %v", s, got, want)
		}
	}
	if got := p.ReplaceAllString("nothing here", "x"); got != "nothing here" {
		t.Errorf("ReplaceAllString changed text without a match: %q", got)
	}
	if got := p.Split("nothing here", -1); !slices.Equal(got, []string{"nothing here"}) {
		t.Errorf("Split without a match: %q", got)
	}
}
