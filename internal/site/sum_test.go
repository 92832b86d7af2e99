package site

import (
	"strings"
	"testing"
)

// A hash written in upper-case hex (as some tools print it) is the same
// hash: no false tamper alarm. redline itself keeps writing lower case.
func TestSumsHexCase(t *testing.T) {
	v1 := version(1, "2026-01-01", "2026-01-15", false)
	fsys := testSite("versions/acme/privacy/v1.md", v1)
	lower := Hash([]byte(v1))
	upper := "sha256:" + strings.ToUpper(strings.TrimPrefix(lower, "sha256:"))
	fsys[SumFile].Data = []byte("versions/acme/privacy/v1.md " + upper + "\n")
	s, err := Load(fsys)
	if err != nil {
		t.Fatalf("upper-case hash refused: %v", err)
	}
	if got := s.Brand("acme").Policy("privacy").Versions[0].Sum; got != lower {
		t.Errorf("Sum = %s, want %s", got, lower)
	}
	sums, errs := ParseSums(fsys[SumFile].Data)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if got := string(sums.Format()); got != "versions/acme/privacy/v1.md "+lower+"\n" {
		t.Errorf("Format = %q, want lower case", got)
	}

	// A hash that is not hex at all is a malformed line, not a changed file.
	bad := "versions/acme/privacy/v1.md sha256:" + strings.Repeat("g", 64) + "\n"
	if _, errs := ParseSums([]byte(bad)); len(errs) != 1 || !strings.Contains(errs[0].Msg, "malformed line") {
		t.Errorf("non-hex hash: %v", errs)
	}
}
