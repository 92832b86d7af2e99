package material

import (
	"slices"
	"strings"
)

// A list of examples in brackets ("relevant data (e.g., calendar events,
// message logs)") that keeps every example it gave and gains another
// ("…, message logs, call recordings)", b85-33, read "a clarifying
// example") tells the reader of one more thing the sentence covers. An
// example names nothing new only where the policy already names what it
// names: "call recordings" said nowhere else in the old text is a new
// kind of data, as it would be as an item of a list. Examples reordered,
// reworded, or put where there were none are left to the rules of
// examples (example, trailingExample).

// exampleListGrew reports a bracketed list of examples in new that holds
// every example of its counterpart in old and one or more that old does
// not name anywhere.
func (c *classifier) exampleListGrew(old, new string) bool {
	lo, ln := exampleRE.FindAllString(old, -1), exampleRE.FindAllString(new, -1)
	if len(lo) == 0 || len(lo) != len(ln) {
		return false
	}
	for k := range lo {
		if len(c.itemsGained(exampleItems(lo[k]), exampleItems(ln[k]))) > 0 {
			return true
		}
	}
	return false
}

// itemsGained returns the items of in that io did not have, where in
// keeps every item of io: items of substance the old policy does not
// name anywhere.
func (c *classifier) itemsGained(io, in []string) []string {
	if len(in) <= len(io) {
		return nil
	}
	had, kept := addWords(nil, io), addWords(nil, in) // sets: a hostile list has thousands of items
	for _, it := range io {
		if !kept[it] {
			return nil
		}
	}
	var gained []string
	for _, it := range in {
		if !had[it] && len(c.ix.contentWords(c.ix.fold(it))) > 0 && !c.inDoc(true, it) {
			gained = append(gained, it)
		}
	}
	return gained
}

// exampleItems returns the examples of a bracketed list, lower-cased, as
// conjunctsOf cuts them: "(e.g., calendar events, message logs)" gives
// "calendar events" and "message logs". An "etc." names nothing.
func exampleItems(list string) []string {
	s := strings.ToLower(strings.TrimSpace(list))
	s = strings.TrimSuffix(strings.TrimPrefix(s, "("), ")")
	if m := exampleOpenerRE.FindStringIndex(s); m != nil {
		s = s[m[1]:]
	}
	return slices.DeleteFunc(conjunctsOf(s), func(it string) bool {
		it = strings.TrimSuffix(it, ".")
		return it == "" || it == "etc"
	})
}

// bracketListGrew returns the items a list in brackets gained, where the
// sentence was reworded beside it: "Basic usage analytics (page views,
// chat interactions)" → "Simple usage analytics (page views, chat
// interactions, clicks and scrolling)" (b235-23) collects more, whatever
// "basic" became. The bracket must keep every item it had, open with the
// same one, and gain items of substance the old policy does not name.
func (c *classifier) bracketListGrew(old, new string) []string {
	if !strings.Contains(old, "(") || !strings.Contains(new, "(") || len(old)+len(new) > maxReread {
		return nil
	}
	lists := func(s string) [][]string {
		var out [][]string
		for _, m := range bracketRE.FindAllStringSubmatch(s, -1) {
			if items := exampleItems("(" + m[1] + ")"); len(items) >= 2 {
				out = append(out, items)
			}
		}
		return out
	}
	ln := lists(new)
	for _, io := range lists(old) {
		for _, in := range ln {
			if in[0] != io[0] {
				continue
			}
			if gained := c.itemsGained(io, in); len(gained) > 0 {
				return gained
			}
		}
	}
	return nil
}
