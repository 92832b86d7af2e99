package material

import (
	"slices"
	"strings"
	"testing"
)

// TestBasisCiteChanged: a legal basis given by its citation changes with
// the letter of the point cited ("Art. 6 para. 1 s. 1 lit. a GDPR" →
// "lit. f": consent became legitimate interests, b41-05); the same point
// cited another way, or a basis named beside its citation, is the same.
func TestBasisCiteChanged(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"Use of our service", "The legal basis for mandatory data is Art. 6 para. 1 s. 1 lit. b GDPR; the legal basis for voluntary data is Art. 6 para. 1 s. 1 lit. a GDPR.",
			"The legal basis for mandatory data is Art. 6 para. 1 s. 1 lit. b GDPR; the legal basis for voluntary data is Art. 6 para. 1 s. 1 lit. f GDPR.", true},
		{"Legal basis", "We process this data on the basis of Article 6(1)(b) GDPR.", "We process this data on the basis of Article 6(1)(b) and (f) GDPR.", true},
		{"Legal basis", "We process health data under Article 9(2)(a) GDPR.", "We process health data under Article 9(2)(h) GDPR.", true},
		{"Legal basis", "The legal basis is point (a) of Article 6(1) GDPR.", "The legal basis is point (f) of Article 6(1) GDPR.", true},
		{"Legal basis", "We process this data on the basis of Article 6(1)(b) GDPR.", "We process this data on the basis of Art. 6 para. 1 lit. b GDPR.", false},
		{"Legal basis", "The legal basis is Art. 6(1) lit. a DSGVO, which you may withdraw at any time.",
			"The legal basis is your consent (Art. 6(1) lit. a DSGVO), which you may withdraw at any time.", false},
	})
	for _, c := range []struct{ text, want string }{
		{"Art. 6 para. 1 s. 1 lit. b GDPR", "6(1)(b)"},
		{"Art. 6(1)(b) and (f) GDPR", "6(1)(b) 6(1)(f)"},
		{"Art. 6 Abs. 1 lit. a, b and f DSGVO", "6(1)(a) 6(1)(b) 6(1)(f)"},
		{"Art. 6 (1) lit. b and f GDPR", "6(1)(b) 6(1)(f)"},
		{"Art. 6(1)(b) and a contract with you", "6(1)(b)"},
		{"Article 6(1) of the GDPR", ""},
		{"point (e) of Article 9", "9(2)(e)"},
	} {
		if got := strings.Join(basisCites(c.text), " "); got != c.want {
			t.Errorf("basisCites(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	if gone, come := basisCiteChanged("Article 6(1)(b) GDPR", "Art. 6 para. 1 lit. b GDPR"); len(gone)+len(come) > 0 || slices.Contains(gone, "") {
		t.Errorf("the same point cited two ways: gone %v, come %v", gone, come)
	}
}
