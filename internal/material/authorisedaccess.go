package material

// Access restricted to authorised people is a security measure (GDPR
// Art. 32(4), "any natural person acting under the authority of the
// controller … who has access"; access control): "Access is restricted to
// authorised personnel" → "… restricted to personnel" (the OmniCRM seed)
// lets any member of staff in, but read "Same commitments, reworded":
// "authorised" is an ordinary word no category's vocabulary holds. The
// word must qualify a person (personnel, staff, employees, users, …: a
// closed class of the nouns access is granted to) in a sentence of
// access, on one side only; "authorised representative" or "authorised
// by law" are not read.

// authorisedPeople counts "authorised"/"authorized" before a noun of
// people, next to it or one word on, in folded words.
func authorisedPeople(ws []string) int {
	n := 0
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != "authorised" && ws[i] != "authorized" {
			continue
		}
		// the noun, or a noun of a team before it: "authorised support staff"
		for j := i + 1; j < min(len(ws), i+3); j++ {
			if accessHolders[ws[j]] {
				n++
				break
			}
		}
	}
	return n
}

// accessHolders are the nouns of people access is granted to.
var accessHolders = map[string]bool{"personnel": true, "staff": true, "employees": true, "employee": true, "users": true, "user": true,
	"persons": true, "person": true, "individuals": true, "people": true, "members": true, "agents": true, "engineers": true}

// authorisedAccessChanged reports "authorised" put on or taken from the
// people a sentence of access names.
func authorisedAccessChanged(old, new []string) bool {
	if authorisedPeople(old) == authorisedPeople(new) {
		return false
	}
	access := func(ws []string) bool {
		for _, w := range ws {
			switch w {
			case "access", "accessed", "accessible", "restricted", "limited":
				return true
			}
		}
		return false
	}
	return access(old) && access(new)
}
