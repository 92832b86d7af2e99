package material

import "strings"

// A capital marks a name only where nothing else puts it there. These are
// the words a sentence's opening, a compound or a heading capitalises that
// name no one, so that no recipient is reported for them.

// hyphenFirst reports a capitalised word that part writes only as the
// first half of a compound, joined by a hyphen to a small word:
// "Multi-channel alerting", "Cross-border transfers". It is capitalised
// because it opens its sentence, and it is a prefix or an English word,
// not a name (b44-43: "Removed recipient: Multi" for "Multi-channel" →
// "multiple channels"). A coined name before a hyphen ("Zentrix-hosted
// servers") is still a name.
func (c *classifier) hyphenFirst(part, w string) bool {
	lw := strings.ToLower(w)
	if !combiningForms[lw] && !c.english(lw) {
		return false
	}
	found := false
	for rest := part; ; {
		i := strings.Index(rest, w)
		if i < 0 {
			return found
		}
		after := rest[i+len(w):]
		if len(after) < 2 || after[0] != '-' || after[1] < 'a' || after[1] > 'z' {
			return false // written on its own too
		}
		found, rest = true, after
	}
}

// combiningForms are the prefixes English writes before a hyphen, which
// WordNet does not know as words: "Multi-channel", "Non-essential".
var combiningForms = map[string]bool{"multi": true, "cross": true, "non": true, "pre": true, "post": true, "anti": true,
	"self": true, "co": true, "sub": true, "inter": true, "intra": true, "semi": true, "pseudo": true, "auto": true,
	"bi": true, "tri": true, "re": true, "de": true, "mid": true, "micro": true, "macro": true, "mini": true,
	"ultra": true, "hyper": true, "cyber": true, "geo": true, "tele": true, "bio": true, "eco": true, "omni": true,
	"pan": true, "trans": true, "extra": true, "mega": true, "meta": true, "opt": true}

// fragmentVerbs are the verbs a list item opens with when its subject is
// the thing the item names: "Shopify — E-commerce product integration.
// Uses OAuth for secure authorization." (b43-41). The verb is no part of
// the name after it.
var fragmentVerbs = map[string]bool{"uses": true, "provides": true, "supports": true, "includes": true, "offers": true,
	"requires": true, "stores": true, "sends": true, "enables": true, "allows": true, "integrates": true,
	"connects": true, "syncs": true, "collects": true, "processes": true, "handles": true, "helps": true,
	"lets": true, "creates": true, "generates": true, "displays": true, "shows": true, "tracks": true, "records": true,
	"runs": true, "relies": true, "leverages": true, "employs": true, "applies": true, "powers": true, "manages": true}

// ofCompound reports a word that opens a sentence, runs two English words
// together and is followed by "of": "Timestamps of interactions",
// "Screenshots of the page" (b43-33). A thing of something is a common
// noun, capitalised by its place; a company is named, not described, by
// the words after it. A word with a capital inside ("SourceHut") is a
// brand however it runs.
func (c *classifier) ofCompound(ws []string, i int) bool {
	if i+2 >= len(ws) || ws[i+1] != "of" || isName(ws[i+2]) {
		return false // "Bank of America" is named by the words after it
	}
	lw := strings.ToLower(ws[i])
	if lw[1:] != ws[i][1:] {
		return false // a capital inside is a brand's: "SourceHut of"
	}
	for k := 3; k+3 <= len(lw); k++ {
		if c.english(lw[:k]) && c.english(lw[k:]) {
			return true
		}
	}
	return false
}

// inflectedEnglish reports a word in capitals that is an English word
// with a plural's "s", which WordNet does not list on its own: "OTHERS"
// in "HOW WE PROVIDE PERSONAL INFORMATION TO OTHERS" (b43-10).
func (c *classifier) inflectedEnglish(lw string) bool {
	base := strings.TrimSuffix(lw, "s")
	return len(base) >= 3 && base != lw && c.english(base)
}

// anagramAcronym reports an acronym e that text writes beside another of
// the same letters in another order: the same term in another language's
// word order, "PSSI" for "ISSP" (Politique de sécurité des systèmes
// d'information, b43-18), "RGPD" for "GDPR". It names the thing the other
// acronym names, no new party and no new standard. The other acronym is
// one both texts write, or one text defines ("**ISSP**: …"): two new
// names of the same letters ("CMST", "CMTS", two cookies) are two names.
func anagramAcronym(text, other, e string) bool {
	if len(e) < 3 || len(e) > 6 || !upperCase(e) || strings.ContainsRune(e, ' ') {
		return false
	}
	key := sortedLetters(e)
	found := false
	scanRawWords(text, func(w string) bool {
		if len(w) == len(e) && w != e && upperCase(w) && sortedLetters(w) == key && (hasWord(other, w) || defines(text, w)) {
			found = true
		}
		return !found
	})
	return found
}

// sortedLetters is an acronym's letters in order, to compare anagrams.
func sortedLetters(s string) string {
	b := []byte(s)
	for i := 1; i < len(b); i++ {
		for j := i; j > 0 && b[j] < b[j-1]; j-- {
			b[j], b[j-1] = b[j-1], b[j]
		}
	}
	return string(b)
}

// hasWord reports text writing w as a whole word.
func hasWord(text, w string) bool {
	for rest := text; ; {
		i := strings.Index(rest, w)
		if i < 0 {
			return false
		}
		end := i + len(w)
		if (i == 0 || !isAlnumByte(rest[i-1])) && (end == len(rest) || !isAlnumByte(rest[end])) {
			return true
		}
		rest = rest[end:]
	}
}

// defines reports text defining the term w: as a label ("**ISSP**:",
// "ISSP:") or in brackets after its words ("(ISSP)").
func defines(text, w string) bool {
	return strings.Contains(text, w+"**") || strings.Contains(text, w+":") || strings.Contains(text, "("+w+")")
}
