package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A tracker that keeps track of "your session" or remembers "your visit"
// follows one visit, as a session cookie does, which ends with it; one that
// keeps track of "your sessions" or remembers "your visits" ties visits
// together over time, as a persistent identifier does. The singular made
// plural reads as grammar; it is read here, only as the object of an act
// of tracking.

// trackedEpisodeNouns name one visit to a service, bounded in time.
var trackedEpisodeNouns = map[string]bool{"session": true, "visit": true}

// trackedEpisodeVerbs say a tracker follows or remembers what follows.
var trackedEpisodeVerbs = map[string]bool{"track": true, "tracks": true, "tracking": true, "remember": true, "remembers": true,
	"recognise": true, "recognises": true, "recognize": true, "recognizes": true, "link": true, "links": true,
	"follow": true, "follows": true, "monitor": true, "monitors": true, "identify": true, "identifies": true}

// episodeWidened returns the noun of an episode made plural (widened
// true) or singular where that noun, the one word that changed, is what
// an act of tracking at most four words before it is done to: "keep track
// of your online session" → "… sessions".
func episodeWidened(old, new []string) (noun string, widened, ok bool) {
	p, os, ns := changedSpan(old, new)
	if os != p+1 || ns != p+1 {
		return "", false, false
	}
	o, n := old[p], new[p]
	switch {
	case trackedEpisodeNouns[o] && n == o+"s":
		noun, widened = o, true
	case trackedEpisodeNouns[n] && o == n+"s":
		noun = n
	default:
		return "", false, false
	}
	for j := p - 1; j >= 0 && j >= p-4; j-- {
		if trackedEpisodeVerbs[old[j]] {
			return noun, widened, true
		}
	}
	return "", false, false
}

// episodeVerdict is the verdict on a change that makes what a tracker
// follows one visit or many (episodeWidened).
func (c *classifier) episodeVerdict(ch redline.Change, cat string, old, new []string) (Verdict, bool) {
	if !episodeIn(old) {
		return Verdict{}, false
	}
	noun, widened, ok := episodeWidened(old, new)
	if !ok {
		return Verdict{}, false
	}
	if c.rb.categoryIndex("cookies") >= 0 {
		cat = "cookies"
	}
	v := c.material(ch, cat+".scope", &signals{}, nil, nil, "")
	verb, what, dir := "widened", fmt.Sprintf("one %s → %ss over time", noun, noun), Expands
	if !widened {
		verb, what, dir = "narrowed", fmt.Sprintf("%ss over time → one %s", noun, noun), Restricts
	}
	v.Reason, v.Direction = fmt.Sprintf("Tracking %s: what is followed, %s: %s (%s)", verb, what, quoteChange(ch.Old, ch.New), strings.ToLower(c.label(v.Category))), dir
	return v, true
}

// episodeIn is the cheap test before episodeWidened.
func episodeIn(ws []string) bool {
	for _, w := range ws {
		if trackedEpisodeNouns[w] || trackedEpisodeNouns[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}
