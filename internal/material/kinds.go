package material

import "slices"

// wordKinds sorts words whose trade for a word of another kind changes a
// commitment, though WordNet calls each ordinary English:
//   - how one thing is measured against another: "the same as" is not
//     "comparable to", and "a higher age" is not "a different age";
//   - what becomes of data at the end: "removed from our systems" is not
//     "deactivated in" them.
var wordKinds = map[string]string{
	"same": "equal to", "equal": "equal to", "identical": "equal to", "equivalent": "equal to",
	"comparable": "comparable to", "similar": "comparable to", "adequate": "comparable to", "analogous": "comparable to",
	"higher": "higher than", "greater": "higher than", "stricter": "higher than", "older": "higher than",
	"lower": "lower than", "lesser": "lower than", "younger": "lower than", "weaker": "lower than",
	"different": "other than", "another": "other than",
	"delete": "deleted", "deleted": "deleted", "deletes": "deleted", "erase": "deleted", "erased": "deleted", "remove": "deleted",
	"removed": "deleted", "removes": "deleted", "destroy": "deleted", "destroyed": "deleted", "purge": "deleted", "purged": "deleted",
	"deactivate": "made inactive", "deactivated": "made inactive", "deactivates": "made inactive", "disable": "made inactive",
	"disabled": "made inactive", "suspend": "made inactive", "suspended": "made inactive", "archive": "made inactive",
	"archived": "made inactive", "hide": "made inactive", "hidden": "made inactive",
}

// kindTraded returns a word of one kind removed and a word of another
// kind added in its place, the rest of the sentence the same: "is the
// same as in the EU" → "is comparable to that in the EU".
func kindTraded(removed, added []string) (string, string) {
	for _, o := range removed {
		ko := wordKinds[o]
		if ko == "" {
			continue
		}
		for _, n := range added {
			if kn := wordKinds[n]; kn != "" && kn != ko && (ko == "deleted" || ko == "made inactive") == (kn == "deleted" || kn == "made inactive") {
				return o, n
			}
		}
	}
	return "", ""
}

// askedToAct returns the act the reader could do, now only ask the
// company to do: "or delete your account" → "or ask us to delete your
// account". A power of the reader's is a request.
func askedToAct(old, new []string) string {
	if slices.Contains(old, "request") || slices.Contains(old, "ask") {
		return "" // "may request that we delete" is "may ask us to delete"
	}
	for j := 2; j+1 < len(new); j++ {
		if new[j] != "to" || new[j-1] != "us" || new[j-2] != "ask" && new[j-2] != "request" {
			continue
		}
		act := new[j+1]
		if parties[act] || determiners[act] {
			continue // "If you ask us to, we …": no act of the reader's named
		}
		for i, w := range old {
			if w == act && (i < 2 || old[i-1] != "to" || old[i-2] != "us") {
				return act
			}
		}
	}
	return ""
}
