package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// The measures that protect data against loss, theft or unauthorised
// access are security (GDPR Art. 32), whoever is bound to take them: "We
// use reasonable administrative, logical, physical, and managerial
// measures to safeguard your personal information against loss, theft,
// and unauthorized access" → "… measures, and require our service
// providers to use equivalent measures, to safeguard …" (b54-23) binds
// processors to the same security; it shares nothing new with them.
// "We and our processors apply appropriate safeguards" → "We apply …"
// releases processors from them. Service providers given more data, in
// the same sentence, are recipients.
//
// measuresDuty returns "security" for a material verdict of another
// category, not of a name or a number, whose changed sentences, on each
// side, protect data against a harm (protectAgainstRE) and share nothing
// (sharingStems) and speak of measures or safeguards (measureWordsRE),
// where the words removed or added name no category but security and the
// parties bound (recipients, identity): the measures, or who takes them;
// "" otherwise.
func (c *classifier) measuresDuty(v Verdict, ch redline.Change) string {
	if v.Category == "security" || namesOwnFact(v.Rule) || c.rb.categoryIndex("security") < 0 {
		return ""
	}
	if !containsAnyFold(ch.Old, measureNounStems) && !containsAnyFold(ch.New, measureNounStems) {
		return "" // the cheap test, in any case: "Measures we take"
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	for _, side := range []string{so, sn} {
		if strings.TrimSpace(side) == "" || !protectAgainstRE.MatchString(side) || containsAnyFold(side, sharingStems) {
			return ""
		}
	}
	removed, added := c.writtenWords(so, sn)
	changed := strings.Join(removed, " ") + " " + strings.Join(added, " ")
	if !measureWordsRE.MatchString(changed) && !measureWordsRE.MatchString(so+" "+sn) {
		return "" // no measures named: "we protect it from loss"
	}
	for _, h := range c.ix.strongHits(c.ix.fold(changed)) {
		if id := c.rb.Categories[h.k].ID; id != "security" && id != "recipients" && id != "identity" {
			return ""
		}
	}
	return "security"
}

// protectAgainstRE is data protected against a harm: "to safeguard your
// personal information against loss, theft, and unauthorized access".
var protectAgainstRE = mustPattern(`(?i)\b(?:protect|safeguard|secur)\w*\b[^.;]{0,80}\b(?:against|from)\b[^.;]{0,40}\b(?:loss|theft|unauthori[sz]ed|misuse|destruction|alteration|breach|intrusion|disclosure)`)

// measureNounStems start the words of measureWordsRE the cheap test needs.
var measureNounStems = []string{"measure", "safeguard"}

// measureWordsRE is a word of the measures taken.
var measureWordsRE = mustPattern(`(?i)\b(?:measures?|safeguards?|controls?|standards?|protections?)\b`)
