package material

import (
	"strings"
)

// Where data is may be said with a verb of dwelling or with the data kept
// there: "[Client data] resides within client-managed systems" → "Is held
// within client-managed systems" (b79-45) puts the same data in the same
// place. "Held" is a word of retention, so the new side read as a
// retention commitment the old lacked ("Retention and deletion:
// 'Resides within' → 'Is held within'"); but neither says for how long,
// only where, and the place is the same. The verbs of dwelling are those
// WordNet gives a meaning of "reside" ("live", "dwell", "inhabit"); the
// other side's verb is a closed class, a copula and a participle of
// keeping or placing ("is held", "are stored", "is located"). Only the
// verb is read as the other side's: the place is compared as written, so
// another place, a period, a hedge ("may be held") or a limit dropped
// ("only resides") is still judged, and stays material.

// keptThereRE finds a copula, a participle of keeping or placing, a
// preposition of place and the word after it: "is held within client".
var keptThereRE = mustPattern(`(?i)\b((?:is|are|be|been|being)\s+(?:held|kept|stored|hosted|housed|located|maintained))\s+(in|within|inside|on|at)\s+([\p{L}\p{N}-]+)`)

// dwellRE finds a word, a preposition of place and the word after it.
var dwellRE = mustPattern(`(?i)\b(\p{L}+)\s+(in|within|inside|on|at)\s+([\p{L}\p{N}-]+)`)

// dwellingAsKept returns old and new with a verb of dwelling on one side
// written as the other side's copula and participle where both put the
// same thing at the same place, and ok true when one was.
func (c *classifier) dwellingAsKept(old, new string) (o, n string, ok bool) {
	if n, ok := c.dwellingRewritten(old, new); ok {
		return old, n, true
	}
	if o, ok := c.dwellingRewritten(new, old); ok {
		return o, new, true
	}
	return old, new, false
}

// dwellingRewritten returns dwell with its verb of dwelling before the
// preposition and place a "kept there" phrase of kept has written as
// that phrase's verb.
func (c *classifier) dwellingRewritten(kept, dwell string) (string, bool) {
	gained := false // a participle of keeping the dwelling side lacks
	for _, p := range [...]string{"held", "kept", "stored", "hosted", "housed", "located", "maintained"} {
		gained = gained || strings.Contains(kept, p) && !strings.Contains(dwell, p)
	}
	if !gained {
		return dwell, false // most changes have none: the expressions are not run
	}
	ks := keptThereRE.FindAllStringSubmatch(kept, -1)
	if len(ks) == 0 {
		return dwell, false
	}
	for _, m := range dwellRE.FindAllStringSubmatchIndex(dwell, -1) {
		verb := strings.ToLower(dwell[m[2]:m[3]])
		if !lexPOS(verb, 'v') || !wordNet().close(verb, "reside") {
			continue
		}
		for _, k := range ks {
			if strings.EqualFold(k[2], dwell[m[4]:m[5]]) && strings.EqualFold(k[3], dwell[m[6]:m[7]]) && !containsFold(dwell, k[1]) {
				return dwell[:m[2]] + k[1] + dwell[m[3]:], true
			}
		}
	}
	return dwell, false
}
