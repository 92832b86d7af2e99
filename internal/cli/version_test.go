package cli

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionOf(t *testing.T) {
	for _, tc := range []struct {
		main     string
		settings map[string]string
		want     string
	}{
		{"v1.2.0", nil, "v1.2.0"},
		{"v0.0.0-20261130235959-0123456789ab+dirty", map[string]string{"vcs.revision": "0123456789abcdef"}, "v0.0.0-20261130235959-0123456789ab+dirty"},
		{"(devel)", map[string]string{"vcs.revision": "0123456789abcdef0123", "vcs.modified": "true"}, "devel-0123456789ab+dirty"},
		{"(devel)", map[string]string{"vcs.revision": "0123456789abcdef0123", "vcs.modified": "false"}, "devel-0123456789ab"},
		{"(devel)", nil, "devel"},
		{"", nil, "devel"},
	} {
		info := &debug.BuildInfo{Main: debug.Module{Version: tc.main}}
		for k, v := range tc.settings {
			info.Settings = append(info.Settings, debug.BuildSetting{Key: k, Value: v})
		}
		if got := versionOf(info); got != tc.want {
			t.Errorf("versionOf(%q, %v) = %q, want %q", tc.main, tc.settings, got, tc.want)
		}
	}
}

// TestGitMissing: without git, init says so instead of failing.
func TestGitMissing(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	if got := gitInit(t.TempDir()); !strings.HasPrefix(got, "git is not installed: no repository created") {
		t.Errorf("gitInit without git = %q", got)
	}
}
