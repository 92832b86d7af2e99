package material

import "slices"

// ownStaff are those who work for the author, and "we": whose access to
// data is the author's own use of it. (Contractors and agents are others,
// to whom data goes; administrators may be the customer's.)
var ownStaff = map[string]bool{"we": true, "staff": true, "employees": true, "employee": true, "personnel": true,
	"engineers": true, "team": true, "workers": true}

// authorAccessSkip are the words that may stand between those who access
// and "access": auxiliaries and the words of a permission or a duty ("our
// staff may only access", "personnel are entitled to access", "employees
// are permitted to access", "we need to access").
var authorAccessSkip = map[string]bool{"may": true, "can": true, "will": true, "only": true, "do": true, "does": true,
	"not": true, "never": true, "cannot": true, "must": true, "shall": true, "might": true, "would": true, "could": true,
	"also": true, "are": true, "is": true, "be": true, "to": true, "entitled": true, "permitted": true, "allowed": true,
	"able": true, "authorised": true, "authorized": true, "need": true, "needs": true, "strictly": true, "solely": true,
	"generally": true, "usually": true, "sometimes": true}

// authorAccessed reports the "access" at ws[i], in folded words, done by
// the author's side (ownStaff), alone as the act: "omnie personnel are
// entitled to access this data", "we access your account only to …".
// That access is the author's use of the data, not the reader's right of
// access (GDPR Art. 15), whatever the word shares with it. An "access"
// joined to other acts of the vocabulary ("we will access, transfer,
// disclose and preserve") is named by them.
func (ix *index) authorAccessed(ws []string, i int) bool {
	if i+1 < len(ws) && (ix.termWord[ws[i+1]] || ws[i+1] == "and" || ws[i+1] == "or") {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= 5; j-- {
		if ownStaff[ws[j]] {
			return true
		}
		if j == i-1 && (ws[j] == "do" || ws[j] == "does") {
			return false // "if we do, access to such data …": "do" stands for another verb
		}
		if !authorAccessSkip[ws[j]] {
			return false
		}
	}
	return false
}

// accessedData are the nouns of data that "accessed" may follow as a
// participle: "safeguards to protect data accessed during service
// delivery" (the omnie seed, under "Security Practices"), "information
// accessed through its services". The data is what someone reaches in
// doing the work, the author's use of it, never the reader's right of
// access, which the reader does ("you can access your data").
var accessedData = map[string]bool{"data": true, "information": true, "content": true, "records": true, "details": true, "files": true, "messages": true}

// withoutAuthorAccess returns folded words with each "access" the
// author's side does (authorAccessed) read as "used", the author's use of
// the data, placed by what it is used for and on what, not as the
// reader's right; and each "accessed" after a noun of data (accessedData)
// as "reached", a word of no category. Words without either are returned
// as they are.
func (ix *index) withoutAuthorAccess(ws []string) []string {
	var out []string
	for i, w := range ws {
		if !(w == "access" && ix.authorAccessed(ws, i) || w == "accessed" && i > 0 && accessedData[ws[i-1]]) {
			continue
		}
		if out == nil {
			out = slices.Clone(ws)
		}
		out[i] = "used"
		if w == "accessed" {
			out[i] = "reached" // what the data is, not what it is used for
		}
	}
	if out == nil {
		return ws
	}
	return out
}
