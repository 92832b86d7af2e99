package material

import "slices"

// Consent is a condition however it is said: "With your consent, Kraken
// may disclose your name" allows the disclosure in the case the reader
// agrees, as "If you agree, Kraken may share your name" does (b55-16).
// The preposition "with" (or "based on", "on the basis of", "subject
// to", "upon") and a noun of consent make the same condition as "if" and
// the verb; counting only "if" would read a condition added
// where one was said another way. The nouns are the law's words for a
// person's leave (GDPR Art. 4(11) "consent", "permission", "agreement",
// "authorisation", "approval"), a closed set; another noun after "with"
// ("with your email address") is no condition. A condition added where
// none was, "with your consent" or "if you agree", is still one added;
// "without your consent" denies, and is read as before.

// leaveNouns are the nouns of a person's leave.
var leaveNouns = map[string]bool{"consent": true, "permission": true, "agreement": true, "authorization": true,
	"authorisation": true, "approval": true, "permissions": true, "consents": true}

// consentPhraseAt returns how many words of ws from i open a consent
// said as the ground of an act: "with", "based on", "on the basis of",
// "subject to", "upon" ("processing based on your consent" is processing
// "with your consent"), or the act's author resting it on the consent:
// "we rely on your consent to send" is "we send … with your consent";
// 0 where none does, or where no noun of leave follows.
func consentPhraseAt(ws []string, i int) int {
	n := 0
	switch {
	case ws[i] == "with" || ws[i] == "upon":
		n = 1
	case ws[i] == "based" && i+1 < len(ws) && ws[i+1] == "on":
		n = 2
	case ws[i] == "on" && i+3 < len(ws) && ws[i+1] == "the" && ws[i+2] == "basis" && ws[i+3] == "of":
		n = 4
	case ws[i] == "subject" && i+1 < len(ws) && ws[i+1] == "to":
		n = 2
	case (ws[i] == "rely" || ws[i] == "relies" || ws[i] == "relying") && i+1 < len(ws) && (ws[i+1] == "on" || ws[i+1] == "upon"):
		// Only with the act after it: "rely on consent as the legal
		// basis" names the basis, and conditions nothing; nor in a
		// clause that is itself a condition ("Where we rely on your
		// consent to process it, you may withdraw it"): it says when.
		if slices.ContainsFunc(ws[max(0, i-3):i], func(w string) bool { return conditionConjunctions[w] }) {
			break
		}
		if k := slices.IndexFunc(ws[i+2:min(len(ws), i+7)], func(w string) bool { return leaveNouns[w] }); k >= 0 && i+2+k+1 < len(ws) && (ws[i+2+k+1] == "to" || ws[i+2+k+1] == "for") {
			n = 2
		}
	}
	if n == 0 || !consentGivenAt(ws, i+n-1) {
		return 0
	}
	return n
}

// consentGivenAt reports "with" at ws[i] opening a consent given: "with
// your consent", "with the prior consent of your parent", "with your
// express permission", "with parental consent". Up to three words (a
// determiner, "prior", "express", "parental") stand before the noun.
//
// One noun of what the consent is for may stand right before it, as its
// modifier: "only with your analytics consent" is "only if you have given
// analytics consent" (b327-22), "with your marketing consent". Only before
// "consent" and "permission": "subject to our User Agreement" binds the
// reader to a document, no consent.
func consentGivenAt(ws []string, i int) bool {
	for k := i + 1; k < min(len(ws), i+5); k++ {
		if leaveNouns[ws[k]] {
			return true
		}
		if k+1 < len(ws) && (ws[k+1] == "consent" || ws[k+1] == "permission") && k > i+1 && consentForNoun(ws[k]) {
			continue
		}
		if !determiners[ws[k]] && !consentModifiers[ws[k]] {
			return false
		}
	}
	return false
}

// consentForNoun reports a word that can say what a consent is for in
// front of it ("analytics consent", "cookie consent"): a word of letters,
// no preposition, conjunction or word of force.
func consentForNoun(w string) bool {
	if w == "" || linkPrepositions[w] || coordinators[w] || conditionConjunctions[w] || limitWords[w] || w == "not" || w == "no" {
		return false
	}
	for _, r := range w {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return true
}

// consentModifiers are the words that stand between "with" and a noun of
// consent: whose it is, and the form the law asks of it.
var consentModifiers = map[string]bool{"prior": true, "express": true, "explicit": true, "written": true, "parental": true,
	"parent's": true, "parents'": true, "guardian's": true, "informed": true, "specific": true, "separate": true, "affirmative": true}
