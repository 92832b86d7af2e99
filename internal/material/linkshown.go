package material

import (
	"slices"
	"strings"
)

// How a link is shown is no commitment when the page it leads to is the
// one it led to, or another page of the same site the same words speak of:
//   - the address written out beside its link dropped or added: "please
//     [click here](u) [(u).](u)" → "please click [here](u)" (b53-41);
//   - a link that shows its own address re-pointed to another page of
//     the same site: "via: [foxnews.com/contact](…)" → "via:
//     [https://help.foxnews.com/hc/en-us/requests/new](…)" (b53-46), as a
//     link whose label stays does (sameSiteLinks);
//   - "this site", "this page", "here", written with no address, given
//     the address it spoke of: "by visiting this site and opting out" →
//     "by visiting [https://www.iabprivacy.com/optout.html](…) and …"
//     (b53-28): the words named no page, so the address cannot name
//     another.
//
// A label that names a page ("our preferences page"), an address of
// another site or any other word changed is compared as usual: another
// way to act, or another party's page.
//
// linkShown reports such a pair of texts and says which of the three it is.
func linkShown(old, new string) (string, bool) {
	if old == new || !containsJoined(old, new, "://") && !containsJoined(old, new, "www.") {
		return "", false
	}
	to, tn := shownTokens(old), shownTokens(new)
	if slices.Equal(to.seen, tn.seen) {
		return "", false // the reader sees the same words: a link's target alone is weighed elsewhere
	}
	p := 0
	for p < len(to.words) && p < len(tn.words) && to.words[p] == tn.words[p] {
		p++
	}
	eo, en := len(to.words), len(tn.words)
	for eo > p && en > p && to.words[eo-1] == tn.words[en-1] {
		eo--
		en--
	}
	mo, mn := to.words[p:eo], tn.words[p:en]
	urls := func(ws []string) bool { return !slices.ContainsFunc(ws, func(w string) bool { return w != shownURL }) }
	switch {
	case urls(mo) && urls(mn) && slices.Equal(to.targets, tn.targets) && to.echoes && tn.echoes:
		return "the address written out beside its link added or removed", true
	case urls(mo) && urls(mn) && !slices.Equal(to.targets, tn.targets) && to.selfShown && tn.selfShown && to.site != "" && to.site == tn.site:
		return "a link showing its own address re-pointed to another page of the same site (" + to.site + ")", true
	case len(mn) == 1 && mn[0] == shownURL && deicticOnly(mo) && within(to.targets, tn.targets),
		len(mo) == 1 && mo[0] == shownURL && deicticOnly(mn) && within(tn.targets, to.targets):
		// The words named no page only if they were no link: "here"
		// that was a link to one site, written as the address of
		// another ("visit [here](…truste.com/…)" → "visit
		// https://www.bbbprograms.org/…"), sends the reader elsewhere.
		return "“this site” written with the address it spoke of, or the reverse", true
	}
	return "", false
}

// within reports whether every one of a is one of b.
func within(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// shownURL stands for an address the reader sees, in shownTokens' words.
const shownURL = "\x00url"

// shown is a text as the reader sees it: its words, each address shown
// written as shownURL, and as written (seen); the targets of its links; whether every address
// shown is one of them (echoes), whether every link shows its own address
// or a word (selfShown: none shows another's), and the one site all its
// addresses shown and targets are on, "" if several.
type shown struct {
	words, seen, targets []string // seen: words with the addresses as written
	echoes, selfShown    bool
	site                 string
}

func shownTokens(s string) shown {
	var out shown
	out.echoes, out.selfShown = true, true
	sites := map[string]bool{}
	var b strings.Builder
	last := 0
	for _, m := range mdLinkRE.FindAllStringSubmatchIndex(s, -1) {
		label, target := s[m[2]:m[3]], normalURL(s[m[4]:m[5]])
		b.WriteString(s[last:m[0]])
		b.WriteString(" " + label + " ")
		last = m[1]
		if !slices.Contains(out.targets, target) {
			out.targets = append(out.targets, target)
		}
		sites[urlSite(target)] = true
		if l := strings.TrimSpace(label); l != "" && looksURL(l) && normalURL(l) != target {
			out.selfShown = false
		}
	}
	b.WriteString(s[last:])
	for _, f := range strings.Fields(strings.ReplaceAll(b.String(), `\`, "")) {
		// A typographic apostrophe is the same apostrophe set in
		// another type: "Tumblr’s" and "Tumblr's" are one word to the
		// reader (tumblr-027, a link re-pointed in the same edit).
		w := strings.ReplaceAll(strings.ToLower(strings.Trim(f, "()[]<>.,;:!?\"'“”‘’*_")), "’", "'")
		if w == "" {
			continue
		}
		if looksURL(w) {
			u := normalURL(w)
			if !slices.Contains(out.targets, u) {
				out.echoes = false
			}
			sites[urlSite(u)] = true
			out.seen = append(out.seen, u)
			out.words = append(out.words, shownURL)
			continue
		}
		out.seen = append(out.seen, w)
		out.words = append(out.words, w)
	}
	if len(sites) == 1 {
		for k := range sites {
			out.site = k
		}
	}
	return out
}

// looksURL reports a word that is a web address: with a scheme, "www.",
// or a host and a path ("foxnews.com/contact").
func looksURL(w string) bool {
	return strings.Contains(w, "://") || strings.HasPrefix(w, "www.") || strings.IndexByte(w, '/') > 0 && bareAddrRE.MatchString(w) // a host and a path: a slash after the host
}

// normalURL is an address without its scheme, "www.", case and the
// slash or full stop it ends with.
func normalURL(u string) string {
	u = strings.ToLower(strings.ReplaceAll(u, `\`, ""))
	if _, rest, ok := strings.Cut(u, "://"); ok {
		u = rest
	}
	return strings.TrimRight(strings.TrimPrefix(u, "www."), "/.")
}

// urlSite is the registrable part of a normalised address's host:
// "help.foxnews.com/hc" → "foxnews.com", "www.ico.org.uk/x" → "ico.org.uk".
func urlSite(u string) string {
	h, _, _ := strings.Cut(u, "/")
	h, _, _ = strings.Cut(h, "?")
	h, _, _ = strings.Cut(h, "#")
	return registrable(h)
}

// deicticOnly reports words that point at a page without naming it:
// "this site", "this page", "here", "the following link".
func deicticOnly(ws []string) bool {
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	noun := false
	for _, w := range ws {
		switch w {
		case "this", "that", "the", "following":
		case "site", "website", "page", "webpage", "link", "here":
			noun = true
		default:
			return false
		}
	}
	return noun
}
