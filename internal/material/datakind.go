package material

import "slices"

// kindHeads are the nouns, as folded, that name personal data in
// general; the word before one says which kind ("contact information",
// "profile data", "order details").
var kindHeads = map[string]bool{"data": true, "information": true, "info": true, "details": true, "records": true}

// generalKinds are words before a data noun that say no kind: whose it
// is, that it is personal, or which of the data already named.
var generalKinds = map[string]bool{"personal": true, "personally": true, "identifiable": true, "individual": true, "private": true,
	"your": true, "our": true, "their": true, "his": true, "her": true, "its": true, "such": true, "this": true, "that": true, "these": true,
	"those": true, "the": true, "a": true, "an": true, "any": true, "all": true, "same": true, "said": true, "above": true,
	"aforementioned": true, "following": true, "user": true, "users": true, "relevant": true, "applicable": true, "of": true,
	"and": true, "or": true, "other": true}

// kindOpeners open the noun phrase a kind of data stands in: "the contact
// information", "your profile data". After any other word, the word
// before a noun of data may be a verb ("we collect information", "this
// prevents data exposure").
var kindOpeners = map[string]bool{"the": true, "your": true, "our": true, "their": true, "its": true, "his": true, "her": true,
	"my": true, "this": true, "that": true, "these": true, "those": true, "such": true, "any": true, "all": true, "some": true,
	"no": true, "each": true, "every": true}

// dataKindChanged returns the word that says which kind of data a
// sentence is about, where it changed: a noun before a noun of data
// ("information", "data", "details") that one side says and the other
// does not, in the same frame: the same word before it, one that opens a noun
// phrase ("the", "your", "such"), or the start of the sentence, and a noun
// of data after it, with no word or another word between, such as
// "the personal information we have collected" → "the contact
// information we have collected" ("contact" added). A noun WordNet knows
// as ordinary English still names a kind of data there: a commitment
// about contact information is not one about all personal information.
// Words that name no kind ("personal", "your", "such", "the"), and words
// WordNet knows first as anything but a noun ("stops", "technical"), are
// not counted. It returns the word and whether it was
// added; "" when none changed.
func dataKindChanged(old, new, removed, added []string) (w string, put bool) {
	wn := wordNet()
	noun := func(w string) bool { e := wn.entries(w); return len(e) > 0 && e[0].pos[0] == 'n' }
	kindAt := func(ws, other []string, x string) bool {
		if generalKinds[x] || isNumber(x) || slices.Contains(other, x) {
			return false // "information about your account" still says "account"
		}
		if !noun(x) {
			return false
		}
		for i := 0; i+1 < len(ws); i++ {
			if ws[i] != x || !kindHeads[ws[i+1]] || i > 0 && !kindOpeners[ws[i-1]] || i+2 < len(ws) && noun(ws[i+2]) {
				continue // "this stops data exposure": data is no head there
			}
			if i == 0 {
				// The sentence's first words: "Personal information is
				// used solely for" → "Contact information is …" (b189-45).
				if len(other) > 1 && (kindHeads[other[0]] || kindHeads[other[1]] && (generalKinds[other[0]] || noun(other[0]))) {
					return true
				}
				continue
			}
			for j := 1; j < len(other); j++ {
				if other[j-1] != ws[i-1] {
					continue
				}
				// "the information" (dropped) or "the personal information"
				// (another word, a noun or one that names no kind) in the
				// other side's same place.
				if kindHeads[other[j]] || j+1 < len(other) && kindHeads[other[j+1]] && (generalKinds[other[j]] || noun(other[j])) {
					return true
				}
			}
		}
		return false
	}
	for _, a := range added {
		if kindAt(new, old, a) {
			return a, true
		}
	}
	for _, r := range removed {
		if kindAt(old, new, r) {
			return r, false
		}
	}
	return "", false
}
