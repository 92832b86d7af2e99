package material

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A block moved unchanged from under a heading that names one lawful
// ground to under one that names another is processed on that other
// ground: "- Marketing communications and newsletters" moved from
// "Consent (Art. 6(1)(a))" to "Legitimate Interests (Art. 6(1)(f))" (the
// OmniOps seed's lists) now rests on the company's interests, not the
// reader's consent, though not a word of it changed. It read "Moved from
// § … without change" (cosmetic), every one of the 42 moves between the
// seed's four lists. So with a class of cookie (essential → analytics: now
// needing consent) and with a right moved between the rights everyone
// holds and those of a place's residents ("Your Data Rights" → "Your
// California Rights"). The heading is part of what a list item says; a
// move between headings of the same kind (or naming none) stays cosmetic.
// The grounds are GDPR Art. 6(1)'s six, a closed class, named by their
// head words. A heading added or removed alone is not read here: in a
// restructure its items are judged where they go, and reading it alone
// flagged dozens of retitled sections (github-021).

// A class of cookie is one of cookieKinds' groups (cookierow.go): the
// classes the ePrivacy rules and the regulators' guidance sort cookies
// into, a closed class. An item moved from "Essential Cookies" to
// "Analytics Cookies (Optional)" (the OmniOps seed) now needs consent, or
// no longer does.

// cookieKeys returns the classes of cookie a folded heading names, when
// it names cookies.
func cookieKeys(ws []string) map[int]bool {
	if !slices.Contains(ws, "cookies") && !slices.Contains(ws, "cookie") {
		return nil
	}
	var out map[int]bool
	for _, w := range ws {
		if k := cookieKinds[w]; k != 0 {
			if out == nil {
				out = map[int]bool{}
			}
			out[k] = true
		}
	}
	return out
}

// headingKinds returns the category whose kinds two headings name
// differently ("legal-basis" for lawful grounds, "cookies" for classes
// of cookie), with the kinds of each; "" when they name the same, or
// either names none.
func (c *classifier) headingKinds(from, to string) (cat string, kf, kt map[string]bool) {
	ff, ft := c.ix.fold(from), c.ix.fold(to)
	if gf, gt := groundKeys(ff), groundKeys(ft); len(gf) > 0 && len(gt) > 0 && !maps.Equal(gf, gt) {
		return "legal-basis", gf, gt
	}
	if cf, ct := cookieKeys(ff), cookieKeys(ft); len(cf) > 0 && len(ct) > 0 && !maps.Equal(cf, ct) {
		return "cookies", cookieNames(cf), cookieNames(ct)
	}
	if (slices.Contains(ff, "rights") || slices.Contains(ff, "right")) && (slices.Contains(ft, "rights") || slices.Contains(ft, "right")) {
		// Rights listed for the residents of a place, or for everyone:
		// "Right to Access (Art. 15)" moved from "Your Data Rights" to
		// "Your California Rights" is held by Californians only.
		if pf, pt := c.headingPlaces(from, ff), c.headingPlaces(to, ft); !maps.Equal(pf, pt) {
			return "rights", placeNames(pf), placeNames(pt)
		}
	}
	return "", nil, nil
}

// placeNames names the places a heading names, "everyone" for none.
func placeNames(m map[string]bool) map[string]bool {
	if len(m) == 0 {
		return map[string]bool{"everyone": true}
	}
	return m
}

// headingCheap is the cheap test: a heading pair that may name a ground
// or a class of cookie.
func headingCheap(s string) bool {
	return containsFold(s, "right") || containsFold(s, "consent") || containsFold(s, "interest") || containsFold(s, "contract") || containsFold(s, "obligation") || containsFold(s, "public") || containsFold(s, "cookie")
}

// groundKeys returns the lawful grounds folded heading words name.
func groundKeys(ws []string) map[string]bool {
	var out map[string]bool
	put := func(k string) {
		if out == nil {
			out = map[string]bool{}
		}
		out[k] = true
	}
	for i, w := range ws {
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		switch {
		case w == "consent":
			put("consent")
		case w == "legitimate" && (next == "interest" || next == "interests"):
			put("legitimate interests")
		case w == "contract" || w == "contractual" && next == "necessity":
			put("contract")
		case w == "legal" && (next == "obligation" || next == "obligations" || next == "requirement" || next == "requirements"):
			put("legal obligation")
		case w == "vital" && (next == "interest" || next == "interests"):
			put("vital interests")
		case w == "public" && (next == "interest" || next == "task"):
			put("public task")
		}
	}
	return out
}

// movedGround returns a material verdict for a block moved unchanged
// between headings naming different lawful grounds or classes of cookie.
func (c *classifier) movedGround(ch redline.Change) (Verdict, bool) {
	if len(ch.FromSection) == 0 || len(ch.Section) == 0 {
		return Verdict{}, false
	}
	text := ch.New
	if text == "" {
		text = ch.Old
	}
	from, to := ch.FromSection[len(ch.FromSection)-1], ch.Section[len(ch.Section)-1]
	if from != to && headingCheap(from+to) {
		if v, ok := c.movedVerdict(ch, from, to, text); ok {
			return v, true
		}
	}
	// A list item moved between lists whose lead-ins ("Core services
	// (always active):") name different kinds (leadinmove.go).
	if v, ok := c.movedLeadIn(ch, text); ok {
		return v, true
	}
	// The seeds as the never-seen set writes them title their lists of
	// grounds and of cookies with plain lines ("Consent (Art. 6(1)(a))",
	// "Analytics Cookies (Optional)"): an item moved between two such
	// lists, or between such a list and one under a Markdown heading,
	// read "Moved … without change" (plainheading.go).
	po, pn := c.plainHeadingOf(true), c.plainHeadingOf(false)
	if po == "" && pn == "" {
		return Verdict{}, false
	}
	if po == "" {
		po = from
	}
	if pn == "" {
		pn = to
	}
	if po != pn && headingCheap(po+pn) {
		return c.movedVerdict(ch, po, pn, text)
	}
	return Verdict{}, false
}

// movedVerdict is the verdict for text moved from under heading from to
// under heading to, when the two name different kinds (headingKinds).
func (c *classifier) movedVerdict(ch redline.Change, from, to, text string) (Verdict, bool) {
	cat, kf, kt := c.headingKinds(from, to)
	if cat == "" || c.rb.categoryIndex(cat) < 0 {
		return Verdict{}, false
	}
	names := func(m map[string]bool) string { return strings.Join(slices.Sorted(maps.Keys(m)), ", ") }
	v := c.material(ch, cat+".moved", &signals{}, nil, nil, "")
	v.Reason = fmt.Sprintf("%s: moved from § %s to § %s, from %s to %s: %s", c.label(cat), strings.TrimSpace(stripMarkdown(from)), strings.TrimSpace(stripMarkdown(to)), names(kf), names(kt), excerpt(text))
	return v, true
}

// groundRetitled reports a heading that named one lawful ground retitled
// to name another: "Consent (Art. 6(1)(a))" → "Legitimate Interests (Art.
// 6(1)(f))" moves every item under it to the other ground, as a move of
// each would (the OmniOps seed's headings swapped read "Heading reworded,
// on the same topic").
func (c *classifier) groundRetitled(old, new string) bool {
	if !headingCheap(old + new) {
		return false
	}
	cat, _, _ := c.headingKinds(old, new)
	return cat != ""
}

// cookieNames names cookieKinds' groups, for a reason.
func cookieNames(m map[int]bool) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		out[[]string{"", "essential", "analytics", "functional", "advertising"}[k]] = true
	}
	return out
}

// headingPlaces returns the places a heading names: the rulebook's
// countries and regions (places), and the US states (usStateWords, but
// for the words of a state's name that say nothing alone: "new",
// "north", "island").
func (c *classifier) headingPlaces(h string, ws []string) map[string]bool {
	keys, _ := c.places(h)
	for _, w := range ws {
		switch w {
		case "new", "north", "south", "west", "island", "rhode", "hampshire", "jersey", "york", "mexico", "carolina", "dakota", "washington":
			continue
		}
		if usStateWords[w] {
			keys[w] = true
		}
	}
	return keys
}

// A heading of a kind removed alone leaves its items under the heading
// before it: "### Analytics Cookies (Optional)" deleted puts the analytics
// cookies under "### Essential Cookies", where no consent is asked (rt's
// probes of the OmniOps seed: 4 of 4 read "Heading removed; the text
// under it is judged on its own"). A heading added alone takes items from
// the one before. Only a heading that names a kind (a lawful ground, a
// class of cookie, a place whose residents hold rights) over items that
// now stand under another kind is read so; a section's title otherwise
// says nothing on its own.

// sectionAfterText returns the innermost heading the block after the
// changed one stands under in the old (or new) text, "" for none.
func (c *classifier) sectionAfterText(old bool) string {
	i, ok := c.rowIndex()
	if !ok {
		return ""
	}
	// Only a block that stands unchanged right after the heading: in a
	// restructure the text after a heading added is new too, and no item
	// moved under it (github-021, dozens of OTA sections retitled).
	if i+1 >= len(c.rows) || c.rows[i+1].Change >= 0 || c.rows[i+1].Old == nil || c.rows[i+1].New == nil {
		return ""
	}
	b := sideBlock(c.rows[i+1], old)
	if len(b.Section) == 0 {
		return ""
	}
	return b.Section[len(b.Section)-1]
}

// headingAloneMoves returns the verdict for a heading added or removed
// whose items now stand under a heading of another kind.
func (c *classifier) headingAloneMoves(ch redline.Change, h string) (Verdict, bool) {
	if !headingCheap(h) {
		return Verdict{}, false
	}
	// Removed: its items now stand (in the new text) under another
	// heading; added: they stood (in the old) under another.
	removed := ch.Kind == redline.Delete
	other := c.sectionAfter(!removed)
	if other == "" || other == h || !headingCheap(other) {
		return Verdict{}, false
	}
	if removed {
		return c.movedVerdict(ch, h, other, "the text under it")
	}
	return c.movedVerdict(ch, other, h, "the text under it")
}
