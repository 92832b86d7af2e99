package material

import (
	"strings"
)

// A cross-reference put in or taken out, pointing to another part of the
// same policy, commits to nothing: "Customers are responsible for
// implementing appropriate data retention policies (see section 13)",
// "As described under Data Storage and Retention, omnie does not retain
// customer data", "…, as described above." The part pointed to says what
// it says whether or not this sentence points to it.
//
// The pointer must name a part of this text: a numbered section or
// clause, "above" or "below", or a title the old policy writes. A pointer
// to another document ("as set out in our Data Processing Agreement")
// may bring that document's terms in, and is not dropped. The verbs are
// the closed class of verbs of reporting a text uses to point at itself
// (described, explained, set out, detailed, outlined, noted, mentioned,
// stated).

const pointerVerbs = `as (?:described|explained|set out|detailed|outlined|noted|mentioned|stated)`

var (
	// "(see section 13)", "(see “Your rights” above)", "(as described in Section 5)"
	pointerParenRE = mustPattern(`\s*\((?i:see|refer to|` + pointerVerbs + ` (?:in|under))\s+([^()]{1,80})\)`)
	// "As described above, ", "As set out in “Your rights” above, " opening a sentence
	pointerLeadRE = mustPattern(`(^|[.!?:;]\s+)(?i:` + pointerVerbs + `)(?:\s+((?i:above|below|earlier))|\s+(?i:in|under)\s+([^,]{1,80}))?\s*,\s*`)
	// ", as described above." closing a clause
	pointerTrailRE  = mustPattern(`,?\s+(?i:` + pointerVerbs + `)\s+(?:((?i:above|below|earlier))|(?i:in|under)\s+([^,.;()]{1,80}))([.;,]|$)`)
	pointerNumberRE = mustPattern(`(?i)^(?:section|clause|paragraph|part)(?:\s+[0-9][0-9.]*)?(?:\s*\([^)]*\))?(?:\s+(?:above|below))?$`)
)

// otherDocNouns end the names of documents, not of parts of this one.
var otherDocNouns = map[string]bool{"policy": true, "agreement": true, "terms": true, "notice": true, "statement": true,
	"addendum": true, "contract": true, "conditions": true, "dpa": true, "charter": true, "code": true}

// pointerCue is the cheap test before the expressions: every pointer has
// one of these in lower case.
func pointerCue(s string) bool {
	return strings.Contains(s, "see ") || strings.Contains(s, "refer to") || strings.Contains(s, "As ") || strings.Contains(s, "as ")
}

// pointerTarget reports a target of a pointer that is a part of this
// policy: a numbered part, a direction, or a title the old text writes.
func (c *classifier) pointerTarget(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" {
		return false
	}
	if pointerNumberRE.MatchString(t) {
		return true
	}
	lt := strings.ToLower(t)
	switch lt {
	case "above", "below", "earlier":
		return true
	}
	lt = strings.TrimPrefix(lt, "the ")
	for _, suffix := range []string{" above", " below", " section", " heading"} {
		lt = strings.TrimSuffix(lt, suffix)
	}
	title := strings.Trim(lt, "“”\"‘’' ")
	if title == "" {
		return false
	}
	// a title: capitalised or quoted, not another document's name
	orig := strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(t), "the "), "The ")
	orig = strings.TrimLeft(orig, "“\"‘'")
	if orig == "" || !(orig[0] >= 'A' && orig[0] <= 'Z') && !strings.ContainsAny(t, "“\"‘") {
		return false
	}
	ws := strings.Fields(title)
	if otherDocNouns[ws[len(ws)-1]] || strings.HasPrefix(title, "our ") {
		return false
	}
	return c.inDoc(true, title)
}

// dropPointers removes the pointers to parts of this policy from s,
// reporting how many it removed.
func (c *classifier) dropPointers(s string) (string, int) {
	n := 0
	s = pointerParenRE.ReplaceAllStringFunc(s, func(m string) string {
		if c.pointerTarget(pointerParenRE.FindStringSubmatch(m)[1]) {
			n++
			return ""
		}
		return m
	})
	s = pointerLeadRE.ReplaceAllStringFunc(s, func(m string) string {
		g := pointerLeadRE.FindStringSubmatch(m)
		if g[3] == "" || c.pointerTarget(g[3]) {
			n++
			return g[1]
		}
		return m
	})
	s = pointerTrailRE.ReplaceAllStringFunc(s, func(m string) string {
		g := pointerTrailRE.FindStringSubmatch(m)
		if g[2] == "" || c.pointerTarget(g[2]) {
			n++
			return g[3]
		}
		return m
	})
	return s, n
}

// pointersDropped returns old and new without the pointers to parts of
// this policy, where one side has more of them than the other; else the
// texts as they are.
func (c *classifier) pointersDropped(old, new string) (string, string) {
	if old == "" || new == "" || !pointerCue(old) && !pointerCue(new) {
		return old, new
	}
	do, no := c.dropPointers(old)
	dn, nn := c.dropPointers(new)
	if no == nn {
		return old, new
	}
	return do, dn
}
