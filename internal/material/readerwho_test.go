package material

import (
	"strings"
	"testing"
)

// TestReaderAsWho: "if you V" is the class "users who V" the other side
// names (readerclass.go); a class named by another verb, or none, leaves
// the condition as it is.
func TestReaderAsWho(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"if you live outside the eu the company responsible is", "for users who live outside the eu", "users who live outside the eu the company responsible is"},
		{"if you live in colorado you may appeal", "residents who live in colorado may appeal", "residents who live in colorado you may appeal"},
		{"if you buy a plan you may appeal", "users who live in colorado may appeal", ""},
		{"if you live in colorado you may appeal", "you may appeal", ""},
	} {
		got := strings.Join(readerAsWho(strings.Fields(tc.a), strings.Fields(tc.b)), " ")
		if got != tc.want {
			t.Errorf("%q / %q: %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}
