package material

import (
	"slices"
	"strings"
)

// coordAux are the auxiliaries two of which, joined by "and" or "or",
// may share the verb after the second: "we do and will not sell", "we have
// not and will not share".
var coordAux = map[string]bool{"do": true, "does": true, "did": true, "have": true, "has": true, "had": true,
	"will": true, "would": true, "shall": true, "can": true, "could": true, "may": true, "might": true,
	"should": true, "must": true, "is": true, "are": true, "was": true, "were": true}

// negationShared reports a "not" added to the first of two coordinated
// auxiliaries whose second already carries it: "we do and will not
// charge you" → "we do not and will not charge you". The two auxiliaries
// share the verb after the second, and its "not" with it: read so, the
// sentence denied both before and now says so twice; read word by word,
// the first denied nothing before. The classifier sends it to a reviewer
// (to confirm) rather than call it certain either way; so does the "not"
// taken from the first one ("do not and will not" → "do and will not").
func negationShared(removed, added []string, ctxOld, ctxNew string) bool {
	if len(removed) != 0 || len(added) != 1 || added[0] != "not" {
		return false
	}
	o, n := rawWords(strings.ToLower(ctxOld)), rawWords(strings.ToLower(ctxNew))
	if len(n) != len(o)+1 {
		return false
	}
	for i := 1; i+3 < len(n); i++ {
		if n[i] == "not" && coordAux[n[i-1]] && (n[i+1] == "and" || n[i+1] == "or") &&
			coordAux[n[i+2]] && n[i+3] == "not" {
			// The old text is the new one without this "not", word for
			// word: it is the one word added.
			return slices.Equal(o[:i], n[:i]) && slices.Equal(o[i:], n[i+1:])
		}
	}
	return false
}
