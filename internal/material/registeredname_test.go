package material

import (
	"slices"
	"strings"
	"testing"
)

// TestRegisteredName: a processor's registered company written beside
// the name the policy knows it by (b74-26: "Sentry (Functional Software,
// Inc., United States)") is the same processor; the same company written
// as a second party, or beside a name the policy did not write, is a new
// recipient.
func TestRegisteredName(t *testing.T) {
	rb := Builtin()
	const old = "  • Sentry (United States): Error monitoring — protected by SCCs and UK IDTA"
	for _, tc := range []struct {
		name, old, new string
		party          string // the name a reason must give, "" for none
	}{
		{"in the bracket (b74-26)", old, "  • Sentry (Functional Software, Inc., United States): Error monitoring — protected by SCCs and UK IDTA", ""},
		{"doing business as", old, "  • Functional Software, Inc. d/b/a Sentry (United States): Error monitoring — protected by SCCs and UK IDTA", ""},
		{"a second party", old, "  • Sentry and Functional Software, Inc. (United States): Error monitoring — protected by SCCs and UK IDTA", "Functional Software"},
		{"beside a new name", "  • Datadog (United States): Error monitoring — protected by SCCs and UK IDTA",
			"  • Datadog (United States): Error monitoring — protected by SCCs and UK IDTA\n  • Sentry (Functional Software, Inc., United States): Error monitoring — protected by SCCs and UK IDTA", "Sentry"},
	} {
		rep, _, why := judgeEdit(rb, "Third-Party Processors", tc.old, tc.new)
		named := slices.ContainsFunc(rep.Verdicts, func(v Verdict) bool { return v.Material && strings.HasSuffix(v.Rule, ".entity") })
		if tc.party == "" && rep.Material || tc.party != "" && (!named || !strings.Contains(strings.Join(why, "; "), tc.party)) {
			t.Errorf("%s: material=%v, a party named %v, want %q: %s", tc.name, rep.Material, named, tc.party, strings.Join(why, "; "))
		}
	}
}
