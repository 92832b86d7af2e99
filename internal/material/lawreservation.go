package material

import "strings"

// A reservation of the law that applies anyway commits to nothing: "may,
// subject to applicable law, be transferred", "constitutes acceptance, to
// the extent permitted by applicable law", "a processor, within the
// meaning of applicable data protection law" (b232's outside counsel).
// The law binds the company with the reservation or without it. Said of
// a right of the reader ("you can ask us to delete it, subject to
// applicable law", "we will delete your data when you ask us to, to the
// extent permitted by applicable law") it may announce the law's
// exemptions, and is read as written. A reservation of the company's own
// view ("in our discretion"), of the reader's plan or of a contract is no
// such thing, and neither is a condition ("where permitted by law", "as
// required by law"): those are read by the rules of judgment, conditions
// and duties.

// lawReservationRE is a reservation of the applicable law, set off by a
// comma before it or closing the sentence.
var lawReservationRE = mustPattern(`(?i),?\s*\b(?:(?:in\s+each\s+case\s+)?subject\s+(?:always\s+)?to|to\s+the\s+extent\s+permitted\s+by|as\s+permitted\s+by|within\s+the\s+meaning\s+of|in\s+accordance\s+with)\s+(?:the\s+)?(?:applicable|relevant)\s+(?:data\s+protection\s+)?laws?(?:\s+and\s+regulations)?\b,?`)

// savingRE is a saving clause: what it says is kept whatever the sentence
// says, the reader's rights, the company's duties or the law's notices
// ("without prejudice to your rights under UK GDPR", "without limiting its
// obligations under applicable law", "in addition to any notice required
// by law"). It takes nothing away and adds nothing the rest of the policy
// or the law does not give (b246).
var savingRE = mustPattern(`(?i),?\s*\b(?:without\s+prejudice\s+to|without\s+limiting|in\s+addition\s+to)\s+[^,.;:()]{1,100}`)

// savedWords are what a saving clause must keep for it to be one: a
// right, a duty, the law, a measure or a notice.
var savedWords = map[string]bool{"right": true, "rights": true, "obligation": true, "obligations": true, "law": true, "laws": true,
	"measures": true, "notice": true, "notices": true, "protections": true, "gdpr": true, "duties": true}

// lawReservationsOut sets aside each reservation of the applicable law
// one side holds and the other does not (cutFromBoth).
func lawReservationsOut(old, new string) (o, n, what string) {
	if !containsFold(old, "law") && !containsFold(new, "law") && !containsFold(old, "without") && !containsFold(new, "without") && !containsFold(old, "in addition to") && !containsFold(new, "in addition to") ||
		len(old)+len(new) > maxReread || readerRightIn(old) || readerRightIn(new) {
		return old, new, ""
	}
	return cutFromBoth(old, new, func(s, other string) (string, []string) {
		var cut []string
		for _, loc := range lawReservationRE.FindAllStringIndex(s, -1) {
			m := s[loc[0]:loc[1]]
			phrase := strings.Trim(m, ", ")
			if containsFold(other, phrase) || exceptionBefore(s[:loc[0]]) {
				continue
			}
			s = strings.Replace(s, m, " ", 1)
			cut = append(cut, phrase)
		}
		for _, m := range savingRE.FindAllString(s, -1) {
			phrase := strings.Trim(m, ", ")
			if containsFold(other, phrase) || !saves(phrase) {
				continue
			}
			s = strings.Replace(s, m, " ", 1)
			cut = append(cut, phrase)
		}
		if len(cut) > 0 {
			s = strings.NewReplacer(" .", ".", " ,", ",", " ;", ";").Replace(strings.Join(strings.Fields(s), " "))
		}
		return s, cut
	})
}

// saves reports a saving clause that keeps a right, a duty, the law, a
// measure or a notice.
func saves(phrase string) bool {
	for _, w := range strings.Fields(strings.ToLower(phrase)) {
		if savedWords[strings.Trim(w, ".,;:'’")] {
			return true
		}
	}
	return false
}

// exceptionBefore reports text ending in a word that makes what follows
// an exception: "save as permitted by applicable law, we do not …" (b232-34)
// carves out what the law allows, no reservation.
func exceptionBefore(text string) bool {
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) == 0 {
		return false
	}
	switch strings.Trim(ws[len(ws)-1], ",") {
	case "save", "except", "unless", "than", "but":
		return true
	}
	return false
}

// readerRightIn reports a sentence that grants the reader something: a
// right, what "you can" or "you may" do, or what is done when the reader
// asks ("We will delete your data when you ask us to").
func readerRightIn(s string) bool {
	return containsFold(s, "right") || containsFold(s, "you can") || containsFold(s, "you may") || containsFold(s, "you ask") || containsFold(s, "request")
}
