package material

import (
	"strings"
)

// futureEffect: a withdrawal of consent said to take effect for the
// future, as GDPR Art. 7(3) has it ("the withdrawal of consent shall not
// affect the lawfulness of processing based on consent before its
// withdrawal"): "Withdraw your consent at any time" + ", with effect for
// the future" (b41-12) states the law's rule, as priorLawful's sentence
// does, and changes nothing the reader can do. An effect from another
// moment ("with effect from the date we process your request", "after 30
// days") is a delay, and is compared as written.

// futureEffectRE is the phrase, with the comma before it, ending a clause
// ("for the future development of the service" is no such phrase). Group
// 1 is what ends the clause, kept.
var futureEffectRE = mustPattern(`(?i),?\s*\b(?:with (?:effect for the future|future effect|effect going forward)|(?:only )?for the future)(\s*(?:[.,;:)]|$))`)

// withoutFutureEffect returns old and new with the phrase taken out of
// the one side that says it beside a withdrawal or revocation of
// consent, when the other side does not say it.
func withoutFutureEffect(old, new string) (string, string) {
	if !strings.Contains(old, "uture") && !strings.Contains(new, "uture") && !strings.Contains(old, "going forward") && !strings.Contains(new, "going forward") {
		return old, new
	}
	withdrawal := func(s string) bool {
		l := strings.ToLower(s)
		return (strings.Contains(l, "withdr") || strings.Contains(l, "revo")) && strings.Contains(l, "consent")
	}
	o, n := futureEffectRE.MatchString(old), futureEffectRE.MatchString(new)
	switch {
	case o == n:
	case n && withdrawal(new):
		new = futureEffectRE.ReplaceAllString(new, "$1")
	case o && withdrawal(old):
		old = futureEffectRE.ReplaceAllString(old, "$1")
	}
	return old, new
}
