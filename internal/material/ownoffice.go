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
	ro, namedO := c.officeRuns(ctxOld, ctxNew)
	rn, namedN := c.officeRuns(ctxNew, ctxOld)
	switch {
	case ro != nil && rn != nil:
		return func(w string) bool { return ro[w] || rn[w] }
	case ro == nil && rn != nil && (namedN || authorSaid(ctxOld)) && sameLinks(ctxOld, ctxNew):
		return func(w string) bool { return rn[w] }
	case rn == nil && ro != nil && (namedO || authorSaid(ctxNew)) && sameLinks(ctxOld, ctxNew):
		return func(w string) bool { return ro[w] }
	}
	return func(string) bool { return false }
}

// authorSaid reports text that names the author by "we", "us" or "our":
// "contact us" said as "contact our Privacy Team" is the same door
// (b125-27, b109-39). A change that names an office of the author's on
// one side only is read against it, where the links stay: "contact us
// [here](mailto:dpo@…)" → "contact our Customer Support team
// [here](https://…/chat)" routes the reader from the data protection
// officer to general support (b30-13).
func authorSaid(text string) bool {
	for _, f := range strings.Fields(text) {
		switch strings.ToLower(strings.Trim(f, "*_|,.;:()“”\"[]!?")) {
		case "we", "us", "our":
			return true
		}
	}
	return false
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
// "our", "Attn:" or the possessive of a name other says (see ownOffices),
// nil where it names none, and whether one was named after such a name.
// Cheap: text without "our", "Attn" or a possessive is not read.
func (c *classifier) officeRuns(text, other string) (out map[string]bool, named bool) {
	if !containsFold(text, "our") && !containsFold(text, "attn") && !containsFold(text, "attention") && !strings.Contains(text, "'s ") && !strings.Contains(text, "’s ") {
		return nil, false
	}
	ws := strings.Fields(text)
	for i := 0; i+1 < len(ws); i++ {
		t := strings.ToLower(strings.Trim(ws[i], "*_|(“\"[]"))
		owner := t != "our" && t != "attn:" && t != "attention:" && t != "attn"
		if owner && !c.namedOwner(ws[i], other) {
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
			case officeNouns[lw] && (len(run) > 0 || lw == "team" || lw == "teams"):
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
		named = named || owner
		for _, w := range run {
			for _, f := range c.ix.fold(w) {
				out[f] = true
			}
		}
	}
	return out, named
}

// namedOwner reports a word that is a name in the possessive, the name
// one the other side says: "omnie implements" → "omnie's Operations team
// implements" (b125-46), the office one of the party the other side
// names.
func (c *classifier) namedOwner(w, other string) bool {
	name, ok := strings.CutSuffix(strings.Trim(w, "*_|(“\"[]"), "'s")
	if !ok {
		name, ok = strings.CutSuffix(strings.Trim(w, "*_|(“\"[]"), "’s")
	}
	return ok && name != "" && containsWordFold(other, strings.ToLower(name))
}

// sameLinks reports two texts whose links go to the same places.
func sameLinks(old, new string) bool {
	lo, ln := mdLinkRE.FindAllStringSubmatch(old, -1), mdLinkRE.FindAllStringSubmatch(new, -1)
	if len(lo) != len(ln) {
		return false
	}
	for i := range lo {
		if lo[i][2] != ln[i][2] {
			return false
		}
	}
	return true
}
