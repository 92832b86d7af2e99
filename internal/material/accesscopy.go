package material

import (
	"strings"
)

// The right of access is a right to a copy of the data (GDPR Art. 15(3):
// "The controller shall provide a copy of the personal data undergoing
// processing"), and the right to data portability one to receive the data
// (Art. 20(1)): "Right to access personal data" → "… (to request a copy
// of your data)" (b387-05), "Access to their data" → "… (a copy of their
// personal information)" (b380-46, b387-46), "Receive your data in a
// structured, machine-readable format" → "Receive a copy of your data …"
// (b387-27) say the same right. A copy of anything else is another
// matter: "a copy of your passport" is a proof of identity asked for
// (b131-18), "a copy of our transfer safeguards" a document (b355-08),
// and "this copy will be provided in a structured … format" a format
// promised (b63-02).

// accessCopyRE matches the words that say the data is had as a copy:
// "a copy of" before the reader's data after a verb of getting it
// ("Receive a copy of your data"; not "delete a copy of your data"), or a
// bracket that says so.
var accessCopyRE = mustPattern(`(?i)\s*\(\s*(?:to\s+(?:request|get|obtain|receive)\s+)?a\s+copy\s+of\s+(?:your|their)\s+(?:personal\s+)?(?:data|information)\s*\)|\b((?:receive|request|obtain|get|access(?:\s+to)?|download|export)\s+)a\s+copy\s+of\s+((?:your|their)\s+(?:personal\s+)?(?:data|information)\b)`)

// accessCopyOut sets aside, in a line that names the right of access or
// of portability, the copy a side says the data is had as, where the
// other side does not say it.
func accessCopyOut(old, new string) (o, n, what string) {
	if !strings.Contains(old, "copy") && !strings.Contains(new, "copy") {
		return old, new, ""
	}
	cut := func(s, other string) (string, []string) {
		var said []string
		out := accessCopyRE.ReplaceAllStringFunc(s, func(m string) string {
			if containsFold(other, strings.TrimSpace(m)) {
				return m
			}
			said = append(said, strings.TrimSpace(m))
			sm := accessCopyRE.FindStringSubmatch(m)
			return sm[1] + sm[2] // "Receive your data", or "" where a bracket said it
		})
		return out, said
	}
	o, so := cut(old, new)
	n, sn := cut(new, old)
	if len(so)+len(sn) == 0 || len(so) > 0 && len(sn) > 0 || !namesAccessRight(o+" "+n) {
		return old, new, ""
	}
	return o, n, quoteWords(append(sn, so...))
}

// namesAccessRight reports a text that names the right of access or of
// data portability.
func namesAccessRight(s string) bool {
	return lowerHasAny(s, "access", "portab")
}
