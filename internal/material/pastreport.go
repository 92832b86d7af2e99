package material

import (
	"fmt"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// tenseVerdict is the verdict on a commitment put in the perfect, or a
// report of the past put as a commitment, in the changed sentences so and
// sn.
func (c *classifier) tenseVerdict(ch redline.Change, so, sn string, fo, removed, added []string) (Verdict, bool) {
	was, now, perfect := perfectTraded(so, sn)
	if was == "" {
		return Verdict{}, false
	}
	k, _, _ := c.categorize(fo, nil, c.headingWords(ch.Section))
	v := c.material(ch, c.categoryOr(k, "unclassified")+".tense", &signals{}, removed, added, "")
	what := "A commitment made a report of what was done"
	if !perfect {
		what = "A report of what was done made a commitment"
	}
	v.Reason = fmt.Sprintf("%s: '%s' → '%s': %s (%s)", what, was, now, quoteChange(so, sn), strings.ToLower(c.label(v.Category)))
	return v, true
}

// A commitment says what the company does or will do; the same verb in the
// perfect says what it has done: "We respond to all requests within 30
// days" → "We have responded to all requests within 30 days" reports the
// past and promises nothing (b139-30, read "Grammar only"). The other way,
// a report becomes a promise. Only the perfect made or unmade on the verb
// itself is read so: "have", "has" or "had" put before it, its ending made
// "-ed" (or taken away).

// perfectTraded returns the verb as it was and as it is when one side states
// it in the perfect and the other does not, and whether the new side is
// the perfect.
func perfectTraded(old, new string) (was, now string, perfect bool) {
	if !strings.Contains(old, "ha") && !strings.Contains(new, "ha") {
		return "", "", false // neither has "have", "has" or "had"
	}
	o, n := lowered(strings.Fields(old)), lowered(strings.Fields(new))
	if v, p, ok := perfectMade(o, n); ok {
		return v, p, true
	}
	if v, p, ok := perfectMade(n, o); ok {
		return p, v, false
	}
	return "", "", false
}

// perfectMade finds in b a verb of a made perfect ("have responded") where
// a, the rest the same, has the verb plain ("respond", "responds", "will
// respond").
func perfectMade(a, b []string) (plain, perfect string, ok bool) {
	for j := 0; j+1 < len(b); j++ {
		if b[j] != "have" && b[j] != "has" && b[j] != "had" {
			continue
		}
		past := b[j+1]
		// The words before and after the perfect, in a.
		for i := 0; i < len(a); i++ {
			k := i
			if a[k] == "will" || a[k] == "shall" {
				k++
			}
			if k >= len(a) || !pastOf(a[k], past) {
				continue
			}
			if equalWords(a[:i], b[:j]) && equalWords(a[k+1:], b[j+2:]) {
				return strings.Join(a[i:k+1], " "), b[j] + " " + past, true
			}
		}
	}
	return "", "", false
}

// irregularPast are the past participles of the irregular verbs
// policies commit with.
var irregularPast = map[string]string{"have": "had", "has": "had", "give": "given", "gives": "given", "take": "taken", "takes": "taken",
	"make": "made", "makes": "made", "keep": "kept", "keeps": "kept", "send": "sent", "sends": "sent", "hold": "held", "holds": "held",
	"tell": "told", "tells": "told", "pay": "paid", "pays": "paid", "choose": "chosen", "chooses": "chosen", "get": "got", "gets": "got"}

// pastOf reports past the regular past participle of v, or of v with its
// "-s" of the third person: "respond", "responds" → "responded";
// "delete" → "deleted"; "notify" → "notified".
func pastOf(v, past string) bool {
	if p, ok := irregularPast[v]; ok {
		return past == p // "consent you have" → "consent you have had" (b149-14)
	}
	if len(v) < 3 || !strings.HasSuffix(past, "ed") {
		return false
	}
	for _, base := range []string{v, strings.TrimSuffix(v, "s"), strings.TrimSuffix(v, "es")} {
		if base == "" {
			continue
		}
		if past == base+"ed" || past == base+"d" || strings.HasSuffix(base, "y") && past == base[:len(base)-1]+"ied" {
			return true
		}
	}
	return false
}
