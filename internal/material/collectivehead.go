package material

import "slices"

// collectiveHeads are nouns that, after another noun, name the whole of
// what that noun names, as a mass: "our server infrastructure" is "our
// servers", "network equipment" the network's devices. They name no
// party, place or data of their own.
var collectiveHeads = map[string]bool{"infrastructure": true, "hardware": true, "equipment": true}

// collectiveHead returns a test for a collective head (collectiveHeads)
// one side writes after a noun whose plural, or itself, the other side
// writes without it: "all analytics flow through our own server
// infrastructure" → "every analytics event is routed through servers we
// operate ourselves" (b24-44). Who runs them, and where, are other words,
// judged on their own.
func collectiveHead(old, new, removed, added []string) func(string) bool {
	found := map[string]bool{}
	look := func(ws, changed, other []string) {
		for i := 1; i < len(ws); i++ {
			h := ws[i]
			if !collectiveHeads[h] || !slices.Contains(changed, h) || slices.Contains(other, h) {
				continue
			}
			n := ws[i-1]
			if collectiveHeads[n] || len(n) < 3 {
				continue
			}
			for j, w := range other {
				if (w == n || w == n+"s" || w == n+"es") && (j+1 == len(other) || !collectiveHeads[other[j+1]]) {
					found[h] = true
				}
			}
		}
	}
	if slices.ContainsFunc(removed, func(w string) bool { return collectiveHeads[w] }) {
		look(old, removed, new)
	}
	if slices.ContainsFunc(added, func(w string) bool { return collectiveHeads[w] }) {
		look(new, added, old)
	}
	return func(w string) bool { return found[w] }
}
