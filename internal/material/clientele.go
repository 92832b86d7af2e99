package material

import (
	"slices"
	"strings"
)

// clienteleNouns are the generic words a policy calls the people it
// serves by: its customers, users, clients.
var clienteleNouns = map[string]bool{"customer": true, "customers": true, "user": true, "users": true,
	"client": true, "clients": true, "consumer": true, "consumers": true}

// otherPeople are the people a sentence may name in the place of those a
// policy serves, who are someone else: those who run or stand behind an
// account, a party to the processing, those who work for one.
var otherPeople = map[string]bool{"administrator": true, "administrators": true, "admin": true, "admins": true,
	"parent": true, "parents": true, "guardian": true, "guardians": true, "child": true, "children": true,
	"minor": true, "minors": true, "controller": true, "controllers": true, "processor": true, "processors": true,
	"partner": true, "partners": true, "vendor": true, "vendors": true, "advertiser": true, "advertisers": true,
	"affiliate": true, "affiliates": true, "agent": true, "agents": true, "broker": true, "brokers": true,
	"contractor": true, "contractors": true, "developer": true, "developers": true, "seller": true, "sellers": true,
	"owner": true, "owners": true, "manager": true, "managers": true, "officer": true, "officers": true,
	"employer": true, "employers": true}

// sameClientele returns a test for the unpaired words of a rewording (uo
// removed, ua added) that name the people a policy serves by a sector's
// own word for them: "our customers" → "our members", "Users may" →
// "Guests may", "customer data" → "account holders' data". Each generic
// word (clienteleNouns) taken has one person noun put for it (WordNet's
// noun.person, first sense, or a noun of one who holds something:
// "policyholders"), with at most one word before it ("account holders",
// "website visitors"). A person who is someone else (otherPeople: an
// administrator, a parent, the controller), a word of the rulebook's, or
// a word that is no person ("EU customers") explains nothing.
func (c *classifier) sameClientele(uo, ua, old, new []string) func(string) bool {
	no := func(string) bool { return false }
	person := func(w string) bool {
		if otherPeople[w] || workforceNouns[w] || pronouns[w] || c.ix.termWord[w] || c.wordTopics(w) != "" {
			return false
		}
		if clienteleNouns[w] || strings.HasSuffix(w, "holder") || strings.HasSuffix(w, "holders") {
			return true // "policyholders", "account holders"
		}
		e := wordNet().entries(w)
		return len(e) > 0 && strings.ContainsRune(e[0].pos, 'n') && e[0].lexfile == 18
	}
	taken := 0
	for _, w := range uo {
		if !clienteleNouns[w] {
			return no
		}
		taken++
	}
	if taken == 0 || len(ua) == 0 || len(ua) > 2*taken {
		// A word for them put where there was none ("Providing
		// support" → "Providing customer support") may narrow what it
		// stands before, and is left to the other rules (TestOfferingNamed).
		return no
	}
	// The words put, in the order the new sentence writes them: each a
	// person, or the one word before one.
	var people int
	for i, w := range ua {
		switch {
		case person(w):
			people++
		case i+1 < len(ua) && person(ua[i+1]) && !otherPeople[w] && !c.ix.termWord[w] && c.wordTopics(w) == "" && followsIn(new, w, ua[i+1]):
		default:
			return no
		}
	}
	if people != taken {
		return no
	}
	return func(w string) bool { return slices.Contains(uo, w) || slices.Contains(ua, w) }
}
