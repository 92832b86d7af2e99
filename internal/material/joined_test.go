package material

import (
	"strings"
	"testing"
)

// TestJoinedEqual checks joinedEqual against what it stands for, two
// joined lists compared: words joined or split, empty words, lists of
// unequal lengths.
func TestJoinedEqual(t *testing.T) {
	for _, c := range [][2][]string{
		{nil, nil}, {nil, {""}}, {{"", ""}, nil}, {{"a"}, nil}, {nil, {"a"}},
		{{"third", "party"}, {"thirdparty"}}, {{"thirdparty"}, {"third", "party"}},
		{{"third", "party"}, {"third", "parties"}}, {{"e", "mail"}, {"email", ""}},
		{{"ab", "c"}, {"a", "bc"}}, {{"ab", "c"}, {"a", "bd"}}, {{"abc"}, {"ab"}}, {{"ab"}, {"abc"}},
		{{"", "x", ""}, {"x"}}, {{"x", "y"}, {"y", "x"}},
	} {
		if got, want := joinedEqual(c[0], c[1]), strings.Join(c[0], "") == strings.Join(c[1], ""); got != want {
			t.Errorf("joinedEqual(%q, %q) = %v, want %v", c[0], c[1], got, want)
		}
	}
}
