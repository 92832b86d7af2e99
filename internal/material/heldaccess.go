package material

import (
	"slices"
	"strings"
)

// The right of access (GDPR Art. 15) is the reader's: "you can access
// your data", "the right to access a copy", "request access". An access
// that is a kind ("administrative access", "role-based access",
// "unauthorised access") or that someone holds, is given or is refused
// ("staff accounts with administrative access", "providers who need
// access", "we restrict access") is who may reach the data or the
// systems: an access control, a security measure (Art. 32(1)(b), 32(4)),
// whatever the word shares with the right. So is data "accessed" by
// whoever handles it ("personal information accessed through its
// services"): that is a handling of it, as authorAccessed reads the
// author's own. "OmniCRM enforces MFA for all internal staff
// accounts" → "… for staff accounts with administrative access" (b66-07,
// b62-03) is about security, not the reader's rights.

// heldAccessVerbs are the words by which an access is held, given or
// kept from someone: the grammar of a permission, a closed class.
var heldAccessVerbs = map[string]bool{"with": true, "have": true, "has": true, "had": true, "having": true,
	"need": true, "needs": true, "grant": true, "grants": true, "granted": true, "give": true, "gives": true,
	"given": true, "restrict": true, "restricts": true, "limit": true, "limits": true, "without": true,
	"allow": true, "allows": true, "allowed": true, "deny": true, "denied": true, "revoke": true, "revoked": true}

// readerAccessWords are the words that put an access to the reader before
// it: the reader, or a right or request of theirs ("you have access",
// "the right to access", "request access").
var readerAccessWords = map[string]bool{"you": true, "your": true, "right": true, "rights": true,
	"request": true, "requests": true, "ask": true, "subject": true, "subjects": true}

// heldAccessReach is how many words before an access the reader or a
// right of theirs may stand and still be who accesses.
const heldAccessReach = 6

// heldAccess reports the "access" at ws[i], in folded words, that is a
// kind of access ("administrative access", "access permissions") or one
// held by someone ("with access", "need access"), the reader not before
// it: no right of the reader's.
func heldAccess(ws []string, i int) bool {
	for j := max(0, i-heldAccessReach); j < i; j++ {
		if readerAccessWords[ws[j]] {
			return false
		}
	}
	if i+1 < len(ws) && !readerAccessWords[ws[i+1]] && accessHead(ws[i+1]) && (i == 0 || !accessVerbBefore(ws[i-1])) {
		return true // "access permissions", "access logs": a mechanism of access
	}
	if i == 0 {
		return false
	}
	p := ws[i-1]
	if heldAccessVerbs[p] {
		return true
	}
	// A word that says which access: an adjective ("administrative",
	// "physical"), a participle ("restricted", "privileged"), "-based".
	if strings.HasSuffix(p, "ed") && len(p) > 4 && !heldAccessVerbs[p] || strings.HasSuffix(p, "based") {
		return true
	}
	e := wordNet().entries(p)
	return len(e) > 0 && (e[0].pos[0] == 'a' || e[0].pos[0] == 's')
}

// accessHead reports a word that "access" may modify as a noun does
// another (WordNet's commonest sense of it is a noun, and it is no
// function word): "access permissions", "access logging".
func accessHead(w string) bool {
	if w == "to" || w == "of" || w == "and" || w == "or" {
		return false
	}
	e := wordNet().entries(w)
	return len(e) > 0 && e[0].pos[0] == 'n'
}

// accessVerbBefore reports a word after which "access" is a verb, and the
// noun after it its object ("staff may access customer accounts", "to
// access customer data"): an auxiliary, "to", or whoever accesses.
func accessVerbBefore(w string) bool {
	return authorAccessSkip[w] || ownStaff[w] || pronouns[w] || personNoun(w)
}

// dataAccessed reports "accessed" at ws[i] said of data ("personal
// information accessed through its services", "data accessed during
// service delivery"): a handling of the data, never the reader's right,
// which "access" names. A site or a page "accessed" is the reader's
// visit, which says what the policy covers, and is left as it is.
func dataAccessed(ws []string, i int) bool {
	return ws[i] == "accessed" && i > 0 && (ws[i-1] == "information" || ws[i-1] == "data")
}

// withoutHeldAccess returns folded words with each held access
// (heldAccess) read as "security", and data accessed (dataAccessed) as
// "handled": an access control, and a handling of the data ("handled by"
// names a recipient). Words
// without either are returned as they are.
func withoutHeldAccess(ws []string) []string {
	var out []string
	for i, w := range ws {
		var as string
		switch {
		case w == "access" && heldAccess(ws, i):
			as = "security"
		case dataAccessed(ws, i):
			as = "handled"
		default:
			continue
		}
		if out == nil {
			out = slices.Clone(ws)
		}
		out[i] = as
	}
	if out == nil {
		return ws
	}
	return out
}

// heldAccessRead returns changed and sentences (the words of the changed
// sentences) with their held accesses read as withoutHeldAccess reads
// them. Words read without sentences are read alone. The changed words, cut from their sentences, are read as the
// sentences read them: an "access" among them is held when every access
// of the sentences is, and data "accessed" likewise.
func heldAccessRead(changed, sentences []string) ([]string, []string) {
	if len(sentences) == 0 {
		return withoutHeldAccess(changed), sentences // words read alone: a frame, a lead-in
	}
	read := withoutHeldAccess(sentences)
	if len(read) == 0 || &read[0] == &sentences[0] {
		return changed, sentences // no access held: nothing read anew
	}
	as := map[string]string{}
	if !slices.Contains(read, "access") {
		as["access"] = "security"
	}
	if !slices.Contains(read, "accessed") {
		as["accessed"] = "handled"
	}
	var out []string
	for i, w := range changed {
		if to, ok := as[w]; ok {
			if out == nil {
				out = slices.Clone(changed)
			}
			out[i] = to
		}
	}
	if out == nil {
		return changed, read
	}
	return out, read
}
