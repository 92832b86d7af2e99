package material

import "strings"

// The same office of the author's, named another way, is the same door
// the reader knocks at: "Our Support Team will provide you with
// information on actions taken within one month" → "Our Customer Support
// department will provide …" (b48-22), a letter to "Wolfram, Attn: Legal
// Department" → "Attn: Office of the General Counsel" (b48-13). Which of
// its departments the author routes a request to binds it to nothing the
// reader relies on: the deadline, the address and the company stay. A
// team of another company ("Zendesk's support team", "our partner's
// team"), another address or another company named before the office
// stay compared.
//
// ownOffices returns a test for a word of such an office, named on both
// sides after "our" or after "Attn:" (the addressee line of a letter to
// the author): a run of capitalised English words, with "of the" between
// them ("Office of the General Counsel") and lower-case words an office
// noun ends ("Customer Support department", "our privacy team"), one word of which is an
// office noun (officeNouns). A run with a company's word ("Ltd",
// "Holdings"), a word of parties ("Partner", "Vendor"), a place, or a
// word WordNet does not know (a name: "Acme") is no office of the
// author's. Where only one side names an office, no word is explained.
func (c *classifier) ownOffices(ctxOld, ctxNew string) func(string) bool {
	ro := c.officeRuns(ctxOld)
	if ro == nil {
		return func(string) bool { return false }
	}
	rn := c.officeRuns(ctxNew)
	if rn == nil {
		return func(string) bool { return false }
	}
	return func(w string) bool { return ro[w] || rn[w] }
}

// officeNouns are the nouns that name a part of an organisation, as the
// head of an office's name.
var officeNouns = map[string]bool{"team": true, "teams": true, "department": true, "departments": true, "dept": true, "office": true,
	"desk": true, "division": true, "unit": true, "function": true, "counsel": true, "centre": true, "center": true, "committee": true}

// officeAhead reports words that an office noun ends within three words,
// none ending a clause before it: "privacy team", "data protection
// office".
func (c *classifier) officeAhead(ws []string) bool {
	for k := 1; k < len(ws) && k <= 3; k++ {
		if strings.ContainsAny(ws[k-1][len(ws[k-1])-1:], ",.;:)") {
			return false
		}
		if officeNouns[strings.ToLower(strings.Trim(ws[k], "*_|,.;:()“”\"[]"))] {
			return true
		}
	}
	return false
}

// officeRuns returns the folded words of the offices text names after
// "our" or "Attn:" (see ownOffices), nil where it names none. Cheap: text
// without "our" or "Attn" is not read.
func (c *classifier) officeRuns(text string) map[string]bool {
	if !containsFold(text, "our") && !containsFold(text, "attn") && !containsFold(text, "attention") {
		return nil
	}
	var out map[string]bool
	ws := strings.Fields(text)
	for i := 0; i+1 < len(ws); i++ {
		t := strings.ToLower(strings.Trim(ws[i], "*_|(“\"[]"))
		if t != "our" && t != "attn:" && t != "attention:" && t != "attn" {
			continue
		}
		var run []string
		office := false
	words:
		for j := i + 1; j < len(ws); j++ {
			raw := ws[j]
			w := strings.Trim(raw, "*_|,.;:()“”\"[]")
			lw := strings.ToLower(w)
			switch {
			case isName(w):
			case officeNouns[lw] && len(run) > 0:
			case c.officeAhead(ws[j:]):
				// "our customer support team": lower-case words the office
				// noun after them ends.
			case (lw == "of" || lw == "the") && len(run) > 0 && j+1 < len(ws) && (isName(strings.Trim(ws[j+1], "*_|(“\"")) || strings.EqualFold(ws[j+1], "the")):
			default:
				break words
			}
			if lw != "of" && lw != "the" && (!c.english(lw) || corporateWord(w) || partyNoun(lw) || c.ix.countries[w] || c.ix.entityByFirst[w] != nil) {
				run, office = nil, false
				break
			}
			run = append(run, lw)
			office = office || officeNouns[lw]
			if strings.ContainsAny(raw[len(raw)-1:], ",.;:)") {
				break // the name ends at its punctuation
			}
		}
		if !office {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		for _, w := range run {
			for _, f := range c.ix.fold(w) {
				out[f] = true
			}
		}
	}
	return out
}
