package material

import (
	"slices"
	"strings"
)

// A wordKind is a word's family and its kind within it.
type wordKind struct{ family, kind string }

// wordKinds sorts words whose trade for a word of another kind changes a
// commitment, though WordNet calls each ordinary English:
//   - how one thing is measured against another: "the same as" is not
//     "comparable to", and "a higher age" is not "a different age";
//   - what becomes of data at the end: "removed from our systems" is not
//     "deactivated in" them;
//   - what a measure does to a harm: "prevents data exposure" is not
//     "reduces" it.
//
// Only kinds of one family are traded.
var wordKinds = map[string]wordKind{
	"same": {"measure", "equal to"}, "equal": {"measure", "equal to"}, "identical": {"measure", "equal to"}, "equivalent": {"measure", "equal to"},
	"comparable": {"measure", "comparable to"}, "similar": {"measure", "comparable to"}, "adequate": {"measure", "comparable to"}, "analogous": {"measure", "comparable to"},
	"higher": {"measure", "higher than"}, "greater": {"measure", "higher than"}, "stricter": {"measure", "higher than"}, "older": {"measure", "higher than"},
	"lower": {"measure", "lower than"}, "lesser": {"measure", "lower than"}, "younger": {"measure", "lower than"}, "weaker": {"measure", "lower than"},
	"different": {"measure", "other than"}, "another": {"measure", "other than"},
	"longer": {"measure", "higher than"}, "shorter": {"measure", "lower than"}, "fewer": {"measure", "lower than"}, "less": {"measure", "lower than"}, "more": {"measure", "higher than"},
	"delete": {"end", "deleted"}, "deleted": {"end", "deleted"}, "deletes": {"end", "deleted"}, "erase": {"end", "deleted"}, "erased": {"end", "deleted"}, "remove": {"end", "deleted"},
	"removed": {"end", "deleted"}, "removes": {"end", "deleted"}, "destroy": {"end", "deleted"}, "destroyed": {"end", "deleted"}, "purge": {"end", "deleted"}, "purged": {"end", "deleted"},
	"deactivate": {"end", "made inactive"}, "deactivated": {"end", "made inactive"}, "deactivates": {"end", "made inactive"}, "disable": {"end", "made inactive"},
	"disabled": {"end", "made inactive"}, "suspend": {"end", "made inactive"}, "suspended": {"end", "made inactive"}, "archive": {"end", "made inactive"},
	"archived": {"end", "made inactive"}, "hide": {"end", "made inactive"}, "hidden": {"end", "made inactive"},
	"prevent": {"effect", "prevented"}, "prevents": {"effect", "prevented"}, "prevented": {"effect", "prevented"}, "eliminate": {"effect", "prevented"},
	"eliminates": {"effect", "prevented"}, "stop": {"effect", "prevented"}, "stops": {"effect", "prevented"}, "block": {"effect", "prevented"}, "blocks": {"effect", "prevented"},
	"reduce": {"effect", "reduced"}, "reduces": {"effect", "reduced"}, "reduced": {"effect", "reduced"}, "minimise": {"effect", "reduced"}, "minimises": {"effect", "reduced"},
	"minimize": {"effect", "reduced"}, "minimizes": {"effect", "reduced"}, "mitigate": {"effect", "reduced"}, "mitigates": {"effect", "reduced"}, "lessen": {"effect", "reduced"},
	"lessens": {"effect", "reduced"}, "limit": {"effect", "reduced"}, "limits": {"effect", "reduced"},
	// "for any other reason" covers more than "for any unrelated reason",
	// which leaves related ones out, and "any related reason" fewer still.
	"other": {"relation", "any other"}, "additional": {"relation", "any other"}, "further": {"relation", "any other"},
	"unrelated": {"relation", "unrelated"}, "incompatible": {"relation", "unrelated"},
	"related": {"relation", "related"}, "compatible": {"relation", "related"}, "connected": {"relation", "related"},
	// "no more than is reasonably necessary to" → "… reasonably useful
	// to": what helps is more than what is needed.
	"necessary": {"need", "needed"}, "needed": {"need", "needed"}, "essential": {"need", "needed"}, "indispensable": {"need", "needed"},
	"useful": {"need", "useful"}, "helpful": {"need", "useful"}, "beneficial": {"need", "useful"}, "convenient": {"need", "useful"},
	"desirable": {"need", "useful"}, "advantageous": {"need", "useful"},
}

// consentKinds say what kind of consent a commitment asks for: given in
// so many words, or read from what the reader does.
var consentKinds = map[string]string{"explicit": "explicit", "explicitly": "explicit", "express": "explicit", "expressly": "explicit", "affirmative": "explicit", "affirmatively": "explicit",
	"written": "explicit", "opt-in": "explicit", "unambiguous": "explicit",
	"implied": "implied", "implicit": "implied", "implicitly": "implied", "deemed": "implied", "presumed": "implied", "tacit": "implied"}

// consentKindChanged returns the kinds of consent old and new ask for,
// when both speak of consent and the kinds differ: "with your explicit
// consent" → "with your consent, express or implied". "express" for
// "explicit" is the same kind.
func consentKindChanged(old, new []string) (string, string) {
	kinds := func(ws []string) []string {
		var out []string
		for _, w := range ws {
			if k, ok := consentKinds[w]; ok && !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
		slices.Sort(out)
		return out
	}
	if !slices.Contains(old, "consent") || !slices.Contains(new, "consent") {
		return "", ""
	}
	ko, kn := kinds(old), kinds(new)
	if equalWords(ko, kn) {
		return "", ""
	}
	say := func(ks []string) string {
		if len(ks) == 0 {
			return "consent of no stated kind"
		}
		return strings.Join(ks, " or ") + " consent"
	}
	return say(ko), say(kn)
}

// kindTraded returns a word of one kind removed and a word of another
// kind added in its place, the rest of the sentence the same: "is the
// same as in the EU" → "is comparable to that in the EU".
func kindTraded(removed, added []string) (string, string) {
	for _, o := range removed {
		ko, ok := wordKinds[o]
		if !ok {
			continue
		}
		for _, n := range added {
			if kn, ok := wordKinds[n]; ok && kn.family == ko.family && kn.kind != ko.kind {
				return o, n
			}
		}
	}
	return "", ""
}

// askedToAct returns the act the reader could do, now only ask the
// company (or a part of it) to do: "or delete your account" → "or ask us
// to delete your account", "review and update your account information"
// → "review it and ask HR to update it". A power of the reader's is a
// request.
func askedToAct(old, new []string) string {
	if slices.Contains(old, "request") || slices.Contains(old, "ask") {
		return "" // "may request that we delete" is "may ask us to delete"
	}
	for j := 2; j+1 < len(new); j++ {
		if new[j] != "to" || !askedParty(new, j) {
			continue
		}
		act := new[j+1]
		if parties[act] || determiners[act] {
			continue // "If you ask us to, we …": no act of the reader's named
		}
		for i, w := range old {
			if w == act && (i < 2 || old[i-1] != "to" || old[i-2] != "us") {
				return act
			}
		}
	}
	return ""
}

// askedParty reports "ask" or "request" and a party of one or two words
// before the "to" at new[j]: "ask us to", "ask HR to", "request our
// support team to" (b245-38). The reader is no party asked ("ask yourself
// to").
func askedParty(new []string, j int) bool {
	for k := j - 2; k >= 0 && k >= j-3; k-- {
		if new[k] != "ask" && new[k] != "request" {
			continue
		}
		if k > 0 && determiners[new[k-1]] {
			return false // "a request by writing to": the noun
		}
		for _, w := range new[k+1 : j] {
			if w == "you" || w == "yourself" || w == "it" || w == "them" || prepositions[w] || strings.HasSuffix(w, "ing") {
				return false
			}
		}
		return true
	}
	return false
}

// eachTimeChanged returns "dropped" or "added" when "each time" or "every
// time" is taken from a sentence or put in: "with your explicit consent
// each time" asks for consent once, without it.
func eachTimeChanged(old, new []string) string {
	has := func(ws []string) bool {
		for i := 0; i+1 < len(ws); i++ {
			if (ws[i] == "each" || ws[i] == "every") && (ws[i+1] == "time" || ws[i+1] == "occasion") {
				return true
			}
		}
		return false
	}
	switch o, n := has(old), has(new); {
	case o && !n:
		return "dropped"
	case n && !o:
		return "added"
	}
	return ""
}

// qualifierKept reports an adverb of force w, put after a denial or taken
// from it (denialQualified), whose class the other side writes as often,
// in other words or elsewhere in the clause: "does not independently
// collect or store this information" → "does not collect or store this
// information on its own" (b372-44) denies the same, "on its own" being
// "independently" (the class taken-alone).
func (c *classifier) qualifierKept(w string, old, new []string) bool {
	for _, p := range c.ix.forceByFirst[w] {
		if len(p.words) != 1 {
			continue
		}
		co, _ := c.ix.forces(old)
		cn, _ := c.ix.forces(new)
		return co[p.class] > 0 && co[p.class] == cn[p.class]
	}
	return false
}

// comparatives make a bound with a denial: "no less than", "no later
// than".
var comparatives = map[string]bool{"less": true, "more": true, "later": true, "earlier": true, "sooner": true, "longer": true, "fewer": true, "further": true}

// denialQualified returns an adverb put, or taken, right after a denial:
// "does not identify you" → "does not directly identify you" denies less.
func denialQualified(old, new, removed, added []string) string {
	wn := wordNet()
	look := func(ws, words []string) string {
		for _, w := range words {
			if negativePolarity[w] || len(w) < 4 || comparatives[w] {
				continue
			}
			if e := wn.entries(w); len(e) == 0 || e[0].pos[0] != 'r' {
				continue
			}
			for j := 1; j < len(ws); j++ {
				if ws[j] == w && denial(ws[j-1]) {
					return w
				}
			}
		}
		return ""
	}
	if w := look(new, added); w != "" {
		return w
	}
	if w := deniedManner(new, added); w != "" {
		return w
	}
	if w := deniedManner(old, removed); w != "" {
		return w
	}
	return look(old, removed)
}

// mannerNouns head a phrase of manner: "in a durable manner".
var mannerNouns = map[string]bool{"manner": true, "way": true, "fashion": true, "form": true}

// deniedManner returns a phrase of manner, "in a durable manner", that
// words put (or taken out) make of the clause a denial opens a few words
// before it: "omnie does not … store this information outside of client
// systems" → "… outside of client systems in a durable manner" (b163-44)
// denies only storing it durably. "In any way" only stresses the denial.
func deniedManner(ws, words []string) string {
	for i := 0; i+3 < len(words); i++ {
		if words[i] != "in" || words[i+1] != "a" && words[i+1] != "an" || !mannerNouns[words[i+3]] {
			continue
		}
		for j := 0; j+3 < len(ws); j++ {
			if ws[j] != "in" || ws[j+1] != words[i+1] || ws[j+2] != words[i+2] || ws[j+3] != words[i+3] {
				continue
			}
			for k := max(0, j-15); k < j; k++ {
				if denial(ws[k]) {
					return strings.Join(words[i:i+4], " ")
				}
			}
		}
	}
	return ""
}
