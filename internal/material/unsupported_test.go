package material

import (
	"fmt"
	"testing"
)

// TestLimitSaid: a sentence saying a protection does not reach somewhere,
// with no "not" and no word of a category, narrows what the section
// commits to: "Blocking resources loaded by service workers is currently
// unsupported" put in the rows of a tracker protection's table of
// platforms (duckduckgo-help-pages 032) read "Wording not about personal
// data". The page's title is in its front matter, so its first heading
// reads as the title. Twin: the same sentence under a heading of no
// category.
func TestLimitSaid(t *testing.T) {
	rb := Builtin()
	const page = "## %s\n\nSites load scripts that track you; we block them.\n\n| Platform | Support |\n| --- | --- |\n| Firefox extension | 3rd-party scripts on our list blocked from loading. |\n| Chrome extension | 3rd-party scripts on our list blocked from loading.%s |\n"
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"ddg-032", "3rd-Party Tracker Loading Protection", "", " Blocking resources loaded by service workers is currently unsupported due to platform limitations.", true},
		{"limit lifted", "3rd-Party Tracker Loading Protection", " Blocking resources loaded by service workers is not supported yet.", "", true},
		{"heading of no category", "Installing the extension", "", " Blocking resources loaded by service workers is currently unsupported due to platform limitations.", false},
	} {
		rep, _, why := judgeText(rb, fmt.Sprintf(page, tc.heading, tc.old), fmt.Sprintf(page, tc.heading, tc.new))
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
