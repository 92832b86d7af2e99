package material

import (
	"math/rand"
	"strings"
	"testing"
)

// TestSpeakerIndexes checks that the names of a paragraph are judged the
// author, or named by the author's own address, as reading the whole
// paragraph again for each name judges them (speakerindex.go,
// ownaddrindex.go): "OmniCRM implements" beside "We implement",
// "Zentrix's team" beside "Our team", a sentence behind a bold label, a
// name beside "us" (never the author then), "contact us at
// privacy@palantir.com", "[our Privacy Report](https://transparency.automattic.com/)",
// and the near misses: another next word, a name another address spells,
// a link labelled as a partner's.
func TestSpeakerIndexes(t *testing.T) {
	rb := Builtin()
	c := &classifier{rb: rb, ix: rb.index}
	plainSameOpening := func(a, first, b, firstB string) bool {
		next := func(s, first string) []string {
			var out []string
			for _, sn := range sentences(s) {
				sn = strings.TrimLeft(sn, "-*+#>0123456789. ")
				if _, rest, ok := strings.Cut(sn, ": "); ok && !strings.HasPrefix(sn, first+" ") {
					sn = rest
				}
				if rest, ok := strings.CutPrefix(sn, first+" "); ok {
					if ws := rawWords(rest); len(ws) > 0 {
						out = append(out, stem(strings.ToLower(ws[0])))
					}
				}
			}
			return out
		}
		for _, x := range next(a, first) {
			for _, y := range next(b, firstB) {
				if x == y || strings.TrimSuffix(x, "s") == y || strings.TrimSuffix(y, "s") == x {
					return true
				}
			}
		}
		return false
	}
	plainSpeaks := func(e, ctx, other string) bool {
		if c.ix.countries[e] || len(c.knownEntities([]string{e})) > 0 {
			return false
		}
		for _, w := range rawWords(ctx) {
			switch strings.ToLower(w) {
			case "we", "us", "our", "ours", "ourselves":
				return false
			}
		}
		return plainSameOpening(ctx, e, other, "We") || plainSameOpening(ctx, e+"'s", other, "Our") || plainSameOpening(ctx, e+"’s", other, "Our")
	}
	names := []string{"OmniCRM", "Zentrix", "Zentrix Labs", "Palantir", "Automattic", "Acme", "Acme Corp", "Germany", "Google", "Paylio", "Information"}
	parts := []string{
		"OmniCRM implements encryption.", "We implement encryption.", "Zentrix's team reviews requests.", "Our team reviews requests.",
		"Zentrix’s teams answer.", "Our teams answer.", "Zentrix Labs collects data.", "We collect data.", "Information: Zentrix stores logs.",
		"We store logs.", "- Acme Corp shares records.", "1. We share records.", "Acme sells nothing.", "We sell nothing.",
		"Paylio processes payments for us.", "Google analyses traffic.", "We analyse traffic.", "Automattic publishes reports.",
		"Complain to Palantir by contacting us as privacy@palantir.com.", "Write to Acme at help@acme.com.",
		"See Automattic's figures in [our Privacy Report](https://transparency.automattic.com/landing/).",
		"Read [our partner policy](https://acme.com/partners) from Acme.", "Visit us at www.zentrix.io for Zentrix Labs news.",
		"Email us at dpo@omnicrm.com if OmniCRM is late.", "Germany hosts servers.", "We host servers.", "Acme addressed complaints.",
		"We address complaints.", "Zentrix's focus is security.", "Our focuses include security.", "Zentrix's focuses include privacy.",
		"Our focus is privacy.", "See [our Acme Privacy Report](https://privacy.acme.com/) about Acme.",
	}
	rng := rand.New(rand.NewSource(45))
	var named []string // the parts that do not speak as "we"
	for _, p := range parts {
		if !strings.Contains(strings.ToLower(" "+p), " we ") && !strings.Contains(strings.ToLower(p), "our ") && !strings.Contains(p, " us") {
			named = append(named, p)
		}
	}
	text := func(parts []string) string {
		ps := make([]string, 1+rng.Intn(8))
		for i := range ps {
			ps[i] = parts[rng.Intn(len(parts))]
		}
		return strings.Join(ps, " ")
	}
	spoken, addressed := 0, 0
	for trial := 0; trial < 300; trial++ {
		ctx, other := text(parts), text(parts)
		if trial%2 == 0 {
			ctx = text(named)
		}
		speaker, own := newSpeakerIndex(c, ctx, other), newOwnAddresses(ctx)
		if trial%3 != 0 {
			// two names asked first: the others are read from the index
			speaker.speaks("Xyzzy")
			speaker.speaks("Plugh")
			own.names("Xyzzy")
			own.names("Plugh")
		}
		for _, e := range names {
			want := plainSpeaks(e, ctx, other)
			if got := speaker.speaks(e); got != want {
				t.Fatalf("speaks(%q) in %q beside %q = %v, want %v", e, ctx, other, got, want)
			}
			if want {
				spoken++
			}
			if got, want := sameOpening(ctx, e, other, "We"), plainSameOpening(ctx, e, other, "We"); got != want {
				t.Fatalf("sameOpening(%q, %q, %q) = %v, want %v", ctx, e, other, got, want)
			}
			want = namedByOwnAddress(e, ctx)
			if got := own.names(e); got != want {
				t.Fatalf("own address names %q in %q: %v, want %v", e, ctx, got, want)
			}
			if want {
				addressed++
			}
		}
	}
	t.Logf("%d names the author's, %d named by an address", spoken, addressed)
	if spoken < 30 || addressed < 30 {
		t.Errorf("only %d names the author's, %d named by an address: the texts test too little", spoken, addressed)
	}
}
