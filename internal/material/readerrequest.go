package material

// What the reader is asked to do is no commitment of ours, whether it is
// asked with "please" or advised with "should": "If you are a parent or
// guardian and believe your child has provided us with personal
// information, please contact us" → "Parents or guardians who believe …
// should contact us" (b45-42) asks the same step of the same people. An
// obligation put on the reader ("must contact us"), or a "should" of ours
// ("we should delete it"), is not a request, and still counts.

// requestAsAdvice returns ws without each "should" whose subject is not
// the company, where other asks the step with "please" and advises
// nothing: the request said the other way. ws is not changed.
func requestAsAdvice(ws, other []string) []string {
	please, should := false, false
	for _, w := range other {
		please = please || w == "please"
		should = should || w == "should"
	}
	if !please || should {
		return ws
	}
	var drop []int
	for i, w := range ws {
		if w == "please" {
			return ws
		}
		if w == "should" && i > 0 && !firstPerson[ws[i-1]] && i+1 < len(ws) && ws[i+1] != "not" && (ws[i+1] != "be" || askedToSend(ws[i-1], other)) {
			drop = append(drop, i)
		}
	}
	return dropAt(ws, drop)
}

// askedToSend reports thing, the subject of a passive "should be"
// ("Requests should be directed to the client"), as what other asks the
// reader to send: the object of a verb of sending after "please" ("Please
// send requests to the client", b76-49). What the reader sends is the
// reader's to send: the act is the same, advised or asked. A passive
// "should be" of another act ("your data should be deleted" → "please
// delete your data") leaves open who acts, and still counts.
func askedToSend(thing string, other []string) bool {
	for j := 2; j < len(other); j++ {
		if other[j] != thing {
			continue
		}
		k := j - 1 // the verb, after "please"
		if other[k] == "your" || other[k] == "these" || other[k] == "such" {
			k--
		}
		if k >= 1 && other[k-1] == "please" && (other[k] == "send" || wordNet().close(other[k], "send")) {
			return true
		}
	}
	return false
}

// firstPerson are the subjects a "should" of the company's has.
var firstPerson = map[string]bool{"we": true, "i": true, "us": true}

// addresseeAsSubject returns ws without the "if" of "if you are a parent",
// where other names the same readers as the subject of its request
// ("Parents or guardians who believe … should contact us", b45-42): who
// is asked, said as a condition or named, is the same people, and no
// condition is put on anything we do. ws is not changed.
func addresseeAsSubject(ws, other []string) []string {
	for i := 0; i+4 < len(ws); i++ {
		if ws[i] != "if" || ws[i+1] != "you" || ws[i+2] != "are" || ws[i+3] != "a" && ws[i+3] != "an" {
			continue
		}
		who := ws[i+4]
		for j, w := range other {
			if (w == who || w == who+"s") && j+1 < len(other) && (other[j+1] == "who" || other[j+1] == "or" || other[j+1] == "and") && (j == 0 || other[j-1] == "." || other[j-1] == ",") {
				return dropAt(ws, []int{i})
			}
		}
	}
	return ws
}

// addresseePronouns returns a test for the pronouns of readers addressed
// as "you" on one side and named on the other ("your child" → "their
// child", b45-42): the same people, in the second person or the third.
func addresseePronouns(old, new []string) func(string) bool {
	if len(addresseeAsSubject(old, new)) == len(old) && len(addresseeAsSubject(new, old)) == len(new) {
		return func(string) bool { return false }
	}
	return func(w string) bool {
		switch w {
		case "you", "your", "yours", "they", "their", "them", "theirs":
			return true
		}
		return false
	}
}
