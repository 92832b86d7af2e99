package material

import (
	"strings"
)

// ageYearsRE is an age said with its unit: "aged 18 years", "age of 16
// years old". An age is counted in years; the unit adds nothing.
var ageYearsRE = mustPattern(`\b([Aa]ged|[Aa]ge of|[Aa]ges)\s+(\d+)\s+years?(?:\s+old)?\b`)

// ageOverRE is "or over" or "or above" after an age, which "or older"
// says.
var ageOverRE = mustPattern(`\b([Aa]ged|[Aa]ge of|[Aa]ges)\s+(\d+)\s+(or|and)\s+(?:over|above)\b`)

// ageAtLeastRE is a lower age bound said with "at least", or with its
// unit before "or older": "who are at least 18 years of age", "at least
// 16 years old", "18 years of age or older". Each is "aged 18 or older":
// the same threshold, in the words formal drafting uses (b67-10).
var ageAtLeastRE = mustPattern(`\b(?:(?:who|that)\s+(?:are|is)\s+)?(?:at\s+least\s+(\d+)\s+years?\s+(?:of\s+age|old)|(\d+)\s+years?\s+(?:of\s+age|old)\s+or\s+(?:older|over|above))\b`)

// ageBoundYearsRE is an age bound with its unit after the number: "under
// 13 years of age", "younger than 16 years old". It is "under the age of
// 13": an age is counted in years, and the unit adds nothing (b71-40).
var ageBoundYearsRE = mustPattern(`\b([Uu]nder|[Bb]elow|[Oo]ver|[Aa]bove|than)\s+(\d+)\s+years?\s+(?:of\s+age|old)\b`)

// ageUnderRE is an age with "or under", "or below" or "and younger"
// after it, which "or younger" says: "aged 13 or under" takes in the
// 13-year-olds that "under the age of 13" leaves out (b132-39). Only after
// an age: "versions 44 and below" bound no one, and bare, "or under" opens
// a phrase ("or under a higher age where the law requires it").
var ageUnderRE = mustPattern(`\b((?:[Aa]ged|[Aa]ge of|[Aa]ges|[Cc]hildren|[Kk]ids|[Mm]inors|[Tt]eens)\s+\d+)\s+(?:or\s+(?:under|below)|and\s+(?:under|below|younger))\b`)

// agesInYears writes an age without its unit, "or over" as "or older"
// and "or under" as "or younger": "aged 18 years or older" and "aged 18
// or over" state one threshold. The number itself is compared as written.
func agesInYears(m string) string {
	// The expressions are slow and replacing copies the text, matched or
	// not: only where an age is said at all.
	if strings.Contains(m, "of age") || strings.Contains(m, " old") {
		if ageAtLeastRE.MatchString(m) {
			m = ageAtLeastRE.ReplaceAllString(m, "aged $1$2 or older")
		}
		if ageBoundYearsRE.MatchString(m) {
			m = ageBoundYearsRE.ReplaceAllString(m, "$1 the age of $2")
		}
	}
	if (strings.Contains(m, " under") || strings.Contains(m, " below") || strings.Contains(m, " younger")) && ageUnderRE.MatchString(m) {
		m = ageUnderRE.ReplaceAllString(m, "$1 or younger")
	}
	if !strings.Contains(m, "ged ") && !strings.Contains(m, "ge of") && !strings.Contains(m, "ges ") {
		return m
	}
	if ageYearsRE.MatchString(m) {
		m = ageYearsRE.ReplaceAllString(m, "$1 $2")
	}
	if ageOverRE.MatchString(m) {
		m = ageOverRE.ReplaceAllString(m, "$1 $2 $3 older")
	}
	return m
}
