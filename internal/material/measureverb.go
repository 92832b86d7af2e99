package material

import "slices"

// A safeguard is a fact of the policy whatever verb puts it there: "omnie
// implements reasonable safeguards" and "omnie uses reasonable safeguards"
// state one measure (issue 8 lists implement → use among the same-meaning
// verbs, b330-46). The verbs are alike only with a measure named on both
// sides: "we use your records" is not "we implement your records", and
// "maintain" said of records is keeping them.

// measureVerbs say that a measure is in place, as the fold writes them.
var measureVerbs = map[string]bool{
	"implement": true, "implements": true, "implemented": true, "implementing": true,
	"utilise": true, "utilises": true, "utilised": true, "utilising": true,
	"employ": true, "employs": true, "employed": true, "employing": true,
	"apply": true, "applies": true, "applied": true, "applying": true,
	"deploy": true, "deploys": true, "deployed": true, "deploying": true,
	"maintain": true, "maintains": true, "maintained": true, "maintaining": true,
	"adopt": true, "adopts": true, "adopted": true, "adopting": true,
}

// measureNouns name a security measure.
var measureNouns = []string{"safeguard", "safeguards", "measure", "measures", "control", "controls", "encryption", "protections", "firewalls", "firewall", "precautions"}

// measureNamed reports folded words that name a measure.
func measureNamed(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return slices.Contains(measureNouns, w) })
}
