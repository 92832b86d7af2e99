package material

import "strings"

// stampLine reports a line that only says when the page was last changed
// and by whom: "Latest update on Thursday 3 February 2022 à 17:19 by
// Natalia Kudryavtseva" (b47-11, b47-16), "Last modified 2 June 2023 at
// 16:40 by jdoe". Its words are a date, a time of day after it, a word
// saying the page was written or changed (bylineWords), "last" or
// "latest", weekdays and grammar words, and at most three words after its
// last "by", the editor, none a company's word. The date dates the
// document, the editor receives no one's data: a reader has nothing to be
// told when either changes. A line that adds a commitment has other
// words and is no stamp.
func (c *classifier) stampLine(s string) bool {
	ws := c.ix.fold(s)
	if len(ws) == 0 || len(ws) > 20 {
		return false
	}
	mark := dateWords(ws)
	if mark == nil {
		return false
	}
	timeOfDay(ws, mark)
	by := -1
	for i, w := range ws {
		if w == "by" {
			by = i
		}
	}
	end := len(ws)
	if by >= 0 {
		if len(ws)-by-1 > 3 {
			return false
		}
		for k := by + 1; k < len(ws); k++ {
			if corporateWord(ws[k]) || mark[k] {
				return false
			}
		}
		end = by
	}
	edited, bare := false, by < 0
	for i, w := range ws[:end] {
		switch {
		case mark[i] || weekdays[w] || timeZones[w]:
		case c.ix.grammar[w], w == "last", w == "latest":
			bare = false
		case bylineWords[w]:
			edited = true
		default:
			return false
		}
	}
	// A line of a date and a time alone, "Tue 1 Jul 2025 13.21 BST" over
	// the Guardian's policy, is when the page was published: it changed
	// with the time zone of the capture ("14.21 CEST", ota-86 009).
	return edited || bare
}

// timeZones are the abbreviations of time zones a time of day is written
// with, in folded words.
var timeZones = map[string]bool{"utc": true, "gmt": true, "bst": true, "ist": true, "cet": true, "cest": true, "eet": true, "eest": true,
	"wet": true, "west": true, "est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true, "pst": true, "pdt": true,
	"jst": true, "kst": true, "aest": true, "aedt": true, "sgt": true, "hkt": true}

// timeOfDay marks, after each date mark marks, the time of day written
// after it, in folded words: an hour and its minutes ("17:19" folds to
// "17", "19"), after at most one short word, the "at" of any language
// ("at", "à", "um", "om"), with "am", "pm" or "utc" after it.
func timeOfDay(ws []string, mark []bool) {
	for i := 1; i < len(ws); i++ {
		if !mark[i-1] || mark[i] {
			continue
		}
		j := i
		if len(ws[j]) <= 2 && !isNumber(ws[j]) {
			j++ // "at", "à"
		}
		if j >= len(ws) {
			continue
		}
		end := j + 1
		if hh, mm, ok := strings.Cut(ws[j], "."); ok {
			// "13.21", as the Guardian writes it, is one word
			if !clockTime(hh, mm) {
				continue
			}
		} else if j+1 >= len(ws) || !clockTime(ws[j], ws[j+1]) {
			continue
		} else {
			end = j + 2
		}
		if end < len(ws) && (ws[end] == "am" || ws[end] == "pm" || timeZones[ws[end]]) {
			end++
		}
		for k := i; k < end; k++ {
			mark[k] = true
		}
		i = end
	}
}

// clockTime reports an hour and its minutes: "17", "19".
func clockTime(hh, mm string) bool {
	h, okH := atoi(hh)
	m, okM := atoi(mm)
	return okH && okM && len(hh) <= 2 && len(mm) == 2 && h <= 23 && m <= 59
}

// weekdays are the names of the days, which a date may begin with.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true}
