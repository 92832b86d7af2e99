package material

import "slices"

// workforceNouns name, as one collective, the people who work for an
// organisation: "our staff", "our employees", "our personnel" are the same
// people, whichever of them a sentence writes. A kind of worker that is not
// the whole of them, or not employed ("contractors", "administrators",
// "engineers", "agents"), is no such noun: it names other people.
var workforceNouns = map[string]bool{"staff": true, "staffs": true, "staffer": true, "staffers": true,
	"employee": true, "employees": true, "personnel": true, "workforce": true}

// sameWorkforce returns a test for the unpaired words of a rewording (uo
// removed, ua added) that are one organisation's workforce named by
// another of its collective nouns: "Our staff receive regular training"
// → "Our employees receive regular training". Each such word on one side
// must stand after a word (its owner, "our", "the", "processor's") that
// one on the other side stands after too, so that whose people they are
// is unchanged: "our staff" → "their employees" names other people. The
// words come in equal numbers on both sides, or none is explained.
func sameWorkforce(uo, ua, old, new []string) func(string) bool {
	no := func(string) bool { return false }
	n := 0
	for _, w := range uo {
		if workforceNouns[w] {
			n++
		}
	}
	if n == 0 {
		return no
	}
	for _, w := range ua {
		if workforceNouns[w] {
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
			if workforceNouns[ws[i]] {
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
			if workforceNouns[side.ws[i]] && slices.Contains(side.changed, side.ws[i]) && !slices.Contains(side.other, side.ws[i-1]) {
				return no
			}
		}
		if workforceNouns[side.ws[0]] && slices.Contains(side.changed, side.ws[0]) {
			return no // no owner written: whose people is not said
		}
	}
	return func(w string) bool { return workforceNouns[w] }
}
