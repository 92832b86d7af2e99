package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// What the author uses a tracker for is a term of the tracker: "We use
// cookies for the overall functionality of our Website" → "We only use
// strictly necessary cookies to provide, secure and improve our service"
// (b9-15) tells which cookies are set and why, the information a cookie
// notice owes (ePrivacy Directive Art. 5(3)), though its words name
// purposes ("improve") and security ("secure"). A sentence whose act is
// the author's use of a tracker is read as that, whatever it is used for.
//
// trackerUse returns "cookies" for a material verdict of purposes or
// security whose changed sentences, on each side that has them, are all
// the author's use of a tracker (trackerUseRE), the change reaching which
// tracker is used (trackerPhraseChanged) and naming no category but
// purposes, security and cookies. A purpose added to a tracker kept
// ("cookies to remember your preferences" → "… and for targeted
// marketing") stays a purpose, as cookiePhrase has it; a recipient, a
// legal basis or a right the change names ("we use cookies, and allow our
// partners to use them", "with your consent") keeps its category, as does
// a sentence that uses data, not a tracker ("we use your data to improve
// our service").
func (c *classifier) trackerUse(v Verdict, ch redline.Change) string {
	if v.Category != "purposes" && v.Category != "security" || c.rb.categoryIndex("cookies") < 0 ||
		namesOwnFact(v.Rule) {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	// Cheap test: a tracker named in the changed sentences.
	if !mayNameTracker(so) && !mayNameTracker(sn) {
		return ""
	}
	none := false // a side says no tracker is used
	for _, s := range [2]string{so, sn} {
		for _, x := range sentences(s) {
			if noTrackerRE.MatchString(strings.TrimSpace(stripMarkdown(lastCell(x)))) {
				// "None for this purpose." → "We use first-party tracking
				// technologies to improve our marketing campaigns" (b52-17):
				// a tracker's table says none was used; one now is.
				none = true
				continue
			}
			if !trackerUseRE.MatchString(stripMarkdown(lastCell(x))) {
				return ""
			}
		}
	}
	// The change must say which tracker is used: a word from the verb
	// of use to the tracker's noun, on one side. A purpose added to a
	// tracker kept ("cookies to remember your preferences" → "… and for
	// targeted marketing") is a purpose.
	ow, nw := plainWords(lastCell(so)), plainWords(lastCell(sn))
	p, os, ns := changedSpan(ow, nw)
	if !trackerPhraseChanged(ow, p, os) && !trackerPhraseChanged(nw, p, ns) {
		return ""
	}
	if none {
		// A tracker used where none was is a new tracker, whatever its
		// use names besides ("optimise ads on third party websites").
		return "cookies"
	}
	removed, added := diffWords(c.ix.fold(so), c.ix.fold(sn))
	_, hit, _ := c.categorizeAside(c.content(removed, added), nil, nil)
	if !hit {
		return "cookies"
	}
	for i, sc := range c.asideScores {
		if sc > 0 && !trackerUseCategories[c.rb.Categories[i].ID] {
			return "" // the change names a category of its own
		}
	}
	return "cookies"
}

// noTrackerRE matches a cell or sentence that says no tracker is used:
// "None for this purpose.", "N/A", "Not used".
var noTrackerRE = mustPattern(`(?i)^(?:none|n/a|not applicable|not used)(?: for this purpose)?\.?$`)

// trackerPhraseChanged reports a change [from, to) of plain words ws
// that reaches the words from the first verb of use to the tracker's
// noun after it: "We use cookies" → "We only use strictly necessary
// cookies". A side with no words (a sentence added or removed) is all
// change.
func trackerPhraseChanged(ws []string, from, to int) bool {
	if len(ws) == 0 {
		return false
	}
	use := slices.IndexFunc(ws, func(w string) bool { return trackerUseVerbs[w] })
	if use < 0 {
		return false
	}
	noun := use + slices.IndexFunc(ws[use:], trackerNoun)
	if noun < use {
		return false
	}
	return from <= noun && to > use
}

// trackerUseVerbs are the verbs of trackerUseRE.
var trackerUseVerbs = map[string]bool{"use": true, "uses": true, "place": true, "places": true, "set": true, "sets": true,
	"deploy": true, "deploys": true, "employ": true, "employs": true, "utilise": true, "utilises": true, "utilize": true, "utilizes": true}

// trackerNoun reports a plain word naming a tracker.
func trackerNoun(w string) bool {
	switch w {
	case "cookie", "cookies", "pixel", "pixels", "beacon", "beacons", "technologies", "tracker", "trackers", "sdk", "sdks":
		return true
	}
	return false
}

// trackerUseCategories are what a tracker is used for, and the tracker.
var trackerUseCategories = map[string]bool{"purposes": true, "security": true, "cookies": true}

// mayNameTracker is trackerUse's cheap test on a raw sentence.
func mayNameTracker(s string) bool {
	return lowerHasAny(s, "cookie", "pixel", "beacon", "tracking technolog", "sdk")
}

// trackerUseRE is a sentence whose act is the author's use of a tracker:
// "we use cookies", "We only use strictly necessary cookies", "our
// website places a small number of pixels".
var trackerUseRE = mustPattern(`(?i)^\W*(?:\w+\W+){0,3}?(?:we|our (?:site|website|services?|apps?|platform))\W+(?:\w+\W+){0,2}?(?:use|uses|place|places|set|sets|deploy|deploys|employ|employs|utili[sz]es?)\W+(?:[\w-]+\W+){0,4}?(?:cookies?|pixels?|(?:web )?beacons?|tracking technologies|trackers?|sdks?)\b`)

// lastCell returns the last cell of a table row that has words ("| Our
// use of cookies | We use cookies for …" gives "We use cookies for …"),
// or s when s is no table row.
func lastCell(s string) string {
	if !strings.HasPrefix(strings.TrimSpace(s), "|") {
		return s
	}
	cells := strings.Split(strings.TrimSpace(s), "|")
	for i := len(cells) - 1; i >= 0; i-- {
		if strings.TrimSpace(cells[i]) != "" {
			return cells[i]
		}
	}
	return s
}
