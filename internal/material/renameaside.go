package material

import "strings"

// A thing renamed, its former name given beside the new one, is the same
// thing: "To provide access to the CRM platform" → "To provide access to
// Omni Growth Suite (formerly the CRM platform)", "our referral programs"
// → "Omni Rewards (formerly our referral programs)", "our AI assistant" →
// "our AI assistant, now named Ops Copilot" (batch 333, a product
// manager renaming features: ten of its thirty same-meaning edits read as
// new recipients, trackers or words to confirm). The new name stands
// where the old words stood, and the old words are what the new text says
// it was called; anything else changed beside it is judged alone.

var (
	// formerNameRE is a former name given after a new one: "(formerly the
	// CRM platform)", ", previously known as the Client Portal,".
	formerNameRE = mustPattern(`(?i)\s*\((?:formerly|previously)\s+(?:known\s+as\s+|called\s+|named\s+)?([^()]+?)\)|,\s*(?:formerly|previously)\s+(?:known\s+as\s+|called\s+|named\s+)?([^,;.()]+),?`)
	// nowNamedRE is a new name given after the old words: ", now named
	// Ops Copilot", ", now grouped as Omni Assist,".
	nowNamedRE = mustPattern(`(?i),?\s*\(?(?:now|henceforth)\s+(?:named|called|known\s+as|branded\s+as|grouped\s+as|organi[sz]ed\s+as|renamed)\s+([^,;.()]+)\)?,?`)
)

// renamesOut returns old and new with a rename set aside: new with its new
// name and the former name given beside it put back to the old words,
// where the words the new name replaced are the former name it gives
// ("formerly"), or where new only adds the new name after the old words
// ("now named"), or where a word is traded for another given with it in
// brackets ("correction" → "rectification (correction)"). what is ""
// where there is none.
func renamesOut(old, new string) (o, n, what string) {
	for _, m := range formerNameRE.FindAllStringSubmatchIndex(new, -1) {
		if strings.Contains(old, new[m[0]:m[1]]) {
			continue
		}
		former := submatch(new, m, 1)
		rest := cutClause(new, m[0], m[1])
		if back, ok := formerNamePutBack(old, rest, former); ok {
			return old, back, "'" + strings.TrimSpace(new[m[0]:m[1]]) + "'"
		}
	}
	for _, m := range nowNamedRE.FindAllStringSubmatchIndex(new, -1) {
		if strings.Contains(old, new[m[0]:m[1]]) || partyBefore(new[:m[0]]) {
			continue
		}
		rest := cutClause(new, m[0], m[1])
		if sameRawWords(old, rest) {
			return old, old, "'" + strings.TrimSpace(strings.Trim(new[m[0]:m[1]], ",")) + "'"
		}
	}
	for _, m := range glossedWordRE.FindAllStringSubmatchIndex(new, -1) {
		// "the right to correction" → "the right to rectification
		// (correction)": the law's word, the plain one it replaced kept
		// beside it to say what it means (b326-16, b387-16).
		term, plain := new[m[2]:m[3]], new[m[4]:m[5]]
		if strings.EqualFold(term, plain) || strings.Contains(old, new[m[0]:m[1]]) || !wordNet().close(term, plain) {
			continue // the two words must share a meaning: "we sell (keep) your data" is no gloss
		}
		if back := new[:m[0]] + plain + new[m[1]:]; sameRawWords(old, back) {
			return old, old, "'" + strings.TrimSpace(new[m[0]:m[1]]) + "'"
		}
	}
	return old, new, ""
}

// glossedWordRE is a lower-case word given with another in brackets
// after it: "rectification (correction)". WordNet must give the two a
// meaning in common.
var glossedWordRE = mustPattern(`\b([a-z]{3,}) \(([a-z]{3,})\)`)

func submatch(s string, m []int, k int) string {
	for ; k < len(m)/2; k++ {
		if m[2*k] >= 0 {
			return s[m[2*k]:m[2*k+1]]
		}
	}
	return ""
}

// formerNamePutBack returns rest with the words that differ from old put
// back to old's, where old's differing words are all among former's
// words (determiners aside) and rest's are a name of a few words.
func formerNamePutBack(old, rest, former string) (string, bool) {
	a, b := strings.Fields(old), strings.Fields(rest)
	p, ao, bo := changedSpan(a, b)
	gone, put := a[p:ao], b[p:bo]
	if len(put) == 0 || len(put) > 6 || len(gone) > 8 {
		return "", false
	}
	for _, w := range put {
		// The new name is a name: capitalised words ("Omni Growth
		// Suite", "OmniOps Go"), an article or "our" before them; "and
		// Omni Ads" beside it is something more.
		lw := strings.ToLower(w)
		if !(w[0] >= 'A' && w[0] <= 'Z' || w[0] >= '0' && w[0] <= '9' || lw == "the" || lw == "our" || lw == "&") {
			return "", false
		}
	}
	fw := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(former)) {
		fw[strings.Trim(w, ",.;:()")] = true
	}
	named := 0
	for _, w := range gone {
		w = strings.ToLower(strings.Trim(w, ",.;:()"))
		switch {
		case fw[w]:
			named++
		case determiners[w]:
		default:
			return "", false
		}
	}
	if named == 0 && len(gone) > 0 {
		return "", false
	}
	if len(gone) == 0 {
		// Nothing replaced: the old words must stand beside the name.
		if !strings.Contains(strings.ToLower(old), strings.ToLower(strings.TrimSpace(former))) {
			return "", false
		}
	}
	return strings.Join(append(append(append([]string{}, b[:p]...), gone...), b[bo:]...), " "), true
}

// sameRawWords reports two texts with the same words, spacing aside.
func sameRawWords(a, b string) bool {
	return strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
}

// cutClause returns s without s[i:j], a clause set off by commas or
// brackets: ", now named X," in the middle of a sentence leaves one space.
func cutClause(s string, i, j int) string {
	cut := s[i:j]
	if strings.HasPrefix(strings.TrimSpace(cut), ",") && strings.HasSuffix(cut, ",") {
		return s[:i] + " " + strings.TrimLeft(s[j:], " ")
	}
	return s[:i] + s[j:]
}

// partyBefore reports a noun of parties among the last words of text:
// "our partners, now named Meta" names a recipient, no product renamed.
func partyBefore(text string) bool {
	ws := strings.Fields(strings.ToLower(text))
	for _, w := range ws[max(0, len(ws)-3):] {
		switch strings.Trim(w, ",.;:()") {
		case "partner", "partners", "provider", "providers", "vendor", "vendors", "processor", "processors", "subprocessor", "subprocessors",
			"company", "companies", "affiliate", "affiliates", "subsidiary", "subsidiaries", "parties", "party", "recipient", "recipients",
			"advertiser", "advertisers", "supplier", "suppliers", "contractor", "contractors", "agency", "agencies", "controller", "controllers":
			return true
		}
	}
	return false
}
