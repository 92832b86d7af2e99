package material

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
	edited := false
	for i, w := range ws[:end] {
		switch {
		case mark[i], c.ix.grammar[w], weekdays[w], w == "last", w == "latest":
		case bylineWords[w]:
			edited = true
		default:
			return false
		}
	}
	return edited
}

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
		if j+1 >= len(ws) {
			continue
		}
		h, okH := atoi(ws[j])
		m, okM := atoi(ws[j+1])
		if !okH || !okM || len(ws[j]) > 2 || len(ws[j+1]) != 2 || h > 23 || m > 59 {
			continue
		}
		end := j + 2
		if end < len(ws) && (ws[end] == "am" || ws[end] == "pm" || ws[end] == "utc") {
			end++
		}
		for k := i; k < end; k++ {
			mark[k] = true
		}
		i = end
	}
}

// weekdays are the names of the days, which a date may begin with.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}
