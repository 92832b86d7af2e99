package material

import (
	"strings"
	"testing"
)

// TestCountCompound: "two-factor" → "multi-factor" authentication keeps the
// floor of two factors (tumblr-017); a higher count made "multi-", a
// count of one, a hedge or a narrower scope beside it, and a period
// written as a compound ("two-day") stay material.
func TestCountCompound(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
		cat, words              string
	}{
		{"tumblr-017: two-factor → multi-factor", "Information Related to Your Mobile Device",
			"We may also ask you to provide your phone number to enable new products and improve the Services, such as by enabling two-factor authentication for Account login.",
			"We may also ask you to provide your phone number to enable new products and improve the Services, such as by enabling multi-factor authentication for Account login.", false, "", "multi-factor"},
		{"back: multi-step → two-step", "Security",
			"Staff reach production systems only through multi-step verification.",
			"Staff reach production systems only through two-step verification.", false, "", "two-step"},
		// Twins.
		{"twin: three-factor → multi-factor", "Security",
			"We protect every account with three-factor authentication.",
			"We protect every account with multi-factor authentication.", true, "security", "three"},
		{"twin: a hedge beside it", "Security",
			"We protect every account with two-factor authentication.",
			"We may protect some accounts with multi-factor authentication.", true, "security", ""},
		{"twin: single-factor", "Security",
			"We protect every account with two-factor authentication.",
			"We protect every account with single-factor authentication.", true, "security", ""},
		{"twin: a period as a compound", "Retention",
			"We delete backups on a two-day cycle.",
			"We delete backups on a multi-day cycle.", true, "retention", "two"},
		{"twin: staff only dropped", "Security",
			"Only staff with two-factor authentication can reach your data.",
			"Staff with multi-factor authentication can reach your data.", true, "", ""},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		all := strings.Join(why, "; ")
		if !tc.material {
			for _, v := range rep.Verdicts {
				all += "; " + v.Reason
			}
		}
		switch {
		case rep.Material != tc.material:
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, all)
		case tc.cat != "" && !cats[tc.cat]:
			t.Errorf("%s: categories %v, want %s: %s", tc.name, cats, tc.cat, all)
		case !strings.Contains(all, tc.words):
			t.Errorf("%s: reason %q, want it to say %q", tc.name, all, tc.words)
		}
	}
}
