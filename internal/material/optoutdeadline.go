package material

import "strings"

// stopEvents open the act a period runs until or from: "once you
// withdraw", "after you unsubscribe", "if you object", "following your
// withdrawal".
var stopEvents = map[string]bool{"once": true, "after": true, "when": true, "if": true, "whenever": true, "following": true, "from": true}

// stopVerbs are the reader's acts that stop what the company does with
// their data: withdrawing consent, opting out, unsubscribing, objecting,
// revoking (GDPR Arts. 7(3), 21).
var stopVerbs = []string{"withdraw", "unsubscrib", "opt", "object", "revoke", "revoking", "revocation"}

// optOutDeadline reports folded words that give a period run from the
// reader's withdrawal, opt-out, unsubscription or objection: "it can take
// up to 60 days for all marketing to stop once you withdraw your
// consent". How long honouring the right takes is a term of the right, a
// deadline, whatever stops. A period run from another act of the
// reader's ("after you close your account") is not.
func optOutDeadline(ws []string) bool {
	for i, w := range ws {
		if !stopEvents[w] || i+1 >= len(ws) || ws[i+1] != "you" && ws[i+1] != "your" {
			continue
		}
		for j := i + 2; j < len(ws) && j <= i+4; j++ {
			for _, v := range stopVerbs {
				// "opt out", "opted out", "opt-out"; not "optional"
				if strings.HasPrefix(ws[j], v) && (v != "opt" || strings.HasPrefix(ws[j], "opt-out") || j+1 < len(ws) && ws[j+1] == "out") {
					return true
				}
			}
		}
	}
	return false
}
