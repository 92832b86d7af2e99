package material

import "slices"

// workforceNouns name, as one collective, the people who work for an
// organisation: "our staff", "our employees", "our personnel" and "our
// team" are the same people, whichever of them a sentence writes
// ("communications with our team" → "… with our staff", b384-02, b197-02;
// a team of a kind, "our support team", has its kind before it, and
// names some of them). A kind of worker that is not
// the whole of them, or not employed ("contractors", "administrators",
// "engineers", "agents"), is no such noun: it names other people.
var workforceNouns = map[string]bool{"staff": true, "staffs": true, "staffer": true, "staffers": true,
	"employee": true, "employees": true, "personnel": true, "workforce": true, "team": true}

// sameWorkforce returns a test for the unpaired words of a rewording (uo
// removed, ua added) that are one organisation's workforce named by
// another of its collective nouns: "Our staff receive regular training"
// → "Our employees receive regular training". Each such word on one side
// must stand after a word (its owner, "our", "the", "processor's") that
// one on the other side stands after too, so that whose people they are
// is unchanged: "our staff" → "their employees" names other people. The
// words come in equal numbers on both sides, or none is explained.
func sameWorkforce(uo, ua, old, new []string) func(string) bool {
	return sameOwnedNoun(workforceNouns, uo, ua, old, new)
}

// workNouns name, as a whole, the work someone does for an organisation:
// "employees who need it to perform their duties" are those who need it
// "to do their jobs". A kind of work ("marketing", "support") is another
// word, and stays; so is a "role", which may be a party's role under the
// law (a controller's, a processor's).
var workNouns = map[string]bool{"duties": true, "jobs": true, "job": true, "tasks": true, "responsibilities": true, "functions": true}

// sameWork is sameWorkforce for the nouns of one's work: "to perform
// their duties" → "to do their jobs", the same owner before each.
func sameWork(uo, ua, old, new []string) func(string) bool {
	return sameOwnedNoun(workNouns, uo, ua, old, new)
}

// sameOwnedNoun returns a test for the unpaired words of a rewording that
// are nouns of class, traded one for one after the same word on both
// sides (see sameWorkforce).
func sameOwnedNoun(class map[string]bool, uo, ua, old, new []string) func(string) bool {
	no := func(string) bool { return false }
	n := 0
	for _, w := range uo {
		if class[w] {
			n++
		}
	}
	if n == 0 {
		return no
	}
	for _, w := range ua {
		if class[w] {
			n--
		}
	}
	if n != 0 {
		return no
	}
	// owners are the words a workforce noun of ws stands after.
	owners := func(ws []string) []string {
		var out []string
		for i := 1; i < len(ws); i++ {
			if class[ws[i]] {
				out = append(out, ws[i-1])
			}
		}
		return out
	}
	oo, on := owners(old), owners(new)
	for _, side := range []struct {
		changed, ws []string
		other       []string
	}{{uo, old, on}, {ua, new, oo}} {
		for i := 1; i < len(side.ws); i++ {
			if class[side.ws[i]] && slices.Contains(side.changed, side.ws[i]) && !slices.Contains(side.other, side.ws[i-1]) {
				return no
			}
		}
		if class[side.ws[0]] && slices.Contains(side.changed, side.ws[0]) {
			return no // no owner written: whose people is not said
		}
	}
	return func(w string) bool { return class[w] }
}
