package material

import (
	"fmt"
	"strings"
	"testing"
)

// TestLinkDefinitionsOnly: link reference definitions render nothing, so
// a block of them losing or gaining a line is unseen; the words of a
// label are no text ("[no-tracking]: …" lost read as a "no" lifted,
// duckduckgo-help-pages 009). A label both sides define, sent elsewhere,
// is where a link leads and is read as any change.
func TestLinkDefinitionsOnly(t *testing.T) {
	rb := Builtin()
	const page = "# Web tracking protections\n\nDuckDuckGo [never tracks you][no-tracking]. We block [third-party cookies][cookies].\n\n%s\n"
	defs := "[//]: # \"Links internal to this help site\"\n[no-tracking]: /privacy/no-tracking/\n[cookies]: /privacy/cookies/\n"
	fewer := "[//]: # \"Links internal to this help site\"\n[cookies]: /privacy/cookies/\n"
	rep, _, why := judgeText(rb, fmt.Sprintf(page, defs), fmt.Sprintf(page, fewer))
	if rep.Material {
		t.Errorf("definition removed: material: %v", why)
	}
	if !linkDefinitionsOnly(defs, "") || !linkDefinitionsOnly("", fewer) || !linkDefinitionsOnly(defs, fewer) {
		t.Error("blocks of definitions put in or taken out not read as such")
	}
	if linkDefinitionsOnly("[partners]: https://example.com/partners-2023\n", "[partners]: https://example.com/partners-2024\n") {
		t.Error("a label sent to another address read as unseen")
	}
	if linkDefinitionsOnly("[cookies]: /privacy/cookies/\n", "[cookies]: /privacy/cookies/\nWe never sell your data.\n") {
		t.Error("a sentence beside definitions read as unseen")
	}
}

// TestHTMLEntities: a character written as an HTML entity is the
// character, not a word: "individual it's" → "individual &mdash; it's"
// read as the word "mdash" put in (duckduckgo-help-pages 049). Twin: the
// same place, an exception put in.
func TestHTMLEntities(t *testing.T) {
	rb := Builtin()
	old := "We cannot tie a search to an individual; it's anonymous, and we never sell it."
	for _, new := range []string{
		"We cannot tie a search to an individual &mdash; it's anonymous, and we never sell it.",
		"We cannot tie a search to an individual&nbsp;&ndash; it&#39;s anonymous, and we never sell it.",
	} {
		if rep, _, why := judgeEdit(rb, "Anonymous usage", old, new); rep.Material {
			t.Errorf("%q: material: %v", new, why)
		}
	}
	if rep, _, why := judgeEdit(rb, "Anonymous usage", old, "We cannot tie a search to an individual &mdash; it's anonymous, and we never sell it except to our partners."); !rep.Material {
		t.Errorf("an exception put in beside an entity: minor: %v", why)
	}
}

// TestNewWindowNote: a link's note of how it opens is no word of the
// policy: Badoo's French policy gained "(ouvre une nouvelle fenêtre)" and
// read "the rules do not read the language of this text" (ota-43 041).
// Twin: a word put beside the note.
func TestNewWindowNote(t *testing.T) {
	rb := Builtin()
	old := "You can read more about how we verify accounts [here](https://example.com/verify) before you upload a photo."
	for _, new := range []string{
		"You can read more about how we verify accounts [here](https://example.com/verify) (opens in a new window) before you upload a photo.",
		"You can read more about how we verify accounts [here (opens in new tab)](https://example.com/verify) before you upload a photo.",
	} {
		if rep, _, why := judgeEdit(rb, "Verification", old, new); rep.Material {
			t.Errorf("%q: material: %v", new, why)
		}
	}
	fr := "Pour en savoir plus sur la vérification des comptes, cliquez [ici](https://example.com/verify) les informations sont détaillées."
	if rep, _, why := judgeEdit(rb, "Vérification", fr, strings.Replace(fr, "(https://example.com/verify)", "(https://example.com/verify) (ouvre une nouvelle fenêtre)", 1)); rep.Material {
		t.Errorf("the French note: material: %v", why)
	}
	if rep, _, why := judgeEdit(rb, "Verification", old, "You can read more about how we verify accounts [here](https://example.com/verify) (opens in a new window) before you upload a photo of your ID."); !rep.Material {
		t.Errorf("ID put beside the note: minor: %v", why)
	}
}
