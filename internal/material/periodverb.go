package material

import (
	"slices"
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// A period is of what its verb does. A time within which data is
// destroyed or deleted, or for which it is still processed after an
// event, is how long it is kept (GDPR Art. 13(2)(a)), whatever words
// stand nearer the number: "We take reasonable measures to destroy or
// de-identify personal information in a secure manner when it is no
// longer required" → "… in a secure manner within 90 days after it is no
// longer required" (b54-13) sets a deletion deadline; "in a secure
// manner" says how, not when, and is no security commitment changed. "we
// process the data until you ask us to stop and for a short period after
// this" → "… for up to 24 months after this" (b54-11) keeps data two
// years after an opt-out, though the sentence speaks of requests. A
// period of notice ("we will notify you within 72 hours") or of a reply
// to a request ("we will delete it and respond within 30 days of your
// request") stays where its own verb files it.
//
// periodOfKeeping returns "retention" for a material verdict of a number
// (".number") of another category whose changed sentences, on the sides
// that hold the number, put the verdict's period, which the other side
// lacks, after a verb of
// destroying or keeping (keptPeriodRE), or after processing that lasts
// "until" an event (processedAfterRE); "" otherwise.
func (c *classifier) periodOfKeeping(v Verdict, ch redline.Change) string {
	if v.Category == "retention" || v.Category == "children" || !strings.HasSuffix(v.Rule, ".number") || c.rb.categoryIndex("retention") < 0 {
		return ""
	}
	// The period must be the verdict's own ("90 days added"), not another
	// in the same paragraph beside a telephone number changed; a reason
	// that names no unit of time names no period.
	said := strings.ToLower(v.Reason)
	if !strings.Contains(said, "day") && !strings.Contains(said, "week") && !strings.Contains(said, "month") && !strings.Contains(said, "year") {
		return ""
	}
	so, sn := c.changedSentences(ch.Old, ch.New)
	po, pn := keptPeriods(so), keptPeriods(sn)
	for _, side := range [2][2][]string{{pn, po}, {po, pn}} {
		for _, p := range side[0] {
			if !slices.Contains(side[1], p) && strings.Contains(said, periodCore(p)) {
				return "retention"
			}
		}
	}
	return ""
}

// periodCore is a period without the bound before it: "up to 24 months"
// → "24 months", as a verdict's reason states it.
func periodCore(p string) string {
	p = strings.Join(strings.Fields(strings.ToLower(p)), " ")
	for _, b := range []string{"up to ", "at least ", "no more than ", "not more than ", "a maximum of "} {
		p = strings.TrimPrefix(p, b)
	}
	return p
}

// keptPeriods returns the periods of keeping text states, as written.
func keptPeriods(text string) []string {
	if text == "" {
		return nil
	}
	// The patterns are slow to run over a long text; each needs one of
	// a few words, so a text with none of them has no period of keeping.
	lower := strings.ToLower(text)
	var out []string
	if containsAny(lower, keptVerbStems) {
		for _, m := range keptPeriodRE.FindAllStringSubmatch(text, -1) {
			if !replyWordsRE.MatchString(m[1]) {
				out = append(out, m[2])
			}
		}
	}
	if strings.Contains(lower, "until") {
		for _, m := range processedAfterRE.FindAllStringSubmatch(text, -1) {
			out = append(out, m[1])
		}
	}
	return out
}

// keptVerbStems are the stems keptPeriodRE's verbs begin with.
var keptVerbStems = []string{"destroy", "delete", "erase", "identif", "anonymi", "pseudonymi", "purge", "dispos", "retain", "keep", "kept", "store", "hold", "held"}

// periodRE is a span of time: "90 days", "up to 24 months".
const periodRE = `((?:up\s+to\s+|at\s+least\s+|no\s+more\s+than\s+|not\s+more\s+than\s+|a\s+maximum\s+of\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty[- ]four|thirty|sixty|ninety)\s+(?:\(\d+\)\s+)?(?:business\s+|calendar\s+)?(?:days?|weeks?|months?|years?))\b`

// keptPeriodRE is a verb of destroying or keeping, then, in the same
// clause, a period it is done within or for: "destroy or de-identify
// personal information in a secure manner within 90 days".
var keptPeriodRE = mustPattern(`(?i)\b(?:destroy|delete|erase|de-identif|deidentif|anonymi[sz]|pseudonymi[sz]|purge|dispos|retain|keep|kept|store|stored|hold|held)\w*\b([^.;:]{0,80}?)\b(?:within|for|after|up\s+to|no\s+longer\s+than|for\s+a\s+period\s+of)\s+` + periodRE)

// processedAfterRE is processing that lasts until an event and a period
// after it: "we process the data until you ask us to stop and for up to
// 24 months after this".
var processedAfterRE = mustPattern(`(?i)\b(?:process|use|hold|keep|retain|store)\w*\s+(?:the|your|this|that|such|these|those)\s+(?:\w+\s+)?(?:data|information|details)\b[^.;]{0,60}?\buntil\b[^.;]{0,60}?\bfor\s+` + periodRE + `\s+after`)

// replyWordsRE are words of answering a request between the verb and the
// period: the period is the reply's ("delete it and respond within").
var replyWordsRE = mustPattern(`(?i)\b(?:requests?|respond|response|reply|answer|notify|inform|tell|confirm)\b`)
