package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// Under a heading about cookies or tracking ("Cookies and Other
// Identifiers", "Cookie Preferences", "Uses of Cookies and Captchas"), a
// change to a sentence that names the trackers is a change of what the
// cookie notice tells (ePrivacy Directive Art. 5(3)): what they are used
// for ("to provide and improve the Service" → "…, including for
// advertising", b29-13), for whom third parties set them ("on behalf of
// IMDb" → "… and of their other clients", b49-02), what they are used
// for besides ("to apply our Terms of Use" → "… and to improve your
// experience", b36-22), how completely they are listed (b42-39). The
// section and the sentence are both about the trackers; the words changed
// only say which use or which party. A ground of the reader's consent,
// a kind of data, a right, a period or an automated system the change
// names keeps its category ("We rely on your consent to place analytics
// cookies" → "… on our legitimate interests", b8-29), as does a party the
// change names ("third-party web beacons") or a sentence that hands data
// over ("cookies to share your browsing data with our partners"); a
// heading that
// names the whole policy ("Privacy & Cookies Policy") is no section of
// cookies.
//
// cookieSection returns "cookies" for a material verdict of purposes or
// recipients so placed.
func (c *classifier) cookieSection(v Verdict, ch redline.Change) string {
	if v.Category != "purposes" && v.Category != "recipients" || c.rb.categoryIndex("cookies") < 0 ||
		v.Rule != "fallback" && hasSuffixAny(v.Rule, ".number", ".entity", ".citation", ".contact", ".period") {
		return ""
	}
	h := c.headingWords(ch.Section)
	if c.headingCategory(h) != "cookies" || slices.ContainsFunc(h, func(w string) bool { return w == "policy" || w == "privacy" || w == "notice" || w == "statement" }) {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	k := c.rb.categoryIndex("cookies")
	names := func(s string) bool {
		return s == "" || slices.ContainsFunc(c.ix.strongHits(c.ix.fold(s)), func(h termHit) bool { return int(h.k) == k })
	}
	if so+sn == "" || !names(so) || !names(sn) {
		return ""
	}
	return c.cookieUse(so, sn, true)
}

// cookieUse returns "cookies" for changed sentences so and sn of a
// section of cookies whose change names no ground of the reader's, no
// right and no handing over of data, nor, where strict, a category of its
// own but purposes and cookies.
func (c *classifier) cookieUse(so, sn string, strict bool) string {
	removed, added := diffWords(c.ix.fold(so), c.ix.fold(sn))
	changed := c.content(removed, added)
	if slices.ContainsFunc(changed, readerGround) || slices.ContainsFunc(changed, func(w string) bool { return strings.HasPrefix(w, "right") }) {
		return ""
	}
	if strict {
		for _, h := range c.ix.strongHits(changed) {
			switch c.rb.Categories[h.k].ID {
			case "purposes", "cookies":
			default:
				return "" // the change names a category of its own: "third-party web beacons" a party's
			}
		}
	}
	if slices.ContainsFunc(c.ix.fold(so+" "+sn), disclosureVerb) {
		return "" // "cookies to share your browsing data with our partners and data brokers": a sharing
	}
	return "cookies"
}
