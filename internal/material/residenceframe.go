package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// readerWithinRE is a phrase, at the end of a text, that says the reader
// is in a place, said of the reader and not of where the reader lives:
// "if you're in the", "a customer within the".
var readerWithinRE = mustPattern(`(?i)\b(?:(?:you\s+are|you're|you’re)\s+(?:located\s+|based\s+)?(?:in|within)|(?:customers?|users?|members?|residents?|consumers?|individuals?|visitors?)\s+(?:located\s+|based\s+)?within)\s+(?:the\s+|an?\s+)?$`)

// openingInRE is "In the" opening a sentence, at the end of a text: a place
// named next is the sentence's frame when a comma closes it ("In the US,
// Firefox sends …").
var openingInRE = mustPattern(`(?:^|[.!?:]\s+|\(\s*)In\s+(?:the\s+)?$`)

// framePlacesRE is the rest of a list of places after one of them, up to
// the comma that closes the frame they open: "" or " and the UK" before
// ", we …".
var framePlacesRE = mustPattern(`^(?:\s*(?:,\s*)?(?:and\s+|or\s+)?(?:the\s+)?\p{Lu}[\p{L}\w.-]*(?:\s+\p{Lu}[\p{L}\w.-]*)*)*?\s*,`)

// readerPlace reports a place named in text, pre being the text before it
// and post the text after, as where the reader is, the way residenceRE
// reads "if you live in": said of the reader ("if you're in the US",
// "a Logitech customer within the EEA"), or opening a sentence as the
// frame of what it says ("In the US, Firefox sends Mozilla the
// categories of your searches": for readers in the US, the flow it
// says; nothing goes to the US). A frame around where data is kept
// ("In the EU, your data is stored on servers in Frankfurt") is where
// data is, not whose: none.
func readerPlace(pre, post string) bool {
	if readerWithinRE.MatchString(pre) {
		return true
	}
	if !openingInRE.MatchString(pre) || !framePlacesRE.MatchString(post) {
		return false
	}
	end := len(post)
	if i := strings.IndexAny(post, ".!?"); i >= 0 {
		end = i
	}
	for _, w := range placeKeptWords {
		if containsFold(post[:end], w) {
			return false
		}
	}
	return true
}

// placeKeptWords say, in a sentence a place opens, that the place is
// where data is kept or handled: "stored", "servers", "hosted", "data
// centre".
var placeKeptWords = []string{"stor", "server", "host", "data cent", "transfer", "located"}

// readerFlow returns, for a change whose places are where the reader is,
// the category of what the reader's device sends, when the change says
// such a flow (conveyedOnly) and cat is another: "In the US, Firefox
// sends Mozilla the categories of your searches …; you can opt out at
// any time" is data collected from readers in the US, whatever else it
// names. "" otherwise.
func (c *classifier) readerFlow(ch redline.Change, cat string) string {
	return c.conveyedOnly(Verdict{Category: cat, Rule: cat + ".residence"}, ch)
}
