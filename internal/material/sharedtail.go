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
