package material

import (
	"strings"
	"testing"
)

// TestOtherLanguage holds what batch 13 showed (b13-09): a French
// paragraph whose retention came to start at another event was called
// "Wording not about personal data", because the rules read English and
// found none of their words. Rules that cannot read a text cannot say a
// change in it is minor: it is material, for a reviewer to confirm, unless
// it is cosmetic (spacing, punctuation, an address) or only renames the
// author's own product.
func TestOtherLanguage(t *testing.T) {
	rb := Builtin()
	const fr = "Nous conservons vos données aussi longtemps que vous êtes actif sur notre Plateforme. En cas d’inactivité prolongée pendant 3 ans, nous archivons votre compte et nous conservons les données qui y sont rattachées pendant 10 ans."
	const pts = "Tous les comptes bénéficient de Rakuten ID. Si vous disposiez d’un compte Rakuten avant cette date, vous pouvez continuer à l'utiliser sans Rakuten ID. Néanmoins, votre compte ne vous permettra plus de gagner des Rakuten Super Points dans la mesure où leur gestion est désormais globale."
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"French, punctuation only", "Conservation", fr, strings.Replace(fr, "3 ans,", "3 ans ;", 1), false},
		{"French, the author's product renamed", "Le Groupe Rakuten", pts, strings.Replace(pts, "Rakuten Super Points", "Rakuten Points", 1), false},
		{"French, an event added to when a period starts", "Conservation", fr, strings.Replace(fr, "3 ans,", "3 ans ou lorsque vous demandez la fermeture de votre compte,", 1), true},
		{"French, another name put for a partner's", "Partenaires", strings.Replace(pts, "Rakuten Super Points", "Rakuten Super Points avec Criteo", 1), strings.Replace(pts, "Rakuten Super Points", "Rakuten Super Points avec Zeotap", 1), true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
		if tc.material && !strings.Contains(strings.Join(why, "; "), "do not read the language") {
			t.Errorf("%s: the reason does not say the language is not read: %s", tc.name, strings.Join(why, "; "))
		}
	}
}
