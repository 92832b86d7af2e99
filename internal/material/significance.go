package material

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/redline-legal/redline/internal/markdown"
	"github.com/redline-legal/redline/internal/redline"
)

// signals are the significant tokens a change adds or removes: never
// cosmetic, whatever else the change does.
type signals struct {
	kind                           string // the strongest: "entity", "number", "negation", "modal"
	numbersOld, numbersNew         []string
	negRemoved, negAdded           []string
	modalRemoved, modalAdded       []string
	entitiesAdded, entitiesRemoved []string
}

func (s *signals) any() bool { return s.kind != "" }

// counts reports whether the number word w counts something in the
// folded words ws. "once", "twice" and "thrice" count only as a
// frequency, "once a year", "twice per month", "once every 6 months";
// elsewhere "once" is a conjunction ("once you close your account") or an
// adverb ("at once", "once again"), and read as the number 1 it made
// "immediately" → "at once" a retention period "added".
//
// "one" counts unless every "one" of the words is the pronoun
// (pronounOne): "one of two possible roles" counts two roles, not one.
func counts(w string, ws []string) bool {
	switch w {
	case "one":
		for i, x := range ws {
			if x == w && !pronounOne(ws, i) {
				return true
			}
		}
		return false
	case "once", "twice", "thrice":
	default:
		return true
	}
	for i, x := range ws {
		if x != w || i+1 == len(ws) {
			continue
		}
		switch next := ws[i+1]; next {
		case "a", "an", "per", "every", "each", "daily", "weekly", "monthly", "quarterly", "yearly", "annually":
			return true
		default:
			if _, unit := unitOf[next]; unit {
				return true
			}
		}
	}
	return false
}

// significant finds the significant tokens among the changed words, and
// the organisations and countries named in the changed sentences of one
// side only.
func (c *classifier) significant(changed []string, ctxOld, ctxNew string, fOld, fNew []string) *signals {
	ix := c.ix
	s := &signals{}
	removed, added := diffWords(fOld, fNew)
	// Most changes change a few words, found in their list; a map is
	// made only for many.
	var changedSet map[string]bool
	if len(changed) > 16 {
		changedSet = make(map[string]bool, len(changed))
		for _, w := range changed {
			changedSet[w] = true
		}
	}
	inChanged := func(w string) bool {
		if changedSet != nil {
			return changedSet[w]
		}
		return slices.Contains(changed, w)
	}
	// A side's citations are looked for once, not for each number
	// (citedGone): a long list of numbers made that quadratic.
	citesOld, citesNew := cites(fOld), cites(fNew)
	for _, w := range removed {
		switch {
		case !inChanged(w):
		case w == "one" && articleOne(fOld, fNew): // "one of our services" is "a service" (partitiveone.go)
		case (isNumber(w) || ix.number[w] && counts(w, fOld)) && !selfPartNumber(fOld, w) && !(citesOld && !citesNew && citedGone(fOld, w)):
			s.numbersOld = append(s.numbersOld, w)
		case ix.negation[w]:
			s.negRemoved = append(s.negRemoved, w)
		case ix.modal[w]:
			s.modalRemoved = append(s.modalRemoved, w)
		}
	}
	for _, w := range added {
		switch {
		case !inChanged(w):
		case w == "one" && articleOne(fNew, fOld):
		case (isNumber(w) || ix.number[w] && counts(w, fNew)) && !selfPartNumber(fNew, w) && !(citesNew && !citesOld && citedGone(fNew, w)):
			s.numbersNew = append(s.numbersNew, w)
		case ix.negation[w]:
			s.negAdded = append(s.negAdded, w)
		case ix.modal[w]:
			s.modalAdded = append(s.modalAdded, w)
		}
	}
	eo, en := c.entities(ctxOld), c.entities(ctxNew)
	if _, heading := markdown.CutHeadingMarker(ctxOld + ctxNew); heading {
		// Every word of a title is capitalised: only known names count.
		eo, en = c.knownEntities(eo), c.knownEntities(en)
	}
	placesGone := c.placeModifiers(minusNames(eo, en), ctxOld, ctxNew)
	s.entitiesAdded, s.entitiesRemoved = c.newNames(true, c.placeModifiers(minusNames(en, eo), ctxNew, ctxOld), ctxNew), c.newNames(false, placesGone, ctxOld)
	if len(placesGone) > len(s.entitiesRemoved) && opensReach(ctxOld, ctxNew) {
		// A place taken from a sentence that now reaches anywhere ("EU
		// Points of Presence" → "Points of Presence worldwide", b24-37)
		// is a limit lifted, though the policy names the place
		// elsewhere ("EU-based processing"): its own sentence no longer
		// keeps the data there.
		for _, e := range placesGone {
			if c.ix.countries[e] && !slices.Contains(s.entitiesRemoved, e) {
				s.entitiesRemoved = append(s.entitiesRemoved, e)
			}
		}
	}
	if len(s.entitiesAdded)+len(s.entitiesRemoved) > 0 && sameTowns(ctxOld, ctxNew) {
		// The country written after the postcode of an address both sides
		// give in the same town says where that town is, not where data
		// goes: "Surrey KT16 0PS" → "Surrey KT16 0RS, UK".
		ao, an := c.entities(c.withoutAddressCountries(ctxOld)), c.entities(c.withoutAddressCountries(ctxNew))
		s.entitiesAdded = slices.DeleteFunc(s.entitiesAdded, func(e string) bool { return c.ix.countries[e] && !slices.Contains(an, e) })
		s.entitiesRemoved = slices.DeleteFunc(s.entitiesRemoved, func(e string) bool { return c.ix.countries[e] && !slices.Contains(ao, e) })
	}
	// A country the other half of a block rewritten whole names too is
	// no place added or removed (sameCountryRewritten).
	s.entitiesAdded, s.entitiesRemoved = c.sameCountryRewritten(s.entitiesAdded), c.sameCountryRewritten(s.entitiesRemoved)
	// A country's name mended or misspelt is the same place (misspeltCountries).
	var mendedPlaces []string
	s.entitiesAdded, s.entitiesRemoved = c.misspeltCountries(s.entitiesAdded, ctxNew, ctxOld, &mendedPlaces), c.misspeltCountries(s.entitiesRemoved, ctxOld, ctxNew, &mendedPlaces)
	// A place that is only part of a policy's or a framework's name is
	// no destination ("our EU privacy policy", "the EU-U.S. DPF
	// Principles": docplace.go).
	if len(s.entitiesAdded) > 0 {
		s.entitiesAdded = slices.DeleteFunc(s.entitiesAdded, func(e string) bool { return c.ix.countries[e] && placeInDocNames(ctxNew, e) })
	}
	if len(s.entitiesRemoved) > 0 {
		s.entitiesRemoved = slices.DeleteFunc(s.entitiesRemoved, func(e string) bool { return c.ix.countries[e] && placeInDocNames(ctxOld, e) })
	}
	// An acronym in brackets after the words it abbreviates, which the
	// other side still writes, is no party (glossAcronym).
	if len(s.entitiesRemoved) > 0 && strings.Contains(ctxOld, "(") {
		s.entitiesRemoved = slices.DeleteFunc(s.entitiesRemoved, func(e string) bool { return glossAcronym(ctxOld, ctxNew, e) })
	}
	if len(s.entitiesAdded) > 0 && strings.Contains(ctxNew, "(") {
		s.entitiesAdded = slices.DeleteFunc(s.entitiesAdded, func(e string) bool { return glossAcronym(ctxNew, ctxOld, e) })
	}
	// An acronym of the same letters as one the text writes beside it is
	// that term in another language's order (anagramAcronym).
	s.entitiesAdded = slices.DeleteFunc(s.entitiesAdded, func(e string) bool { return anagramAcronym(ctxNew, ctxOld, e) })
	s.entitiesRemoved = slices.DeleteFunc(s.entitiesRemoved, func(e string) bool { return anagramAcronym(ctxOld, ctxNew, e) })
	// A name said to be what a name of the other side is now called is
	// that party renamed (renamedFrom).
	if len(s.entitiesAdded) > 0 && (strings.Contains(ctxNew, "ly") || strings.Contains(ctxNew, "named")) {
		s.entitiesAdded = slices.DeleteFunc(s.entitiesAdded, func(e string) bool { return renamedFrom(ctxNew, ctxOld, e, eo) })
	}
	// The author named where the other text says "we" is no party.
	// Each text is read once for all its names (speakerindex.go).
	spNew, spOld, ownNew, ownOld := newSpeakerIndex(c, ctxNew, ctxOld), newSpeakerIndex(c, ctxOld, ctxNew), newOwnAddresses(ctxNew), newOwnAddresses(ctxOld)
	// So is a name put where the other text says "we", "us" or "our"
	// (authorReplaced), and the author's name a policy's title writes
	// out (titleAuthor). Its words explain themselves, as a party
	// renamed does.
	var authors []string
	authorIn := func(ctx, other string) func(string) bool {
		return func(e string) bool {
			if c.authorReplaced(ctx, other, e) || titleAuthor(ctx, other, e) {
				authors = append(authors, e)
				return true
			}
			return false
		}
	}
	inNew, inOld := authorIn(ctxNew, ctxOld), authorIn(ctxOld, ctxNew)
	s.entitiesAdded = slices.DeleteFunc(s.entitiesAdded, func(e string) bool { return spNew.speaks(e) || ownNew.names(e) || inNew(e) })
	s.entitiesRemoved = slices.DeleteFunc(s.entitiesRemoved, func(e string) bool { return spOld.speaks(e) || ownOld.names(e) || inOld(e) })
	// A name said only of the plans customers are on is the author's own
	// offering, whose words explain themselves (planName); so is the group
	// an appositive says owns the author (ownerAppositive).
	for _, side := range []struct {
		es   *[]string
		text string
	}{{&s.entitiesAdded, ctxNew}, {&s.entitiesRemoved, ctxOld}} {
		*side.es = slices.DeleteFunc(*side.es, func(e string) bool {
			if planName(side.text, e) || ownOffering(side.text, e) {
				authors = append(authors, e) // ownoffering.go
				return true
			}
			if noun, ok := c.ownerAppositive(side.text, e); ok {
				authors = append(authors, e, noun)
				return true
			}
			return false
		})
	}
	// Of the names, only those that may be parties count (see parties).
	s.entitiesAdded, s.entitiesRemoved = c.parties(false, s.entitiesAdded, ctxNew, c.section), c.parties(true, s.entitiesRemoved, ctxOld, c.section)
	// The town, county and postcode of an address given after a party
	// the other text names say where that party is reached
	// (addressplace.go).
	// Their words, the street's too, explain themselves.
	var addresses []string
	if len(s.entitiesAdded)+len(s.numbersNew) > 0 && strings.Contains(ctxNew, ", ") {
		s.entitiesAdded = slices.DeleteFunc(s.entitiesAdded, func(e string) bool {
			addr, ok := addressOfNamed(ctxNew, ctxOld, e)
			if ok {
				addresses = append(addresses, addr)
			}
			return ok
		})
		var more []string
		s.numbersNew, more = addressNumbersOfNamed(s.numbersNew, ctxNew, ctxOld)
		addresses = append(addresses, more...)
	}
	// The street and districts of an address in the same town are
	// places (withoutStreets).
	if o, n, ok := c.withoutStreets(ctxOld, ctxNew); ok {
		s.entitiesAdded = slices.DeleteFunc(s.entitiesAdded, func(e string) bool { return strings.Contains(ctxNew, e) && !strings.Contains(n, e) })
		s.entitiesRemoved = slices.DeleteFunc(s.entitiesRemoved, func(e string) bool { return strings.Contains(ctxOld, e) && !strings.Contains(o, e) })
	}
	// A place written out on the other side is the same place: "outside
	// the EEA" → "outside the European Economic Area".
	for _, side := range []struct {
		names *[]string
		other string
	}{{&s.entitiesAdded, ctxOld}, {&s.entitiesRemoved, ctxNew}} {
		if len(*side.names) > 0 {
			written := spelledOut(side.other)
			*side.names = slices.DeleteFunc(*side.names, func(e string) bool { return len(written[e]) > 0 })
		}
	}
	// A place written out whose initials the other side writes is the
	// same place: "outside the UK" → "outside the United Kingdom".
	var written []string
	initialled := func(text string) func(string) bool {
		return func(e string) bool {
			if initialsIn(e, text) {
				written = append(written, e)
				return true
			}
			return false
		}
	}
	s.entitiesAdded = slices.DeleteFunc(s.entitiesAdded, initialled(ctxOld))
	s.entitiesRemoved = slices.DeleteFunc(s.entitiesRemoved, initialled(ctxNew))
	// A name is reported whole: "Digital Science & Research Solutions
	// Inc", not the part after the ampersand the list was cut at. A place
	// after an ampersand ends a list of places, no company's name: "in
	// the United States, Europe & India" adds India (b30-30).
	for i, e := range s.entitiesAdded {
		if !ix.countries[e] {
			s.entitiesAdded[i] = wholeName(ctxNew, e)
		}
	}
	for i, e := range s.entitiesRemoved {
		if !ix.countries[e] {
			s.entitiesRemoved[i] = wholeName(ctxOld, e)
		}
	}
	var names []string
	s.entitiesAdded, s.entitiesRemoved, names = renamed(s.entitiesAdded, s.entitiesRemoved, func(e string) bool { return ix.countries[e] || c.worldPlace(e) })
	names = append(names, authors...)
	// A group called by a fuller name that keeps its words ("Omnis
	// Group" → "Omnis Software Group") is the same group; a product whose
	// shortened brand is written out ("Woo Shipping" → "WooCommerce
	// Shipping") the same product.
	var same []string
	gone := minusNames(eo, en)
	s.entitiesAdded, s.entitiesRemoved, same = c.groupRestated(s.entitiesAdded, s.entitiesRemoved, gone)
	names = append(names, same...)
	s.entitiesAdded, s.entitiesRemoved, same = restatedNames(s.entitiesAdded, s.entitiesRemoved, gone, c.brandWrittenOut)
	names = append(names, same...)
	s.entitiesAdded, same = runnerNamed(s.entitiesAdded, eo, en, ctxOld, ctxNew)
	names = append(names, same...)
	// A name whose misspelling is mended is the same party.
	for _, side := range []struct {
		es          *[]string
		other       []string
		text, otext string
	}{{&s.entitiesAdded, eo, ctxNew, ctxOld}, {&s.entitiesRemoved, en, ctxOld, ctxNew}} {
		*side.es = slices.DeleteFunc(*side.es, func(e string) bool {
			if x, ok := c.mendedName(e, side.other, side.text); ok && !strings.Contains(side.otext, e) {
				names = append(names, e, x)
				return true
			}
			return false
		})
	}
	// A role of a party the text names, or of the author ("GitHub Data
	// Protection Officer", "Our United States HQ"), is that party: no one
	// new. A person's name it replaces is the same contact, named by its
	// role ("Hannah Poteat" → "GitHub Data Protection Officer").
	s.entitiesAdded = slices.DeleteFunc(s.entitiesAdded, func(e string) bool {
		if c.role(true, ctxNew, e) {
			names = append(names, e)
			return true
		}
		return false
	})
	var roles []string
	if len(s.entitiesRemoved) > 0 {
		roles = c.rolesAdded(ctxOld, ctxNew)
	}
	replaced := false
	s.entitiesRemoved = slices.DeleteFunc(s.entitiesRemoved, func(e string) bool {
		if c.role(false, ctxOld, e) || len(roles) > 0 && personName(e) {
			names = append(names, e)
			replaced = replaced || len(roles) > 0 && personName(e)
			return true
		}
		return false
	})
	if replaced {
		names = append(names, roles...)
	}
	// A party that says which name it had is that party renamed:
	// "Zemanta Inc" → "Outbrain DSP (formerly Zemanta) Inc".
	for _, side := range [][2]string{{ctxNew, ctxOld}, {ctxOld, ctxNew}} {
		text, other := side[0], side[1]
		if !strings.Contains(text, "formerly") && !strings.Contains(text, "previously") && !strings.Contains(text, "f/k/a") {
			continue
		}
		for _, m := range formerlyRE.FindAllStringSubmatchIndex(text, -1) {
			was := strings.TrimSpace(text[m[2]:m[3]])
			if was == "" {
				continue
			}
			if !strings.Contains(other, was) {
				// A former name the other side never wrote is the
				// party's past, no one new: "The Meet Group, Inc.
				// (formerly MeetMe, Inc.)" (b48-12). The party it
				// names now still counts on its own.
				names = append(names, was)
				past := func(e string) bool {
					if strings.Contains(was, e) {
						names = append(names, e)
						return true
					}
					return false
				}
				if text == ctxNew {
					s.entitiesAdded = slices.DeleteFunc(s.entitiesAdded, past)
				} else {
					s.entitiesRemoved = slices.DeleteFunc(s.entitiesRemoved, past)
				}
				continue // the former name must be the name the other side writes
			}
			names = append(names, was)
			before := strings.TrimRight(text[:m[0]], " ,(")
			now := func(e string) bool {
				if strings.HasSuffix(before, e) {
					names = append(names, e)
					return true
				}
				return false
			}
			then := func(e string) bool {
				if strings.Contains(e, was) || strings.Contains(was, e) {
					names = append(names, e)
					return true
				}
				return false
			}
			if text == ctxNew {
				s.entitiesAdded = slices.DeleteFunc(s.entitiesAdded, now)
				s.entitiesRemoved = slices.DeleteFunc(s.entitiesRemoved, then)
			} else {
				s.entitiesRemoved = slices.DeleteFunc(s.entitiesRemoved, now)
				s.entitiesAdded = slices.DeleteFunc(s.entitiesAdded, then)
			}
		}
	}
	// A company's registered name given beside the name the other text
	// writes is that party (registeredname.go).
	for _, side := range []struct {
		es          *[]string
		text, other string
	}{{&s.entitiesAdded, ctxNew, ctxOld}, {&s.entitiesRemoved, ctxOld, ctxNew}} {
		if len(*side.es) == 0 || !strings.Contains(side.text, " (") && !strings.Contains(side.text, " as ") && !strings.Contains(side.text, "/a ") && !strings.Contains(side.text, " dba ") {
			continue
		}
		*side.es = slices.DeleteFunc(*side.es, func(e string) bool {
			if said, ok := registeredName(side.text, side.other, e); ok {
				names = append(names, e, said)
				return true
			}
			return false
		})
	}
	names = append(names, written...)
	names = append(names, mendedPlaces...)
	names = append(names, addresses...)
	// A country under another of its names ("the USA", "the United
	// States") is the same country: its words explain themselves.
	sameKey := func(e string, other []string) bool {
		return ix.countries[e] && slices.ContainsFunc(other, func(x string) bool { return x != e && ix.countries[x] && nameKey(x) == nameKey(e) })
	}
	for _, e := range en {
		if sameKey(e, eo) {
			names = append(names, e)
		}
	}
	for _, e := range eo {
		if sameKey(e, en) {
			names = append(names, e)
		}
	}
	// A law called by its initials in another language ("DSGVO" →
	// "GDPR", b48-24) is the same law: its words explain themselves.
	for i, side := range [][2]string{{ctxOld, ctxNew}, {ctxNew, ctxOld}} {
		es := eo
		if i == 1 {
			es = en
		}
		for _, o := range es {
			if !lawAcronyms[o] || hasWord(side[1], o) {
				continue
			}
			for n := range lawAcronyms {
				if sameLaw(o, n) && hasWord(side[1], n) && !hasWord(side[0], n) {
					names = append(names, o, n)
				}
			}
		}
	}
	// A body both sides define by the same initials is one body renamed:
	// "the Danish Agency for Digital Administration (DIGG)" → "the Agency
	// for Digital Government (DIGG)".
	if do, dn := definedNames(ctxOld), definedNames(ctxNew); len(do) > 0 && len(dn) > 0 {
		for a, o := range do {
			if n, ok := dn[a]; ok && o != n && !c.countryGlossed(o) && !c.countryGlossed(n) { // placeregion.go
				in := func(name string) func(string) bool {
					return func(e string) bool { return strings.Contains(name, e) }
				}
				s.entitiesAdded = slices.DeleteFunc(s.entitiesAdded, in(n))
				s.entitiesRemoved = slices.DeleteFunc(s.entitiesRemoved, in(o))
				names = append(names, o, n)
			}
		}
	}
	c.renamedWords = nil
	for _, n := range names {
		if c.renamedWords == nil {
			c.renamedWords = map[string]bool{}
		}
		for _, w := range c.ix.fold(n) {
			c.renamedWords[w] = true
		}
	}
	// A name shown on the page, a seal or a logo, plays no party's role
	// (namerole.go): the words around it are judged without it.
	// Nor does a word misspelt, or put right (misspeltWord).
	asideNew, asideOld := len(s.entitiesAdded) > 0 && namesAside(ctxNew), len(s.entitiesRemoved) > 0 && namesAside(ctxOld)
	s.entitiesAdded = slices.DeleteFunc(s.entitiesAdded, func(e string) bool {
		return asideNew && c.roleOf(ctxNew, e) == roleAside || c.misspeltWord(e, removed) || c.pronounUS(ctxNew, e)
	})
	s.entitiesRemoved = slices.DeleteFunc(s.entitiesRemoved, func(e string) bool {
		return asideOld && c.roleOf(ctxOld, e) == roleAside || c.misspeltWord(e, added) || c.pronounUS(ctxOld, e)
	})
	// A name the reader is only pointed to, a page or a policy to read,
	// is no party (namepointer.go): the words around it are judged
	// without it, as a seal's are.
	pointNew, pointOld := len(s.entitiesAdded) > 0 && pointsReader(ctxNew), len(s.entitiesRemoved) > 0 && pointsReader(ctxOld)
	s.entitiesAdded = slices.DeleteFunc(s.entitiesAdded, func(e string) bool { return pointNew && c.pointedTo(ctxNew, e) })
	s.entitiesRemoved = slices.DeleteFunc(s.entitiesRemoved, func(e string) bool { return pointOld && c.pointedTo(ctxOld, e) })
	// A law's own name or a body's registration glossed in brackets is
	// no party (namegloss.go).
	if len(s.entitiesAdded) > 0 && strings.Contains(ctxNew, "(") {
		var brackets []string
		s.entitiesAdded = slices.DeleteFunc(s.entitiesAdded, func(e string) bool { return glossedName(ctxNew, ctxOld, e, &brackets) })
		s.numbersNew = slices.DeleteFunc(s.numbersNew, func(n string) bool { return glossNumber(n, brackets, ctxNew) })
	}
	if len(s.entitiesRemoved) > 0 && strings.Contains(ctxOld, "(") {
		var brackets []string
		s.entitiesRemoved = slices.DeleteFunc(s.entitiesRemoved, func(e string) bool { return glossedName(ctxOld, ctxNew, e, &brackets) })
		s.numbersOld = slices.DeleteFunc(s.numbersOld, func(n string) bool { return glossNumber(n, brackets, ctxOld) })
	}
	// A product of the author's renamed, nothing else changed, is no new
	// party (namerenamed.go): the name it had goes with it.
	if len(s.entitiesAdded) > 0 && len(removed) > 0 && len(removed) <= 4 {
		swapped := false
		s.entitiesAdded = slices.DeleteFunc(s.entitiesAdded, func(e string) bool {
			if c.productSwapped(ctxNew, e, removed, added) {
				c.renamedWords, swapped = addWords(c.renamedWords, c.ix.fold(e)), true
				return true
			}
			return false
		})
		if swapped {
			s.entitiesRemoved = slices.DeleteFunc(s.entitiesRemoved, func(e string) bool {
				return !slices.ContainsFunc(c.ix.fold(e), func(w string) bool { return !slices.Contains(removed, w) })
			})
			c.renamedWords = addWords(c.renamedWords, removed)
		}
	}
	s.setKind()
	return s
}

// setKind names the strongest signal s holds: a name, a number, a
// negation, a modal.
func (s *signals) setKind() {
	switch {
	case len(s.entitiesAdded)+len(s.entitiesRemoved) > 0:
		s.kind = "entity"
	case len(s.numbersOld)+len(s.numbersNew) > 0:
		s.kind = "number"
	case len(s.negRemoved)+len(s.negAdded) > 0:
		s.kind = "negation"
	case len(s.modalRemoved)+len(s.modalAdded) > 0:
		s.kind = "modal"
	default:
		s.kind = ""
	}
}

// wholeName returns the name e as text writes it, with the capitalised
// words joined to it by an ampersand before it: a company's name
// ("Digital Science & Research Solutions Inc."), which lists are cut at.
// The words are taken as a reader sees them: a name set in bold is
// written without its marks ("**Inking & Typing Personalisation**" names
// "Inking & Typing Personalisation").
func wholeName(text, e string) string {
	i := strings.Index(text, " & "+e)
	if i < 0 {
		return e
	}
	ws := strings.Fields(text[:i])
	j := len(ws)
	for j > 0 && isName(strings.Trim(ws[j-1], "*_")) && !commonCapitalised[strings.ToLower(ws[j-1])] {
		ws[j-1] = strings.Trim(ws[j-1], "*_")
		j--
	}
	if j == len(ws) {
		return e
	}
	return strings.Join(ws[j:], " ") + " & " + e
}

// nameSpans returns a function that finds, in folded words, where the
// names es are written: the spans nearest reads a name's context from.
func (c *classifier) nameSpans(es []string) func(ws, other []string) [][2]int {
	var names [][]string
	for _, e := range es {
		if f := c.ix.fold(e); len(f) > 0 {
			names = append(names, slices.Clone(f))
		}
	}
	return func(ws, _ []string) [][2]int {
		var spans [][2]int
		for i := range ws {
			for _, n := range names {
				if i+len(n) <= len(ws) && equalWords(ws[i:i+len(n)], n) {
					spans = append(spans, [2]int{i, i + len(n)})
				}
			}
		}
		return spans
	}
}

// formerlyRE is a party's former name, given beside the new one:
// "(formerly Zemanta)", ", formerly known as Writelatex Ltd,", "(f/k/a …)".
var formerlyRE = mustPattern(`[(,]\s*(?:formerly(?: known as| called)?|previously(?: known as| called)?|f/k/a)\s+([^(),;]+)`)

// entities returns the organisations and countries named in s: those the
// rulebook knows, and other capitalised names inside a sentence. Names are
// looked for within the parts of a list ("Google Analytics, Meta Pixel and
// TikTok Pixel" names three).
func (c *classifier) entities(s string) []string {
	// The changed sentences of a policy recur in every pair of its
	// versions: short texts are remembered. The slice is shared.
	if len(s) > foldCacheLen {
		return c.findEntities(s)
	}
	if es, ok := c.ix.entityCache.get(s); ok {
		return es
	}
	// The names found are parts of the text they are found in, and what
	// is remembered must not hold on to a whole document: they are found
	// in a copy of s.
	s = strings.Clone(s)
	es := c.findEntities(s)
	es = es[:len(es):len(es)]
	c.ix.entityCache.put(s, es)
	return es
}

// euActRE is the number of a European act, with the "(EU)" before it.
var euActRE = mustPattern(`\((?:EU|EC|EEC)\)\s*(?:No\.?\s*)?\d{2,4}/\d+`)

// codeCiteRE is the abbreviated name of a code in a citation: "Cal. Civ.
// Code", "Cal. Bus. & Prof. Code".
var codeCiteRE = mustPattern(`\b(?:\p{Lu}\p{Ll}{0,4}\.\s*)+(?:&\s*(?:\p{Lu}\p{Ll}{0,4}\.\s*)+)?Code\b`)

// eraPrefixRE is a name after a prefix of time: "post-Brexit", "pre-GDPR".
var eraPrefixRE = mustPattern(`\b(?:[Pp]ost|[Pp]re)-\p{Lu}[\p{L}\d]*`)

// itemEndRE is the end of a line that the next list item follows, the
// line not ending with a stop of its own.
var itemEndRE = mustPattern(`([^\s.:;,!?])(\n[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]+)`)

// findEntities is entities, not remembered.
func (c *classifier) findEntities(s string) []string {
	var out []string
	seen := map[string]bool{}
	if strings.Contains(s, " > ") || strings.Contains(s, " › ") {
		s = c.menuLabels(s) // "under Settings > Privacy" names screens, not a party (menupath.go)
	}
	if strings.Contains(s, "<") {
		// A tag's attributes are not read: "<a href=\"…?PowerFormId=…\">"
		// names no party (htmlattr.go).
		s = htmlTagRE.ReplaceAllString(s, " ")
	}
	if strings.Contains(s, "\n") {
		// A name ends with its list item: "… and the United States" over
		// "• AI processing: …" names no "United States AI" (b90-24).
		s = itemEndRE.ReplaceAllString(s, "$1.$2")
	}
	plain := stripMarkdown(s)
	if strings.Contains(plain, "@") {
		// The name of a mailbox is no party and no place: "EU-Privacy@"
		// in "EU-Privacy@Blizzard.com" names no European Union, and
		// "UK-Requests@" no company.
		plain = mailboxRE.ReplaceAllString(plain, "@")
	}
	if strings.Contains(plain, "(E") && strings.Contains(plain, "/") {
		// "Regulation (EU) 2016/679" numbers an act: its "(EU)" is
		// neither a party nor a place (b86-21, "New transfer
		// destination: EU").
		plain = euActRE.ReplaceAllString(plain, " ")
	}
	if strings.Contains(plain, "Code") {
		// "Cal. Civ. Code §1798.100" cites a code: its abbreviations
		// are no names (b86-21, "New name: Cal, Civ").
		plain = codeCiteRE.ReplaceAllString(plain, " code")
	}
	if strings.Contains(plain, "-") {
		// "post-Brexit", "pre-GDPR": a time told by an event or a law,
		// not a party (b86-25, "Removed recipient: Brexit").
		plain = eraPrefixRE.ReplaceAllString(plain, " ")
	}
	if strings.Contains(plain, "\n") {
		plain = nameColumn(plain) // names one to a line (namecolumn.go)
	}
	if strings.Contains(plain, "|") {
		// The rows of a table are cells apart, though written without
		// the pipes at their ends: the country ending one row and the
		// name starting the next are no one name ("United States Azure").
		plain = strings.ReplaceAll(plain, "\n", " | ")
	}
	if strings.IndexFunc(plain, unicode.IsUpper) >= 0 {
		var keep []string
		sens := sentences(plain)
		foreign := make([]bool, len(sens))
		some := false
		for i, sen := range sens {
			foreign[i] = c.foreign(sen) // "Die Daten … Dich": capitals of another language name no one
			some = some || foreign[i]
		}
		// A paragraph in another language is so as a whole, though an
		// abbreviation ("Art. 9", "z. B.") cuts it into pieces too short
		// to tell: where a sentence of it is foreign, the paragraph is
		// judged whole.
		if some && len(sens) > 1 && c.foreign(plain) {
			sens = nil
		}
		for i, sen := range sens {
			switch {
			case foreign[i]:
			case i > 0 && strings.HasSuffix(sens[i-1], "?") && answerWords[strings.ToLower(strings.TrimRight(sen, ".!"))]:
				// A word of answer alone after a question ("Do we keep
				// your card number? Nope.") names no one (b122-04); a
				// name there ("Who stores it? Stripe.") still does.
			case c.shouted(sen) || c.shoutedTitle(sen):
				// Capitals for emphasis mark no name: a name there is a
				// word no dictionary knows.
				for _, part := range splitList(sen) {
					for _, e := range c.shoutedNames(part) {
						if !seen[e] {
							seen[e] = true
							out = append(out, e)
						}
					}
				}
			default:
				keep = append(keep, sen)
			}
		}
		plain = strings.Join(keep, " ")
	}
	if houseNumber(plain) {
		// A house number, capitalised words and a kind of street is a
		// postal address: a place, not a party ("88 Colin P. Kelly Jr.
		// Street").
		plain = streetRE.ReplaceAllString(plain, "address")
	}
	if strings.Contains(plain, "section") {
		// A section's title, quoted, names a part of the policy, not a
		// party: "the section entitled “Contacting GitHub” below".
		plain = sectionTitleRE.ReplaceAllString(plain, "section")
	}
	if strings.Contains(plain, "ISO") || strings.Contains(plain, "IEC") {
		// A standard is named whole, its number with it: "ISO/IEC
		// 27001" was "IEC" (b102-19), the name reader cutting at "/"
		// and leaving the number out.
		for _, e := range standardNameRE.FindAllString(plain, -1) {
			if !seen[e] {
				seen[e] = true
				out = append(out, e)
			}
		}
		plain = standardNameRE.ReplaceAllString(plain, " ")
	}
	table := strings.Contains(plain, "|")
	for _, part := range splitList(plain) {
		if w := strings.TrimSpace(part); table && camelName(w) && !c.english(w) && !seen[w] {
			// A cell that is one word written with a small letter first
			// and a capital after it is a name: "xAI", "eBay".
			seen[w] = true
			out = append(out, w)
			continue
		}
		for _, e := range c.partEntities(part) {
			// A possessive names its owner: "GitHub's", "European
			// Commission’s". A name whose head is a document or an
			// instrument names no party: "GitHub’s Terms", "GitHub Data
			// Protection Agreement", "UK Extension".
			if o := strings.TrimSuffix(strings.TrimSuffix(e, "'s"), "’s"); o != e && o != "" {
				e = o
			}
			if f := strings.Fields(e); len(f) > 1 && documentHeads[strings.ToLower(f[len(f)-1])] || webFormatRE.MatchString(e) || c.dataTerm(f) || lawmakers[strings.ToLower(e)] ||
				len(f) > 1 && strings.Contains(plain, " (") && c.spelledAcronym(plain, e) || len(f) > 1 && notParty(f) || browserNames[strings.ToLower(e)] {
				continue
			}
			if !seen[e] {
				seen[e] = true
				out = append(out, e)
			}
		}
	}
	return out
}

// standardNameRE is a standard of the ISO and the IEC named by its
// number: "ISO/IEC 27001", "ISO 27701", "ISO/IEC 27001:2022".
var standardNameRE = mustPattern(`\b(?:ISO/IEC|ISO|IEC)[ -]?\d{4,5}(?:-\d+)?(?::\d{4})?\b`)

// notParty reports capitalised words that name no party: people by where
// they live ("US Residents"), a kind of state ("EU Member State"), a
// postal word ("PARIS CEDEX"), or a heading run into a sentence that
// starts with a pronoun ("Complaint You have the right …").
func notParty(f []string) bool {
	last := strings.ToLower(f[len(f)-1])
	if residentWords[last] || last == "cedex" {
		return true
	}
	for i, w := range f {
		lw := strings.ToLower(w)
		if i > 0 && person[lw] != 0 || lw == "member" && i+1 < len(f) && strings.HasPrefix(strings.ToLower(f[i+1]), "state") {
			return true
		}
	}
	return false
}

// residentWords name people by where they live or belong.
var residentWords = map[string]bool{"residents": true, "resident": true, "citizens": true, "citizen": true, "nationals": true, "inhabitants": true}

// mailboxRE is the name of a mailbox before the "@" of an e-mail address.
var mailboxRE = mustPattern(`[\p{L}\p{N}._%+-]+@`)

// sectionTitleRE is a section of the policy named by its quoted title:
// "section entitled “Contacting GitHub”", "section headed "Who are we?"".
var sectionTitleRE = mustPattern(`(?i)\bsection\s+(?:(?:entitled|titled|headed|called|named)\s+)?(?:"[^"]*"|“[^”]*”)|(?:"[^"\n]*"|“[^”\n]*”)\s+(?:sub)?section\b`)

// streetRE is a street address: a house number, up to six capitalised
// words (initials and "Jr." among them) and a kind of street, with the
// units within it that follow ("Suite 200", "Ste B", "Apt 4C", "Fl 3",
// "PMB 53289"): an abbreviated unit ("Ste", "PMB") is no name of a party.
var streetRE = mustPattern(`\b\d{1,6}[A-Za-z]?,?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,6}?(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Square|Sq|Court|Ct|Parkway|Pkwy|Highway|Hwy|Terrace|Close|Crescent|Plaza|Strasse|Straße|Str)\b\.?` +
	`(?:,?\s+(?:Suite|Ste|Unit|Apt|Apartment|Floor|Fl|Room|Rm|Bldg|Building|PMB|#)\.?\s*#?[A-Z0-9][A-Za-z0-9-]*\b)*`)

// houseNumber reports digits, alone or with a letter, then a space and a
// capital: where streetRE may match ("88 Colin", "12a Baker"). Most texts
// have none, and the expression is not run on them.
func houseNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || i > 0 && isAlnumByte(s[i-1]) {
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j < len(s) && isLetterByte(s[j]) {
			j++
		}
		if j < len(s) && s[j] == ',' {
			j++
		}
		if j+1 < len(s) && s[j] == ' ' && s[j+1] >= 'A' && s[j+1] <= 'Z' {
			return true
		}
		i = j
	}
	return false
}

// lawmakers are the bodies that decide what the law allows, named for
// their decisions ("adequate protection as decided by the European
// Commission"): no policy sends them data.
var lawmakers = map[string]bool{"european commission": true, "eu commission": true, "european data protection board": true,
	"european parliament": true, "council of the european union": true,
	// the court that rules on the law of the Union ("the Court of
	// Justice of the European Union's Schrems II ruling")
	"court of justice": true, "european court of justice": true}

// dataTerm reports a term a policy defines for a kind of data: English
// words before "Information" or "Data" ("Technical Information",
// "Registration Information", "Usage Data") name what is collected, not
// who receives it.
func (c *classifier) dataTerm(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	if h := strings.ToLower(ws[len(ws)-1]); h != "information" && h != "data" {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if lw := strings.ToLower(w); !c.english(lw) || corporate[lw] || upperCase(w) {
			return false
		}
	}
	return true
}

// webFormatRE is a version of the languages web pages are written in
// ("HTML5", "CSS3"): a technology every browser has, not a party or a
// tracker.
var webFormatRE = mustPattern(`^(?:HTML|CSS|HTTP)\d(?:\.\d)?$`)

// documentHeads are the nouns that make a name the name of a document or
// an instrument, not of a party.
var documentHeads = map[string]bool{"terms": true, "policy": true, "policies": true, "statement": true, "statements": true,
	"notice": true, "notices": true, "agreement": true, "agreements": true, "addendum": true, "framework": true, "frameworks": true,
	"extension": true, "principles": true, "clauses": true, "act": true, "regulation": true, "guidelines": true, "conditions": true,
	// A law's title names a rule, not a party that receives data:
	// "California Civil Code section 1798.83", "the EU Directive".
	"code": true, "codes": true, "contents": true, "directive": true, "license": true, "licence": true, "licenses": true, "licences": true, "directives": true, "law": true, "laws": true, "statute": true, "ordinance": true}

// splitList cuts s into the parts of a list: at , ; : ( ) [ ] — – / |, at
// " - ", " and ", " or ", " & " and at ". ". It is what splitting by the
// expression [,;:()\[\]—–/|]|\s-\s|\s(and|or|&)\s|\.\s does, without the
// cost of an expression on every change (the test holds it to that).
func splitList(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		cut := 0 // bytes of the separator at i
		switch {
		case strings.ContainsRune(",;:()[]—–/|", r):
			cut = size
		case isSpaceByte(s[i]):
			rest := s[i+1:]
			for _, sep := range []string{"-", "and", "or", "&"} {
				if strings.HasPrefix(rest, sep) && len(rest) > len(sep) && isSpaceByte(rest[len(sep)]) {
					cut = 1 + len(sep) + 1
					break
				}
			}
		case s[i] == '.' && i+1 < len(s) && isSpaceByte(s[i+1]):
			cut = 2
		}
		if cut == 0 {
			i += size
			continue
		}
		out = append(out, s[start:i])
		i += cut
		start = i
	}
	return append(out, s[start:])
}

// camelName reports a word of letters that starts with a small letter and
// has a capital after it: "xAI", "eBay", not "e-mail" or "iOS".
func camelName(w string) bool {
	r := []rune(w)
	if len(r) < 3 || !unicode.IsLower(r[0]) || upperCase(w) {
		return false
	}
	upper := false
	for _, x := range r {
		if !unicode.IsLetter(x) {
			return false
		}
		upper = upper || unicode.IsUpper(x)
	}
	return upper && w != "iOS" && w != "macOS" && w != "iPadOS" && w != "tvOS" && w != "watchOS"
}

// browserNames are web browsers: the reader's own software, where the
// reader changes settings ("set your browser to reject cookies (for
// example, in Chrome, Safari or Firefox settings)", b202-38), no party
// data goes to.
var browserNames = map[string]bool{"firefox": true, "mozilla firefox": true, "safari": true, "apple safari": true, "chrome": true,
	"google chrome": true, "chromium": true, "edge": true, "microsoft edge": true, "opera": true, "brave": true, "vivaldi": true,
	"internet explorer": true, "microsoft internet explorer": true, "samsung internet": true}

// openers are the words that open a clause, capitalised where they
// start a sentence; WordNet, which knows no function words, does not know
// them: "Since the number …", "Although GitHub …" name no one. Nor do
// the prepositions a sentence opens with: "Under GDPR and other laws" names
// no "Under GDPR" (b201-28).
var openers = map[string]bool{"since": true, "although": true, "though": true, "while": true, "whilst": true, "unless": true,
	"because": true, "whereas": true, "whether": true, "until": true, "upon": true, "within": true, "without": true,
	"regardless": true, "notwithstanding": true, "once": true, "where": true, "wherever": true, "whenever": true,
	"under": true, "per": true, "after": true, "before": true, "during": true, "throughout": true, "across": true, "outside": true}

// questionWords ask; one is never part of a name.
var questionWords = map[string]bool{"what": true, "how": true, "why": true, "when": true, "where": true, "who": true, "which": true, "whose": true, "whom": true}

// topLevelDomains end the web addresses companies are named by.
var topLevelDomains = map[string]bool{"com": true, "io": true, "net": true, "org": true, "ai": true, "co": true, "app": true, "dev": true}

// isSpaceByte is \s of Go's regular expressions.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func (c *classifier) partEntities(part string) []string {
	ws := rawWords(part)
	var out []string
	used := make([]bool, len(ws))
	starts, asked := sentenceAndQuestionStarts(part, ws)
	// A question ends a name: "Connected a service like Google Calendar
	// or Twilio? Then, with your authorization, we share" names no
	// "Twilio Then" (b129-35).
	goesOn := func(j int) bool { return asked == nil || !asked[j] }
	if strings.Contains(part, " of ") || strings.Contains(part, " for ") || strings.Contains(part, " de ") || strings.Contains(part, " du ") || strings.Contains(part, " des ") {
		// Names written across "of" first, whole (ofname.go).
		out = c.ofNames(ws, starts, used)
	}
	for i := 0; i < len(ws); i++ {
		for _, e := range c.ix.entityByFirst[ws[i]] {
			if used[i] || i+len(e) > len(ws) || !equalWords(ws[i:i+len(e)], e) {
				continue
			}
			if name := strings.Join(e, " "); c.ix.countries[name] && i > 0 && isName(ws[i-1]) && !commonCapitalised[strings.ToLower(ws[i-1])] &&
				i+len(e) < len(ws) && corporate[strings.ToLower(strings.Trim(ws[i+len(e)], "."))] {
				continue // "Twitch Sweden AB" is a company, not Sweden
			}
			j := i + len(e) // "TikTok Pixel": a known name and the names after it
			if end := c.instrumentOfCountry(part, ws, i, j); end > 0 {
				for k := i; k < end; k++ {
					used[k] = true // "UK International Data Transfer Agreement" (instrumentname.go)
				}
				break
			}
			for j < len(ws) && isName(ws[j]) && (!c.ix.countries[ws[j]] || countryOfCompany(ws, j)) && !commonCapitalised[strings.ToLower(ws[j])] && goesOn(j) {
				j++
			}
			out = append(out, strings.Join(ws[i:j], " "))
			for k := i; k < j; k++ {
				used[k] = true
			}
		}
	}
	// Other names: a capitalised word that does not start the part, with
	// the capitalised words that follow it; at the start of a part, a word
	// WordNet does not know as English ("Mailgun", in "Mailgun
	// Technologies"), or one the name goes on from.
	for i := 0; i < len(ws); i++ {
		if used[i] || !isName(ws[i]) {
			continue
		}
		// A word written as a web address is a company's name, though it
		// is a weekday, a month or another English word: "Monday.com".
		if i+1 < len(ws) && topLevelDomains[ws[i+1]] && strings.Contains(part, ws[i]+"."+ws[i+1]) &&
			(months[strings.ToLower(ws[i])] || c.english(ws[i])) {
			out = append(out, ws[i]+"."+ws[i+1])
			used[i], used[i+1] = true, true
			i++
			continue
		}
		if months[strings.ToLower(ws[i])] {
			continue
		}
		if lw, pw := strings.ToLower(ws[i]), possessive(ws[i]); starts[i] && (commonCapitalised[lw] || openers[lw] || commonCapitalised[pw] || c.ix.grammar[lw] || c.ix.forceWord[lw] || parties[lw] || parties[pw] || c.auxiliaryNot(lw) ||
			!(i+1 < len(ws) && (isName(ws[i+1]) && !pronouns[possessive(ws[i+1])] && !questionWords[strings.ToLower(ws[i+1])] || dottedForm(part, ws, i+1) > 0) || !c.english(ws[i]) && (!c.vocabularyWord(lw) || camelName(ws[i][1:])))) {
			// A word starting a sentence is written with a capital: an
			// English word, or a word of the commitment vocabulary that
			// WordNet lacks ("Anonymisation of your answers will take
			// place"), names no one unless a name goes on after it.
			continue
		}
		if c.hyphenFirst(part, ws[i]) || starts[i] && c.ofCompound(ws, i) {
			// "Multi-channel", "Timestamps of interactions": a prefix
			// or a common noun capitalised by its place (namewords.go).
			continue
		}
		if starts[i] && i+1 < len(ws) && c.gluedOpener(ws[i]) {
			// An ordinary word that opens the sentence is no part of the
			// name after it: "Different Automattic companies", "Added
			// Ads paragraph", a change log's verb. The name starts after
			// it, and is judged as any name written mid-sentence.
			continue
		}
		j := i + 1
		for j < len(ws) && !used[j] && isName(ws[j]) && !questionWords[strings.ToLower(ws[j])] && !(starts[j] && (commonCapitalised[strings.ToLower(ws[j])] || openers[strings.ToLower(ws[j])])) && goesOn(j) {
			// (A word of grammar that opens a sentence, or asks, is no
			// part of a name: "Canvas What happens to my data?", a
			// title run into its question, names no "Canvas What".)
			j++
		}
		if m := c.capsHeadingEnd(ws, i, j); m > i {
			i = m // "SECURITY MEASURES OmniCRM": a heading run into the text (capsheading.go)
		}
		form := dottedForm(part, ws, j) // "Omnis Software Benelux B.V.": the form is the name's
		if (!commonCapitalised[possessive(ws[i])] || j-i > 1 && !allCommon(ws[i:j]) && !c.commonThenEnglish(ws[i:j])) && !c.titleWords(ws[i:j]) {
			name := strings.Join(ws[i:j], " ")
			if form > 0 {
				name += " " + strings.Join(ws[j:j+form], ".") + "."
				j += form
			}
			out = append(out, name)
		}
		i = j - 1
	}
	return out
}

// countryOfCompany reports a country at ws[j] that a legal form follows:
// the country a company of a group is named for ("Google Ireland
// Limited", "Meta Platforms Ireland Limited"), part of its name.
func countryOfCompany(ws []string, j int) bool {
	return j+1 < len(ws) && corporate[strings.ToLower(strings.Trim(ws[j+1], "."))]
}

// gluedOpener reports a word that, opening a sentence, is ordinary English
// and never a name's first word: a word saying which or how many
// ("Different", "Various", "Certain"), or a change log's verb in the past
// ("Added", "Updated", "Clarified"). A noun may start a name ("Square",
// "Apple Pay"), and so may a participle ("Applied Materials"): it is kept.
func (c *classifier) gluedOpener(w string) bool {
	lw := strings.ToLower(w)
	if len(lw) < 4 || !c.english(lw) || months[lw] || c.ix.countries[w] {
		return false
	}
	return quantifiers[lw] || changeLogVerbs[lw] || fragmentVerbs[lw]
}

// quantifiers are the adjectives that say which or how many of a kind,
// before the kind: "Different Automattic companies", "Various Vexaro
// teams". An adjective of quality may start a name ("Bright Data"): it is
// not among them.
var quantifiers = map[string]bool{"different": true, "various": true, "certain": true, "several": true, "other": true,
	"many": true, "multiple": true, "numerous": true, "some": true, "each": true, "both": true, "such": true,
	"particular": true, "respective": true, "relevant": true, "applicable": true, "selected": true}

// changeLogVerbs are the verbs a change log opens its lines with, in the
// past: "Added Ads paragraph", "Updated Cookies section".
var changeLogVerbs = map[string]bool{"added": true, "updated": true, "removed": true, "clarified": true, "revised": true,
	"changed": true, "deleted": true, "expanded": true, "amended": true, "modified": true, "corrected": true, "moved": true,
	"renamed": true, "replaced": true, "introduced": true, "edited": true, "reworded": true, "rewrote": true, "fixed": true}

// spelledAcronym reports a name of two dictionary words or more that
// text writes before its initials in brackets: "Internet Protocol (IP)
// addresses", "Personal Identification Number (PIN)" define a term. The
// acronym, a name of its own, is judged on its own: "International
// Business Machines (IBM)" still names IBM. A company's form or a word no
// dictionary knows makes the words a name.
func (c *classifier) spelledAcronym(text, e string) bool {
	ws := strings.Fields(e)
	if len(ws) < 2 || len(ws) > 6 || c.ix.countries[e] || c.formedOrKnown(e) {
		return false
	}
	initials := ""
	for _, w := range ws {
		if lw := strings.ToLower(w); !isName(w) || !c.english(lw) || corporate[lw] {
			return false
		}
		initials += w[:1]
	}
	return strings.Contains(text, e+" ("+initials+")") || strings.Contains(text, e+" ("+initials+"s)")
}

// dottedForm returns how many words from ws[j] are a company's legal
// form written in capitals with dots, which rawWords cuts into letters:
// "B.V.", "N.V.", "S.A.". Zero where there is none.
func dottedForm(part string, ws []string, j int) int {
	for n := 3; n >= 2; n-- {
		if j+n > len(ws) {
			continue
		}
		form := ""
		for _, w := range ws[j : j+n] {
			if len(w) != 1 || w[0] < 'A' || w[0] > 'Z' {
				form = ""
				break
			}
			form += w
		}
		if form != "" && legalForms[strings.ToLower(form)] && strings.Contains(part, strings.Join(ws[j:j+n], ".")+".") {
			return n
		}
	}
	return 0
}

// vocabularyWord reports a lower-case word that is a one-word term of a
// category, or one with an English ending: "anonymisation" (retention's
// "anonymis" and "-ation"), "advertisers". A name that merely starts with
// a term is none: "Sharethrough", "SharePoint".
func (c *classifier) vocabularyWord(lw string) bool {
	if c.ix.termWord[lw] {
		return true
	}
	for _, h := range c.ix.strongHits([]string{lw}) {
		if t := c.ix.terms[h.k][h.i]; len(t) == 1 && englishEnding(lw[len(t[0]):]) {
			return true
		}
	}
	return false
}

// englishEnding reports an inflection or a derivational suffix of English.
func englishEnding(s string) bool {
	switch s {
	case "", "s", "es", "ed", "d", "ing", "er", "ers", "or", "ors", "ion", "ions", "ation", "ations", "ement", "ment", "ments",
		"ity", "ities", "al", "ally", "ly", "ive", "ise", "ize", "ised", "ized", "isation", "ization", "able", "ible", "ic", "ics", "y", "e":
		return true
	}
	return false
}

// newNames keeps the names the other side's text does not state anywhere
// (the old text for names added, the new for names removed): a party the
// policy already names, elsewhere, is no new party. Countries are kept: a
// country named is a place data goes, though another party's row named
// it already ("United States" → "United States, Canada" for one
// subprocessor, when another is in Canada). But a country the new text
// still names is no destination removed: a list of subprocessors names
// the United States in most of its rows, and a row removed, moved or
// merged takes none of them away. A name either text gives as the
// author's own offering is no party (see ownProductText): "Xbox is the
// gaming and entertainment division of Microsoft"; nor is the author
// itself, named by the text it is in, when the other text does not name
// it (an error page recorded between two copies of a policy). A name of
// the author's words that the sentence gives data to is a company of its
// group all the same ("Sharing with Airbnb Payments", "shared with
// Airbnb GSL"): an affiliate that receives data counts (sharedWith).
func (c *classifier) newNames(added bool, es []string, ctx string) []string {
	var out []string
	for _, e := range es {
		if c.ix.countries[e] {
			if !added && c.countryInDoc(added, e) {
				continue
			}
			out = append(out, e)
			continue
		}
		key := nameKey(e)
		if len(corpWords(e)) > 0 && endsInLegalForm(e) {
			// A company of a group, named with its legal form, is not
			// the group: "Bumble Holding Limited" is not "Bumble".
			key = formKey(e)
		}
		if w := hyphenWritten(ctx, e); w != "" && c.inDoc(added, nameKey(w)) {
			continue
		}
		if complianceName(ctx, e) {
			continue // "committed to DSA compliance": a law or a standard (sitename.go)
		}
		if label := siteNameLabel(e); label != "" && c.inDoc(added, nameKey(label)) {
			continue // "Chrome.com", where the other text names Chrome: its site (sitename.go)
		}
		if !c.inDoc(added, key) && !c.acronymOf(e) && !c.namesJoined(added, e) && (!c.ownName(!added, e) || c.sharedWith(ctx, e) || legalFormAfter(ctx, e)) &&
			!c.ownProduct(!added, e) && !c.ownProduct(added, e) && e != c.brand(!added) {
			out = append(out, e)
		}
	}
	return out
}

// hyphenWritten returns the name e as ctx writes it, where ctx joins some
// of its words with hyphens ("Multi-Factor Authentication" found as "Multi
// Factor Authentication", b81-08), or "" where ctx writes it as e does or
// not at all. A name is one name however its words are joined: the other
// text, which names "Multi-Factor Authentication" too, names no one new,
// and a reason quotes the name as the reader reads it.
func hyphenWritten(ctx, e string) string {
	if !strings.Contains(ctx, "-") || strings.Contains(ctx, e) {
		return ""
	}
	ws := strings.Fields(e)
	if len(ws) < 2 || len(ws) > 6 {
		return ""
	}
	var b strings.Builder
	for mask := 1; mask < 1<<(len(ws)-1); mask++ {
		b.Reset()
		b.WriteString(ws[0])
		for i, w := range ws[1:] {
			if mask&(1<<i) != 0 {
				b.WriteByte('-')
			} else {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
		if strings.Contains(ctx, b.String()) {
			return b.String()
		}
	}
	return ""
}

// ownName reports a name the author of the old (or new) text gives what
// is its own: its brand and words after it that name no company and no
// country ("GitHub Premium Support", "GitHub’s User Migration API",
// "GitHub Subsidiary"). A product, a team or a document of the
// controller receives no one's data; a company of its group does
// ("GitHub B.V.", "GitHub India Pty Ltd").
func (c *classifier) ownName(old bool, e string) bool {
	ws := strings.Fields(e)
	if len(ws) < 2 {
		return false
	}
	b := c.brand(old)
	if b == "" || strings.TrimSuffix(strings.TrimSuffix(ws[0], "'s"), "’s") != b {
		return false
	}
	for _, w := range ws[1:] {
		if lw := nameFormWord(w); corporate[lw] || c.ix.countries[w] {
			return false
		}
	}
	return true
}

// namesJoined reports a name made of names the old (or new) text states
// each on its own, none of them an English word: "Twilio Sendgrid", when
// the list named Twilio and Sendgrid, is the two rows merged, no new
// party. A name with an English word in it may be another product of the
// company ("Google Analytics").
func (c *classifier) namesJoined(old bool, e string) bool {
	ws := strings.Fields(e)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if lw := nameFormWord(w); corporate[lw] || c.english(lw) || !isName(w) || !c.inDoc(old, lw) {
			return false
		}
	}
	return true
}

// countryInDoc reports a country the old (or new) text names, under the
// name it is compared as or as written: an acronym only under its name,
// as "US" is also a pronoun.
func (c *classifier) countryInDoc(old bool, e string) bool {
	return c.inDoc(old, nameKey(e)) || !upperCase(e) && c.inDoc(old, strings.ToLower(e))
}

// renamed drops the names added and removed that start with the same
// word: one party's product renamed ("Zoom Chat" to "Zoom Team Chat"),
// no new party. Two places are two places, whatever word they share:
// "United States" → "United Kingdom" moves data to another country
// (b327-04), as "South Korea" is not "South Africa".
func renamed(added, removed []string, place func(string) bool) (a, r, names []string) {
	first := func(e string) string { f, _, _ := strings.Cut(strings.ToLower(e), " "); return f }
	same := func(x, e string) bool {
		return x != e && strings.Contains(x, " ") && strings.Contains(e, " ") && first(x) == first(e) && !(place(x) && place(e)) &&
			nameKey(x) == strings.ToLower(x) && nameKey(e) == strings.ToLower(e) // "Twitch UK Limited" and "Twitch Sweden AB" are two companies
	}
	for _, e := range added {
		if slices.ContainsFunc(removed, func(x string) bool { return same(x, e) }) {
			names = append(names, e)
		} else {
			a = append(a, e)
		}
	}
	for _, e := range removed {
		if slices.ContainsFunc(added, func(x string) bool { return same(x, e) }) {
			names = append(names, e)
		} else {
			r = append(r, e)
		}
	}
	return a, r, names
}

// acronymOfText reports a name that is the initials of a name the other side
// already states ("AWS" after "Amazon Web Services"), or of one in the
// same text.
func (c *classifier) acronymOfText(e string) bool {
	if len(e) < 2 || len(e) > 6 || !upperCase(e) || strings.ContainsRune(e, ' ') {
		return false
	}
	le := strings.ToLower(e)
	if len(le) < len(e) {
		return false
	}
	want := le[:len(e)]
	if c.side(true).spells(want) || c.side(false).spells(want) {
		return true
	}
	// Two initials in lower case are spelled by chance in any long text
	// ("good practice" is no "GP", b415-18): spells reads them only in
	// capitals. A name of lower-case words counts where the text defines
	// its initials in brackets ("machine learning (ML)"), and two
	// capitals both texts write are a name the policy already uses ("IP
	// address", "your Apache ID").
	return len(want) == 2 && (c.side(true).defines(e) || c.side(false).defines(e) || c.side(true).writes(e) && c.side(false).writes(e))
}

// defines reports a text that gives e in brackets, as a definition does:
// "machine learning (ML)", "Personal Data (\"PD\")".
func (s *sideText) defines(e string) bool {
	for _, b := range s.blocks {
		if strings.Contains(b.Text, "("+e+")") || strings.Contains(b.Text, "\""+e+"\")") || strings.Contains(b.Text, "“"+e+"”)") {
			return true
		}
	}
	return false
}

// writes reports a text that has e as a word, as it is spelled.
func (s *sideText) writes(e string) bool {
	for _, b := range s.blocks {
		for t := b.Text; ; {
			i := strings.Index(t, e)
			if i < 0 {
				break
			}
			if (i == 0 || !isWordByte(t[i-1])) && (i+len(e) == len(t) || !isWordByte(t[i+len(e)])) {
				return true
			}
			t = t[i+len(e):]
		}
	}
	return false
}

// spells reports whether words of the text, one after the other, begin
// with the letters of want, in lower case, remembering the answer: the
// comparisons of a build ask each text of the same acronyms.
//
// Two initials must be those of words in capitals: two words of any long
// text begin with "g" and "p" ("good practice"), and "GP" is someone's
// doctor (b415-18).
func (s *sideText) spells(want string) bool {
	return s.remember(&s.spelled, 1<<12, want, func() bool {
		initials, initialBytes := s.wordInitials()
		w := []byte(want)
		for from := 0; ; {
			i := bytes.Index(initialBytes[from:], w)
			if i < 0 {
				return false
			}
			i += from
			if equalInitials(initials[i:i+len(w)], w, len(w) == 2) {
				return true
			}
			from = i + 1
		}
	})
}

// capitalInitial marks an initial that was written in capitals.
const capitalInitial = 0x100

// equalInitials reports initials that are the bytes of want, each written
// in capitals where capitals is set.
func equalInitials(initials []int16, want []byte, capitals bool) bool {
	for k, b := range want {
		if initials[k]&^capitalInitial != int16(b) || capitals && initials[k]&capitalInitial == 0 {
			return false
		}
	}
	return true
}

// appendInitials appends the first byte of each word of text in lower
// case, after brackets, quotes and Markdown marks, with capitalInitial
// set for a capital; -1 for a word of those alone. Words are what
// strings.Fields finds, and each part of a word a hyphen joins.
func appendInitials(out []int16, text string) []int16 {
	// space returns whether the text has white space at i, and its size:
	// this reads every text a build compares, mostly ASCII.
	space := func(i int) (bool, int) {
		if c := text[i]; c < utf8.RuneSelf {
			return asciiSpace[c], 1
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		return unicode.IsSpace(r), n
	}
	for i := 0; i < len(text); {
		sp, n := space(i)
		if sp {
			i += n
			continue
		}
		if text[i] == '-' && i > 0 && alnumBytes[text[i-1]] == 1 {
			i++ // the hyphen inside "role-based": each part has its initial (b222-43)
			continue
		}
		j := i + n
		for j < len(text) {
			if c := text[j]; c < utf8.RuneSelf {
				// most bytes: read here, not through space
				if asciiSpace[c] || c == '-' && alnumBytes[text[j-1]] == 1 && j+1 < len(text) && alnumBytes[text[j+1]] == 1 {
					break
				}
				j++
				continue
			}
			sp, n := space(j)
			if sp {
				break
			}
			j += n
		}
		v := int16(-1)
		switch w := trimOpeners(text[i:j]); {
		case w == "":
		case 'A' <= w[0] && w[0] <= 'Z':
			v = int16(w[0]+'a'-'A') | capitalInitial
		case w[0] < utf8.RuneSelf:
			v = int16(w[0])
		default:
			// Only the first letter is read: lowering the whole word
			// was most of what reading a text's initials allocated.
			_, n := utf8.DecodeRuneInString(w)
			v = int16(strings.ToLower(w[:n])[0])
		}
		out = append(out, v)
		i = j
	}
	return out
}

// trimOpeners is strings.TrimLeft(w, "(\"“'*_["), without its cost: a
// cut set with a rune outside ASCII is read rune by rune, for each word
// of each text a build compares.
func trimOpeners(w string) string {
	for len(w) > 0 {
		switch w[0] {
		case '(', '"', '\'', '*', '_', '[':
			w = w[1:]
			continue
		}
		if !strings.HasPrefix(w, "“") {
			break
		}
		w = w[len("“"):]
	}
	return w
}

// foreign reports text mostly in words WordNet does not know, of five
// words or more: another language, whose capitals are not names. Words
// of every language are no evidence either way, and are not counted:
// numbers, initials ("EEE/UK/CH") and words of one or two letters ("do",
// "no", "de" are Portuguese as much as English or Latin).
func (c *classifier) foreign(s string) bool {
	ws := rawWords(s)
	if len(ws) < 5 {
		return false
	}
	n := 0
	for _, w := range ws {
		if len(w) > 2 && !isNumber(w) && !upperCase(w) {
			n++
		}
	}
	if n < 5 {
		return false
	}
	known := 0
	for _, w := range ws {
		if len(w) <= 2 || isNumber(w) || upperCase(w) {
			continue
		}
		lw := strings.ToLower(w)
		if c.ix.grammar[lw] || parties[lw] || c.english(w) {
			if known++; known*2 >= n {
				return false // English enough: no need to read on
			}
		}
	}
	return true
}

// knownEntities keeps the names the rulebook lists.
func (c *classifier) knownEntities(es []string) []string {
	var out []string
	for _, e := range es {
		if ws := rawWords(e); len(ws) > 0 && len(c.ix.entityByFirst[ws[0]]) > 0 {
			out = append(out, e)
		}
	}
	return out
}

// english reports a word WordNet knows in lower case: "Residents" is,
// "Mailgun" is not.
func (c *classifier) english(w string) bool {
	return len(wordNet().entries(strings.ToLower(w))) > 0
}

// titleWords reports capitalised English words that name no one: one
// word ("our Products", "How"), or three and more ("Personal Information
// Processed", "BACK TO TOP"), each known to WordNet in lower case. Two
// English words may be a name ("Stack Overflow"); a word WordNet does not
// know makes one ("Mailgun Technologies").
func (c *classifier) titleWords(ws []string) bool {
	if len(ws) == 2 {
		// Two English words may be a name ("Stack Overflow"), but not
		// when one is a word of the rules: "Location Data", "Photo
		// Verification" label a kind of data or a feature.
		a, b := strings.ToLower(ws[0]), strings.ToLower(ws[1])
		return c.english(a) && c.english(b) && (c.ix.termWord[a] || c.ix.termWord[b]) && !corporate[b]
	}
	if w := strings.ToLower(strings.Trim(ws[len(ws)-1], ".")); corporate[w] && len(w) > 1 && w != "company" && w != "group" && w != "holdings" && w != "holding" && w != "the" && w != "as" && w != "co" {
		return false // "Twitch Sweden AB": a company's form ends a name
	}
	for _, w := range ws {
		lw := strings.ToLower(w)
		if !c.english(w) && !commonCapitalised[lw] && !parties[lw] && !c.ix.grammar[lw] && !c.ix.forceWord[lw] {
			return false
		}
	}
	return true
}

// auxiliaryNot reports an auxiliary contracted with "not", in lower case:
// "Don't want our messages?" opens a sentence with "do not", which WordNet
// does not list written so; it names no one.
func (c *classifier) auxiliaryNot(lw string) bool {
	lw = strings.ReplaceAll(lw, "’", "'")
	aux, ok := strings.CutSuffix(lw, "n't")
	if !ok {
		return false
	}
	switch aux {
	case "wo":
		aux = "will"
	case "sha":
		aux = "shall"
	case "ca":
		return true // "can't"
	}
	return c.ix.grammar[aux] || c.ix.forceWord[aux]
}

// possessive is a word in lower case without its "'s", or the verb a
// pronoun is contracted with: "california", "we" for "We’ll".
func possessive(w string) string {
	w = strings.ReplaceAll(strings.ToLower(w), "’", "'")
	for _, suf := range []string{"'s", "'ll", "'ve", "'re", "'d", "'m"} {
		w = strings.TrimSuffix(w, suf)
	}
	return w
}

// commonThenEnglish reports a word that names no one (a US state, "IP")
// followed by English words: "California Consumers", "California's Shine",
// "Virginia Consumers" are residents and laws, not recipients.
func (c *classifier) commonThenEnglish(ws []string) bool {
	if !commonCapitalised[possessive(ws[0])] {
		return false
	}
	for _, w := range ws[1:] {
		if lw := possessive(w); !commonCapitalised[lw] && !c.english(lw) {
			return false
		}
	}
	return true
}

func allCommon(ws []string) bool {
	for _, w := range ws {
		if !commonCapitalised[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

func isName(w string) bool {
	// the first letter is one byte, so a second byte is a second rune
	return len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// commonCapitalised are words capitalised in policies that are not names.
var commonCapitalised = map[string]bool{"i": true, "we": true, "our": true, "us": true, "you": true, "your": true,
	"service": true, "services": true, "privacy": true, "policy": true, "data": true, "personal": true, "information": true,
	"notice": true, "statement": true, "customer": true, "customers": true, "client": true, "clients": true, "platform": true, "website": true, "company": true,
	"terms": true, "agreement": true, "act": true, "article": true, "section": true, "regulation": true, "law": true,
	"controller": true, "processor": true, "user": true, "users": true, "account": true, "the": true, "a": true, "an": true,
	"this": true, "these": true, "if": true, "for": true, "and": true, "or": true, "in": true, "on": true, "of": true,
	// legal instruments and laws, named in many policies: not recipients
	"gdpr": true, "uk": true, "sccs": true, "scc": true, "idta": true, "dpa": true, "dpf": true, "ccpa": true, "cpra": true,
	"hipaa": true, "coppa": true, "pipeda": true, "lgpd": true, "pci": true, "dss": true, "iso": true, "soc": true, "eu": true,
	"standard": true, "contractual": true, "clauses": true, "commissioner": true, "office": true, "ico": true,
	"fdpic": true, "edpb": true, "edps": true, // supervisory authorities, as the ICO: where to complain, not whom data goes to
	"right": true, "rights": true, "art": true, "annex": true, "schedule": true, "appendix": true,
	// technical words written in capitals: not parties
	"ip": true, "url": true, "urls": true, "api": true, "apis": true, "id": true, "ids": true, "faq": true, "html": true,
	"pdf": true, "sms": true, "gps": true, "os": true, "app": true, "apps": true, "sdk": true, "cookie": true, "cookies": true,
	"how": true, "what": true, "why": true, "when": true, "where": true, "who": true, "which": true, "back": true, "top": true, "to": true,
	"wi": true, "fi": true, "bluetooth": true, "nfc": true, "vpn": true, "ui": true, "ux": true, "crm": true,
	"saml": true, "samesite": true, "oauth": true, "csrf": true, "sso": true, "dnt": true, "2fa": true, "mfa": true,
	// formats, protocols and identifiers an engineer names exactly: "user
	// IDs (UUIDs)", "export as JSON or CSV", "IPv4 and IPv6 addresses",
	// "HttpOnly, Secure cookies", a date as "YYYY-MM-DD" (batch 177 read
	// them as recipients and trackers)
	"uuid": true, "uuids": true, "guid": true, "guids": true, "json": true, "csv": true, "xml": true, "yaml": true, "tsv": true,
	"ipv4": true, "ipv6": true, "httponly": true, "tcp": true, "udp": true, "dns": true, "cdn": true, "ssh": true, "smtp": true,
	"imap": true, "uri": true, "uris": true, "jwt": true, "otp": true, "totp": true, "hmac": true, "sha": true, "rsa": true,
	"yyyy": true, "mm": true, "dd": true, "hh": true, "utc": true, "gmt": true,
	// abbreviations of Latin and English asides: "(AKA the “GDPR”)"
	"aka": true, "ie": true, "eg": true, "etc": true, "viz": true, "nb": true,
	"dpo": true, "http": true, "https": true, "www": true, "note": true, "please": true, "contact": true, "email": true, "e-mail": true,
	// a drafter's markers (draftMarkers)
	"todo": true, "fixme": true, "tbd": true, "tbc": true, "xxx": true}

// draftMarkers are a drafter's notes to themself, left in a published
// text ("(c - TODO fix copyright symbol issue)"): no party, and no word
// of a commitment.
var draftMarkers = map[string]bool{"todo": true, "fixme": true, "tbd": true, "tbc": true, "xxx": true}

// usStateWords are the words of US states' names: where residents live,
// not who receives data. commonCapitalised has them too (init).
var usStateWords = map[string]bool{
	"alabama": true, "alaska": true, "arizona": true, "arkansas": true, "california": true, "colorado": true, "connecticut": true,
	"delaware": true, "florida": true, "hawaii": true, "idaho": true, "illinois": true, "indiana": true, "iowa": true,
	"kansas": true, "kentucky": true, "louisiana": true, "maine": true, "maryland": true, "massachusetts": true, "michigan": true,
	"minnesota": true, "mississippi": true, "missouri": true, "montana": true, "nebraska": true, "nevada": true, "hampshire": true,
	"jersey": true, "mexico": true, "york": true, "carolina": true, "dakota": true, "ohio": true, "oklahoma": true, "oregon": true,
	"pennsylvania": true, "rhode": true, "island": true, "tennessee": true, "texas": true, "utah": true, "vermont": true,
	"virginia": true, "washington": true, "wisconsin": true, "wyoming": true, "new": true, "north": true, "south": true, "west": true}

func init() {
	for w := range usStateWords {
		commonCapitalised[w] = true
	}
}

// sentenceStarts marks the words of ws that begin a sentence of s.
func sentenceStarts(s string, ws []string) []bool {
	starts, _ := sentenceAndQuestionStarts(s, ws)
	return starts
}

// sentenceAndQuestionStarts is sentenceStarts, and the words that start a
// sentence after a question.
func sentenceAndQuestionStarts(s string, ws []string) (starts, afterQuestion []bool) {
	starts = make([]bool, len(ws))
	if len(ws) > 0 {
		starts[0] = true
	}
	pos := 0
	for i, w := range ws {
		at := strings.Index(s[pos:], w)
		if at < 0 {
			continue
		}
		before := strings.TrimRight(s[:pos+at], " \t\"“‘(")
		if before == "" || strings.HasSuffix(before, ".") || strings.HasSuffix(before, ":") || strings.HasSuffix(before, "!") ||
			strings.HasSuffix(before, "?") || strings.HasSuffix(before, "\n") || strings.HasSuffix(before, "-") || strings.HasSuffix(before, "–") {
			starts[i] = true
			if strings.HasSuffix(before, "?") {
				if afterQuestion == nil {
					afterQuestion = make([]bool, len(ws))
				}
				afterQuestion[i] = true
			}
		}
		pos += at + len(w)
	}
	return starts, afterQuestion
}

// corporate are the words of a company's form, not of its name: "Rakuten
// Inc" and "Rakuten Group Inc" are one company. They are its legal form
// (legalForms), the group or holding it is (groupWords), and "the".
var corporate = func() map[string]bool {
	m := map[string]bool{"the": true}
	for _, set := range []map[string]bool{legalForms, groupWords} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// legalForms are the words of corporate that name a company's legal form
// ("Limited", "LLC", "GmbH").
var legalForms = map[string]bool{"inc": true, "incorporated": true, "ltd": true, "limited": true, "llc": true, "llp": true,
	"plc": true, "corp": true, "corporation": true, "co": true, "gmbh": true, "ag": true, "sa": true, "sas": true, "sarl": true,
	"bv": true, "b": true, "v": true, "nv": true, "ab": true, "as": true, "oy": true, "spa": true, "srl": true, "kk": true, "pte": true,
	"pty": true, "pbc": true, "ulc": true,
	// Forms of other jurisdictions a group's list of its companies
	// writes (b68-12: "Omnis Software Iberia S.L."): Spain's S.L., S.L.U.
	// and S.A.U., Brazil's Ltda., India's Pvt., Malaysia's Sdn. Bhd.,
	// Finland's Oyj, Norway's ASA, Denmark's ApS, the s.r.o. and d.o.o.
	// of central Europe, Hungary's Kft. and Zrt., a limited partnership's
	// L.P. A closed set: the registers' own abbreviations.
	"sl": true, "slu": true, "sau": true, "ltda": true, "pvt": true, "sdn": true, "bhd": true, "oyj": true,
	"asa": true, "aps": true, "sro": true, "doo": true, "kft": true, "zrt": true, "lp": true}

// groupWords are the words of corporate that say which company of a group
// a name is, not its legal form ("Group", "Holding").
var groupWords = map[string]bool{"company": true, "group": true, "holdings": true, "holding": true}

// countryNames are the other names of the countries and unions the
// rulebook lists, under the name they are compared as: "the USA" is "the
// United States".
var countryNames = map[string]string{"usa": "united states", "us": "united states", "united states of america": "united states",
	"uk": "united kingdom", "eu": "european union", "eea": "european economic area",
	"uae": "united arab emirates", "türkiye": "turkey", "czechia": "czech republic", "south korea": "korea"}

// nameKey is a name without its company form; a country by the name it
// is compared as.
func nameKey(e string) string {
	l := strings.ToLower(e)
	if c, ok := countryNames[l]; ok {
		return c
	}
	// Most names keep every word: their key is then l single spaced,
	// which most already are, with no list of words made and joined.
	kept, dropped := 0, 0
	for w := range strings.FieldsSeq(l) {
		if corporate[nameFormWord(w)] {
			dropped++
		} else {
			kept++
		}
	}
	if kept == 0 {
		return l
	}
	if dropped == 0 {
		return singleSpaced(l)
	}
	out := make([]string, 0, kept)
	for w := range strings.FieldsSeq(l) {
		if !corporate[nameFormWord(w)] {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// recipientsTable reports a change of table rows under a heading whose
// words are the recipients category's only.
func (c *classifier) recipientsTable(ch redline.Change) bool {
	if !strings.HasPrefix(strings.TrimSpace(ch.Old+ch.New), "|") {
		return false
	}
	r := c.rb.categoryIndex("recipients")
	for _, old := range []bool{true, false} {
		h := c.heading(old)
		if h == "" {
			continue
		}
		hits := c.ix.strongHits(c.ix.fold(h))
		if len(hits) > 0 && !slices.ContainsFunc(hits, func(x termHit) bool { return int(x.k) != r }) {
			return true
		}
	}
	return false
}

// minusNames is minus, names compared without their company form. Two
// names of one key are one party unless each has a corporate word the
// other lacks: "Rakuten Group Inc." is "Rakuten Inc.", but "Bumble
// Holding Limited" is not "Bumble Group", though nameKey gives "bumble"
// for both.
func minusNames(a, b []string) []string {
	var out []string
	// A typographic apostrophe is the same letter: "Let’s Encrypt" is
	// "Let's Encrypt".
	key := func(e string) string {
		if strings.Contains(e, "’") {
			e = strings.ReplaceAll(e, "’", "'")
		}
		return nameKey(e)
	}
	if len(a) == 0 {
		return nil
	}
	// The keys of b are made once, not once for each name of a, with
	// their trade words apart ("Lotame Solutions" is "Lotame",
	// tradename.go).
	keys := make([]string, len(b))
	var tkeys []string
	var trades [][]string // made only when a name of b has a trade word
	for i, y := range b {
		keys[i] = key(y)
		if hasTradeWord(keys[i]) && trades == nil {
			tkeys, trades = make([]string, len(b)), make([][]string, len(b))
		}
	}
	for i := range trades {
		tkeys[i], trades[i] = tradeKey(keys[i])
	}
	// sameTrade reports x's key, kx, and b's i-th name one name but for
	// the trade words of one among the other's.
	sameTrade := func(x, kx string, i int) bool {
		tkx, tx := tradeKey(kx)
		tki, ti := keys[i], []string(nil)
		if trades != nil {
			tki, ti = tkeys[i], trades[i]
		}
		return (tx != nil || ti != nil) && tki == tkx && (subset(tx, ti) || subset(ti, tx)) && sameForms(x, b[i])
	}
	for _, x := range a {
		kx, cx := key(x), corpWords(x)
		traded := len(cx) == 0 && (trades != nil || hasTradeWord(kx)) // a group's name is never one by trade alone
		found := false
		for i, y := range b {
			if keys[i] != kx && !(traded && sameTrade(x, kx, i) && len(corpWords(y)) == 0) {
				continue
			}
			if cy := corpWords(y); subset(cx, cy) || subset(cy, cx) {
				found = true
				break
			}
		}
		if !found {
			out = append(out, x)
		}
	}
	return out
}

// corpWords are the words of a name that say which company of a group it
// is (groupWords).
func corpWords(e string) []string {
	if !strings.Contains(e, ".") && !lowerHasAny(e, "company", "group", "holding") {
		// No word of groupWords; without a dot, none is made by
		// nameFormWord dropping the dots of a legal form ("co.mpany").
		return nil
	}
	var out []string
	for w := range strings.FieldsSeq(strings.ToLower(e)) {
		if w = nameFormWord(w); groupWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// endsInLegalForm reports a name of two words or more whose last is a
// legal form: "Bumble Holding Limited", not "Bumble Group".
func endsInLegalForm(e string) bool {
	ws := strings.Fields(strings.ToLower(e))
	return len(ws) > 1 && legalForms[nameFormWord(ws[len(ws)-1])]
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// formKey is a name in lower case without a leading "the" and without the
// legal forms it ends in ("Bumble Holding Limited" → "bumble holding").
func formKey(e string) string {
	ws := strings.Fields(strings.ToLower(e))
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	n := len(ws)
	for n > 1 && legalForms[nameFormWord(ws[n-1])] {
		n--
	}
	return strings.Join(ws[:n], " ")
}

func minus(a, b []string) []string {
	in := map[string]bool{}
	for _, x := range b {
		in[x] = true
	}
	var out []string
	for _, x := range a {
		if !in[x] {
			out = append(out, x)
		}
	}
	return out
}

// material builds the verdict of a material change: its category, the
// direction, and a reason in words a lawyer can check.
func (c *classifier) material(ch redline.Change, rule string, sig *signals, removed, added []string, reason string) (v Verdict) {
	cat, kind, _ := strings.Cut(rule, ".")
	if cat == "rights" {
		if k := c.staffAccessCategory(ch, kind); k != "" {
			cat, rule = k, k+"."+kind // staffaccess.go
		}
	}
	if cat == "site" || cat == "unclassified" {
		cat = ""
	}
	label := "Change"
	if k := c.rb.category(cat); k != nil {
		label = k.Label
	}
	v = Verdict{Material: true, Category: cat, Rule: rule, Direction: Neutral, Certain: true}
	if cat == "" {
		v.Category = "unclassified"
	}
	defer func() {
		if k := c.rb.category(v.Category); k != nil {
			v.GDPR = k.GDPR
		}
		// A change no category places is material all the same, for a
		// reviewer to look at: missing a material change costs far more
		// than a minute of review.
		if v.Category == "unclassified" && reason == "" {
			v.Reason = "unclassified substantive change: review — " + v.Reason
		}
	}()
	switch {
	case reason != "":
		v.Reason = reason
	case sig.kind == "entity":
		es, verb := sig.entitiesAdded, "New"
		v.Direction = Expands
		if len(es) == 0 {
			es, verb, v.Direction = sig.entitiesRemoved, "Removed", Restricts
		}
		if so, sn := c.changedSentences(ch.Old, ch.New); c.onlyCountries(es) {
			if item, put := partyItemTraded(so, sn); item != "" && slices.ContainsFunc(es, func(e string) bool { return strings.Contains(item, e) }) {
				// "Omnis Software France" taken out of the companies
				// the group is made of: a company, not a place
				// (partytraded.go).
				return c.partyItemVerdict(ch, sig, removed, added, item, put, so, sn)
			}
		}
		if item := c.groupCompanyItem(ch); item != "" {
			v.Category, v.Rule = "identity", "identity.entity" // groupitem.go
			v.Reason = fmt.Sprintf("%s: %s company of the group “we” stands for: %s", c.label("identity"), strings.ToLower(verb), excerpt(item))
			return v
		}
		// The role the names play in their clause (namerole.go), read
		// once, where a branch below asks.
		var role struct {
			read    bool
			k, noun string
		}
		namesRole := func() (string, string) {
			if !role.read {
				role.read = true
				role.k, role.noun = c.namesRole(ch, verb == "New", es, cat)
			}
			return role.k, role.noun
		}
		// A named organisation is a recipient (or a tracker, among cookies);
		// countries alone are transfer destinations.
		if c.onlyCountries(es) && c.aboutIdentity(append(append([]string{}, removed...), added...)) {
			// A country that says where a party of the controller is
			// ("its US subsidiary, … as joint controllers") names who
			// the controller is, not where data goes.
			v.Category = "identity"
			so, sn := c.changedSentences(ch.Old, ch.New)
			v.Reason = fmt.Sprintf("%s: %s", c.label("identity"), quoteChange(so, sn))
		} else if text := c.changedSentencesOf(ch, verb == "New"); c.onlyCountries(es) && cat != "" && cat != "transfers" && c.namedOutsideAsides(cat, text, es) && residence(text, es) {
			// A country where the reader lives says whom a commitment is
			// for, not where data goes: "If you live in the European
			// Union, you may contact …" is about that right. (A category
			// named only in an aside beside the place, "located (as
			// determined by your registered mobile number) in", is not
			// what the sentence is about: it is read without it, below.)
			if to := c.readerFlow(ch, cat); to != "" {
				v.Category, label = to, c.label(to)
			}
			so, sn := c.changedSentences(ch.Old, ch.New)
			v.Reason = fmt.Sprintf("%s: for those who live in %s: %s", label, c.describeEntities(es), quoteChange(so, sn))
		} else if k := c.residentsCategory(ch, es, verb == "New"); c.onlyCountries(es) && k != "" {
			// The same where the places are all the sentence's words of
			// transfers: "we will provide it free of charge" → "if you
			// live in the United Kingdom, we will provide it free of
			// charge" is about that right, read without the places.
			v.Category = k
			so, sn := c.changedSentences(ch.Old, ch.New)
			v.Reason = fmt.Sprintf("%s: for those who live in %s: %s", c.label(k), c.describeEntities(es), quoteChange(so, sn))
		} else if c.onlyCountries(es) && contactVerbRE.MatchString(c.changedSentencesOf(ch, verb == "New")) && c.contactVerdict(&v, ch, verb == "New", es) {
			// "By writing to EDPO at Ground Floor, 71 Lower Baggot
			// Street, Dublin": an item of a list of ways to write, not a
			// row of parties (contactparty.go).
			return v
		} else if c.onlyCountries(es) && verb == "New" && c.rowOfNamedCountries(ch, es) {
			// A row added to a list, in a country the list already
			// names: what is new is the row's party ("Metronome |
			// Billing | United States"), a recipient, whether or not its
			// name reads as one.
			v.Category = "recipients"
			v.Reason = fmt.Sprintf("%s: new item: %s", c.label("recipients"), excerpt(ch.New))
		} else if role := c.partyPlace(ch, verb == "New", es); role != "" {
			// A country that says where the controller is established, or
			// where a firm newly named is, says who the party is, not
			// where data goes: "OmniOps Inc., a company registered in
			// Delaware, is the controller"; "and through a bookkeeping
			// firm in Vietnam" names a new recipient, as "Freshworks Inc.
			// (India)" does.
			so, sn := c.changedSentences(ch.Old, ch.New)
			v.Category = map[string]string{"seat": "identity", "firm": "recipients"}[role]
			what := map[string]string{"seat": "country a party is established in", "firm": "country of a party named"}[role]
			v.Reason = fmt.Sprintf("%s: %s %s: %s: %s", c.label(v.Category), strings.ToLower(verb), what, c.describeEntities(es), quoteChange(so, sn))
		} else if k := c.placeOfTerm(ch, es, verb == "New"); k != "" {
			// A country whose tax or law a sentence names ("VAT in the
			// EU"), or one of the places a quoted term is defined to mean
			// ("the term “Designated Countries” to refer to …, Russia"),
			// is no place data goes: what the text says, read without it.
			v.Category = k
			so, sn := c.changedSentences(ch.Old, ch.New)
			v.Reason = fmt.Sprintf("%s: %s %s: %s", c.label(k), strings.ToLower(verb), c.describeEntities(es), quoteChange(so, sn))
		} else if c.onlyCountries(es) && c.contactVerdict(&v, ch, verb == "New", es) {
			// The country a contact line's postal address ends with is
			// where the reader writes, not where data goes
			// (contactparty.go).
			return v
		} else if k, noun := namesRole(); k != "" && k != "recipients" {
			// The role the names play in their clause says what they are
			// (namerole.go): a place the reader lives in, a browser, the
			// controller, a product the policy covers.
			if (k == "identity" || k == "rights") && c.contactVerdict(&v, ch, verb == "New", es) {
				// A party named in a contact line is whom the reader
				// writes to (contactparty.go).
				return v
			}
			if noun == givenTo {
				noun = entityNoun(k)
			}
			v.Category = k
			if noun == "" {
				so, sn := c.changedSentences(ch.Old, ch.New)
				v.Reason = fmt.Sprintf("%s: %s %s: %s", c.label(k), strings.ToLower(verb), c.describeEntities(es), quoteChange(so, sn))
			} else {
				v.Reason = fmt.Sprintf("%s %s: %s", verb, noun, c.describeEntities(es))
			}
		} else if k, why := c.unreachedPlaces(ch, es, verb == "New", cat, verb); k != "" {
			// A place no data is said to reach is no destination: the
			// change is what its sentence says (placereached.go).
			v.Category, v.Reason = k, why
		} else if c.onlyCountries(es) {
			v.Category = "transfers"
			v.Reason = fmt.Sprintf("%s transfer destination: %s", verb, c.describeEntities(es))
		} else {
			// A name is a recipient, unless the sentence is about who the
			// controller is, trackers, kinds of data or automated tools.
			// A name is of data (a product data comes from: "collects your
			// heart rate from Fitbit") only where data is collected, and a
			// company ("… B.V.") never is.
			so, sn := c.changedSentences(ch.Old, ch.New)
			received := receivedFromName(so+" "+sn, es)
			kindOfData := c.namesKindOfData(so+" "+sn, es) // "SMS and WhatsApp messages" (namedkind.go)
			collects := strings.Contains(strings.ToLower(so+" "+sn), "collect") || received || kindOfData
			company := slices.ContainsFunc(es, func(e string) bool { return nameKey(e) != strings.ToLower(e) || formAfter(so, e) || formAfter(sn, e) })
			// A code no processor list knows, in a sentence about
			// security, is a measure: a protocol, a standard ("ISO27701
			// certified", "SSL version 1.2"). A code is written in
			// capitals or with digits; a word that is not names a party.
			known := slices.ContainsFunc(es, func(e string) bool {
				return len(c.ix.entityByFirst[strings.Fields(e)[0]]) > 0 || !upperCase(e) && strings.IndexFunc(e, unicode.IsDigit) < 0
			})
			best, bestScore := "recipients", c.scores[c.rb.categoryIndex("recipients")]
			// A name in a table's column whose header names the parties
			// ("Name of Subprocessor") is such a party, whatever the row
			// says it does ("Data analytics platform").
			// The countries of its row say where that party is
			// ("| GitHub BV | GitHub Subsidiary | United States |"): the
			// names are what the column is asked about.
			partyColumn := c.columnOfRecipients(ch, slices.DeleteFunc(slices.Clone(es), func(e string) bool { return c.ix.countries[e] }))
			// A name its clause gives data to, or has process it ("we use
			// Mailgun to send newsletters", "Twilio sends the codes"), is
			// a recipient, whatever else the sentence is about (namerole.go).
			// A name data is said to be given to is a recipient even
			// beside a tracker's words; one the author engages to do a
			// thing ("npm uses HubSpot to … collect data from forms",
			// npm-035) even beside words of collection.
			giving, how := namesRole()
			given := giving == "recipients" && how == givenTo
			for _, id := range []string{"identity", "cookies", "ai", "data", "security"} {
				if giving == "recipients" && (id != "cookies" && id != "data" || given && id == "cookies" || id == "data" && how != "") || partyColumn || id == "data" && (company || !collects) || id == "cookies" && company && !c.trackerNamed(append(c.ix.fold(so+" "+sn), c.headingWords(c.section)...)) || (id == "ai") && company || id == "security" && (company || known) {
					continue
				}
				if k := c.rb.categoryIndex(id); k >= 0 && c.scores[k] > bestScore {
					best, bestScore = id, c.scores[k]
				}
			}
			if best == "recipients" && bestScore == 0 && !company && c.rb.categoryIndex("data") >= 0 && received && giving != "recipients" {
				// No word of sharing, and data received from a party
				// (receivedFromRE): the name is where data comes from.
				best = "data"
			}
			if best == "data" {
				// A name beside "shared with" is whom data goes to, though
				// the sentence also says the data is collected: "… will
				// continue to be collected, processed, and shared with
				// Microsoft and OpenAI". The words nearest the name decide.
				near := c.nearest(c.ix.fold(so), c.ix.fold(sn), nil, c.nameSpans(es))
				if r, d := c.rb.categoryIndex("recipients"), c.rb.categoryIndex("data"); r >= 0 && d >= 0 && near[r] > near[d] {
					best = "recipients"
				}
			}
			if ck := c.rb.categoryIndex("cookies"); best == "recipients" && !partyColumn && !given && ck >= 0 && c.scores[ck] > 0 && (!company || c.trackerNamed(c.ix.fold(so+" "+sn))) {
				// A name beside the tracker it sets is a tracker, though
				// the sentence also says it serves us: "we use third-party
				// services: Optimizely, which places a cookie on your
				// device". The words nearest the name decide, as above, if
				// they name the tracker more than what it is for: "Mixpanel:
				// product analytics" is a processor that analyses.
				near := c.nearest(c.ix.fold(so), c.ix.fold(sn), nil, c.nameSpans(es))
				if r, p := c.rb.categoryIndex("recipients"), c.rb.categoryIndex("purposes"); r >= 0 && p >= 0 && near[ck] > near[r] && near[ck] > near[p] {
					best = "cookies"
				}
			}
			if best != "recipients" && c.recipientsTable(ch) {
				// A row of a table under a heading that names recipients
				// ("GitHub Subprocessors") is one, whatever its cells say
				// it does: "Segment | Data analytics platform" is a
				// subprocessor, though an analytics tool.
				best = "recipients"
			}
			if bestScore == 0 && best == "recipients" && c.rb.categoryIndex("rights") >= 0 && (addressBlock(ch.Old) || addressBlock(ch.New)) &&
				(strings.TrimSpace(ch.Old) == "" || addressBlock(ch.Old)) && (strings.TrimSpace(ch.New) == "" || addressBlock(ch.New)) {
				// A postal address standing alone, no word around it of
				// any category, is where the reader writes: its addressee
				// replaced ("Valve GmbH i.L., … D-20099 Hamburg" → "RIVACY
				// GmbH, … 22297 Hamburg") is another party to write to
				// about their data, not a recipient.
				best = "rights"
			}
			noun := ""
			if best != "identity" && !partyColumn && c.rb.categoryIndex("transfers") >= 0 && c.mechanismParties(so+" "+sn, es) {
				// Parties a transfer mechanism binds (mechanismParties).
				best, noun = "transfers", "party to a transfer mechanism"
			}
			if best == "recipients" && noun == "" && c.rb.categoryIndex("rights") >= 0 && complaintAuthority(so+" "+sn, es) {
				// The authority the reader may complain to, named or
				// swapped ("the Swedish Authority for Privacy Protection
				// (IMY)" → "the Swedish Post and Telecom Authority (PTS)"),
				// is the right to lodge a complaint (GDPR Art. 13(2)(d)),
				// not a recipient of data.
				best, noun = "rights", "authority to complain to"
			}
			if (weDefinedRE.MatchString(so+" "+sn) || c.brandDefined(so+" "+sn) || groupMadeUpRE.MatchString(so+" "+sn)) && c.rb.categoryIndex("identity") >= 0 {
				// The sentence that defines who "we" are names the
				// controller: "Bumble Holding Limited, Badoo Trading
				// Limited … (also known simply as “Bumble”, “we”, “us”)",
				// as does one giving the author's own name to the parties
				// it names (brandDefined). A company dropped from it is
				// one no longer responsible, not a recipient.
				best = "identity"
			}
			if best == "recipients" && noun == "" && !partyColumn && c.contactVerdict(&v, ch, verb == "New", es) {
				// A party named in a contact line, with its address or
				// telephone, is whom the reader writes to (contactparty.go).
				return v
			}
			v.Category = best
			if noun == "" || best != "transfers" && best != "rights" {
				noun = entityNoun(v.Category)
			}
			if best == "data" && kindOfData {
				noun = "name of a kind of data" // "SMS and WhatsApp messages"
			}
			if best == "data" && received {
				noun = "source of data" // a party data comes from: "Information from other sources such as Equifax"
			}
			v.Reason = fmt.Sprintf("%s %s: %s", verb, noun, c.describeEntities(es))
		}
		v.Rule = v.Category + ".entity"
	case sig.kind == "number":
		so, sn := c.changedSentences(ch.Old, ch.New)
		no, nn := sig.numbersOld, sig.numbersNew
		// A year changed before another number is the policy's date
		// revised beside it: the other number is the change to quote
		// ("Last updated 2024. We keep data for 30 days." → "… 2025. …
		// 90 days.").
		for len(no) > 1 && len(nn) > 1 && yearNumber(no[0]) && yearNumber(nn[0]) {
			no, nn = no[1:], nn[1:]
		}
		from, to := quantity(so, no), quantity(sn, nn)
		switch {
		case from != "" && to != "":
			v.Reason = fmt.Sprintf("%s: %s changed to %s", label, from, to)
		case to != "":
			v.Reason = fmt.Sprintf("%s: %s added", label, to)
		default:
			v.Reason = fmt.Sprintf("%s: %s removed", label, from)
		}
		if (from == "") != (to == "") && so != "" && sn != "" && strings.IndexFunc(from+to, unicode.IsLetter) >= 0 {
			// A quantity put for words, or words for a quantity: the
			// reader sees what it took the place of ("whenever you like"
			// → "once a year").
			v.Reason += ": " + quoteChange(so, sn)
		}
		if bare := func(q string) bool { return q == "" || strings.IndexFunc(q, unicode.IsLetter) < 0 }; bare(from) && bare(to) {
			// "1 added" says nothing a lawyer can check: quote the words
			// around a number without a unit ("call 1-866-…", "© 2019").
			if from == "" || to == "" {
				v.Reason = label + ": a number " + map[bool]string{true: "added", false: "removed"}[from == ""]
			}
			v.Reason += ": " + quoteChange(so, sn)
		}
		v.Direction = numberDirection(cat, from, to)
	case sig.kind == "negation" && len(sig.negRemoved) > 0:
		v.Reason = fmt.Sprintf("%s: a limit was lifted (%q removed): %s", label, strings.Join(distinct(sig.negRemoved), ", "), c.sentenceChange(ch))
		v.Direction = Expands
	case sig.kind == "negation":
		v.Reason = fmt.Sprintf("%s: a limit was added (%q): %s", label, strings.Join(distinct(sig.negAdded), ", "), c.sentenceChange(ch))
		v.Direction = Restricts
	case sig.kind == "modal":
		v.Reason = label + ": " + c.modalReason(sig.modalRemoved, sig.modalAdded, ch)
	case ch.Kind == redline.Insert:
		v.Reason = fmt.Sprintf("%s: new text: %s", label, excerpt(ch.New))
		v.Direction = Expands
	case ch.Kind == redline.Delete:
		v.Reason = fmt.Sprintf("%s: text removed: %s", label, excerpt(ch.Old))
	default:
		v.Reason = fmt.Sprintf("%s: %s", label, c.sentenceChange(ch))
	}
	return v
}

// receivedFromRE is data the author receives or obtains from a party:
// "we will receive information from that service", "we may obtain
// information about you from other sources". The party is a source of
// data, as one data is collected from is, not whom data goes to.
var receivedFromRE = mustPattern(`(?i)\b(?:we|us)\b[^.;]{0,30}\b(?:receive|receives|received|obtain|obtains|obtained)\b[^.;]{0,60}\bfrom\b`)

// sourceItemRE is an item of a list of data that says where the data
// comes from, opening with the noun of data and "from": "Information from
// other sources, such as … credit reference agencies such as Experian"
// (b79-14), "Data from your bank". The party named in it is a source of
// data, as one the author receives data from is (receivedFromRE).
var sourceItemRE = mustPattern(`(?i)^[^\pL]*(?:personal\s+)?(?:information|data)\s+(?:[\pL-]+\s+){0,2}?from\b`)

// receivedFromName reports a sentence of text that names one of es and
// says the author receives or obtains data from a party (receivedFromRE):
// "if you log in through a social media service (like Google) … we will
// receive information from that service".
func receivedFromName(text string, es []string) bool {
	if !strings.Contains(text, "receive") && !strings.Contains(text, "obtain") && !strings.Contains(text, " from ") {
		return false
	}
	for _, s := range sentenceSplitRE.Split(text, -1) {
		if containsAny(s, es) && (receivedFromRE.MatchString(s) || sourceItemRE.MatchString(s)) {
			return true
		}
	}
	return false
}

// trackerNamed reports folded words that name a tracker by a word of the
// cookies category no other category has: "cookie", "pixel", "SDK", not
// "analytics", which is as much a purpose. A company whose entry says only
// that it serves analytics ("Intercom, Inc. Dashboard user reporting and
// analytics") is a processor, not a tracker it sets.
func (c *classifier) trackerNamed(ws []string) bool {
	ck := c.rb.categoryIndex("cookies")
	for _, h := range c.ix.strongHits(ws) {
		if int(h.k) != ck {
			continue
		}
		t := c.ix.terms[h.k][h.i]
		shared := false
		for k := range c.ix.terms {
			if k != ck && slices.ContainsFunc(c.ix.terms[k][:c.ix.weakFrom[k]], func(u []string) bool { return slices.Equal(u, t) }) {
				shared = true
				break
			}
		}
		if !shared {
			return true
		}
	}
	return false
}

// formAfter reports a name the text writes with a company's legal form
// after it, a comma between or not: "Intercom, Inc." is a company, though
// the name found is "Intercom". A company is a party, never a kind of
// data, whatever its entry says it collects ("Intercom, Inc. … Data
// collected can include user information").
func formAfter(text, e string) bool {
	for rest := text; ; {
		i := strings.Index(rest, e)
		if i < 0 {
			return false
		}
		rest = rest[i+len(e):]
		next := strings.TrimLeft(rest, ", ")
		if len(next) == len(rest) {
			continue // "Intercoms": part of a longer word
		}
		end := strings.IndexFunc(next, unicode.IsSpace)
		if end < 0 {
			end = len(next)
		}
		if f := nameFormWord(strings.TrimRight(next[:end], ",;:)")); formWord(f) {
			return true
		}
	}
}

// sentenceSplitRE ends a sentence: a full stop, a question or exclamation
// mark, or a line break.
var sentenceSplitRE = mustPattern(`[.!?]\s+|\n+`)

// weDefinedRE is "we" in quotation marks: the party a policy calls "we"
// defined ("(“we”, “us” or “our”)", the comma inside too: "“we,” “us”").
var weDefinedRE = mustPattern(`(?i)["“'‘]we,?["”'’]`)

// groupMadeUpRE is a sentence that says which companies make up a group
// named as the author's, in capitals ("The Omnis Software Group is
// currently made up of …") or as "our group of companies": who "we" are.
var groupMadeUpRE = mustPattern(`(?:\bGroup|(?i:\bour group(?: of companies)?))\s+(?:(?:is|are)\s+(?:currently\s+|now\s+)?(?:made up of|comprised of|composed of|formed (?:of|by))|consists of|comprises)\s`)

// partyPlace is placeRole for countries es alone, on the side of ch
// they are named on; a seat only where the sentence names the controller
// ("processors established in the United States" are where data goes).
func (c *classifier) partyPlace(ch redline.Change, new bool, es []string) string {
	if !c.onlyCountries(es) {
		return ""
	}
	role := c.placeRole(c.changedSentencesOf(ch, new), es)
	if so, sn := c.changedSentences(ch.Old, ch.New); role == "seat" && !slices.Contains(c.ix.fold(so+" "+sn), "controller") {
		return ""
	}
	return role
}

// seatWords are the words before a country that say a party is
// established there: "a company registered in Ireland", "organised under
// the laws of Delaware".
var seatWords = [][]string{{"registered", "in"}, {"incorporated", "in"}, {"established", "in"}, {"headquartered", "in"},
	{"domiciled", "in"}, {"laws", "of"}}

// placeRole says what each country es, in text, is the place of: "seat"
// where a party is established, "firm" where a firm that is not the
// company's own is ("a bookkeeping firm in Vietnam", not "our support
// team in India"); "" for a place data goes to or anything else.
func (c *classifier) placeRole(text string, es []string) string {
	ws := strings.Fields(strings.ToLower(stripMarkdown(text)))
	for i := range ws {
		ws[i] = strings.Trim(ws[i], ",;:.()\"“”'")
	}
	role := ""
	for _, e := range es {
		ew := strings.Fields(strings.ToLower(e))
		found := ""
		for i := 0; i+len(ew) <= len(ws) && found == ""; i++ {
			if !equalWords(ws[i:i+len(ew)], ew) {
				continue
			}
			j := i
			if j > 0 && ws[j-1] == "the" {
				j--
			}
			for _, sw := range seatWords {
				if j >= len(sw) && equalWords(ws[j-len(sw):j], sw) {
					found = "seat"
				}
			}
			if found == "" && j >= 3 && ws[j-1] == "in" && c.groupNoun(ws[j-2]) {
				for k := j - 3; k >= max(0, j-5); k-- {
					if ws[k] == "a" || ws[k] == "an" || ws[k] == "another" {
						found = "firm"
						break
					}
					if ws[k] == "our" || ws[k] == "its" || ws[k] == "the" {
						break
					}
				}
			}
		}
		if found == "" || role != "" && role != found {
			return ""
		}
		role = found
	}
	return role
}

// groupNoun reports a word whose commonest sense as a noun is a group of
// people (WordNet's noun.group): "firm" (though "firm" is first an
// adjective), "company", "agency".
func (c *classifier) groupNoun(w string) bool {
	e := wordNet().entries(w)
	return len(e) > 0 && strings.ContainsRune(e[0].pos, 'n') && e[0].lexfile == 14
}

// postcodeLineRE is a postcode and a town ("D-20099 Hamburg", "1097 JB
// Amsterdam") or a US state and ZIP code ("TX 78701").
var postcodeLineRE = mustPattern(`(?m)(?:^|[\s,])(?:[A-Z]{1,2}-)?\d{4,5}(?:\s+[A-Z]{2})?\s+\p{Lu}\p{L}+|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b`)

// addressBlock reports text that is a postal address standing alone: a
// postcode, and lines or parts too short to be sentences (no line of
// more than six words).
func addressBlock(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || !postcodeLineRE.MatchString(s) {
		return false
	}
	for _, line := range strings.Split(s, "\n") {
		if len(strings.Fields(line)) > 6 {
			return false
		}
	}
	return true
}

// changedSentencesOf returns the changed sentences of the new side of ch,
// or of the old.
func (c *classifier) changedSentencesOf(ch redline.Change, new bool) string {
	so, sn := c.changedSentences(ch.Old, ch.New)
	if new {
		return sn
	}
	return so
}

// residenceRE is a phrase that says where the reader lives.
var residenceRE = mustPattern(`(?i)\b(live|lives|living|reside|resides|residing|resident|residents|located|based|citizens?|users?|consumers?)\s+(in|of)\s+(the\s+|an?\s+)?$`)

// thingLocatedRE is "located in" or "based in" said of no person: data,
// servers, infrastructure or a company is where it is kept or run, not
// where a reader lives ("data is primarily stored on AWS infrastructure
// located in the United States & Europe", b327-04). The reader is
// located in a place as "you", "users", "individuals" …; anything else
// before the verb (a noun of a thing, a company, staff) says where data
// goes.
var thingLocatedRE = mustPattern(`(?i)\b(servers?|infrastructure|data\s?cent(?:re|er)s?|facilit(?:y|ies)|systems?|data|information|databases?|storage|hosting|clouds?|regions?|providers?|vendors?|suppliers?|processors?|sub-?processors?|partners?|compan(?:y|ies)|subsidiar(?:y|ies)|affiliates?|entit(?:y|ies)|offices?|teams?|staff|personnel|employees)\s+(?:(?:that|which|who)\s+)?(?:(?:are|is)\s+)?(?:located|based)\s+(?:in|of)\s+(?:the\s+|an?\s+)?$`)

// residenceStems start the words of residenceRE.
var residenceStems = []string{"live", "living", "resid", "located", "based", "citizen", "user", "consumer"}

// placeListRE is a name and the word joining it to the next of a list,
// at the end of a text: "the European Economic Area or the ".
var placeListRE = mustPattern(`(?:\bthe\s+)?\b\p{Lu}[\p{L}\w.-]*(?:\s+\p{Lu}[\p{L}\w.-]*)*(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$`)

// residentsCategory returns the category of a sentence that names places
// where the reader lives, read without the places (and without asides
// that name none, withoutAsides), where it is not transfers: whom a
// commitment is for is not where data goes. A sentence that, so read,
// names no category says only for whom what it says holds: the scope of
// the policy ("If you are a user located in Australia, …, United States
// or Vietnam, there are additional jurisdiction-specific terms that may
// apply to you"). "" when the places are not where the reader lives.
func (c *classifier) residentsCategory(ch redline.Change, es []string, new bool) string {
	text := c.changedSentencesOf(ch, new)
	if !residence(text, es) {
		return ""
	}
	text = withoutAsides(text, es)
	for _, e := range es {
		text = strings.ReplaceAll(text, e, " ")
	}
	k, hit, _ := c.categorizeAside(c.withoutPersonPlace(c.ix.fold(text)), nil, c.headingWords(ch.Section))
	if !hit && c.rb.categoryIndex("scope") >= 0 {
		return "scope"
	}
	if !hit || k == "transfers" {
		return ""
	}
	if to := c.readerFlow(ch, k); to != "" {
		return to
	}
	return k
}

// residence reports countries each named, in text, right after a phrase
// that says where the reader lives ("if you live in", "residents of").
func residence(text string, es []string) bool {
	// residenceRE needs one of these words: without them, no place is
	// where the reader lives, and the asides need not be taken out.
	if len(es) == 0 || !slices.ContainsFunc(residenceStems, func(w string) bool { return containsFold(text, w) }) && !strings.Contains(text, "In ") && !containsFold(text, "within") && !containsFold(text, "you") {
		return false
	}
	text = withoutAsides(text, es)
	for _, e := range es {
		found := false
		for rest := text; ; {
			i := strings.Index(rest, e)
			if i < 0 {
				break
			}
			// "live in the European Economic Area or the United
			// Kingdom": the places before it in the same list.
			pre := rest[:i]
			for m := placeListRE.FindStringIndex(pre); m != nil; m = placeListRE.FindStringIndex(pre) {
				pre = pre[:m[0]]
			}
			if !residenceRE.MatchString(pre) && !readerPlace(pre, rest[i+len(e):]) || thingLocatedRE.MatchString(pre) {
				return false
			}
			found, rest = true, rest[i+len(e):]
		}
		if !found {
			return false
		}
	}
	return len(es) > 0
}

func (c *classifier) onlyCountries(es []string) bool {
	for _, e := range es {
		if !c.ix.countries[e] && !c.worldPlace(e) {
			return false
		}
	}
	return len(es) > 0
}

// sentenceChange quotes the changed sentence before and after.
func (c *classifier) sentenceChange(ch redline.Change) string {
	a, b := c.changedSentences(ch.Old, ch.New)
	switch {
	case a == "":
		return "added " + excerpt(b)
	case b == "":
		return "removed " + excerpt(a)
	}
	return excerpt(a) + " → " + excerpt(b)
}

func entityNoun(cat string) string {
	switch cat {
	case "transfers":
		return "destination"
	case "identity":
		return "party"
	case "data", "ai":
		return "name"
	case "cookies":
		return "tracker"
	case "security":
		return "measure or standard"
	case "rights":
		return "party to write to"
	}
	return "recipient"
}

// describeEntities names entities, with a country that follows a name in
// brackets: "Mixpanel (United States)".
func (c *classifier) describeEntities(es []string) string {
	var names, countries []string
	for _, e := range es {
		if c.ix.countries[e] {
			countries = append(countries, e)
		} else {
			names = append(names, e)
		}
	}
	switch {
	case len(names) == 0:
		return strings.Join(countries, ", ")
	case len(countries) > 0:
		return strings.Join(names, ", ") + " (" + strings.Join(countries, ", ") + ")"
	}
	return strings.Join(names, ", ")
}

var quantityRE = mustPattern(`(?i)\b(\d[\d.,]*|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|once|twice|thrice)\s*(\(\d+\)\s*)?(?:(?:times\s+)?(?:a|an|per|every|each)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:business |working |calendar )?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b|(business |working |calendar )?(seconds?|minutes?|hours?|days?|weeks?|months?|years?)?)`)

// quantity finds in text the first of the given numbers with its unit:
// "30 days", "TLS 1.3" shows as "1.3".
func quantity(text string, nums []string) string {
	if len(nums) == 0 {
		return ""
	}
	match := func(m []string) (string, bool) {
		if m != nil && strings.EqualFold(strings.TrimRight(m[1], ".,"), nums[0]) {
			return strings.TrimRight(strings.TrimSpace(m[0]), ".,"), true
		}
		return "", false
	}
	// The expression is tried only where the number stands, not over the
	// whole text: this ran for every number of every change.
	lower, want := strings.ToLower(text), strings.ToLower(nums[0])
	if len(lower) != len(text) || want == "" { // lower-casing moved the bytes: search it all
		for _, m := range quantityRE.FindAllStringSubmatch(text, -1) {
			if q, ok := match(m); ok {
				return q
			}
		}
		return nums[0]
	}
	for from := 0; from < len(lower); {
		i := strings.Index(lower[from:], want)
		if i < 0 {
			break
		}
		i += from
		if i == 0 || !isAlnumByte(text[i-1]) {
			if q, ok := match(quantityAt.FindStringSubmatch(text[i:])); ok {
				return q
			}
		}
		from = i + 1
	}
	if h := halfUnitIn(lower, nums[0]); h != "" {
		return h // "half a year", folded to "6 months"
	}
	return nums[0]
}

// quantityAt is quantityRE anchored at the start of the text.
var quantityAt = mustPattern(`^(?:` + quantityRE.String() + `)`)

func isAlnumByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// numberDirection: a longer retention, a later notification or response,
// a lower age or a weaker protocol expands; the opposite restricts.
func numberDirection(cat, from, to string) string {
	a, okA := leadingNumber(from)
	b, okB := leadingNumber(to)
	if !okA || !okB || a == b {
		return Neutral
	}
	up := b > a
	switch cat {
	case "retention", "rights", "notice":
		if cat == "notice" {
			up = !up
		}
		if up {
			return Expands
		}
		return Restricts
	case "children", "security":
		if up {
			return Restricts
		}
		return Expands
	}
	return Neutral
}

func leadingNumber(s string) (float64, bool) {
	// The first and last words, and whether there are two: no list of
	// the words is made, nor an error no caller reads.
	var first, last string
	words := 0
	for f := range strings.FieldsSeq(s) {
		if words == 0 {
			first = f
		}
		last = f
		words++
	}
	if words == 0 {
		return 0, false
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(first, ",", ""), 64)
	if err != nil {
		w, ok := numberWords[strings.ToLower(first)]
		if !ok {
			return 0, false
		}
		n = w
	}
	if words > 1 {
		n *= unitDays(last)
	}
	return n, true
}

var numberWords = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"eighteen": 18, "twenty": 20, "thirty": 30, "sixty": 60, "ninety": 90}

func unitDays(u string) float64 {
	switch strings.TrimSuffix(strings.ToLower(u), "s") {
	case "hour":
		return 1.0 / 24
	case "week":
		return 7
	case "month":
		return 30
	case "year":
		return 365
	}
	return 1
}

// wordChange describes a change in its words: "“30” → “14”".
// distinct returns ws without its repeats, in order: a reason names the
// word "may" once, however often the text says it.
func distinct(ws []string) []string {
	var out []string
	for _, w := range ws {
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

func wordChange(removed, added []string) string {
	q := func(ws []string) string {
		if len(ws) > 8 {
			ws = append(ws[:8:8], "…")
		}
		return "“" + strings.Join(ws, " ") + "”"
	}
	switch {
	case len(removed) == 0:
		return "added " + q(added)
	case len(added) == 0:
		return "removed " + q(removed)
	}
	return q(removed) + " → " + q(added)
}

// modalReason says how the words that give a commitment its force changed.
// A sentence added or taken away whole is a commitment made or withdrawn,
// and its words are quoted once ("new commitment (“may”, “will”): “We may
// …”"), not as "commitment changed (added “may will”): added “We may …”".
func (c *classifier) modalReason(removed, added []string, ch redline.Change) string {
	removed, added = distinct(removed), distinct(added)
	each := func(ws []string) string {
		if len(ws) > 4 {
			ws = append(ws[:4:4], "…")
		}
		return "“" + strings.Join(ws, "”, “") + "”"
	}
	a, b := c.changedSentences(ch.Old, ch.New)
	switch {
	case a == "" && len(removed) == 0:
		return "new commitment (" + each(added) + "): " + excerpt(b)
	case b == "" && len(added) == 0:
		return "commitment withdrawn (" + each(removed) + "): " + excerpt(a)
	case len(removed) == 0:
		return "commitment changed (added " + each(added) + "): " + c.sentenceChange(ch)
	case len(added) == 0:
		return "commitment changed (removed " + each(removed) + "): " + c.sentenceChange(ch)
	}
	return "commitment changed (" + each(removed) + " → " + each(added) + "): " + c.sentenceChange(ch)
}

func excerpt(s string) string {
	s = readable(s)
	if len(s) > 100 {
		cut := strings.LastIndexByte(s[:100], ' ')
		if cut < 50 {
			cut = 100
		}
		s = s[:cut] + "…"
	}
	return "“" + s + "”"
}

// spelledOut finds the names text spells out in capitalised words and
// files their words under their initials: "Information Commissioner's
// Office" under "ICO", "European Economic Area" under "EEA". "of", "and",
// "for" and "the" inside a name count no initial.
func spelledOut(text string) map[string][]string {
	var out map[string][]string // made at the first name: most texts have none
	if strings.IndexFunc(text, unicode.IsUpper) < 0 {
		return out
	}
	ws := rawWords(stripMarkdown(text))
	capital := func(w string) bool { return isName(w) && !upperCase(w) }
	for i := range ws {
		if !capital(ws[i]) {
			continue
		}
		var buf [8]string // a name of eight initials at most
		initials, words := "", buf[:0]
		for j := i; j < len(ws) && len(initials) < 8; j++ {
			if capital(ws[j]) {
				initials += ws[j][:1]
				words = append(words, ws[j])
				if len(initials) >= 2 {
					if out == nil {
						out = map[string][]string{}
					}
					out[initials] = append([]string(nil), words...)
				}
				continue
			}
			if j > i {
				switch strings.ToLower(ws[j]) {
				case "of", "and", "for", "the":
					continue
				}
			}
			break
		}
	}
	return out
}

// initialsIn reports a name of two capitalised words or more whose
// initials text writes as a word: "United Kingdom" where text says "UK".
// "of", "and", "for" and "the" inside a name count no initial.
func initialsIn(e, text string) bool {
	if !strings.Contains(e, " ") || !hasCapitalsRun(text) && !strings.Contains(text, ".") {
		return false
	}
	var initials []byte
	for _, w := range strings.Fields(e) {
		switch {
		case w == "of" || w == "and" || w == "for" || w == "the":
		case isName(w):
			initials = append(initials, w[0])
		default:
			return false
		}
	}
	if len(initials) < 2 {
		return false
	}
	// The initials written with stops are the same initials: "the United
	// States" → "the U.S." (b48-14).
	dotted := make([]byte, 0, 2*len(initials))
	for _, b := range initials {
		dotted = append(dotted, b, '.')
	}
	for at := 0; ; {
		i := strings.Index(text[at:], string(dotted))
		if i < 0 {
			break
		}
		if i += at; i == 0 || !isAlnumByte(text[i-1]) {
			return true
		}
		at = i + 1
	}
	if !hasCapitalsRun(text) {
		return false
	}
	for _, w := range rawWords(text) {
		if w == string(initials) {
			return true
		}
	}
	return false
}

// definedNames returns the names text defines by their initials in
// brackets, under those initials: "the Agency for Digital Government
// (DIGG)" files "Agency for Digital Government" under "DIGG". The name is
// the capitalised words before the bracket, with "of", "and", "for" and
// "the" between them.
func definedNames(text string) map[string]string {
	var out map[string]string
	for rest := text; ; {
		i := strings.Index(rest, " (")
		if i < 0 {
			return out
		}
		before, after := rest[:i], rest[i+2:]
		rest = after
		j := strings.IndexByte(after, ')')
		if j < 2 || j > 8 || !upperCase(after[:j]) || strings.IndexFunc(after[:j], unicode.IsLetter) < 0 {
			continue
		}
		ws := strings.Fields(before)
		k := len(ws)
		for k > 0 && (isName(ws[k-1]) || k < len(ws) && (ws[k-1] == "of" || ws[k-1] == "and" || ws[k-1] == "for")) {
			k--
		}
		for k < len(ws) && !isName(ws[k]) {
			k++
		}
		if k < len(ws) {
			if out == nil {
				out = map[string]string{}
			}
			out[after[:j]] = strings.Join(ws[k:], " ")
		}
	}
}

// hasCapitalsRun reports two capital letters in a row, as an acronym has.
func hasCapitalsRun(s string) bool {
	run := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			if run++; run >= 2 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// writeAcronyms writes, in each text, a name the other text states only by
// its initials as those initials: "outside the European Economic Area",
// beside "outside the EEA", reads "outside the EEA".
func writeAcronyms(old, new string) (string, string) {
	rewrite := func(text, other string) string {
		// Most changes name no acronym: then there is nothing to spell.
		if !hasCapitalsRun(other) {
			return text
		}
		acronyms := map[string]bool{}
		for _, w := range rawWords(other) {
			if len(w) >= 2 && upperCase(w) && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
				acronyms[w] = true
			} else if l := strings.TrimSuffix(w, "s"); len(l) >= 2 && len(l) < len(w) && isLetters(l) {
				acronyms[w] = true // "NDAs" (b222-09)
			}
		}
		if len(acronyms) == 0 {
			return text
		}
		names := spelledOut(text)
		inText := map[string]bool{}
		for _, w := range rawWords(text) {
			inText[w] = true
		}
		for _, a := range slices.Sorted(maps.Keys(names)) {
			words := names[a]
			if len(a) >= 2 && acronyms[a] && inText[a] {
				// A name written out and defined by the initials the other
				// side writes alone: "the European Economic Area (EEA)" is
				// "the EEA".
				if start := strings.Index(text, strings.Join(words, " ")+" ("+a+")"); start >= 0 {
					text = text[:start] + a + text[start+len(strings.Join(words, " "))+len(a)+3:]
				}
				continue
			}
			if len(a) < 2 || !acronyms[a] || inText[a] {
				continue
			}
			inText[a] = true
			start := strings.Index(text, words[0])
			if start < 0 {
				continue
			}
			last := words[len(words)-1]
			end := strings.Index(text[start:], last)
			if end < 0 {
				continue
			}
			end += start + len(last)
			if strings.HasPrefix(text[end:], "'s") || strings.HasPrefix(text[end:], "’s") {
				end += len("'s")
			}
			text = text[:start] + a + text[end:]
		}
		for _, a := range slices.Sorted(maps.Keys(acronyms)) {
			if !inText[a] {
				text = writeLowerAcronym(text, other, a)
			} else if strings.Contains(text, "("+a+")") {
				text = dropLowerGloss(text, other, a)
			}
		}
		return text
	}
	return rewrite(old, new), rewrite(new, old)
}

// dropLowerGloss writes as a the words in lower case before "(a)" whose
// initials a is: "internet protocol (IP) address" is "IP address", as
// "Internet Protocol (IP) address" is (spelledOut reads only capitalised
// names). "of", "and", "for" and "the" inside count no initial. Where
// other writes the words out too ("uses artificial intelligence" →
// "uses artificial intelligence (AI)"), the gloss is what was added and
// the words stay.
func dropLowerGloss(text, other, a string) string {
	if strings.IndexFunc(a, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return text
	}
	want := strings.ToLower(a)
	i := strings.Index(text, " ("+a+")")
	if i < 0 {
		return text
	}
	before := strings.Fields(text[:i])
	initials, j := "", len(before)
	for j > 0 && len(initials) < len(want) {
		w := before[j-1]
		if strings.ToLower(w) != w || strings.IndexFunc(w, unicode.IsLetter) != 0 {
			break
		}
		j--
		if w == "of" || w == "and" || w == "for" || w == "the" {
			continue
		}
		initials = w[:1] + initials
	}
	if initials != want || len(before)-j < 2 {
		return text
	}
	spelled := strings.Join(before[j:], " ")
	start := strings.LastIndex(text[:i], spelled)
	if start < 0 || start+len(spelled) != i || containsFold(other, spelled) {
		return text
	}
	return text[:start] + a + text[i+len(" ("+a+")"):]
}

// writeLowerAcronym writes as a the words of text in lower case whose
// initials a is, where other writes a between the same two words: "with
// your local data protection authority." beside "with your local DPA."
// reads "with your local DPA.". Ordinary words give initials by chance
// ("do pay attention"), so only a name in the place of the initials is
// taken for them; "of", "and", "for" and "the" inside it count no
// initial ("right of access").
func writeLowerAcronym(text, other, a string) string {
	letters := strings.TrimSuffix(a, "s") // "NDAs"
	if !isLetters(letters) {
		return text // "ISO27001", "P2P": not the initials of words
	}
	// Each part of a hyphenated word gives its initial ("role-based
	// access controls" is RBAC, b222-43); a hyphen and a space are one
	// byte each, so where the words are found in one they are in the
	// other.
	spaced := text
	if strings.Contains(text, "-") {
		spaced = strings.ReplaceAll(text, "-", " ")
	}
	ow, tw := rawWords(other), rawWords(spaced)
	at := func(ws []string, i int) string {
		if i < 0 || i >= len(ws) {
			return ""
		}
		return strings.ToLower(ws[i])
	}
	want := strings.ToLower(letters)
	for i, w := range ow {
		if w != a {
			continue
		}
		prev, next := at(ow, i-1), at(ow, i+1)
		for j := range tw {
			if at(tw, j-1) != prev {
				continue
			}
			initials, end := "", j
			for ; end < len(tw) && len(initials) < len(want); end++ {
				w := tw[end]
				if strings.IndexFunc(w, unicode.IsDigit) >= 0 || strings.ToLower(w) != w && (end > j || prev != "") {
					break // a capital only where the words open the text: "- Role-based access controls"
				}
				if end > j && (w == "of" || w == "and" || w == "for" || w == "the") {
					continue
				}
				initials += strings.ToLower(w[:1])
			}
			if initials != want || at(tw, end) != next || end-j < 2 {
				continue
			}
			if start := phraseBetween(spaced, strings.Join(tw[j:end], " "), prev, next); start >= 0 {
				return text[:start] + a + text[start+len(strings.Join(tw[j:end], " ")):]
			}
		}
	}
	return text
}

// phraseBetween returns where text writes phrase with the word prev
// before it and next after it ("" for none, in lower case), -1 when it
// does not: the phrase written twice is replaced where the other side
// writes its initials, not where it first occurs.
func phraseBetween(text, phrase, prev, next string) int {
	for from := 0; ; {
		k := strings.Index(text[from:], phrase)
		if k < 0 {
			return -1
		}
		start := from + k
		// the words beside it, read from a few bytes each side: a long
		// text that writes the phrase often is not read whole each time
		before, after := rawWords(text[max(0, start-64):start]), rawWords(text[start+len(phrase):min(len(text), start+len(phrase)+64)])
		p, n := "", ""
		if len(before) > 0 {
			p = strings.ToLower(before[len(before)-1])
		}
		if len(after) > 0 {
			n = strings.ToLower(after[0])
		}
		if p == prev && n == next {
			return start
		}
		from = start + 1
	}
}

// aboutIdentity reports changed words that name the controller's identity
// or role ("subsidiary", "joint controllers") and no transfer.
func (c *classifier) aboutIdentity(changed []string) bool {
	identity, transfers := c.rb.categoryIndex("identity"), c.rb.categoryIndex("transfers")
	found := false
	for _, h := range c.ix.strongHits(changed) {
		switch int(h.k) {
		case transfers:
			return false
		case identity:
			found = true
		}
	}
	return found
}

// rowOfNamedCountries reports a list item or table row added whole whose
// countries es the old text already names.
func (c *classifier) rowOfNamedCountries(ch redline.Change, es []string) bool {
	row := strings.TrimSpace(ch.New)
	if ch.Kind != redline.Insert || row == "" || !strings.ContainsAny(row[:1], "*-+|") || strings.Contains(row, "\n") {
		return false
	}
	for _, e := range es {
		if !c.countryInDoc(true, e) {
			return false
		}
	}
	return true
}

// columnOfRecipients reports names each written alone in a cell of a
// table row whose header cell for that column names recipients among
// what it names.
func (c *classifier) columnOfRecipients(ch redline.Change, es []string) bool {
	header := c.leadIn()
	if !strings.HasPrefix(strings.TrimSpace(header), "|") || len(es) == 0 {
		return false
	}
	cells := func(row string) []string {
		return strings.Split(strings.Trim(strings.TrimSpace(row), "|"), "|")
	}
	head := cells(header)
	for _, e := range es {
		found := false
		for _, line := range strings.Split(ch.Old+"\n"+ch.New, "\n") {
			for i, cell := range cells(line) {
				if strings.TrimSpace(stripMarkdown(cell)) != e || i >= len(head) {
					continue
				}
				// "Name of Subprocessor": the column's words name
				// recipients, whatever else they name; or, naming no
				// category, they are a noun of parties ("Provider",
				// "Subcontractor"), whom data goes to.
				fh := c.ix.fold(head[i])
				if _, hit, _ := c.categorizeAside(fh, nil, nil); c.asideScores[c.rb.categoryIndex("recipients")] > 0 || !hit && partyLead(fh) || c.partyHeadNoun(fh) {
					found = true
				}
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// partyHeadNoun reports a column header whose last word, the noun the
// header is about, is a noun of parties, whatever the words before it
// name: "Data Processor", "Analytics Partner". A header names what one row
// holds, so the noun is singular as often as plural, and a singular noun
// of organisations ("processor", "company": a business to WordNet) names
// a party too; "Processor" is a word of identity (the role GDPR gives),
// and a processor is whom data goes to. A noun that names another
// category by itself ("Tracker") is that category's, and a controller is
// who is responsible, not a party data goes to.
func (c *classifier) partyHeadNoun(fh []string) bool {
	n := len(fh)
	if n < 2 {
		return false // a header of one word is partyLead's
	}
	w := fh[n-1]
	e := wordNet().entries(w)
	if !personNoun(w) && !(len(e) > 0 && strings.ContainsRune(e[0].pos, 'n') && e[0].lexfile == 14) {
		return false
	}
	if w == "controller" || w == "controllers" || slices.Contains(fh, "your") {
		// Who "we" are, a joint controller, or the party serving the
		// reader ("Your Coinbase Service Provider"): identity's.
		return false
	}
	c.categorizeAside(fh[n-1:], nil, nil)
	for k, s := range c.asideScores {
		if s > 0 && k != c.rb.categoryIndex("data") && k != c.rb.categoryIndex("recipients") && k != c.rb.categoryIndex("identity") {
			return false
		}
	}
	return true
}

// asciiSpace marks the ASCII characters unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// nameFormWord is a word of a name as its legal form is compared: in lower
// case, without the dots around it or the ones a form written in
// capitals puts between its letters ("B.V." is "bv").
func nameFormWord(w string) string {
	lw := strings.ToLower(strings.Trim(w, ".,"))
	if strings.Contains(lw, ".") {
		if nd := strings.ReplaceAll(lw, ".", ""); legalForms[nd] {
			return nd
		}
	}
	return lw
}

// glossAcronym reports an acronym e that text writes in brackets right
// after two words or more whose initials it contains in order, and which
// other still writes: "Certificate Status (OCSP) Information" →
// "Certificate Status Information" drops a label of the same thing
// (Online Certificate Status Protocol), not a party. A name in brackets
// after words it does not abbreviate ("our hosting provider (AWS)", "our
// analytics provider (Mixpanel)") names who it is, and counts.
func glossAcronym(text, other, e string) bool {
	letters := strings.TrimSuffix(e, "s") // "NDAs"
	if len(letters) < 2 || len(letters) > 6 || !upperCase(letters) || strings.ContainsRune(e, ' ') {
		return false
	}
	k := strings.Index(text, " ("+e+")")
	if k < 0 {
		return false
	}
	ws := strings.Fields(text[:k])
	for m := min(len(ws), len(letters)); m >= 2; m-- {
		initials := make([]byte, 0, m)
		for _, w := range ws[len(ws)-m:] {
			if w[0] < 'A' || w[0] > 'Z' {
				initials = nil
				break
			}
			initials = append(initials, w[0])
		}
		if initials != nil && strings.Contains(letters, string(initials)) {
			return strings.Contains(other, strings.Join(ws[len(ws)-m:], " "))
		}
	}
	// Words in lower case, a hyphen parting them or not, must spell all
	// its letters: "non-disclosure agreements (NDAs)", "role-based
	// access control (RBAC)" (b222-09, b222-03).
	if start := spelledBefore(text[:k], letters); start >= 0 {
		return strings.Contains(other, text[start:k])
	}
	return false
}

// spelledBefore returns where the words at the end of text begin whose
// initials, in any case, are letters, each part of a hyphenated word
// counting one and a joiner inside none; -1 when they are not.
func spelledBefore(text, letters string) int {
	k, end := len(letters), len(text)
	for k > 0 {
		i := strings.LastIndexAny(text[:end], " -")
		w := text[i+1 : end]
		if w == "" {
			return -1
		}
		if !joinerWords[strings.ToLower(w)] || k == len(letters) {
			if unicodeLower(w[0]) != unicodeLower(letters[k-1]) {
				return -1
			}
			k--
		}
		if k == 0 {
			return i + 1
		}
		if i < 0 {
			return -1
		}
		end = i
	}
	return -1
}

// legalFormAfter reports a name that ctx writes with a company's legal
// form right after it: "Omnis Software Italia S.r.l., Via Roma 10" names a
// company of the author's group, a party of its own (h014), where "Omnis
// Software Italia" alone might be a product.
func legalFormAfter(ctx, e string) bool {
	i := strings.Index(ctx, e)
	if i < 0 {
		return false
	}
	rest := ctx[i+len(e):]
	if len(rest) > 16 {
		rest = rest[:16]
	}
	ws := strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == '.' || r == ',' })
	if len(ws) > 3 {
		ws = ws[:3]
	}
	return hasLegalForm(ws)
}

// answerWords answer a question in a word: yes or no and their informal
// and hedged forms, a closed class.
var answerWords = map[string]bool{"yes": true, "no": true, "nope": true, "nah": true, "yep": true, "yup": true, "yeah": true,
	"sure": true, "never": true, "always": true, "sometimes": true, "rarely": true, "usually": true, "often": true,
	"maybe": true, "absolutely": true, "certainly": true, "definitely": true, "correct": true, "indeed": true, "exactly": true}
