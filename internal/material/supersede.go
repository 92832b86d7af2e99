package material

import (
	"fmt"
	"slices"
	"strings"
)

// A line that says the document itself has given way to another is what
// the document covers, its scope: PyPI's Terms of Use gained
// "Superceded by [PyPI Terms of Service](Terms-of-Service.md): **TBD**"
// and read "Wording not about personal data" (psf-policies 011). From
// then on its commitments are another text's; taken away, they are this
// one's again. Either way a reader is owed the news. The declaration is
// a closed form: a line opening with "Superseded by" or "Replaced by",
// or the document itself ("this policy", "these terms") said to be
// superseded, replaced, withdrawn, no longer in effect or no longer to
// apply. "This policy replaces the previous one" says the reverse, that
// this text governs, and "the previous version of this policy has been
// replaced" speaks of a version, not of the text in force.

// supersededRE matches a declaration that the document has given way.
var supersededRE = mustPattern(`(?i)(?:^|[.!?:]\s+|\n)[\s>*_!#"'\x60-]*(?:(?:note|notice|important|update|warning)\b[\s:*_"'-]*)*(?:super[sc]eded|replaced)\s+by\b|` +
	`\b(?:this|these)\s+(?:[\w-]+\s+){0,3}?(?:policy|policies|terms|notice|statement|document|agreement|addendum)(?:\s+of\s+(?:use|service|services|sale|business))?\s+` +
	`(?:(?:is|are|has been|have been|was|were|will be|shall be)\s+(?:now\s+|hereby\s+)?(?:super[sc]eded|replaced|retired|withdrawn|revoked|archived|deprecated|discontinued|no longer (?:in effect|in force|valid|effective|applicable|current|maintained|used))|` +
	`no longer (?:applies|apply|governs|govern)|(?:has |have )?(?:expired|ceased to (?:apply|have effect)))\b`)

// supersededStems are the words a declaration needs, without their first
// letter, which may be a capital.
var supersededStems = []string{"upersed", "uperced", "eplaced", "etired", "ithdrawn", "evoked", "rchived", "eprecated",
	"iscontinued", "o longer", "xpired", "eased to"}

// supersededAt returns the declaration in s that the document has given
// way, or "". A declaration about a version of the document ("the
// previous version of this policy") is not one.
func supersededAt(s string) string {
	if !slices.ContainsFunc(supersededStems, func(w string) bool { return strings.Contains(s, w) }) {
		return "" // most text has none of the words: the expression is not run on it
	}
	for _, m := range supersededRE.FindAllStringIndex(s, -1) {
		if strings.HasSuffix(strings.TrimSpace(s[:m[0]]), " of") {
			continue
		}
		return strings.TrimSpace(s[m[0]:m[1]])
	}
	return ""
}

// supersededSaid reports a declaration that the document has given way,
// on one side only: said is the declaration, put whether it was added.
func supersededSaid(ctxOld, ctxNew string) (said string, put bool) {
	return onOneSide(supersededAt(ctxOld), supersededAt(ctxNew))
}

// onOneSide returns what one side says and the other does not, and
// whether it is the new side; "" where both say something or neither
// does.
func onOneSide(old, new string) (said string, put bool) {
	switch {
	case old == "" && new != "":
		return new, true
	case old != "" && new == "":
		return old, false
	}
	return "", false
}

// supersededReason is the reason for supersededSaid's change.
func supersededReason(said string, put bool, quoted string) string {
	if put {
		return fmt.Sprintf("What the document covers: declared given way to another (“%s”): %s", said, quoted)
	}
	return fmt.Sprintf("What the document covers: its declaration of having given way to another (“%s”) removed: %s", said, quoted)
}
