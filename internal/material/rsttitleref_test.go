package material

import "testing"

// TestRSTRefToTitle: a :ref: whose target is a section's title, with
// spaces ("<privacy-policy:Do Not Track>", as Sphinx's autosectionlabel
// names sections), renders as its label alone, as any :ref: does: the
// title's words are no words of the text ("Not" no denial, "Google
// Analytics" no tracker), and a target retitled with the label kept is
// the same pointer. A commitment changed beside the link, or a tool
// named in the text, stays material. (Written for b24-13 and b24-25.)
func TestRSTRefToTitle(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b24-13", "Google Analytics",
			"You may also opt-out of analytics on Read the Docs by enabled Do Not Track.",
			"You may also opt-out of analytics on Read the Docs by enabling\n:ref:`Do Not Track <privacy-policy:Do Not Track>`.", false},
		{"b24-25", "Analytics",
			"We go into detail on analytics in a\n:ref:`separate section specific to analytics <privacy-policy:Google Analytics>`.",
			"We go into detail on analytics in a\n:ref:`separate section specific to analytics <privacy-policy:Plausible>`.", false},
		{"a denial added beside the link", "Google Analytics",
			"You can opt out of analytics by enabling :ref:`Do Not Track <privacy-policy:Do Not Track>`.",
			"You cannot opt out of analytics by enabling :ref:`Do Not Track <privacy-policy:Do Not Track>`.", true},
		{"a denial dropped beside the link", "Analytics",
			"We do not use :ref:`Google Analytics <privacy-policy:Google Analytics>` on documentation pages.",
			"We use :ref:`Google Analytics <privacy-policy:Google Analytics>` on documentation pages.", true},
		{"a tool named in the text", "Analytics",
			"We go into detail on analytics in a :ref:`separate section <privacy-policy:Analytics>`.",
			"We use Plausible, as we detail in a :ref:`separate section <privacy-policy:Analytics>`.", true},
	})
}
