package material

import (
	"strings"
)

// lawfulRE is a phrase that puts an act in line with the law as it
// stands, which binds the company to what the law already imposes: ", in
// accordance with applicable law", "in compliance with all applicable
// data protection laws", "in accordance with the law and relevant
// regulations" (b67-20: "relevant" said of the regulations alone), "in
// line with the law and relevant regulations" (b66-19). "as
// permitted by law" and "to the extent permitted" grant, and are no part
// of it.
var lawfulRE = mustPattern(`(?i),?\s+in\s+(?:accordance|compliance|conformity|line)\s+with\s+(?:(?:all\s+|the\s+)?(?:applicable|relevant)\s+(?:data\s+protection\s+|privacy\s+)?(?:laws?\s+and\s+regulations|laws?|legislation|regulations?)|(?:all\s+|the\s+)?laws?\s+and\s+(?:the\s+)?(?:applicable|relevant)\s+regulations)\b`)

// exceptBeforeRE is a word that makes what follows an exception: "except
// in accordance with applicable law" lifts a limit.
var exceptBeforeRE = mustPattern(`(?i)\b(?:except|unless|save|than|not|only|but)\s*$`)

// withoutLawful returns m without the phrases that put an act of the
// company's in line with applicable law (lawfulRE), where no word before
// one makes it an exception or a limit ("except in accordance with …",
// "only in accordance with …"): the commitment is the same with or
// without it. Put to a power of the reader's ("You can ask us to delete
// your data in accordance with applicable law"), it holds the right to
// what the law gives, and is kept.
func (c *classifier) withoutLawful(m string) string {
	if !strings.Contains(m, "pplicable") && !strings.Contains(m, "elevant") || !lawfulRE.MatchString(m) || c.userPermission(c.ix.fold(m), false) {
		return m
	}
	var cut []replacement
	for _, sp := range lawfulRE.FindAllStringIndex(m, -1) {
		if !exceptBeforeRE.MatchString(m[:sp[0]]) {
			cut = append(cut, replacement{from: sp[0], to: sp[1]})
		}
	}
	return replaced(m, cut)
}

// theWayRE is "the way" a clause's subject does a thing: "understand the
// way you use our services" is "understand how you use them"; so are "the
// manner in which" and the translated "in what manner" ("explains in what
// manner we collect", b242-31).
var theWayRE = mustPattern(`\b(?:(?i:the\s+(?:way|manner)(?:\s+in\s+which|\s+that)?)\s+((?i:we|you|they|it|users?|people|our|your|their)|[A-Z]\w*)|(?i:in\s+(?:what|which)\s+(?:way|manner))\s+(\w+))\b`)

// theWayAsHow writes "the way" before a clause's subject as "how".
func theWayAsHow(m string) string {
	if !strings.Contains(m, " way ") && !strings.Contains(m, " manner ") {
		return m
	}
	return theWayRE.ReplaceAllString(m, "how $1$2")
}

// periodNeededRE is a period said by the need it lasts for: "for the
// period necessary to fulfil the purposes", "for the time needed".
var periodNeededRE = mustPattern(`(?i)\bfor\s+the\s+(?:period|time)(?:\s+of\s+time)?(?:\s+(?:that\s+is|which\s+is))?\s+(necessary|needed|required)\b`)

// periodAsLong writes a period said by the need it lasts for as "for as
// long as" that need: "for the period necessary to fulfil the purposes"
// is "for as long as necessary to fulfil them", a period and no
// condition ("as long as" is one of the words of condition, rules.toml).
func periodAsLong(m string) string {
	if !containsFold(m, "for the ") {
		return m
	}
	return periodNeededRE.ReplaceAllString(m, "for as long as $1")
}

// wherePermittedRE is a condition that the law permits the act, said
// with or without the law: "where permitted", "where permitted by
// (applicable) law", "where the law permits", "where legally permitted"
// (b108-33 to b382-35: eight writers of as many rounds). Permission with
// no one named to give it is the law's.
var wherePermittedRE = mustPattern(`(?i)\b(where|when|if)\s+(?:(?:legally\s+)?(?:permitted|allowed)(?:\s+(?:by|under)\s+(?:the\s+)?(?:applicable\s+)?laws?)?|(?:the\s+|applicable\s+)?laws?\s+(?:permits?|allows?)(?:\s+(?:it|this))?)\b`)

// wherePermittedPair writes each condition that the law permits the act
// as "where permitted" (its own "where", "when" or "if" kept), where both
// texts say one: a line of its own that only says so ("- Where the law
// allows it", put among the cases data is shared in, b256-45) is judged
// as written.
func wherePermittedPair(old, new string) (string, string) {
	if !containsFold(old, "permit") && !containsFold(old, "allow") || !containsFold(new, "permit") && !containsFold(new, "allow") ||
		!wherePermittedRE.MatchString(old) || !wherePermittedRE.MatchString(new) {
		return old, new
	}
	return wherePermittedRE.ReplaceAllString(old, "$1 permitted"), wherePermittedRE.ReplaceAllString(new, "$1 permitted")
}
