package material

import "slices"

// requesters are the parties other than the reader whose requests a
// policy answers by disclosing data: authorities, courts, the police and
// those the sentence named before ("such entities").
var requesters = map[string]bool{"authorities": true, "authority": true, "government": true, "governments": true,
	"governmental": true, "court": true, "courts": true, "police": true, "enforcement": true, "regulators": true,
	"regulator": true, "agencies": true, "agency": true, "entities": true, "officials": true, "public": true,
	"prosecutors": true, "tribunals": true, "tribunal": true, "bodies": true, "body": true}

// requesterKinds are the words before "request" that say it is an
// authority's: "lawful requests", "government requests", "law enforcement
// requests".
var requesterKinds = map[string]bool{"lawful": true, "legal": true, "government": true, "governmental": true,
	"court": true, "judicial": true, "official": true, "enforcement": true, "regulatory": true}

// partyRequested reports the "request" or "requests" at ws[i], in folded
// words, made by a party other than the reader: "in response to lawful
// requests by public authorities", "requests from such entities",
// "government requests". Such a request is an occasion to disclose data,
// not the reader's request to use a right (GDPR Art. 12 to 22), whatever
// the word shares with one.
func partyRequested(ws []string, i int) bool {
	if ws[i] != "request" && ws[i] != "requests" {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= 2; j-- {
		if requesterKinds[ws[j]] {
			return true
		}
	}
	if i+1 >= len(ws) {
		return false
	}
	from := i + 2
	if ws[i+1] != "from" && ws[i+1] != "by" && ws[i+1] != "of" {
		// Content words only, as categorize is given them: "response
		// requests entities" is "in response to requests from such
		// entities".
		from = i + 1
	}
	for j := from; j < len(ws) && j <= from+3; j++ {
		if requesters[ws[j]] {
			return true
		}
		if readerWords[ws[j]] {
			return false // "requests from you", "requests by users of public profiles"
		}
	}
	return false
}

// readerWords are the words by which a policy names its reader or the
// people its data is about.
var readerWords = map[string]bool{"you": true, "your": true, "user": true, "users": true, "customer": true,
	"customers": true, "individual": true, "individuals": true, "subject": true, "subjects": true,
	"consumer": true, "consumers": true, "member": true, "members": true, "person": true, "persons": true, "people": true}

// withoutPartyRequests returns folded words with each request a party
// other than the reader makes (partyRequested), and the "response to" or
// "respond to" that answers it, read as words of no category: what the
// sentence does on that request (disclose, transfer) places it. Words
// without such a request are returned as they are.
func withoutPartyRequests(ws []string) []string {
	var out []string
	for i := range ws {
		if !partyRequested(ws, i) {
			continue
		}
		if out == nil {
			out = slices.Clone(ws)
		}
		out[i] = "demands"
		k := i - 1
		for k >= 0 && (requesterKinds[ws[k]] || ws[k] == "law" || ws[k] == "the" || ws[k] == "any") {
			k-- // "in response to lawful requests", "to any law enforcement requests"
		}
		if k >= 0 && ws[k] == "to" {
			k-- // content words only have no "to"
		}
		if k >= 0 && (ws[k] == "response" || ws[k] == "respond" || ws[k] == "responding" || ws[k] == "responds") {
			out[k] = "reacting"
		}
	}
	if out == nil {
		return ws
	}
	return out
}
