package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// Which of the company's offerings a commitment is said of is its reach:
// "anything you create with the free service will be publicly viewable"
// makes public what free users create, "… with the service" what every
// user creates; "to improve your experience with the Service" profiles
// the use of one service, "… across our services" the use of all of
// them. The words that set it are ordinary (an adjective of edition or
// platform, a plural, a possessive), which the rules otherwise read as
// grammar or wording, so the reach is compared here: the noun phrase
// of an offering on each side, its number, its quantifier and the words
// that say which edition it is.

// offeringNouns name what a company offers its users, which a sentence
// may be said of. Each plural is its singular plus "s".
var offeringNouns = map[string]bool{"service": true, "services": true, "product": true, "products": true,
	"app": true, "apps": true, "application": true, "applications": true, "website": true, "websites": true,
	"site": true, "sites": true, "platform": true, "platforms": true, "software": true, "plan": true, "plans": true,
	"tier": true, "tiers": true, "edition": true, "editions": true, "subscription": true, "subscriptions": true,
	"account": true, "accounts": true, "offering": true, "offerings": true}

// sameOffering is the one offering two nouns name, one clipped or
// compounded from the other: "app" and "application", "site" and
// "website".
var sameOffering = map[string]string{"app": "application", "site": "website"}

// offeringEditions say which edition, tier or platform of an offering is
// meant: "the free service", "our mobile app", "trial accounts". Each
// picks out some of the company's offerings, and says which; an adjective
// of praise ("our great app") or of manner ("our online service") picks
// out none.
var offeringEditions = map[string]bool{"free": true, "paid": true, "premium": true, "pro": true, "professional": true,
	"basic": true, "trial": true, "beta": true, "enterprise": true, "business": true, "consumer": true, "personal": true,
	"team": true, "teams": true, "education": true, "educational": true, "mobile": true, "desktop": true, "web": true,
	"browser": true, "hosted": true, "cloud": true, "standard": true, "starter": true, "legacy": true, "public": true,
	"ios": true, "android": true, "iphone": true, "ipad": true, "windows": true, "mac": true, "macos": true, "linux": true,
	"kids": true, "family": true, "student": true, "commercial": true, "corporate": true, "sandbox": true, "demo": true}

// offeringFrame are the words that may stand in the noun phrase of an
// offering or the preposition before it, and nothing else: determiners,
// possessives, quantifiers and prepositions of place or use.
var offeringFrame = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true, "a": true, "an": true,
	"our": true, "its": true, "their": true, "your": true, "all": true, "any": true, "every": true, "each": true, "of": true,
	"other": true, "with": true, "across": true, "on": true, "in": true, "through": true, "throughout": true, "within": true,
	"for": true, "to": true, "from": true, "at": true, "via": true, "over": true, "using": true, "by": true, "and": true}

// offeringPhrase is the noun phrase of an offering as one side says it.
type offeringPhrase struct {
	head      string // the offering noun, singular, "application" for "app"
	plural    bool
	universal bool // "all", "any", "every", "each" before it
	own       bool // "our" before it
	definite  bool // "the", "this" or "that" before it: the one offering meant
	edition   string
}

// readOffering reads the noun phrase whose head is the first offering
// noun of ws[from:to+1], the words before it back to from-3. ok is false
// where there is none, or where a word of the span is none of the
// phrase's.
func readOffering(ws []string, from, to int) (p offeringPhrase, ok bool) {
	h := -1
	for i := from; i <= to && i < len(ws); i++ {
		if offeringNouns[ws[i]] {
			h = i
			break
		}
		if !offeringFrame[ws[i]] && !offeringEditions[ws[i]] {
			return p, false
		}
	}
	if h < 0 {
		return p, false
	}
	for i := h + 1; i < to; i++ {
		if !offeringFrame[ws[i]] && !offeringEditions[ws[i]] && !offeringNouns[ws[i]] {
			return p, false
		}
	}
	p.head = ws[h]
	if s, cut := strings.CutSuffix(ws[h], "s"); cut && offeringNouns[s] {
		p.head, p.plural = s, true
	}
	if long, ok := sameOffering[p.head]; ok {
		p.head = long
	}
	for i := h - 1; i >= 0 && i >= h-4; i-- {
		w := ws[i]
		switch {
		case offeringEditions[w]:
			if p.edition == "" {
				p.edition = w
			}
		case universalWords[w]:
			p.universal = true
		case w == "our":
			p.own = true
		case w == "the" || w == "this" || w == "that":
			p.definite = true
		case w == "these" || w == "those" || w == "a" || w == "an" || w == "its" || w == "their" || w == "your" || w == "of" || w == "other":
		default:
			return p, true // a preposition or another word: the phrase began after it
		}
	}
	return p, true
}

// offeringReach compares the offering old and new say a commitment of,
// where that phrase (and a preposition before it) is all that changed.
// It returns what changed, said for a reason, and whether the reach was
// widened (true), narrowed (false); changed is false where neither side
// names an offering or the reach is the same: "the Service" → "our
// Service", "the Services" → "our Services", "this website" → "the site".
// One edition traded for another ("Teams accounts" → "Enterprise
// accounts") is often the same tier renamed: not read here.
func offeringReach(old, new []string) (what string, widened, changed bool) {
	p, os, ns := changedSpan(old, new)
	if p == os && p == ns {
		return "", false, false
	}
	o, ok := readOffering(old, p, os)
	if !ok {
		return "", false, false
	}
	n, ok := readOffering(new, p, ns)
	if !ok || o.head != n.head {
		return "", false, false // another offering named: not its reach
	}
	// "the Service" is the one offering the policy defines; "our service"
	// may be any of ours, as "our services" is.
	oneOf := func(x offeringPhrase) bool { return !x.plural && !x.universal && x.definite && !x.own }
	allOf := func(x offeringPhrase) bool { return x.universal || x.plural && x.own }
	switch {
	case o.edition != "" && n.edition == "":
		return "an edition or platform no longer said: all of them", true, true
	case o.edition == "" && n.edition != "":
		return "an edition or platform said: that one only", false, true
	case oneOf(o) && allOf(n):
		return "the one named made all of ours", true, true
	case allOf(o) && oneOf(n):
		return "all of ours made the one named", false, true
	}
	return "", false, false
}

// offeringVerdict is the verdict on a change whose only difference is the
// reach of an offering (offeringReach), in the category cat (the
// sentence's; "scope" where the sentence names none).
func (c *classifier) offeringVerdict(ch redline.Change, cat string, sig *signals, removed, added, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	if !anyWordIn(old, offeringNouns) && !anyWordIn(new, offeringNouns) {
		return Verdict{}, false
	}
	what, widened, changed := offeringReach(old, new)
	if !changed {
		return Verdict{}, false
	}
	if cat == "" || cat == "unclassified" || c.rb.categoryIndex(cat) < 0 {
		cat = "scope"
	}
	v := c.material(ch, cat+".scope", sig, removed, added, "")
	verb, dir := "narrowed", Restricts
	if widened {
		verb, dir = "widened", Expands
	}
	v.Reason, v.Direction = fmt.Sprintf("Scope %s: which of our offerings it is said of (%s): %s (%s)", verb, what, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), dir
	return v, true
}
