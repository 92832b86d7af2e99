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
var lawReservationRE = mustPattern(`(?i),?\s*\b(?:subject\s+to|to\s+the\s+extent\s+permitted\s+by|as\s+permitted\s+by|within\s+the\s+meaning\s+of)\s+(?:the\s+)?(?:applicable|relevant)\s+(?:data\s+protection\s+)?laws?(?:\s+and\s+regulations)?\b,?`)

// lawReservationsOut sets aside each reservation of the applicable law
// one side holds and the other does not (cutFromBoth).
func lawReservationsOut(old, new string) (o, n, what string) {
	if !containsFold(old, "law") && !containsFold(new, "law") || len(old)+len(new) > maxReread || readerRightIn(old) || readerRightIn(new) {
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
		if len(cut) > 0 {
			s = strings.NewReplacer(" .", ".", " ,", ",", " ;", ";").Replace(strings.Join(strings.Fields(s), " "))
		}
		return s, cut
	})
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
