package material

import (
	"strings"
	"unicode"
)

// A policy written as questions and answers commits to what each
// question and its answer say together, no more and no less: "Does
// omnie sell personal information? No, it does not." is "omnie does not
// sell personal information"; "Do we restrict access to sensitive
// information? Yes." is "we restrict access to sensitive information";
// "What may we collect when you use our services? IP addresses, …" is
// "we may collect when you use our services: IP addresses, …" (b238).
// The answer decides: a "Yes" keeps the question's polarity, a "No" denies
// it, and whatever else the answer says ("Yes, but only with your
// consent", "No, except …") is kept after the statement, to be judged as
// written. A yes-or-no question without a bare "Yes" or "No" ("Do we sell
// it? Not usually.") is left as written, and so is a question with no
// answer after it. A question answered by a whole sentence that bears it
// out is questionLead's (questionlead.go); this reads the answer that
// completes the question.

// statedQuestions returns text with each question answered in it said as
// the statement the two make.
func statedQuestions(text string) string {
	if len(text) > maxReread || !strings.Contains(text, "? ") {
		return text
	}
	for from := 0; ; {
		end := strings.Index(text[from:], "? ")
		if end < 0 {
			return text
		}
		end += from
		start := questionStart(text, end)
		rest := text[end+2:]
		stated, used, ok := statedQuestion(text[start:end], rest)
		if !ok {
			from = end + 2
			continue
		}
		text = text[:start] + stated + rest[used:]
		from = start + len(stated)
	}
}

// questionStart returns where the question ending at end begins: after the
// last end of a sentence, colon or dash before it ("Data: how long do we
// keep it?", "profiling – what do we use it for?"), at its first letter.
func questionStart(text string, end int) int {
	start := sentenceStart(text, end)
	for _, stop := range []string{" – ", " — ", " - ", "\n"} {
		if i := strings.LastIndex(text[:end], stop); i >= 0 && i+len(stop) > start {
			start = i + len(stop)
		}
	}
	for start < end && !isLetterByte(text[start]) {
		start++
	}
	return start
}

// statedQuestion returns the statement question q (without its "?") and
// the answer at the start of rest make, and how much of rest the statement
// takes in.
func statedQuestion(q, rest string) (stated string, used int, ok bool) {
	words := strings.Fields(q)
	if len(words) < 2 || strings.TrimSpace(rest) == "" {
		return "", 0, false
	}
	first := strings.ToLower(words[0])
	switch {
	case yesNoOpeners[first]:
		return yesNoStated(words, rest)
	case askingWords[first]:
		return whStated(words), 0, true
	}
	return "", 0, false
}

// askingWords open a question the answer after it completes.
var askingWords = map[string]bool{"what": true, "which": true, "who": true, "whom": true, "where": true, "when": true, "why": true, "how": true}

// whStated returns a question asked with an interrogative word as the
// statement its answer completes, ending in the colon the answer follows:
// "What may we collect" → "we may collect:", "how long do we keep it" →
// "we keep it:", "How and when can you withdraw consent" → "you can
// withdraw consent:".
func whStated(words []string) string {
	i := 1
	for i < len(words) {
		w := strings.ToLower(words[i])
		if w == "long" || w == "often" || w == "soon" || (w == "and" || w == "or") && i+1 < len(words) && askingWords[strings.ToLower(words[i+1])] {
			i++
			continue
		}
		if askingWords[w] {
			i++
			continue
		}
		break
	}
	out := append([]string(nil), words[i:]...)
	// the auxiliary put before its subject, within the few words a noun
	// asked after takes ("What information do we collect")
	for j := 0; j < len(out) && j < 4; j++ {
		aux := strings.ToLower(out[j])
		if !yesNoOpeners[aux] {
			continue
		}
		if j+1 < len(out) && askedSubject(out[j+1]) {
			subj := out[j+1]
			if aux == "do" || aux == "does" || aux == "did" {
				out = append(out[:j], out[j+1:]...) // do-support says nothing
			} else {
				out[j], out[j+1] = subj, out[j]
			}
		}
		break
	}
	return strings.Join(out, " ") + ": "
}

// askedSubject reports a word that can be the subject of a question after
// its auxiliary: a pronoun, a name, or a determiner opening a noun.
func askedSubject(w string) bool {
	lw := strings.ToLower(w)
	if pronounSubject(lw) || questionDeterminers[lw] {
		return true
	}
	r := []rune(w)
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// questionDeterminers open a noun phrase that can be a question's subject.
var questionDeterminers = map[string]bool{"your": true, "our": true, "the": true, "this": true, "these": true, "those": true, "their": true, "its": true, "any": true, "such": true}

// yesNoStated returns a yes-or-no question (words) answered by a bare
// "Yes" or "No" at the start of rest as the statement they make, and how
// much of rest the answer takes: "Does omnie sell personal information"
// and "No, it does not." → "omnie does not sell personal information.".
func yesNoStated(words []string, rest string) (string, int, bool) {
	aux := strings.ToLower(words[0])
	var no bool
	var n int
	switch {
	case strings.HasPrefix(rest, "Yes") && (len(rest) == 3 || !isLetterByte(rest[3])):
		n = 3
	case strings.HasPrefix(rest, "No") && (len(rest) == 2 || !isLetterByte(rest[2])):
		n, no = 2, true
	default:
		return "", 0, false
	}
	// the subject: a pronoun or a name, or a determiner and its noun
	k := 2
	if !askedSubject(words[1]) && aux != "do" && aux != "does" && aux != "did" {
		return "", 0, false // after "do", the one word before the verb is the subject: "Does omnie sell"
	}
	if questionDeterminers[strings.ToLower(words[1])] {
		k = 3
	}
	if k >= len(words) {
		return "", 0, false
	}
	subj := words[1:k]
	// what the answer says after "Yes"/"No": an echo of the question
	// ("it does not", "we always do") is dropped, its adverbs kept;
	// anything else is kept after the statement
	answer, kept, adverbs := echoAnswer(rest[n:])
	if !kept {
		n = len(rest) - len(answer)
	}
	verb := aux
	if aux == "do" || aux == "does" || aux == "did" {
		verb = ""
	}
	if no {
		if verb == "" {
			verb = aux
		}
		verb += " not"
	}
	var out []string
	out = append(out, subj...)
	out = append(out, adverbs...)
	if verb != "" {
		out = append(out, verb)
	}
	out = append(out, words[k:]...)
	stated := strings.Join(out, " ")
	if kept {
		return stated + ", " + answer, len(rest), true
	}
	return stated + ". ", n, true
}

// echoAnswer reads what follows a "Yes" or "No": an echo of the question
// (a subject pronoun, adverbs, an auxiliary, "not", to the sentence's
// end) returns the text after it and the adverbs it says; anything else
// returns itself, kept, to stand after the statement.
func echoAnswer(s string) (rest string, kept bool, adverbs []string) {
	t := strings.TrimLeft(s, " ,.;:!–—-")
	sent, tail, _ := strings.Cut(t, ". ")
	sent = strings.TrimSuffix(strings.TrimSpace(sent), ".")
	ws := strings.Fields(strings.ToLower(sent))
	if len(ws) == 0 {
		return strings.TrimLeft(tail, " "), false, nil
	}
	i := 0
	if pronounSubject(ws[0]) {
		i = 1
	}
	for i < len(ws) && (ws[i] == "always" || ws[i] == "never" || ws[i] == "also" || strings.HasSuffix(ws[i], "ly")) && i+1 < len(ws) {
		adverbs = append(adverbs, ws[i])
		i++
	}
	if i > 0 && i < len(ws) && yesNoOpeners[ws[i]] && (i+1 == len(ws) || i+2 == len(ws) && ws[i+1] == "not") ||
		i > 0 && i+1 == len(ws) && (ws[i] == "don't" || ws[i] == "doesn't" || ws[i] == "won't" || ws[i] == "can't") {
		return strings.TrimLeft(tail, " "), false, adverbs
	}
	return t, true, nil
}
