package material

// Access held or given is a permission to access: "These third parties
// have access to your Personal Data" says what "These third parties can
// access your Personal Data" does (b30-11), and "Your account dashboard
// gives you access to human oversight" what "Human oversight is available
// through your account dashboard" does (b34-42). The verbs are those of
// having and of giving ("have", "provide", "give", "grant"), a closed
// class; the noun is "access", the term of art for a party's reach into
// data. A party that accesses the data ("staff access your data") is an
// act done, a stronger statement, and is left as it is. After an "only"
// ("Only authorised personnel have access", b15-06) the access is a limit,
// as "Access is restricted to authorised personnel" says, and no
// permission: exclusivePermission reads "only … can" so.

// accessGrantAt returns how many words from ws[i] say access held or
// given ("have access", "provides you access", "are granted access",
// "provides you with full access": only pronouns, determiners, "with" and
// an adjective between), 0 where they do not.
func accessGrantAt(ws []string, i int) int {
	switch ws[i] {
	case "have", "has", "having", "provide", "provides", "provided", "give", "gives", "given", "grant", "grants", "granted", "offer", "offers":
	default:
		return 0
	}
	for k := i + 1; k < min(len(ws), i+4); k++ {
		w := ws[k]
		switch {
		case w == "access":
			if k+1 < len(ws) && isNoun(ws[k+1]) {
				return 0 // "have strict access controls": a noun "access" qualifies
			}
			return k - i + 1
		case w == "no" || w == "not" || w == "never":
			return 0 // "have no access": the denial is counted as one
		case w == "you" || w == "them" || w == "us" || w == "him" || w == "her" || w == "with" || determiners[w] && w != "no":
			continue // "provides you with access", "have the access"
		case k+1 < len(ws) && ws[k+1] == "access" && adjectival(wordNet(), w):
			continue // "have unmasked access", "full access"
		}
		return 0 // "give approval before staff can access": another phrase
	}
	return 0
}
