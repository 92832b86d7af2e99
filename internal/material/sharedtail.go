package material

import "strings"

// A condition set after a dash at the end of each item of a list ("•
// Device type … — only with your analytics consent", "• IP address … —
// only with your analytics consent") holds each item to it. Items merged
// into one that ends with the same condition once ("• Device type, …
// and IP address — only with your analytics consent") are each still
// held to it: the condition is written once for all it governs, and no
// "only" is lost (b79-22 was "Commitment weakened"). The rest of the
// items, the condition set aside on both sides, is judged as written, so
// an item dropped or changed in the merge is still one; a condition on
// some items only, or another condition, is compared as written.
//
// The condition may also be written once as the list's lead-in instead
// ("**Only with your analytics consent:**" over the items, b83-22, read
// "Commitment weakened"), or a lead-in written after each item: it holds
// the same items either way. Only the lead-in line and the items' tails
// are set aside; an item brought in under the lead-in or left out is
// judged as written.

// sharedTail returns the condition every item of old and of new ends
// with after a dash, where the two sides have a different number of
// items, and the items without it; "" where there is none.
func sharedTail(old, new string) (tail, o, n string) {
	if !strings.Contains(old, "\n") && !strings.Contains(new, "\n") {
		return "", old, new // one item a side: nothing merged or split
	}
	io, in := strings.Split(old, "\n"), strings.Split(new, "\n")
	io, in = nonBlank(io), nonBlank(in)
	if len(io) == len(in) || len(io) == 0 || len(in) == 0 {
		return "", old, new
	}
	cut := func(item string) (string, string) {
		for _, d := range [...]string{" — ", " – ", " - "} {
			if i := strings.LastIndex(item, d); i > 0 {
				return item[:i], strings.Join(strings.Fields(item[i+len(d):]), " ")
			}
		}
		return item, ""
	}
	if t, rest, ok := tailAsLead(io, in, cut); ok {
		return t, strings.Join(rest, "\n"), strings.Join(in[1:], "\n")
	}
	if t, rest, ok := tailAsLead(in, io, cut); ok {
		return t, strings.Join(io[1:], "\n"), strings.Join(rest, "\n")
	}
	var restO, restN []string
	for k, side := range [][]string{io, in} {
		for _, item := range side {
			r, t := cut(item)
			if t == "" || tail != "" && t != tail {
				return "", old, new
			}
			tail = t
			if k == 0 {
				restO = append(restO, r)
			} else {
				restN = append(restN, r)
			}
		}
	}
	if len(strings.Fields(tail)) < 2 {
		return "", old, new
	}
	return tail, strings.Join(restO, "\n"), strings.Join(restN, "\n")
}

// nonBlank returns the lines that are not blank, trimmed.
func nonBlank(ls []string) []string {
	var out []string
	for _, l := range ls {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// tailAsLead reports a condition every item of tails ends with after a
// dash that is, word for word, the lead-in that opens leads ("**Only with
// your analytics consent:**"), its emphasis and colon aside, where no item
// under the lead-in repeats it. It returns the condition and the items of
// tails without it.
func tailAsLead(tails, leads []string, cut func(string) (string, string)) (tail string, rest []string, ok bool) {
	if len(leads) < 2 {
		return "", nil, false
	}
	lead, colon := strings.CutSuffix(strings.Trim(leads[0], "*_ \t"), ":")
	lead = strings.Join(strings.Fields(strings.Trim(lead, "*_ \t")), " ")
	if !colon || len(strings.Fields(lead)) < 2 || listItemLine(leads[0]) {
		return "", nil, false
	}
	for _, item := range tails {
		r, t := cut(item)
		if !strings.EqualFold(t, lead) {
			return "", nil, false
		}
		rest = append(rest, r)
	}
	for _, item := range leads[1:] {
		if _, t := cut(item); strings.EqualFold(t, lead) {
			return "", nil, false
		}
	}
	return lead, rest, true
}

// listItemLine reports a line that opens with a list item's marker
// (listItemBody's, or a middle dot).
func listItemLine(l string) bool {
	l = strings.TrimSpace(l)
	_, ok := listItemBody(l)
	return ok || strings.HasPrefix(l, "· ")
}
