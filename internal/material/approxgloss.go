package material

import (
	"math"
	"strings"
)

// A period given again in brackets, roughly, in another unit ("180 days
// (approximately six months)", b93-27, read "six months added") glosses
// the period it follows: the commitment is the figure before the
// bracket. Only a gloss within a tenth of that figure is one; "180 days
// (approximately two years)" says another period and is compared as
// written.

// approxGlossRE is a period and a rough gloss of it in brackets.
var approxGlossRE = mustPattern(`(?i)\b(\d+|[a-z]+)\s+(day|week|month|year|hour)s?\s*\((?:approximately|approx\.|about|roughly|around|circa)\s+(\d+|[a-z]+(?:-[a-z]+)?)\s+(day|week|month|year|hour)s?\)`)

// periodDays are the days of each unit, on average.
var periodDays = map[string]float64{"hour": 1.0 / 24, "day": 1, "week": 7, "month": 30.44, "year": 365.25}

// approximateGlosses returns s without each bracket that roughly glosses
// the period before it.
func approximateGlosses(s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	return approxGlossRE.ReplaceAllStringFunc(s, func(m string) string {
		g := approxGlossRE.FindStringSubmatch(m)
		a, b := periodFigure(g[1]), periodFigure(g[3])
		if a <= 0 || b <= 0 {
			return m
		}
		da, db := a*periodDays[strings.ToLower(g[2])], b*periodDays[strings.ToLower(g[4])]
		if math.Abs(da-db) > da/10 {
			return m
		}
		return m[:strings.IndexByte(m, '(')]
	})
}

// periodFigure is the value of a number written in figures or in words
// ("six", "twenty-four"), as readNumber reads it, or 0.
func periodFigure(w string) float64 {
	v, _ := readNumber(strings.Fields(strings.ReplaceAll(strings.ToLower(w), "-", " ")))
	return v
}

// A period given again in brackets exactly, in another unit ("within two
// days (48 hours)", b127-07, b130-09, read "two days added" beside a verb
// reworded) is the same period said twice: the figure before the bracket
// is kept. Only an exact conversion is one (hours, days and weeks; months
// and years): "30 days (one month)" says two periods, compared as written.

// exactGlossRE is a period and another in brackets after it.
var exactGlossRE = mustPattern(`(?i)\b(\d+|[a-z]+(?:-[a-z]+)?)\s+(day|week|month|year|hour)s?\s*\((\d+|[a-z]+(?:-[a-z]+)?)\s+(day|week|month|year|hour)s?\)`)

// exactGlosses returns s without each bracket that restates the period
// before it in another unit, exactly.
func exactGlosses(s string) string {
	return exactGlossRE.ReplaceAllStringFunc(s, func(m string) string {
		g := exactGlossRE.FindStringSubmatch(m)
		ua, ub := unitOf[strings.ToLower(g[2])], unitOf[strings.ToLower(g[4])]
		a, b := periodFigure(g[1]), periodFigure(g[3])
		if a <= 0 || b <= 0 || ua.unit != ub.unit || a*ua.factor != b*ub.factor {
			return m
		}
		return strings.TrimRight(m[:strings.IndexByte(m, '(')], " ")
	})
}
