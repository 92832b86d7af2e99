package material

import (
	"strings"
	"unicode"

	"github.com/redline-legal/redline/internal/redline"
)

// A firm named as the one that tests or audits the author's security,
// by the words set beside its name ("an independent security firm, NCC
// Group, tests our network for vulnerabilities at least once a year",
// b54-22), is the security commitment it carries out: what the reader
// gains is a yearly outside test, not a party given data. A firm the
// same sentence shares data with stays a recipient.
//
// securityFirm returns "security" for a material verdict naming parties
// (entity) of another category, the names all set beside words of a
// security trade (securityTradeRE: "security firm", "penetration
// testers", "auditor"), or the agent of a security measure
// (securityAgentRE), in a sentence of the side the verdict names that
// shares nothing (sharingStems); "" otherwise.
func (c *classifier) securityFirm(v Verdict, ch redline.Change) string {
	if v.Category == "security" || !strings.HasSuffix(v.Rule, ".entity") || c.rb.categoryIndex("security") < 0 {
		return ""
	}
	names := reasonNames(v)
	if names == nil {
		return ""
	}
	text := c.changedSentencesOf(ch, v.Direction != Restricts)
	if !containsAnyFold(text, securityActStems) && !(containsAnyFold(text, securityTradeStems) && securityTradeRE.MatchString(text)) {
		return "" // the cheap test
	}
	ss := sentences(text)
	for _, name := range names {
		beside := false
		for _, s := range ss {
			k := strings.Index(s, name)
			if k < 0 || containsAnyFold(s, sharingStems) {
				continue
			}
			before, after := s[:k], strings.TrimSpace(s[k+len(name):])
			if securityAgentRE.MatchString(before) {
				beside = true // "encrypted at rest by our cloud hosting provider, Microsoft Azure"
				continue
			}
			if rest, more, ok := strings.Cut(after, ","); ok && !strings.HasPrefix(after, ",") && len(strings.Fields(rest)) <= 3 && strings.IndexFunc(rest, func(r rune) bool {
				return r != ' ' && r != '&' && !unicode.IsUpper(r) && !unicode.IsLower(r) && r != '.'
			}) < 0 && startsCapitalOrAmp(rest) {
				after = "," + more // the rest of the firm's name: "Schellman & Company, an independent auditor"
			}
			if m := securityTradeRE.FindAllStringIndex(before, -1); len(m) > 0 && strings.TrimSpace(before[m[len(m)-1][1]:]) == "," ||
				strings.HasPrefix(after, ",") && securityTradeRE.MatchString(firstClause(after[1:])) {
				beside = true
			}
		}
		if !beside {
			return ""
		}
	}
	return "security"
}

// reasonNames returns the names an entity verdict's reason lists after
// its colon ("New recipient: Acme, Beta" → Acme, Beta), or nil where the
// reason quotes or glosses them (a quote mark or a bracket), and so lists
// no bare names.
func reasonNames(v Verdict) []string {
	_, what, ok := strings.Cut(v.Reason, ": ")
	if !ok || what == "" || strings.ContainsAny(what, "'(") {
		return nil
	}
	return strings.Split(what, ", ")
}

// startsCapitalOrAmp reports s, trimmed, opening with a capital or "&".
func startsCapitalOrAmp(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && (s[0] == '&' || s[0] >= 'A' && s[0] <= 'Z')
}

// firstClause is s up to its first comma or full stop.
func firstClause(s string) string {
	if k := strings.IndexAny(s, ",.;"); k >= 0 {
		return s[:k]
	}
	return s
}

// securityTradeRE is a firm named by its security trade: "an independent
// security firm", "penetration testers", "our external auditor".
var securityTradeRE = mustPattern(`(?i)\b(?:(?:cyber)?security|penetration[- ]test(?:ing)?|pen[- ]test(?:ing)?|vulnerability|audit(?:ing)?)\s+(?:firm|company|consultancy|consultants?|specialists?|partner|provider|vendor|auditors?|testers?|experts?)s?\b|\b(?:penetration\s+testers?|(?:external|independent|third-party)\s+auditors?)\b`)

// securityAgentRE is the text before a name that makes it the agent of a
// security measure: "encrypted at rest by our cloud hosting provider, ".
var securityAgentRE = mustPattern(`(?i)\b(?:encrypt\w*|hashed|tokeni[sz]ed|pseudonymi[sz]ed|secured|audited|pen(?:etration)?[- ]tested)\b[^.;,]{0,30}\bby\s+(?:(?:our|its|the|their|a|an)\s+)?(?:[\w-]+\s+){0,4}?(?:[\w-]+,\s+)?$`)

// securityTradeStems are words one of which every match of
// securityTradeRE holds, for the cheap test.
var securityTradeStems = []string{"security", "pen", "vulnerab", "audit"}

// securityActStems are the stems of securityAgentRE's acts, for the cheap
// test.
var securityActStems = []string{"encrypt", "hashed", "tokeni", "pseudonymi", "secured", "audited", "tested"}
