package material

import "slices"

// onInstructions reports a sentence, folded, that has data handled on
// another's instructions: "instructions" with the customer, client,
// reader or controller who gives them beside it ("in accordance with
// customer instructions", "on the documented instructions of our
// customers", "your instructions as the controller"). Processing only so
// is a processor's role (GDPR Art. 28(3)(a)): the identity category's,
// "Controller identity or role". The author's own instructions to its
// providers ("our instructions") are not its role.
func onInstructions(ws []string) bool {
	for i, w := range ws {
		if w != "instructions" && w != "instruction" {
			continue
		}
		if slices.ContainsFunc(ws[max(0, i-3):min(len(ws), i+4)], func(o string) bool { return instructionGivers[o] }) {
			return true
		}
	}
	return false
}

// instructionGivers are who gives a processor its instructions.
var instructionGivers = map[string]bool{"customer": true, "customers": true, "customer's": true, "client": true, "clients": true, "your": true, "controller": true, "controllers": true}

// sharedWithParty reports an item, folded, that itself hands data to a
// party: a verb of disclosure of the item, then in the sentence ws the
// item stands in "with" or "to" and a person or group ("including by
// sharing it with our insurers and their claims handlers", "by disclosing
// it to our lawyers"), unless the item's words name a transfer. Such an
// item adds or drops recipients, whatever the sentence around it names
// ("to protect our rights", "to respond to a government request").
func (c *classifier) sharedWithParty(item, ws []string) bool {
	wn := wordNet()
	for i, w := range ws {
		if !disclosureVerb(w) || !slices.Contains(item, w) {
			continue
		}
		for j := i + 1; j < min(len(ws), i+4); j++ {
			if ws[j] != "with" && ws[j] != "to" {
				continue
			}
			for _, p := range ws[j+1 : min(len(ws), j+4)] {
				if e := wn.entries(p); slices.Contains(item, p) && len(e) > 0 && e[0].pos[0] == 'n' && (e[0].lexfile == 14 || e[0].lexfile == 18) {
					kept := slices.Clone(c.scores) // the change's own scores, which later stages read
					defer func() { c.scores = append(c.scores[:0], kept...) }()
					k, hit, _ := c.categorize(item, nil, nil)
					return !hit || k != "transfers" // "sharing it with our affiliates in the US" is a transfer
				}
			}
		}
	}
	return false
}

// disclosureVerb reports a form of a verb that hands data over.
func disclosureVerb(w string) bool {
	for _, v := range []string{"shar", "disclos", "sell", "sold"} {
		if len(w) >= len(v) && w[:len(v)] == v {
			return true
		}
	}
	return false
}
