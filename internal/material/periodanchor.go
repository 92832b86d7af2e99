package material

import (
	"slices"
	"strings"
)

// periodAnchorMoved reports a period whose start changed: "After 70 days,
// we delete the recordings" → "70 days after a case is closed, we delete
// …" counts the same days from another event, and keeps the data as long
// as the case stays open (a miss found in no labelled set: "Same
// commitments, reworded"; the event's words are ordinary). A period is a
// number and a unit of time; its start, the words after "after", "from",
// "following", "since" or "of" that follow it (up to three, as stems, in
// order, the words of four letters or fewer and those that name no event
// left out: "after your account is closed" is "of closing your account").
// The periods of each side, in order, must count from the same starts.
// old and new are the changed sentences' words as written, lower case.
func periodAnchorMoved(old, new []string) bool {
	ao, an := periodAnchors(old), periodAnchors(new)
	if len(ao) == 0 || len(ao) != len(an) {
		return false
	}
	for i := range ao {
		// Only a start said where none was, or none where one was: a
		// start said in other words ("after your account is closed" →
		// "of closing your account"), or said elsewhere in the sentence
		// ("Once your account is closed, … within 30 days"), is compared
		// by the other rules.
		switch {
		case ao[i] == "" && an[i] != "" && !eventSaid(old):
			return true
		case an[i] == "" && ao[i] != "" && !eventSaid(new):
			return true
		}
	}
	return false
}

// eventSaid reports a sentence that says an event a period may count
// from, other than by the preposition just before the period's number:
// "Once your account is closed, …", "… when you close your account".
func eventSaid(ws []string) bool {
	for i, w := range ws {
		if eventWords[w] && !(i+1 < len(ws) && isNumber(ws[i+1])) {
			return true
		}
	}
	return false
}

// eventWords open a clause of an event.
var eventWords = map[string]bool{"once": true, "when": true, "after": true, "upon": true, "following": true, "from": true,
	"since": true, "until": true, "whenever": true, "if": true}

// periodAnchors returns the start each period of ws counts from, "" for
// a period said with none.
func periodAnchors(ws []string) []string {
	var out []string
	for i := 0; i+1 < len(ws); i++ {
		if !isNumber(ws[i]) || !timeUnits[ws[i+1]] {
			continue
		}
		var start []string
		if j := i + 2; j < len(ws) && countsFromWords[ws[j]] && (j+1 == len(ws) || !sequenceWords[ws[j+1]]) {
			for k := j + 1; k < len(ws) && k <= j+6 && len(start) < 3; k++ {
				if len(ws[k]) <= 3 || anchorFiller[ws[k]] {
					continue // "the", "your", "is": "your account is closed" is "closing your account"
				}
				start = append(start, stem(ws[k]))
			}
		}
		slices.Sort(start)
		out = append(out, strings.Join(start, " "))
	}
	return out
}

// timeUnits are the units a period is counted in.
var timeUnits = map[string]bool{"hour": true, "hours": true, "day": true, "days": true, "week": true, "weeks": true,
	"month": true, "months": true, "year": true, "years": true}

// sequenceWords after "after" make the period's end the start of the
// next step, not a start of the period: "90 days, after which they are
// deleted" (b7-19, b10-17, b27-09).
var sequenceWords = map[string]bool{"which": true, "that": true, "this": true, "then": true}

// countsFromWords say what a period counts from.
var countsFromWords = map[string]bool{"after": true, "from": true, "following": true, "since": true, "of": true}

// anchorFiller are the words of a start that name no event: "your
// account is closed", "the date of your request".
var anchorFiller = map[string]bool{"your": true, "their": true, "been": true, "have": true, "were": true, "being": true,
	"date": true, "time": true, "moment": true, "which": true, "that": true, "this": true, "when": true}
