package material

// A word of force read in one of its other senses commits to nothing, and
// a reader told of it would learn nothing: the senses below are told
// apart by the word's neighbours, by grammar alone, so they hold on any
// text, not on the wording of a case.
//
//   - "May" before a numeral is the month: "from May 21, 2025", "in May
//     2024" date the policy ("from February 28" → "from May 21" permits
//     nothing). A modal is followed by its verb, never a numeral.
//   - "No." before a numeral is the abbreviation of "number": "Entity
//     No. 4742037" denies nothing.
//   - "will" after an article, a possessive or an adjective of the will
//     ("of their own free will", "at will") is the noun: a modal follows
//     its subject (b35-03).
//   - "other than" with no denial or universal before it describes ("in
//     countries other than the one where you live" are countries outside
//     it, b27-44, b60-35): an exception excepts from a set.
//   - "only" before a numeral stresses a count that is already exact
//     ("using only one account", b61-42), and limits nothing the number
//     does not.
//   - "where", "when" or "if" after "but not" is the case of the
//     exception ("but not where our interests are overridden" is "except
//     where …", b57-42), no condition of its own.
//   - "when" or "where" after a verb of telling ("this section explains
//     when we share your data") opens the question it tells of, no case.
//   - "where" after a noun of place and before a subject and a verb of
//     dwelling ("the one where you live", "the country where you reside")
//     names the reader's place, no case (b27-44, b60-35).
//   - "life of" is the period "lifetime of" is only after a preposition of
//     time and "the" ("for the life of your account", b79-27): "to protect
//     your life or the life of another person" is the person's life.
//   - "once" before "a", "an", "per", "every", "or" or "again" counts the
//     times an act recurs ("once a year" is "annually"); "once you have"
//     orders two steps, which is the time word the rules mean.

// otherSense reports the force word at ws[i] read in another sense.
func otherSense(ws []string, i int) bool {
	switch ws[i] {
	case "may":
		// Only the numeral after: "can" folds to "may", and "agent 55
		// can" has a numeral before a modal.
		return i+1 < len(ws) && allDigits(ws[i+1])
	case "no":
		return i+1 < len(ws) && allDigits(ws[i+1])
	case "will":
		return i > 0 && willNounBefore[ws[i-1]]
	case "other":
		// "countries other than the one where you live" describes the
		// countries; an exception needs a set to except from, a denial or
		// a universal before it (otherThanSet).
		return i+1 < len(ws) && ws[i+1] == "than" && !otherThanSet(ws, i)
	case "only":
		return i+1 < len(ws) && (allDigits(ws[i+1]) || numberValue[ws[i+1]] > 0)
	case "where", "when", "if":
		// "but not where our interests are overridden" is "except where
		// …": the case of the exception, no condition of its own.
		if i > 1 && ws[i-1] == "not" && ws[i-2] == "but" {
			return true
		}
		if ws[i] != "if" && whObject(ws, i) && !standardAfter(ws, i) { // feasiblehedge.go
			return true
		}
		// "the country where you live" names a place, the reader's
		// residence, as "your country of residence" does.
		return ws[i] == "where" && i > 0 && i+2 < len(ws) && residesAt(ws, i+1) && placeNoun(ws[i-1])
	case "life":
		return i < 2 || ws[i-1] != "the" || !spanPreposition[ws[i-2]]
	case "once":
		if i+1 == len(ws) {
			return false
		}
		switch ws[i+1] {
		case "a", "an", "per", "every", "or", "again":
			return true
		}
	}
	return false
}

// spanPreposition are the prepositions a period is said after, "for the
// life of", "throughout the life of".
var spanPreposition = map[string]bool{"for": true, "during": true, "throughout": true, "over": true}

// otherThanSet reports a denial or a universal in the eight words before
// the "other than" at ws[i]: "we do not share it with anyone other than",
// "for any purpose other than", "no one other than".
func otherThanSet(ws []string, i int) bool {
	for k := max(0, i-8); k < i; k++ {
		switch ws[k] {
		case "not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "without", "any", "all", "every", "each",
			"anyone", "anything", "anybody", "everyone", "everything", "everybody", "only":
			return true
		}
	}
	return false
}

// placeNoun reports a word a "where" after it is the relative adverb of:
// "one" (standing for a country named before), or a word WordNet knows
// first as a noun ("the country where you live"). "Depending on where you
// live" has none: the rights it qualifies vary with the place, a
// condition.
func placeNoun(w string) bool {
	return w == "one" || isNoun(w)
}

// telling are the verbs that take a question as their object: "this
// section explains when we share your data", "sets out where it is
// stored", "you can choose when". What they tell of is the section's
// subject, no case a commitment holds in. "Tell you when" and "let you
// know when" are not here: "we will tell you when we change it" notifies
// at the time of the change, a case; nor are words that are nouns as
// often ("details (where provided)"). ("if" after a verb of asking is
// ifAsWhether's.)
var telling = map[string]bool{"explain": true, "explains": true, "explained": true, "describe": true, "describes": true, "described": true,
	"specify": true, "specifies": true, "outline": true, "outlines": true, "understand": true, "decide": true, "decides": true, "choose": true, "chooses": true, "about": true}

// whObject reports the "when" or "where" at ws[i] opening the object of a
// verb of telling, right after it or after its particle ("sets out
// where").
func whObject(ws []string, i int) bool {
	if i == 0 {
		return false
	}
	p := ws[i-1]
	if p == "out" && i > 1 {
		return ws[i-2] == "set" || ws[i-2] == "sets" // "sets out where"
	}
	return telling[p]
}

// residesAt reports a subject and a verb of dwelling from ws[i]: "you
// live", "you are located", "they reside". The verbs of where one is are
// a small closed set.
func residesAt(ws []string, i int) bool {
	switch ws[i] {
	case "you", "they", "we", "he", "she", "i":
	default:
		return false
	}
	j := i + 1
	if ws[j] == "are" || ws[j] == "is" || ws[j] == "am" {
		j++
	}
	if j >= len(ws) {
		return false
	}
	switch ws[j] {
	case "live", "lives", "reside", "resides", "located", "based", "domiciled", "resident":
		return true
	}
	return false
}

// willNounBefore are the words only the noun "will" follows: articles and
// possessives ("this" and "that" are not here: "this will make it easier"
// is the modal after a demonstrative subject), and the adjectives and
// preposition of the set phrases "free will", "own will", "at will",
// "good will", "ill will".
var willNounBefore = map[string]bool{"the": true, "a": true, "an": true, "your": true, "their": true, "his": true, "her": true,
	"its": true, "our": true, "my": true, "free": true, "own": true, "at": true, "good": true, "ill": true}

// allDigits reports a word of digits only: "21", "2025", "4742037".
func allDigits(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// A deadline runs from an event however the event is joined to it:
// "within 45 days after their creation" and "within 45 days of being
// created" (b34-12) name the same start, and "within 30 days of closure"
// is "once it is closed, within 30 days". The "of" that closes a deadline
// opened by "within" or "no later than" is read as the "after" it means,
// so that the anchor counts the same however it is said.

// deadlineOfAt reports "of" at ws[i] right after the unit of a deadline
// opened by "within" or "no later than" a few words before: "within 30
// days of", "no later than one month of".
func deadlineOfAt(ws []string, i int) bool {
	if ws[i] != "of" || i == 0 || unitOf[ws[i-1]].unit == "" {
		return false
	}
	for k := i - 2; k >= max(0, i-6); k-- {
		if ws[k] == "within" || ws[k] == "than" && k > 0 && ws[k-1] == "later" {
			return true
		}
	}
	return false
}
