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
// "provides you with full access": up to two words between), 0 where they
// do not.
func accessGrantAt(ws []string, i int) int {
	switch ws[i] {
	case "have", "has", "having", "provide", "provides", "provided", "give", "gives", "given", "grant", "grants", "granted", "offer", "offers":
	default:
		return 0
	}
	for k := i + 1; k < min(len(ws), i+4); k++ {
		switch ws[k] {
		case "access":
			return k - i + 1
		case "not", "no", "to", "and", "or":
			return 0 // "have no access", "give it to": another phrase
		}
	}
	return 0
}
