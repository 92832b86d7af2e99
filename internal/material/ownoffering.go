package material

import (
	"strings"
)

// A cookie policy names the author's own products where it says what its
// cookies serve: "our ability to provide the Facebook Products", "we offer
// many products, including AdSense, AdWords, Google Analytics". Such a
// name is what the reader uses, not a party data goes to nor a tracker
// set on them, and the same line under its new brand ("the Meta
// Products", "Google Ads") is no new party (b52-11, b52-29). So is the
// name of a control the reader is sent to ("use Ads Settings to … opt out
// of Ads Personalization", b52-22): a page of settings, not a party. A
// name also written where a party stands ("shared with Zentrova") still
// counts, as planName's does.

// offeredRE matches the words just before a name the author provides or
// offers: "to provide the ", "we offer our ".
var offeredRE = mustPattern(`(?i)\b(?:provide|provides|providing|offer|offers|offering)\s+(?:the|our)\s+$`)

// offeredListRE matches the words before a name in a list of the author's
// own products: "we offer many products, including AdSense, ".
var offeredListRE = mustPattern(`(?i)\b(?:we|our)\b[^.;:()]*\b(?:offer|offers|provide|provides|make|makes)\b[^.;:()]*\b(?:products|services|apps|brands)\b,?\s+(?:including|such as|like)\b[^.;:()]*$`)

// adsForRE matches the words before a name ads are run for: "track ad
// conversions from ads for ", "campaigns for ".
var adsForRE = mustPattern(`(?i)\b(?:ads|adverts|advertisements|advertising|campaigns?)\s+(?:for|promoting)\s+$`)

// yourContentRE matches the words before a name in a list of the places
// the reader's own content is kept: "based on your content from Drive, ".
// Only capitalised names stand between: "your content from partners such
// as Acme" names a source.
var yourContentRE = mustPattern(`(?i:\byour\s+(?:own\s+)?(?:content|files|documents|emails|photos)\s+(?:from|in|on)\s+)(?:[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*,?\s+(?:(?:or|and)\s+)?)*$`)

// controlNouns end the name of a control or page of settings: "Ads
// Settings", "Ads Personalization", "My Preferences". Not "Dashboard":
// "Tapjoy Dashboard" is a product a business uses, and a site of it newly
// covered by the policy (ironSource).
var controlNouns = map[string]bool{"settings": true, "preferences": true, "personalization": true,
	"personalisation": true, "controls": true, "toggle": true}

// ownOffering reports a name every mention of which in text is the
// author's own product (offeredRE, offeredListRE, or where the reader's
// content is kept: yourContentRE, b52-45), or a control of the
// reader's (controlNouns), or the product ads are run for (advertised).
func ownOffering(text, e string) bool {
	if i := strings.LastIndexByte(e, ' '); i > 0 && controlNouns[strings.ToLower(e[i+1:])] {
		return true
	}
	if advertised(text, e) {
		return true
	}
	seen := false
	for before := range occurrences(text, e) {
		// The sentence the name stands in, up to it.
		if j := strings.LastIndexAny(before, ".!?\n"); j >= 0 {
			before = before[j+1:]
		}
		if !offeredRE.MatchString(before) && !offeredListRE.MatchString(before) && !yourContentRE.MatchString(before) {
			return false
		}
		seen = true
	}
	return seen
}

// advertised reports a name text writes as what ads are run for, once at
// least ("ads for TikTok shown on Facebook"), and elsewhere only before
// "ads" ("optimise TikTok ads"): the author's own product marketed, not
// the platform that shows the ads. "Facebook ads" alone is ads on
// Facebook, whose pixel is a party (b52-17, b52-19, b52-20).
func advertised(text, e string) bool {
	forIt, seen := false, false
	for before, after := range occurrences(text, e) {
		switch {
		case adsForRE.MatchString(before):
			forIt = true
		case strings.HasPrefix(after, " ads") || strings.HasPrefix(after, " ad campaigns"):
		default:
			return false
		}
		seen = true
	}
	return seen && forIt
}
