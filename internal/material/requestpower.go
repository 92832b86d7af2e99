package material

import (
	"fmt"
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// requestedVerdict is the verdict on an act done on one side and only
// asked for on the other (actRequested). The cheap test comes first: a
// word of asking among the words added or removed.
func (c *classifier) requestedVerdict(ch redline.Change, cat string, sig *signals, removed, added, fOld, fNew []string, ctxOld, ctxNew string) (Verdict, bool) {
	if !anyWordIn(added, requestWords) && !anyWordIn(removed, requestWords) {
		return Verdict{}, false
	}
	act, asked := actRequested(fOld, fNew)
	if act == "" {
		return Verdict{}, false
	}
	if cat == "unclassified" && c.rb.categoryIndex("rights") >= 0 {
		cat = "rights"
	}
	v := c.material(ch, cat+".force", sig, removed, added, "")
	if asked {
		v.Reason, v.Direction = fmt.Sprintf("Commitment weakened: what was done is now only asked for (%s): %s (%s)", quoteWords([]string{act}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), Expands
	} else {
		v.Reason, v.Direction = fmt.Sprintf("Commitment strengthened: what was only asked for is now done (%s): %s (%s)", quoteWords([]string{act}), quoteChange(ctxOld, ctxNew), strings.ToLower(c.label(v.Category))), Restricts
	}
	return v, true
}

// anyWordIn reports whether ws holds a word of set.
func anyWordIn(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[w] {
			return true
		}
	}
	return false
}

// requestWords are the folded verbs of asking for a thing ("ask for"
// folds to "request for").
var requestWords = map[string]bool{"request": true, "requests": true}

// wishToVerbs say that the reader wants a thing, not that they can do
// it: "When you wish to obtain information" is "When you request
// information".
var wishToVerbs = map[string]bool{"wish": true, "wishes": true, "want": true, "wants": true, "like": true, "seek": true, "seeks": true, "intend": true}

// beforeRequestVerb are the words that stand before "request" used as a
// verb: a modal, "to", a joining "and"/"or", a subject.
var beforeRequestVerb = map[string]bool{"may": true, "can": true, "must": true, "will": true, "should": true, "shall": true,
	"might": true, "could": true, "to": true, "and": true, "or": true, "you": true, "we": true, "they": true, "users": true}

// actRequested returns the act one side does and the other only asks
// for, and whether it is the new side that asks: "You can configure
// shorter retention periods" → "You can request shorter retention
// periods"; "the ability to review, correct, and delete personal
// information" → "… and to request the deletion of personal
// information". An act done is a commitment, a request one that may be
// refused, whoever makes it. Asking for the same thing in other words
// ("request" → "ask for") trades no act; "ask us to delete" is
// askedToAct's.
func actRequested(old, new []string) (string, bool) {
	if a := requestedAct(old, new); a != "" {
		return a, true
	}
	if a := requestedAct(new, old); a != "" {
		return a, false
	}
	return "", false
}

// requestedAct is actRequested one way: the act of old that new asks
// for.
func requestedAct(old, new []string) string {
	count := func(ws []string) int {
		n := 0
		for _, w := range ws {
			if requestWords[w] {
				n++
			}
		}
		return n
	}
	if count(new) <= count(old) {
		return ""
	}
	for j := 1; j+1 < len(new); j++ {
		if !requestWords[new[j]] || !beforeRequestVerb[new[j-1]] {
			continue
		}
		rest := new[j+1:]
		if rest[0] == "for" || rest[0] == "that" {
			rest = rest[1:]
		}
		rest = withoutArticle(rest)
		if len(rest) < 2 {
			continue
		}
		for i := 0; i+1 < len(old); i++ {
			v := old[i]
			if requestWords[v] || len(v) < 4 || slices.Contains(new, v) && v != rest[0] {
				continue // the act is one new no longer does
			}
			if i >= 2 && old[i-1] == "to" && wishToVerbs[old[i-2]] {
				continue // a wish to act, not a power
			}
			obj := withoutArticle(old[i+1:])
			switch {
			case len(obj) > 1 && obj[0] == rest[0] && obj[1] == rest[1] && !determiners[v] && !parties[v] && wordNetVerb(v):
				// "configure shorter retention periods" → "request shorter
				// retention periods": the same object.
				return v
			case len(rest) > 2 && (rest[1] == "of" || rest[1] == "to") && len(obj) > 0 && obj[0] == rest[2] && sameStem(v, rest[0]) && wordNetVerb(v):
				// "delete personal information" → "request the deletion
				// of personal information"; "access your data" → "request
				// access to your data".
				return v
			}
		}
	}
	return ""
}

// wordNetVerb reports a word WordNet knows as a verb, whatever it knows
// it as first ("close", "export", "access").
func wordNetVerb(w string) bool {
	for _, e := range wordNet().entries(w) {
		if strings.ContainsRune(e.pos, 'v') {
			return true
		}
	}
	return false
}

// withoutArticle is ws without the article it starts with.
func withoutArticle(ws []string) []string {
	if len(ws) > 0 && (ws[0] == "the" || ws[0] == "a" || ws[0] == "an") {
		return ws[1:]
	}
	return ws
}

// sameStem reports a verb and a noun made from it: "delete" and
// "deletion", "remove" and "removal", "access" and "access", "rectify"
// and "rectification", "erase" and "erasure".
func sameStem(verb, noun string) bool {
	if verb == noun {
		return true
	}
	n := 0
	for n < len(verb) && n < len(noun) && verb[n] == noun[n] {
		n++
	}
	return n >= 4 && n >= len(verb)-2
}
