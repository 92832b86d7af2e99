package material

import (
	"sort"
	"strconv"
	"strings"
)

// A quantity is a number as a policy commits to it, normalised so that the
// same value written another way compares equal: "48 hours", "forty-eight
// (48) hours" and "2 days" are all "48h"; "24 months (two years)" is "24mo".
// Units are converted only where the conversion is exact: hours, days and
// weeks into hours; months and years into months. "One month" is not
// "30 days".
type qty struct {
	value float64
	unit  string // "h", "mo", "min", "s", or "" for a bare number
}

func (q qty) String() string {
	return strconv.FormatFloat(q.value, 'f', -1, 64) + q.unit
}

// unitOf maps a time word to its base unit and factor.
var unitOf = map[string]struct {
	unit   string
	factor float64
}{
	"second": {"s", 1}, "seconds": {"s", 1}, "minute": {"s", 60}, "minutes": {"s", 60},
	"hour": {"h", 1}, "hours": {"h", 1}, "day": {"h", 24}, "days": {"h", 24}, "week": {"h", 168}, "weeks": {"h", 168},
	"month": {"mo", 1}, "months": {"mo", 1}, "year": {"mo", 12}, "years": {"mo", 12},
}

// numberValue is the value of a number word; tens and scales combine:
// "forty eight", "one hundred".
var numberValue = map[string]float64{"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

var scaleValue = map[string]float64{"hundred": 100, "thousand": 1000, "million": 1e6}

// quantities returns the distinct quantities stated in words (folded or
// plain words of a text), sorted: a number with the time unit after it,
// the same number restated in brackets counted once.
func quantities(ws []string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(q qty) {
		if s := q.String(); !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for i := 0; i < len(ws); {
		var v float64
		var n int
		switch ws[i] {
		case "once":
			v, n = 1, 1
		case "twice":
			v, n = 2, 1
		case "thrice":
			v, n = 3, 1
		case "a", "an":
			// "a year after the case is closed" is one year after it, as
			// "one year after" is. Not the period of a rate ("once a
			// year", "24 hours a day"): the word before is no count or
			// unit.
			if i+1 < len(ws) && unitOf[ws[i+1]].unit != "" && !strings.HasSuffix(ws[i+1], "s") && (i == 0 || !countOrUnit(ws[i-1]) || longerThanPeriod(ws, i)) {
				v, n = 1, 1
			}
		case "past":
			// "in the past year" is the past one year, the look-back
			// window "in the past twelve (12) months" says (b55-38, read
			// "twelve (12) months removed"). "The past years" counts
			// none.
			if i+1 < len(ws) && unitOf[ws[i+1]].unit != "" && !strings.HasSuffix(ws[i+1], "s") {
				v, n = 1, 1
			}
		case "half":
			if q, m := halfPeriod(ws[i:]); m > 0 {
				add(q) // "half a year"
				i += m
				continue
			}
		case "every", "each":
			// "every year" is "once a year", "every six months" once
			// every six months: a rate, not a period ("for six months").
			if q, m := period(ws[i:], 1); m > 0 {
				add(q)
				i += m
				continue
			}
		default:
			if p, ok := rateAdverb(ws[i]); ok {
				// "annually" is "once a year", read as its period is.
				q, _ := period(p, 1)
				add(q)
				i++
				continue
			}
			if ws[i] == "one" && pronounOne(ws, i) {
				i++ // "one of two roles", "every one of them": no count
				continue
			}
			v, n = readNumber(ws[i:])
		}
		if n == 0 || n == 1 && isNumber(ws[i]) && selfPartAt(ws, i) {
			i++ // none, or "Section 5 of this Policy": a place (partnumber.go)
			continue
		}
		if q, m := frequency(ws[i:], v, n); m > 0 {
			// "once a year" is a rate, one per twelve months: a number
			// with its unit, not a bare 1.
			add(q)
			i += m
			continue
		}
		if ws[i] == "once" || ws[i] == "twice" || ws[i] == "thrice" {
			i++ // "once you close your account": no number
			continue
		}
		if andAHalf(ws[i+n:]) {
			v, n = v+0.5, n+3 // "one and a half years"
		}
		j := i + n
		// "forty-eight (48) hours": the bracketed digits restate it.
		if j < len(ws) {
			if v2, n2 := readNumber(ws[j:]); n2 > 0 && v2 == v {
				j += n2
			}
		}
		// "30 or more days" is "30 days or more": the bound between the
		// number and its unit (orBound; folding writes "or" as "and or").
		if j+2 < len(ws) && ws[j] == "and" && ws[j+1] == "or" && orBound[ws[j+2]] {
			j += 3
		} else if j+1 < len(ws) && ws[j] == "or" && orBound[ws[j+1]] {
			j += 2
		}
		// "2 further years" after a first period is 2 years more, as "plus
		// 2 years" is.
		for j < len(ws) && (ws[j] == "business" || ws[j] == "working" || ws[j] == "calendar" || ws[j] == "full" || ws[j] == "further" || ws[j] == "additional" || ws[j] == "extra" || ws[j] == "more") {
			j++
		}
		q := qty{value: v}
		if j < len(ws) {
			if u, ok := unitOf[ws[j]]; ok {
				q = qty{value: v * u.factor, unit: u.unit}
				if ws[j-1] == "business" || ws[j-1] == "working" {
					q.unit = "w" + q.unit // a working day is not a day
				}
				j++
				if andAHalf(ws[j:]) {
					q.value, j = q.value+u.factor/2, j+3 // "a year and a half"
				}
			}
		}
		add(q)
		i = j
	}
	sort.Strings(out)
	return out
}

// adverbRate is the period of an adverb of frequency, in the words period
// reads: "daily" is "once a day", "quarterly" "once every three months".
// ("Biannually" and "biweekly" say two things and are left out.)
var adverbRate = map[string][]string{"hourly": {"every", "hour"}, "daily": {"every", "day"}, "weekly": {"every", "week"},
	"monthly": {"every", "month"}, "quarterly": {"every", "3", "months"}, "yearly": {"every", "year"}, "annually": {"every", "year"}}

// rateAdverb returns adverbRate's period of w. Every adverb there ends in
// "ly": quantities asks of every word, and most are not looked up.
func rateAdverb(w string) ([]string, bool) {
	if !strings.HasSuffix(w, "ly") {
		return nil, false
	}
	p, ok := adverbRate[w]
	return p, ok
}

// frequency reads a rate at the start of ws, whose count v is its first
// n words ("once", "3"): "once a year", "twice per month", "3 times a
// week", "once every 6 months". Its value is per base unit, so "once a
// year" is "once every 12 months"; its unit is "/" and the base unit. A
// count without a period ("once you close your account", "three times")
// is none: 0 words read.
func frequency(ws []string, v float64, n int) (qty, int) {
	if n < len(ws) && ws[n] == "times" && ws[0] != "once" && ws[0] != "twice" && ws[0] != "thrice" {
		n++
	} else if ws[0] != "once" && ws[0] != "twice" && ws[0] != "thrice" {
		return qty{}, 0
	}
	q, m := period(ws[n:], v)
	if m == 0 {
		return qty{}, 0
	}
	return q, n + m
}

// period reads the period of a rate of v at the start of ws: "a year",
// "per month", "every 6 months", "each day". It returns the rate and the
// words read, 0 when there is none.
func period(ws []string, v float64) (qty, int) {
	if len(ws) == 0 {
		return qty{}, 0
	}
	switch ws[0] {
	case "a", "an", "per", "every", "each":
	default:
		return qty{}, 0
	}
	n := 1
	every := 1.0
	if k, m := readNumber(ws[n:]); m > 0 && k > 0 {
		every, n = k, n+m
	}
	if n >= len(ws) {
		return qty{}, 0
	}
	u, ok := unitOf[ws[n]]
	if !ok {
		// "every quarter", "once a quarter": the period of a rate is a
		// quarter of a year, three months, as "quarterly" is. Only
		// here: "a quarter of our users" counts no time, and "every
		// quarter of an hour" is another quarter.
		if (ws[n] == "quarter" || ws[n] == "quarters") && (n+1 == len(ws) || ws[n+1] != "of") {
			return qty{value: v / (every * 3), unit: "/mo"}, n + 1
		}
		return qty{}, 0
	}
	return qty{value: v / (every * u.factor), unit: "/" + u.unit}, n + 1
}

// readNumber reads a number at the start of ws: digits ("48", "1,000",
// "1.3") or number words ("forty eight", "one hundred", "a hundred" is not
// read). It returns the value and the words read, 0 when there is none.
func readNumber(ws []string) (float64, int) {
	if len(ws) == 0 {
		return 0, 0
	}
	if w := ws[0]; w != "" && w[0] >= '0' && w[0] <= '9' {
		if f, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64); err == nil {
			return f, 1
		}
		return 0, 0
	}
	total, cur, n := 0.0, 0.0, 0
	for n < len(ws) {
		w := ws[n]
		if w != "and" && !numberLike(w) {
			break // most words: no map is asked
		}
		if v, ok := numberValue[w]; ok {
			cur += v
		} else if s, ok := scaleValue[w]; ok && n > 0 {
			total += max(cur, 1) * s
			cur = 0
		} else if w == "and" && n > 0 && n+1 < len(ws) && numberValue[ws[n+1]] > 0 {
			// "one hundred and twenty"
		} else {
			break
		}
		n++
	}
	return total + cur, n
}

// numberLike reports whether w may be a word of numberValue or scaleValue:
// three to nine letters, starting with a letter one of them starts with.
func numberLike(w string) bool {
	return len(w) >= 3 && len(w) <= 9 && strings.IndexByte("zotfsenhm", w[0]) >= 0
}

// sameQuantities reports that two texts state the same quantities, however
// written.
func sameQuantities(old, new []string) bool {
	a := quantities(old)
	if len(a) == 0 {
		return false // most texts state none: the other is not read
	}
	return equalWords(a, quantities(new))
}

// unitHours is how many hours a unit of time lasts, 0 for a word that is
// none.
func unitHours(w string) float64 {
	u, ok := unitOf[w]
	if !ok {
		return 0
	}
	switch u.unit {
	case "s":
		return u.factor / 3600
	case "mo":
		return u.factor * 730
	}
	return u.factor
}

// longerThanPeriod reports a span of time before the "a" at ws[i] that
// lasts longer than the unit after it: "24 months (a year)" is two
// periods, no rate (the bracket is gone from folded words), where "24
// hours a day" and "2 weeks a year" are rates.
func longerThanPeriod(ws []string, i int) bool {
	if i < 2 || i+1 >= len(ws) {
		return false
	}
	v, n := readNumber(ws[i-2:])
	if n != 1 {
		return false
	}
	p, per := unitHours(ws[i-1]), unitHours(ws[i+1])
	return p > 0 && per > 0 && v*p > per
}

// countOrUnit reports a word that makes "a year" after it the period of a
// rate: a count ("once", "3 times", "two") or a unit ("24 hours a day").
func countOrUnit(w string) bool {
	switch w {
	case "once", "twice", "thrice", "times":
		return true
	}
	return unitOf[w].unit != "" || isNumber(w) || numberValue[w] > 0
}

// pronounOne reports a "one" at ws[i] that stands for a noun rather than
// counting one: before "of" and a number, the count then being that
// number ("one of two possible roles", b38-33), before "another" ("from
// one country to another"), after a determiner that does the counting
// ("every one of them", b34-21; "no one", "any one"). It is English's
// pronoun "one", a closed use of the word: the sentence states no number
// by it. "One of your photos" is still one, not each or all of them
// (b55-45).
func pronounOne(ws []string, i int) bool {
	if i+1 < len(ws) && ws[i+1] == "another" {
		return true
	}
	if i+2 < len(ws) && ws[i+1] == "of" {
		if _, n := readNumber(ws[i+2:]); n > 0 || (ws[i+2] == "these" || ws[i+2] == "those") && opensWithNumber(ws[i+3:]) {
			// "one of two roles", "one of these 4 purposes" (b404-06):
			// one of what was counted. "one of your photos" → "each of
			// your photos" counts (b55-45), as "one of these rights" →
			// "all of these rights" does.
			return true
		}
	}
	if i > 0 && (i+1 == len(ws) || relativeAfterOne[ws[i+1]] || ws[i+1] == "and" || ws[i+1] == "or") && !determiners[ws[i-1]] && isVerb(ws[i-1]) && strings.HasSuffix(ws[i-1], "s") {
		// "where the applicable law requires one": the object of a verb
		// with no noun after it stands for a thing named before
		// (b403-40), as "the one where you live" does.
		return true
	}
	if i > 0 {
		switch ws[i-1] {
		case "every", "each", "any", "no", "some":
			return true
		case "the", "this", "that":
			// "the one where you live", "the one you signed up in":
			// a determiner then "one" then a relative clause, not a
			// noun, stands for a thing named before (b60-35). "the one
			// backup copy" counts.
			return i+1 == len(ws) || relativeAfterOne[ws[i+1]]
		}
	}
	return false
}

// opensWithNumber reports ws opening with a number: "four purposes", "4 purposes".
func opensWithNumber(ws []string) bool {
	_, n := readNumber(ws)
	return n > 0
}

// relativeAfterOne holds what opens a relative clause or a contact clause
// after the pronoun "one": relative words and subject pronouns, a closed
// class of English grammar.
var relativeAfterOne = map[string]bool{"where": true, "that": true, "which": true, "who": true, "whom": true,
	"whose": true, "when": true, "you": true, "we": true, "they": true, "i": true, "it": true, "he": true, "she": true}
