package material

import (
	"strings"
)

// streetLineRE is a line of a postal address laid out one part to a line
// that gives a house number and its street: "88 Colin P. Kelly Jr. St.",
// "1600 Amphitheatre Parkway", "10A Queen's Road". The number is the
// first group.
var streetLineRE = mustPattern(`^\s*(?:[-*+]\s+)?(\d{1,5}[A-Za-z]?)\s+\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,6}[.,]?\s*$`)

// streetNumberLastRE is a street line that writes the house number after
// the street: "Taurusavenue 111", "Rosenheimer Straße 143C". The number is
// the first group.
var streetNumberLastRE = mustPattern(`^\s*(?:[-*+]\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,4}\s+(\d{1,5}[A-Za-z]?)[.,]?\s*$`)

// addressBlockNumber reports a postal address laid out one part to a line
// (the party, the street, the town and postcode, the country) in which
// only the house number of the street line changed: "8 Colin P. Kelly
// Jr. St." → "88 Colin P. Kelly Jr. St.", above an unchanged "San
// Francisco, CA 94107". The number says at which door the same party is
// reached, as withoutAddressNumbers has it for an address written on one
// line; the street, the town, the postcode and the party are compared
// whole, and any other line changed leaves the change to the other rules.
func addressBlockNumber(old, new string) bool {
	if strings.IndexByte(old, '\n') < 0 || !strings.ContainsAny(old, "0123456789") || !postcodeRE.MatchString(old) && !postcodeLineRE.MatchString(old) {
		return false
	}
	lo, ln := strings.Split(old, "\n"), strings.Split(new, "\n")
	if len(lo) != len(ln) {
		return false
	}
	changed := 0
	for i := range lo {
		if lo[i] == ln[i] {
			continue
		}
		mo, mn := streetLineRE.FindStringSubmatchIndex(lo[i]), streetLineRE.FindStringSubmatchIndex(ln[i])
		if mo == nil || mn == nil {
			// The number after the street, as Dutch, German and
			// Scandinavian addresses write it: "Taurusavenue 111" →
			// "Taurusavenue 125" (b11-09).
			mo, mn = streetNumberLastRE.FindStringSubmatchIndex(lo[i]), streetNumberLastRE.FindStringSubmatchIndex(ln[i])
		}
		if mo == nil || mn == nil || lo[i][:mo[2]] != ln[i][:mn[2]] || lo[i][mo[3]:] != ln[i][mn[3]:] {
			return false
		}
		changed++
	}
	// The postcode is on a line of its own, unchanged: the town is the
	// same.
	return changed == 1 && (postcodeRE.MatchString(new) || postcodeLineRE.MatchString(new))
}
