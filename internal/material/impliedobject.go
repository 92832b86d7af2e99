package material

import (
	"slices"
	"strings"
)

// stateNouns is WordNet's lexical file of nouns of state ("problem",
// "difficulty"): what an act of fixing or finding acts on.
const stateNouns = 26

// stateNoun reports a word WordNet knows only as a noun of state.
func stateNoun(w string) bool {
	es := wordNet().entries(w)
	if len(es) == 0 {
		return false
	}
	for _, e := range es {
		if e.pos[0] != 'n' || e.lexfile != stateNouns {
			return false
		}
	}
	return true
}

// verbWord reports a word WordNet knows as a verb first of all
// ("diagnose", "troubleshooting"), not a noun that may be one ("support").
func verbWord(w string) bool {
	es := wordNet().entries(w)
	return len(es) > 0 && es[0].pos[0] == 'v'
}

// bareAt reports the word at i as the last of its phrase: the text ends,
// or what follows is a word of grammar, a pronoun or any word WordNet
// does not know as a noun first ("problems with our servers", "fixing our
// servers", "troubleshooting and improvement"), not a noun it qualifies
// ("environment data").
func (c *classifier) bareAt(ws []string, i int) bool {
	if i+1 >= len(ws) || c.ix.grammar[ws[i+1]] || parties[ws[i+1]] {
		return true
	}
	es := wordNet().entries(ws[i+1])
	return len(es) == 0 && !c.ix.termWord[ws[i+1]] || len(es) > 0 && es[0].pos[0] != 'n'
}

// impliedObject returns a test for a noun of state ("problems") that one
// side writes just after a verb, as what the verb acts on, where the other
// side says the same act without it: "for troubleshooting" → "so that we
// can troubleshoot problems", "to fix problems with our servers" → "for
// fixing our servers". To troubleshoot is to
// fix problems: the noun names no data, party or purpose the verb did not
// say. The verb must be one first of all, and said on the other side too,
// by its stem, with no object after it; the noun must end its phrase
// ("environment data" names data); and only one side may have such a
// noun: "to diagnose problems" → "to diagnose illnesses" trades one for
// another.
func (c *classifier) impliedObject(old, new, uo, ua []string) func(string) bool {
	// alone reports the verb of stem s on a side with nothing after it
	// but grammar: "for troubleshooting", "for fixing our servers".
	// A word that is a noun first ("fix", "support") is read as a verb
	// where the other side writes it as one ("fixing").
	alone := func(ws []string, v string) bool {
		s := stem(v)
		for i, x := range ws {
			if stem(x) == s && c.bareAt(ws, i) && (verbWord(v) || x != v && strings.HasSuffix(x, "ing")) {
				return true
			}
		}
		return false
	}
	objects := func(side, other, unpaired []string) map[string]bool {
		var m map[string]bool
		for i := 1; i < len(side); i++ {
			w, v := side[i], side[i-1]
			if !slices.Contains(unpaired, w) || !stateNoun(w) || !c.bareAt(side, i) || !alone(other, v) {
				continue
			}
			if m == nil {
				m = map[string]bool{}
			}
			m[w] = true
		}
		return m
	}
	so, sn := slices.ContainsFunc(uo, stateNoun), slices.ContainsFunc(ua, stateNoun)
	if so == sn {
		return func(string) bool { return false } // no such noun, or one on each side
	}
	var inOld, inNew map[string]bool
	if so {
		inOld = objects(old, new, uo)
	} else {
		inNew = objects(new, old, ua)
	}
	return func(w string) bool { return inOld[w] || inNew[w] }
}
