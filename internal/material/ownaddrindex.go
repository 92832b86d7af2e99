package material

import "strings"

// ownAddresses answers namedByOwnAddress(e, ctx) for the many names of
// one paragraph. Past the first two names, the addresses ctx gives for
// "us" and the links it calls "our" are found once and indexed by the
// labels of their domains, where asking namedByOwnAddress of each name
// split the whole paragraph into sentences again and searched each for
// the name: quadratic in a long paragraph full of names.
type ownAddresses struct {
	ctx     string
	gated   int8 // 0 not yet asked, 1 ctx may give an address for "us" or "our", -1 not
	asked   int
	byLabel map[string][]ownAddress
}

// ownAddress is an address a sentence gives for the author.
type ownAddress struct {
	sentence string
	label    string // the link's label, for a link called "our"
	our      bool
}

func newOwnAddresses(ctx string) *ownAddresses {
	return &ownAddresses{ctx: ctx}
}

// names is namedByOwnAddress(e, ctx).
func (o *ownAddresses) names(e string) bool {
	if o.gated == 0 {
		ctx := o.ctx
		us, our := strings.Contains(ctx, "us"), strings.Contains(ctx, "](") && (strings.Contains(ctx, "our") || strings.Contains(ctx, "Our"))
		o.gated = -1
		if (us || our) && strings.ContainsAny(ctx, "@.") {
			o.gated = 1
		}
	}
	if o.gated < 0 {
		return false
	}
	if o.asked++; o.asked <= 2 {
		return namedByOwnAddress(e, o.ctx)
	}
	if o.byLabel == nil {
		o.build()
	}
	key := strings.ToLower(strings.Join(strings.Fields(e), ""))
	if len(key) < 3 {
		return false
	}
	for _, a := range o.byLabel[key] {
		if strings.Contains(a.sentence, e) && (!a.our || !strings.Contains(a.label, e)) {
			return true
		}
	}
	return false
}

// build indexes the addresses of ctx as namedByOwnAddress finds them, by
// each label of their domain but the last ("palantir" of
// "privacy@palantir.com").
func (o *ownAddresses) build() {
	ctx := o.ctx
	us, our := strings.Contains(ctx, "us"), strings.Contains(ctx, "](") && (strings.Contains(ctx, "our") || strings.Contains(ctx, "Our"))
	o.byLabel = map[string][]ownAddress{}
	add := func(domain string, a ownAddress) {
		labels := strings.Split(strings.ToLower(domain), ".")
		for _, l := range labels[:len(labels)-1] {
			o.byLabel[l] = append(o.byLabel[l], a)
		}
	}
	for _, s := range sentences(ctx) {
		if us {
			for _, m := range usAddressRE.FindAllStringSubmatch(s, -1) {
				add(m[1], ownAddress{sentence: s})
			}
		}
		if our {
			for _, m := range ourLinkRE.FindAllStringSubmatch(s, -1) {
				if label := m[1]; ownPageRE.MatchString(label) && !partyLabelRE.MatchString(label) {
					add(m[2], ownAddress{sentence: s, label: label, our: true})
				}
			}
		}
	}
}
