package material

import "slices"

// ageBoundMoved reports folded words where every number that changed is
// the age of the people the text is about: "users under the age of 16" →
// "… of 18" (b53-19, b53-20), "users aged 13 or over" → "16 or over",
// "13 years of age" → "16 years of age". Which children a commitment
// protects is the children category's (GDPR Art. 8, COPPA), whatever the
// commitment does with their data: "we do not disclose personal data to
// advertising partners" stays a promise about minors. A number that
// bounds no age changed beside one ("match at least three" → "two to
// three", "6 months" → "18 months" in a text that also names an age)
// keeps the category of the words nearest it.
func (c *classifier) ageBoundMoved(old, new []string) bool {
	if !c.ageThreshold(old) && !c.ageThreshold(new) {
		return false
	}
	o, n := numbersIn(old), numbersIn(new)
	gone, come := numbersApart(o, n), numbersApart(n, o)
	if len(gone)+len(come) == 0 {
		return false
	}
	ao, an := c.ageNumbers(old), c.ageNumbers(new)
	return !slices.ContainsFunc(gone, func(v float64) bool { return !slices.Contains(ao, v) }) &&
		!slices.ContainsFunc(come, func(v float64) bool { return !slices.Contains(an, v) })
}

// numbersIn returns the numbers folded words say, in order.
func numbersIn(ws []string) []float64 {
	var out []float64
	for i := 0; i < len(ws); i++ {
		if v, n := readNumber(ws[i:]); n > 0 {
			out = append(out, v)
			i += n - 1
		}
	}
	return out
}

// numbersApart returns the numbers of a that b does not say as often.
func numbersApart(a, b []float64) []float64 {
	left := slices.Clone(b)
	var out []float64
	for _, v := range a {
		if k := slices.Index(left, v); k >= 0 {
			left = slices.Delete(left, k, k+1)
		} else {
			out = append(out, v)
		}
	}
	return out
}

// ageNumbers returns the numbers folded words give as a person's age:
// "under the age of 16", "users under 16", "aged 13", "13 years of age",
// "13 years old".
func (c *classifier) ageNumbers(ws []string) []float64 {
	var out []float64
	for i := 0; i < len(ws); i++ {
		v, n := readNumber(ws[i:])
		if n == 0 {
			continue
		}
		after := ws[i+n:]
		age := i >= 1 && ws[i-1] == "aged" ||
			i >= 2 && ws[i-2] == "age" && ws[i-1] == "of" ||
			len(after) >= 2 && after[0] == "years" && after[1] == "old" ||
			len(after) >= 3 && after[0] == "years" && after[1] == "of" && after[2] == "age" ||
			i >= 2 && ws[i-1] == "under" && (c.person(ws[i-2]) || ageHolders[ws[i-2]])
		if age {
			out = append(out, v)
		}
		i += n - 1
	}
	return out
}

// agesSwapped reports folded words whose ages, said as ages, differ from
// the other side's though every number is still there: the ages of a
// bound and of its exception traded, each age counted once ("under 16 years of age (or 13 …)" →
// "under 13 years of age (or 16 …)", b15-27).
func agesSwapped(c *classifier, old, new []string) bool {
	if !slices.Contains(old, "age") && !slices.Contains(old, "aged") && !slices.Contains(old, "old") {
		return false
	}
	ao, an := c.ageNumbers(old), c.ageNumbers(new)
	if len(ao) == 0 || len(an) == 0 {
		return false
	}
	slices.Sort(ao)
	slices.Sort(an)
	return !slices.Equal(slices.Compact(ao), slices.Compact(an)) // "sixteen (16)" is one age
}
