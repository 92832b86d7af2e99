package material

import "strings"

// nameJoiners are the words a name is written with between its capitalised
// parts: "Treasury Board of Canada Secretariat", "Department for
// Education", "Banque de France". They are a closed class: the
// prepositions of English and French that join a body to what it serves
// or where it is, inside its own name.
var nameJoiners = map[string]bool{"of": true, "for": true, "de": true, "du": true, "des": true}

// ofNames finds in ws the names written across a joiner and marks their
// words used: issue 8 wants names whole ("Names stay whole"), and "the
// Treasury Board of Canada Secretariat" is one party, not "Treasury Board"
// and "Canada Secretariat" (b63-32); "University of Oxford", "Bank of
// America", "Federal Rules of Civil Procedure", "Banque de France" are one
// name each. A country's full name ("Republic of Ireland", "Grand Duchy of
// Luxembourg") is the country, a place, and its form ("Republic", "Grand
// Duchy") no party. A name runs on across the joiner only where both
// sides are capitalised words that go on as a name (joinsName):
//   - the side before is no lone place ("Canada of Canada in Canada" is a
//     place repeated), no document ("Terms of Service", "Code of Conduct"),
//     no words every policy capitalises ("Privacy Policy of Acme") and no
//     person ("Data Protection Officer of Gumb AG" is a post at Gumb AG,
//     "Residents of California" people: WordNet's nouns of persons);
//   - a place after the joiner ends the name: "Digital Advertising
//     Alliance of Canada of Canada" is the Alliance, then a place;
//   - a company named whole after it is the name, and what comes before
//     a thing of it: "Pixel of Meta Platforms Ireland Ltd";
//   - words every policy capitalises after it name no one: "State of New
//     York", "Use of VPN", "Vital Interests of Others".
//
// Lists are cut before (splitList), so "a list of Google and Meta" and
// places listed with commas never reach here as one run.
func (c *classifier) ofNames(ws []string, starts []bool, used []bool) (out []string) {
	for k := 1; k+1 < len(ws); k++ {
		if !nameJoiners[ws[k]] || !isName(ws[k-1]) || !isName(ws[k+1]) || used[k-1] {
			continue
		}
		// The side before: the capitalised words up to the joiner, without
		// a word that opens the sentence and names no one.
		i := k - 1
		for i > 0 && isName(ws[i-1]) && !used[i-1] {
			i--
		}
		for i < k && starts[i] && c.sentenceWord(ws[i]) {
			i++
		}
		if i == k || !c.nameBefore(ws[i:k]) || !c.joinsName(ws[i:k], ws[k], ws[k+1:]) {
			continue
		}
		if ws[k] != "of" && ws[k] != "for" && i > 0 && frenchArticles[ws[i-1]] {
			// "42 Avenue de la Porte de Clichy": a French name whose
			// start is before the article, a street's here, goes on
			// further back than its capitals; it is left as found.
			continue
		}
		j := k
		for j+1 < len(ws) && nameJoiners[ws[j]] && isName(ws[j+1]) && !used[j+1] {
			e := j + 1
			for e < len(ws) && isName(ws[e]) && !used[e] {
				e++
			}
			if lw := strings.ToLower(ws[j+1]); within(ws[j+1:e], ws[i:j]) || allCommon(ws[j+1:e]) || quantifiers[lw] || lw == "others" {
				// "Alliance of Canada of Canada": the same place again;
				// "State of New York", "Use of VPN": words every policy
				// capitalises (a US state, a technical term) go on as no
				// name, nor do "Others", "Other" ("Vital Interests of
				// Others").
				break
			}
			if endsInLegalForm(strings.Join(ws[j+1:e], " ")) {
				// A company named whole after the joiner is the name;
				// the words before it are a post or a thing of it: "Data
				// Protection Officer of Gumb AG", "Pixel of Meta
				// Platforms Ireland Ltd", "Délégué à la Protection des
				// Données de Meta Platforms Ireland Limited".
				break
			}
			place := c.placeOnly(ws[j+1 : e])
			if place && j == k && polities[strings.ToLower(ws[k-1])] {
				// A country's full name is the country, a place:
				// "Republic of Korea", "Grand Duchy of Luxembourg". The
				// form is no party of its own; the country is found
				// as one.
				for x := i; x < k; x++ {
					used[x] = true
				}
				break
			}
			j = e
			if place {
				break // a place ends the name: "Bank of America"
			}
		}
		if j == k {
			continue
		}
		out = append(out, strings.Join(ws[i:j], " "))
		for x := i; x < j; x++ {
			used[x] = true
		}
		k = j
	}
	return out
}

// sentenceWord reports a capitalised word that opens a sentence and is
// no part of a name after it: "Contact Bank of America", "The University
// of Oxford".
func (c *classifier) sentenceWord(w string) bool {
	lw := strings.ToLower(w)
	return commonCapitalised[lw] || openers[lw] || c.ix.grammar[lw] || c.ix.forceWord[lw] || c.gluedOpener(w) || changeLogVerbs[lw]
}

// nameBefore reports words that may be the part of a name before its
// joiner: not a lone country, not a document, not words every policy
// capitalises, not a person.
func (c *classifier) nameBefore(ws []string) bool {
	if c.ix.countries[strings.Join(ws, " ")] || allCommon(ws) {
		return false
	}
	last := strings.ToLower(ws[len(ws)-1])
	if documentHeads[last] || residentWords[last] || commonCapitalised[last] {
		return false
	}
	if e := wordNet().entries(last); len(e) > 0 && e[0].lexfile == 18 {
		return false // noun.person: an officer, a resident
	}
	return true
}

// polities are the forms of a state a country's full name is written
// with: "Republic of Korea", "Kingdom of Spain", "Grand Duchy of
// Luxembourg". A closed class: the kinds of sovereign state.
var polities = map[string]bool{"republic": true, "kingdom": true, "duchy": true, "principality": true, "commonwealth": true,
	"federation": true, "emirate": true, "emirates": true, "sultanate": true, "state": true, "confederation": true}

// partitives are the words that take a part or an amount of a whole, or
// a kind of a whole:
// "Much of GitHub", "Parts of Airbnb" are some of GitHub, not a body
// named with "of". A closed class: the quantifiers of English and the
// nouns of a share.
var partitives = map[string]bool{"part": true, "parts": true, "portion": true, "portions": true, "much": true, "most": true,
	"all": true, "any": true, "none": true, "rest": true, "remainder": true, "half": true, "majority": true, "minority": true,
	"bits": true, "pieces": true, "lots": true, "few": true, "one": true,
	// the nouns of a kind, which a policy's tables head their columns
	// with: "Categories of Personal Information Processed", "Categories
	// of Sources", "Types of Data".
	"categories": true, "category": true, "types": true, "type": true, "kinds": true, "kind": true, "sources": true, "examples": true}

// joinsName reports whether the words before a joiner and those after it
// go on as one name. A body "for" its purpose is named by a noun of a
// group or a place ("Department for Education", "Centre for Data
// Ethics"): "Examples for Firefox", "Privacy Supplement for China Users"
// are a thing and its use. With "of", one English word before it names a
// body only where it is a noun of a group or a place ("University of
// Oxford", "Department of Commerce", "Republic of Ireland") or the words
// after it are a name on their own or a place's ("Bank of America",
// WordNet's noun.location); "Limitation of
// Liability" is a clause's title, "Outside of United States" a place
// said. WordNet's first sense decides (noun.group, noun.location).
func (c *classifier) joinsName(before []string, joiner string, after []string) bool {
	head := strings.ToLower(before[len(before)-1])
	if partitives[head] || quantifiers[head] {
		return false
	}
	e := wordNet().entries(head)
	body := len(e) > 0 && strings.HasPrefix(e[0].pos, "n") && (e[0].lexfile == 14 || e[0].lexfile == 15)
	switch joiner {
	case "for":
		return body
	case "of":
		if body || polities[head] {
			return true
		}
		for _, w := range before {
			if !c.english(w) && !commonCapitalised[strings.ToLower(w)] {
				return true // a coined word: "Paramount Skydance Family of Companies"
			}
		}
		if len(e) == 0 || !strings.HasPrefix(e[0].pos, "n") {
			return false // "Outside of", "Opt Out of": no noun heads a name
		}
		if len(before) > 1 && e[0].lexfile != 4 && e[0].lexfile != 22 {
			return true // "Federal Rules of Civil Procedure", not "Self Collection of" (an act)
		}
		// One English noun of no body: "Bank of America" is named by the
		// place after it; "Protection of Netflix", "Results of KYC",
		// "Categories of Sources" are things of a party.
		a := wordNet().entries(strings.ToLower(after[0]))
		return c.ix.countries[after[0]] || len(a) > 0 && a[0].lexfile == 15
	}
	return true
}

// placeOnly reports words that are a country's name whole.
func (c *classifier) placeOnly(ws []string) bool {
	return c.ix.countries[strings.Join(ws, " ")]
}

// knownAfterJoiner reports a name written with a joiner whose part after
// it starts with a name the rulebook knows and goes on past it: "Treasury
// Board of Canada Secretariat" is the party "Canada Secretariat" was
// (b63-32); a country inside an organisation's name makes it no place, as
// "Twitch Sweden AB" is a company. A country that ends the name is where
// the body is, and makes it no party by itself: "Republic of Ireland".
func (c *classifier) knownAfterJoiner(ws []string) bool {
	for k := 1; k+1 < len(ws); k++ {
		if !nameJoiners[ws[k]] || len(c.ix.entityByFirst[ws[k+1]]) == 0 {
			continue
		}
		e := k + 1
		for e < len(ws) && !nameJoiners[ws[e]] {
			e++
		}
		if !c.placeOnly(ws[k+1 : e]) {
			return true
		}
	}
	return false
}

// frenchArticles are the articles of French, which a French name may hold
// in lower case: "Avenue de la Porte de Clichy", "Place de l'Opéra".
var frenchArticles = map[string]bool{"la": true, "le": true, "les": true, "l": true}
