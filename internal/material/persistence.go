package material

import (
	"fmt"
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// How long data lives, or where it is deleted from, is sometimes said by
// one adjective: "a temporary session identifier" is gone when the visit
// ends, "a session identifier" may last; "removed from our databases" is
// gone, "removed from our live databases" may live on in backups;
// "permanently deleted" is gone, "deleted" may be recovered. The
// adjective is ordinary English, dropped or put beside a noun both sides
// keep, so the rules read the same commitments; it is read here.

// transienceWords say data lasts only a short while.
var transienceWords = map[string]bool{"temporary": true, "transient": true, "ephemeral": true, "short-lived": true,
	"short-term": true, "provisional": true, "momentary": true, "single-use": true, "one-time": true, "disposable": true}

// finalityAdverbs say a deletion cannot be undone: "permanently deleted"
// is gone, "deleted" may be recoverable from a bin or a flag.
var finalityAdverbs = map[string]bool{"permanently": true, "irreversibly": true, "irrevocably": true, "irretrievably": true, "securely": true}

// liveWords pick out the systems in use from their copies and backups.
var liveWords = map[string]bool{"live": true, "production": true, "active": true, "operational": true}

// storageNouns name where data is held.
var storageNouns = map[string]bool{"database": true, "databases": true, "system": true, "systems": true, "server": true,
	"servers": true, "storage": true, "environment": true, "environments": true, "records": true}

// persistenceQualifier returns the one word dropped or put before a noun
// both sides keep that bounds how long data lives or where it is deleted
// from, and whether it was put: "a temporary identifier" → "an
// identifier", "our databases" → "our live databases".
func persistenceQualifier(old, new []string) (string, bool) {
	// "a temporary identifier" → "an identifier": the article follows the
	// word after it.
	old, new = articlesAsA(old), articlesAsA(new)
	p, os, ns := changedSpan(old, new)
	var long []string
	var put bool
	switch {
	case os == p+1 && ns == p:
		long = old
	case ns == p+1 && os == p:
		long, put = new, true
	case os == p+1 && ns == p+1 && p+1 < len(old) && p+1 < len(new) && deletionWords[old[p+1]] && old[p+1] == new[p+1] && finalityAdverbs[old[p]] != finalityAdverbs[new[p]] && !wordNet().close(old[p], new[p]):
		// One adverb traded for another on the deletion: "permanently
		// deleted" → "eventually deleted" says when, no longer that it
		// is final (b145-08); one WordNet reads alike is the same
		// ("securely" → "safely").
		if finalityAdverbs[old[p]] {
			return old[p], false
		}
		return new[p], true
	case os == p+2 && ns == p+1 && finalityAdverbs[old[p]] && deletionWords[old[p+1]] && deletionWords[new[p]]:
		// Dropped with the verb said another way: "permanently deleted"
		// → "removed" (b143-09, in its whole policy).
		return old[p], false
	case ns == p+2 && os == p+1 && finalityAdverbs[new[p]] && deletionWords[new[p+1]] && deletionWords[old[p]]:
		return new[p], true
	default:
		return "", false
	}
	w := long[p]
	if p+1 >= len(long) {
		return "", false
	}
	next := long[p+1]
	switch {
	case transienceWords[w] && lexPOS(next, 'n'):
		return w, put
	case liveWords[w] && storageNouns[next]:
		return w, put
	case finalityAdverbs[w] && deletionWords[next]:
		return w, put
	}
	return "", false
}

// persistenceVerdict is the verdict on a word of transience or of live
// systems dropped or put (persistenceQualifier): retention.
func (c *classifier) persistenceVerdict(ch redline.Change, cat string, old, new []string, ctxOld, ctxNew string) (Verdict, bool) {
	if !persistenceWordIn(old) && !persistenceWordIn(new) {
		return Verdict{}, false
	}
	w, put := persistenceQualifier(old, new)
	if w == "" {
		w, put = persistenceBeside(old, new)
	}
	if w == "" {
		return Verdict{}, false
	}
	if c.rb.categoryIndex("retention") >= 0 {
		cat = "retention"
	}
	v := c.material(ch, cat+".scope", &signals{}, nil, nil, "")
	var what string
	switch {
	case transienceWords[w] && !put:
		what, v.Direction = "no longer said to last a short while", Expands
	case transienceWords[w]:
		what, v.Direction = "now said to last a short while", Restricts
	case finalityAdverbs[w] && !put:
		what, v.Direction = "a deletion no longer said to be final", Expands
	case finalityAdverbs[w]:
		what, v.Direction = "a deletion now said to be final", Restricts
	case deletionIn(old) && put:
		what, v.Direction = "deleted from the live systems only, not from their copies", Expands
	case deletionIn(old):
		what, v.Direction = "deleted from every system, not the live ones only", Restricts
	case put:
		what, v.Direction = "held in the live systems only", Restricts
	default:
		what, v.Direction = "held in any system, not the live ones only", Expands
	}
	verb := map[bool]string{true: "put", false: "dropped"}[put]
	v.Reason = fmt.Sprintf("How long data lives changed: '%s' %s, %s: %s (%s)", w, verb, what, quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category)))
	return v, true
}

// articlesAsA returns ws with "an" written "a", a copy where it has one.
func articlesAsA(ws []string) []string {
	for i, w := range ws {
		if w == "an" {
			out := append([]string(nil), ws...)
			for j := i; j < len(out); j++ {
				if out[j] == "an" {
					out[j] = "a"
				}
			}
			return out
		}
	}
	return ws
}

// deletionWords say data is deleted (folding has put "delete" for
// "erase").
var deletionWords = map[string]bool{"delete": true, "deletes": true, "deleted": true, "remove": true, "removes": true,
	"removed": true, "purge": true, "purges": true, "purged": true, "destroy": true, "destroys": true, "destroyed": true}

// deletionIn reports a word of deletion in ws.
func deletionIn(ws []string) bool {
	for _, w := range ws {
		if deletionWords[w] {
			return true
		}
	}
	return false
}

// persistenceWordIn is the cheap test before persistenceQualifier.
func persistenceWordIn(ws []string) bool {
	for _, w := range ws {
		if transienceWords[w] || liveWords[w] || finalityAdverbs[w] {
			return true
		}
	}
	return false
}

// persistenceBeside is persistenceQualifier asked of each word dropped or
// put alone where the sentence changed elsewhere too: "… after this
// period, data is permanently deleted" → "… their data. After this
// period, data is deleted" (b231-07, two sentences made of one). A word
// moved ("deleted permanently", b126-08) is not one.
func persistenceBeside(old, new []string) (string, bool) {
	w, put := "", false
	wordHunks(old, new, func(x, y []string, at, _ int) {
		switch {
		case w != "":
		case len(x) == 1 && len(y) == 0 && persistenceWordIn(x) && !slices.Contains(new, x[0]):
			w, put = persistenceQualifier(old, slices.Concat(old[:at:at], old[at+1:]))
		case len(x) == 0 && len(y) == 1 && persistenceWordIn(y) && !slices.Contains(old, y[0]):
			w, put = persistenceQualifier(old, slices.Concat(old[:at:at], y, old[at:]))
		}
	})
	return w, put
}
