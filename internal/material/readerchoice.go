package material

import (
	"slices"
	"strings"
)

// What the reader is told he may do, or what follows for him if he
// gives nothing, about data the policy already says he need not give,
// changes nothing the company does with data: "you do not need to give us
// your name or email address (although you can if you choose to, such as
// for the "Email this user" feature)" (b50-39); "However, if you choose
// not to provide an email address, we can't help you recover your
// password" (b50-40). An aside of the company's own ("although we may
// ask for it later") or a consequence that is an act ("we will collect
// your phone number instead") is no such aside: it states what is done.

// readerChoiceAside is a parenthesis that only says the reader may do a
// thing if he chooses: "(although you can if you choose to, …)",
// "(you may add one if you wish)".
var readerChoiceAside = mustPattern(`(?i)\s*\((?:although|though|but|of course,?)?\s*you\s+(?:can|may|could|are free to)\b[^()]{0,160}\bif\s+you\s+(?:choose|wish|want|like|prefer|decide)\b[^()]{0,120}\)`)

// withoutDataConsequence is a sentence that only says what the reader
// cannot have if he does not give a piece of data: "However, if you choose
// not to provide an email address, we can't help you recover your
// password", "If you do not provide it, you may not be able to use some
// features."
var withoutDataConsequence = mustPattern(`(?i)^(?:however,?\s+|but\s+|please note(?: that)?,?\s+|note that\s+)?if\s+you\s+(?:choose not to|decide not to|do not|don't|don’t|prefer not to|decline to)\s+(?:provide|give|share|submit|supply|enter|add)\b[^,;]{1,80},\s*(?:we|you)\s+(?:can't|can’t|cannot|can not|won't be able to|won’t be able to|will not be able to|may not be able to|might not be able to|are unable to|will be unable to)\s+[^;]{1,120}$`)

// asideActs are words by which the rest of such a sentence or aside would
// state an act of the company's on data.
var asideActs = map[string]bool{"collect": true, "share": true, "sell": true, "disclose": true, "store": true,
	"retain": true, "keep": true, "delete": true, "transfer": true, "process": true, "require": true, "charge": true,
	"close": true, "terminate": true, "suspend": true}

// sameBesideReaderChoice reports two texts that read the same once asides
// that only say what the reader may choose, and sentences that only say
// what he cannot have without a piece of data, are left out of both.
func (c *classifier) sameBesideReaderChoice(old, new string) bool {
	if !containsFold(old+new, "if you") {
		return false
	}
	strip := func(s string) (string, bool) {
		s2 := readerChoiceAside.ReplaceAllStringFunc(s, func(m string) string {
			for _, w := range rawWords(strings.ToLower(m)) {
				if w == "we" || w == "us" || asideActs[w] {
					return m
				}
			}
			return ""
		})
		var keep []string
		for _, sen := range sentences(s2) {
			t := strings.TrimSpace(stripMarkdown(sen))
			t = strings.TrimRight(t, ".!")
			if m := withoutDataConsequence.FindString(t); m != "" && !slices.ContainsFunc(rawWords(strings.ToLower(t)), func(w string) bool { return asideActs[w] }) {
				continue
			}
			keep = append(keep, sen)
		}
		out := strings.Join(keep, " ")
		return out, len(out) != len(s)
	}
	o, co := strip(old)
	n, cn := strip(new)
	return (co || cn) && equalWords(c.ix.fold(o), c.ix.fold(n))
}
