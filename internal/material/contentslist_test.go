package material

import (
	"strings"
	"testing"
)

// TestContentsList: a table of contents written as a plain list, its
// entries the titles of the sections below, put in or taken out, points
// to those sections: TikTok's U.S. policy gained and lost "* How We Use
// Your Information / * How We Share Your Information / …", each entry
// read as text of its category (ota-46 025, 026). Twins: a list whose
// entries are not all titles (a list of data with one item a title); a
// list of two.
func TestContentsList(t *testing.T) {
	rb := Builtin()
	sections := "**Information We Collect**\n------------------------\n\nWe collect your email address.\n\n**How We Use Your Information**\n------------------------------\n\nWe use it to run your account.\n\n**How We Share Your Information**\n-------------------------------\n\nWe share it with our hosting provider.\n\n**Contact Us**\n\nWrite to privacy@example.com.\n"
	page := func(list string) string {
		return "Privacy Policy\n\n" + list + "_Last updated: January 22, 2026_\n\n" + sections
	}
	toc := "*   Information We Collect\n*   How We Use Your Information\n*   How We Share Your Information\n*   Contact Us\n\n"
	for _, tc := range []struct{ old, new string }{{"", toc}, {toc, ""}} {
		if rep, _, why := judgeText(rb, page(tc.old), page(tc.new)); rep.Material {
			t.Errorf("a table of contents put in or taken out: material: %v", why)
		}
	}
	data := "We also collect:\n\n*   Your precise location\n*   Your contacts\n*   Contact Us\n\n"
	if rep, _, why := judgeText(rb, page(""), page(data)); !rep.Material {
		t.Errorf("a list of data with one entry a title: minor: %v", why)
	}
	two := strings.Join(strings.Split(toc, "\n")[:2], "\n") + "\n\n*   Your precise location\n\n"
	if rep, _, why := judgeText(rb, page(""), page(two)); !rep.Material {
		t.Errorf("two titles beside an item of data: minor: %v", why)
	}
}
