package material

// readerSends reports, of the words before a verb of conveying and
// those after it, the reader offered to send the company what the
// reader's device records: "you have the option to send Mozilla a report
// with more detailed information after Firefox crashes", "the Crash
// Reporter will ask if you wish to send us additional information", "you
// may send us crash reports". It is data collected, as what the device
// sends unasked is (flows), once the reader agrees. What is sent must be
// such a record, the first word of what follows whom it goes to, past
// its determiners and adjectives (sentRecords): "you may send us a
// request" exercises a right, "you can send us an email" reaches us.
func (c *classifier) readerSends(before, after []string) bool {
	if !offeredToReader(before) {
		return false
	}
	i := 0
	if len(after) > 0 && (after[0] == "us" || c.isBrandWord(after[0])) {
		i++ // whom it goes to: "send us", "send Mozilla"
	}
	for ; i < len(after); i++ {
		w := after[i]
		if sentRecords[w] {
			return true
		}
		if !recordModifiers[w] {
			return false
		}
	}
	return false
}

// offeredToReader reports words before a verb that make the reader its
// subject, as a choice: "you may", "you can also", "you have the option
// to", "if you wish to", "you can choose to".
func offeredToReader(before []string) bool {
	n := len(before)
	if n > 0 && before[n-1] == "to" {
		// "you have the option to", "you wish to", "you choose to": the
		// reader within the four words before "to", no other subject.
		for j := n - 2; j >= 0 && j >= n-5; j-- {
			switch before[j] {
			case "you":
				return true
			case "we", "us", "our", "they", "it":
				return false
			}
		}
		return false
	}
	for j := n - 1; j >= 0 && j >= n-3; j-- {
		switch w := before[j]; w {
		case "you":
			return j < n-1 // "you may send", "you can also send", not "you send"
		case "may", "can", "could", "also", "optionally", "choose", "then":
		default:
			return false
		}
	}
	return false
}

// isBrandWord is a receiver named by a single word: the company, written
// in the folded words as any other.
func (c *classifier) isBrandWord(w string) bool {
	return !c.ix.grammar[w] && !sentRecords[w] && !recordModifiers[w] && !lexPOS(w, 'v')
}

// sentRecords are what the reader's device records and the reader may
// send: reports, what they contain, and what the reader writes about a
// product.
var sentRecords = map[string]bool{
	"report": true, "reports": true, "crash": true, "information": true, "data": true, "diagnostic": true, "diagnostics": true,
	"telemetry": true, "feedback": true, "log": true, "logs": true, "statistics": true, "usage": true, "screenshots": true,
}

// recordModifiers are the words before a record that say which: "a
// report", "additional information", "more detailed information".
var recordModifiers = map[string]bool{
	"a": true, "an": true, "the": true, "your": true, "some": true, "any": true, "additional": true, "more": true, "further": true,
	"detailed": true, "technical": true, "optional": true, "anonymous": true, "automatic": true, "full": true,
}

// indirectObject reports the words after a verb of conveying, folded and
// as written, beginning with whom it goes to, then what: "sends Mozilla a
// report", "send us your crash reports". A "to" after them is then what
// it is sent for, not whom to: "… a report after Firefox crashes to help
// us improve Firefox".
func indirectObject(after, raw []string) bool {
	return len(after) > 1 && len(raw) > 1 && (after[0] == "us" || isName(raw[0]) && !isName(raw[1])) && (recordModifiers[after[1]] || sentRecords[after[1]])
}
