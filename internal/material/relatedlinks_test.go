package material

import "testing"

// TestRelatedLinks: a link alone under "Related Articles" points to
// another page and commits to nothing here: Threads's privacy page, as
// Instagram's help centre shows it, changed its related articles with
// every capture, and "[Review and export your Threads information](…)"
// read as retention (pga-34 025). Twins: a sentence put under the same
// heading; the same link alone under a heading of rights.
func TestRelatedLinks(t *testing.T) {
	rb := Builtin()
	const head = "# Threads Privacy Policy\n\nWe keep your posts until you delete them.\n\n"
	related := func(extra string) string {
		return head + "Related Articles\n----------------\n\n[About Threads](https://help.instagram.com/1/?helpref=related_articles)\n\n" + extra
	}
	link := "[Review and export your Threads information](https://help.instagram.com/2/?helpref=related_articles)\n"
	if rep, _, why := judgeText(rb, related(""), related(link)); rep.Material {
		t.Errorf("a related article added: material: %v", why)
	}
	if rep, _, why := judgeText(rb, related(link), related("")); rep.Material {
		t.Errorf("a related article removed: material: %v", why)
	}
	if rep, _, why := judgeText(rb, related(""), related("We keep the exports you request for 30 days.\n")); !rep.Material {
		t.Errorf("a sentence under the heading: minor: %v", why)
	}
	if relatedHeadingRE.MatchString("Your rights") || !relatedHeadingRE.MatchString("See also:") {
		t.Error("headings of related pages not told from others")
	}
}
