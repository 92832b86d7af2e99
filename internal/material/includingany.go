package material

import (
	"slices"
	"strings"
)

// A commitment about data said to cover "any" of a kind of it covers
// what it covered: "We do not sell your personal information" → "…,
// including any health or fitness information" (b341-34), "safeguards to
// protect data (including any health information)" (b341-47), "does not
// independently collect or store this information, including any details
// about students, outside of client systems" (b138-44), "We will retain
// your information, including any sensitive information, for longer"
// (b397-19). "Any" names the part the whole already held, if there is
// one; the commitment neither grows nor shrinks. Thirteen such edits of
// five writers are labelled minor, all flagged before.
//
// Only a commitment that limits or protects is read so: a line holding
// a denial, a limit ("solely", "only"), a safeguard, a right, or a
// period of keeping. "We may share your information, including any
// health information, with partners" says that health data goes to
// partners; a span of time is how long ("(including any period of
// suspension or dormancy)", b198-38, material); and an item of a list of
// data collected ("Customer
// communications, including any special category data", b273-43,
// material; b397-43, the same edit, minor) names data collected: both
// are read as written.

// includingAnyRE is the phrase, with the comma or bracket it is set off
// by: ", including any X," "(including any X)", ", including for any X".
var includingAnyRE = mustPattern(`(?i)\s*\(including (?:for )?any [^()]{2,80}\)|,\s*including (?:for )?any [^,;:.()]{2,80}(?:,|\.|$)`)

// includingAnyGuard are the words of a line that limits or protects.
var includingAnyGuard = []string{"not ", "never", "only", "solely", "protect", "safeguard", "secur", "encrypt", "delet",
	"eras", "restrict", "retain", "keep", "access", "request", "withdraw", "object", "on behalf", "processor"}

// includingAnyOut sets aside such a phrase new puts in.
func includingAnyOut(old, new string) (o, n, what string) {
	if !strings.Contains(new, "ncluding") || strings.Contains(old, "ncluding any") || strings.Contains(old, "ncluding for any") {
		return old, new, ""
	}
	if t := strings.TrimSpace(new); strings.HasPrefix(t, "-") || strings.HasPrefix(t, "•") || strings.HasPrefix(t, "*") || strings.HasPrefix(t, "|") {
		return old, new, "" // an item of a list: what is collected, or done
	}
	if !lowerHasAny(old, includingAnyGuard...) {
		return old, new, ""
	}
	for _, m := range includingAnyRE.FindAllStringIndex(new, -1) {
		phrase := new[m[0]:m[1]]
		if pw := plainWords(phrase); slices.Contains(pw, "we") && slices.ContainsFunc(pw, func(w string) bool { return denialVerbs[w] || givingVerbs[w] }) {
			continue // "including any data we sell to advertisers": what the author does, read as written
		}
		if strings.IndexFunc(phrase, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 || lowerHasAny(phrase, "period", "time", "duration", "year", "month", "week", "day") {
			// A figure, or a span of time: "kept while your account is
			// open (including any period of suspension or dormancy)"
			// keeps data longer (b198-38).
			continue
		}
		// The phrase taken out, with the comma or full stop that closed
		// it where the rest needs one.
		for _, stop := range []string{"", ",", "."} {
			if sameRawWords(old, new[:m[0]]+stop+new[m[1]:]) {
				return old, old, "'" + strings.TrimSpace(strings.Trim(strings.TrimSpace(phrase), ",.")) + "'"
			}
		}
	}
	return old, new, ""
}
