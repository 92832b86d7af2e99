package material

import (
	"strings"
)

// A gloss that repeats what the policy itself says a term or a party is
// adds nothing: "The data controller (the entity that determines the
// purposes and means of processing) responsible for your personal
// information is:" where the Definitions say "Data Controller: The entity
// that determines the purposes and means of processing"; "Customers, as
// the Data Controllers, are responsible for …" where the policy says "The
// Customer acts as the Data Controller"; "the Service (our Omni Lead
// Management Software)" where it defined "our Omni Lead Management
// Software (the "Service")". The old policy must say it in one of the
// shapes a definition or a role is given in (glossForms, roleForms), so
// that a gloss that says something new of the term ("partners (advertising
// companies)") is still compared.

// glossParenRE is a gloss in brackets after up to four words.
var glossParenRE = mustPattern(`((?:[\p{L}’'-]+ ){0,3}[\p{L}’'-]+) \(([^()]{3,120})\)`)

// roleAppositiveRE is a party's role set off by commas after it:
// "Customers, as the Data Controllers, are".
var roleAppositiveRE = mustPattern(`([\p{L}’'-]+), (?:as|acting as) (?:the |a |an )?([\p{L} -]{3,40}?),`)

// glossRoles are the roles a party plays under data protection law (GDPR
// Art. 4(7), 4(8), 28(2)): a closed set of terms of art.
var glossRoles = map[string]bool{"controller": true, "data controller": true, "processor": true, "data processor": true,
	"sub-processor": true, "subprocessor": true, "joint controller": true, "service provider": true}

// singularNoun drops a plural's s: "data controllers" → "data controller".
func singularNoun(s string) string {
	if strings.HasSuffix(s, "ies") {
		return s[:len(s)-3] + "y"
	}
	if strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss") {
		return s[:len(s)-1]
	}
	return s
}

// definedAs reports that the old policy defines term as gloss, or gloss as
// term, in a shape definitions are written in.
func (c *classifier) definedAs(term, gloss string) bool {
	term, gloss = strings.ToLower(strings.TrimSpace(term)), strings.ToLower(strings.Trim(strings.TrimSpace(gloss), "“”\"'‘’"))
	for _, p := range []string{"the ", "our ", "a ", "an "} {
		term = strings.TrimPrefix(term, p)
	}
	g := gloss
	for _, p := range []string{"the ", "a ", "an "} {
		g = strings.TrimPrefix(g, p)
	}
	if term == "" || g == "" {
		return false
	}
	if !strings.Contains(g, "|") && !c.inDoc(true, g) {
		// Every shape below holds the gloss, whole words: a policy
		// that never writes it defines nothing as it. One question,
		// where there were up to eight for each of four terms.
		return false
	}
	// The first four shapes hold term's last word, whole, then ":" or
	// " means"; the last four hold it then a closing quote and bracket.
	// A policy that has neither states none: asked of the last word, the
	// same for each term of a gloss, it is two or four questions where
	// there were eight per term. (A "|" may send a shape to the table
	// rows: then every shape is asked.)
	states, names := true, true
	if !strings.Contains(term, "|") && !strings.Contains(gloss, "|") {
		last := term[strings.LastIndexByte(term, ' ')+1:]
		states = c.inDoc(true, last+":") || c.inDoc(true, last+" means")
		names = c.inDoc(true, last+`")`) || c.inDoc(true, last+`”)`)
	}
	var forms []string
	if states {
		forms = append(forms, term+": "+gloss, term+": "+g, term+" means "+gloss, term+" means "+g)
	}
	if names {
		forms = append(forms, gloss+` (the "`+term+`")`, gloss+` (the “`+term+`”)`, gloss+` ("`+term+`")`, gloss+` (“`+term+`”)`)
	}
	for _, f := range forms {
		if c.inDoc(true, f) {
			return true
		}
	}
	return false
}

// playsRole reports that the old policy says party plays role.
func (c *classifier) playsRole(party, role string) bool {
	p, r := singularNoun(strings.ToLower(party)), singularNoun(strings.ToLower(strings.TrimSpace(role)))
	if !glossRoles[r] {
		return false
	}
	for _, f := range []string{"the " + p + " acts as the " + r, p + " acts as the " + r, p + " acts as a " + r, p + " acting as " + r,
		p + " acting as the " + r, p + " is the " + r, p + "s act as the " + r, p + "s are the " + r} {
		if c.inDoc(true, f) {
			return true
		}
	}
	return false
}

// dropGlosses removes from s the glosses the old policy already states,
// reporting how many it removed.
func (c *classifier) dropGlosses(s string) (string, int) {
	n := 0
	if strings.Contains(s, " (") {
		s = glossParenRE.ReplaceAllStringFunc(s, func(m string) string {
			g := glossParenRE.FindStringSubmatch(m)
			ws := strings.Fields(g[1])
			for k := len(ws) - 1; k >= 0; k-- {
				if c.definedAs(strings.Join(ws[k:], " "), g[2]) {
					n++
					return g[1]
				}
			}
			return m
		})
	}
	if strings.Contains(s, ", as ") || strings.Contains(s, ", acting as ") {
		s = roleAppositiveRE.ReplaceAllStringFunc(s, func(m string) string {
			g := roleAppositiveRE.FindStringSubmatch(m)
			if c.playsRole(g[1], g[2]) {
				n++
				return g[1]
			}
			return m
		})
	}
	return s, n
}

// glossesDropped returns old and new without the glosses the old policy
// already states, where one side has more of them; else as they are.
func (c *classifier) glossesDropped(old, new string) (string, string) {
	if old == "" || new == "" || !strings.Contains(old, " (") && !strings.Contains(new, " (") && !strings.Contains(old, ", a") && !strings.Contains(new, ", a") {
		return old, new
	}
	do, no := c.dropGlosses(old)
	dn, nn := c.dropGlosses(new)
	if no == nn {
		return old, new
	}
	return do, dn
}
