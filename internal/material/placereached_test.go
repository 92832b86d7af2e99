package material

import (
	"strings"
	"testing"
)

// TestPlaceNotReached: a place its sentence says no data goes to, is kept
// in or is reached from is no transfer destination. Where the reader is
// (b57-17, b59-26), whose law, where a commitment holds (b17-03) are what
// the sentence says of them; a place beside a party named for the first
// time is where that new recipient is (b31-27, b76-16). The place is
// still reported. Each twin is the same sentence where data does go
// there, or a party already named is now said to be there: it stays a
// transfer. (Written before the rules were changed for these cases.)
func TestPlaceNotReached(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new, category, place string
	}{
		{"b57-17", "Children",
			"Children under the age of 13 are not allowed to create an account or otherwise use the Services. Additionally, if you are in the EEA, you must be over the age required by the laws of your country to create an account or otherwise use the Services, or we need to have obtained verifiable consent from your parent or legal guardian.",
			"Children under the age of 13 are not allowed to create an account or otherwise use the Services. Additionally, if you are located outside the United States, you must be over the age required by the laws of your country to create an account or otherwise use the Services, or we need to have obtained verifiable consent from your parent or legal guardian.",
			"children", "United States"},
		{"twin: data kept outside the United States", "Children",
			"Children under the age of 13 are not allowed to create an account or otherwise use the Services. Additionally, you must be over the age required by the laws of your country to create an account or otherwise use the Services.",
			"Children under the age of 13 are not allowed to create an account or otherwise use the Services. Additionally, if we store your account outside the United States, you must be over the age required by the laws of your country to create an account or otherwise use the Services.",
			"transfers", "United States"},
		{"b59-26", "Welcome!",
			"If you reside in the European Economic Area (“EEA”), Discord Netherlands BV is the “data controller” of your personal information collected through the services.",
			"If you reside in the European Economic Area (“EEA”) or the United Kingdom, Discord Netherlands BV is the “data controller” of your personal information collected through the services.",
			"identity", "United Kingdom"},
		{"twin: the controller keeps the data in the United Kingdom", "Welcome!",
			"If you reside in the European Economic Area (“EEA”), Discord Netherlands BV is the “data controller” of your personal information collected through the services.",
			"If you reside in the European Economic Area (“EEA”), Discord Netherlands BV is the “data controller” of your personal information collected through the services, and hosts it in the United Kingdom.",
			"transfers", "United Kingdom"},
		{"a right given to residents of a country", "Your rights",
			"You can ask us to delete your account.",
			"If you live in Canada, you can ask us to delete your account.",
			"rights", "Canada"},
		{"twin: the account kept in that country", "Your rights",
			"You can ask us to delete your account.",
			"You can ask us to delete your account, which we keep on servers in Canada.",
			"transfers", "Canada"},
		{"b17-03", "A) Information Collected Through Times Services.",
			"Because the “Do Not Track” browser-based standard signal has yet to gain widespread acceptance, we don’t currently respond to those signals.",
			"Because the “Do Not Track” browser-based standard signal has yet to gain widespread acceptance, we don’t currently respond to those signals. We however respond to the [Global Privacy Control](https://globalprivacycontrol.org/) in certain territories, such as Europe and California.",
			"!transfers", "Europe"},
		{"twin: the signal sent to partners there", "A) Information Collected Through Times Services.",
			"Because the “Do Not Track” browser-based standard signal has yet to gain widespread acceptance, we don’t currently respond to those signals.",
			"Because the “Do Not Track” browser-based standard signal has yet to gain widespread acceptance, we don’t currently respond to those signals. We however send the [Global Privacy Control](https://globalprivacycontrol.org/) signal to our partners in certain territories, such as Europe and California.",
			"transfers", "Europe"},
		{"a law a region gives", "Face recognition",
			"The face recognition templates that we create are biometric data with special protections.",
			"The face recognition templates that we create are biometric data with special protections under EU law.",
			"!transfers", "EU"},
		{"twin: the templates kept in that region", "Face recognition",
			"The face recognition templates that we create are biometric data with special protections.",
			"The face recognition templates that we create are biometric data with special protections, stored only in the EU.",
			"transfers", "EU"},
		{"b31-27", "Third-Party Processors",
			"- Anthropic (United States): Primary AI agent (Claude) — protected by SCCs and UK IDTA\n- Supabase (European Union): Primary data storage — EU-based processing\n- Hetzner Cloud (Germany): Production hosting — EU-based processing",
			"- Anthropic (United States): Primary AI agent (Claude) — protected by SCCs and UK IDTA\n- Mistral AI (France): AI response generation — EU-based processing\n- Supabase (European Union): Primary data storage — EU-based processing\n- Hetzner Cloud (Germany): Production hosting — EU-based processing",
			"recipients", "Mistral AI (France)"},
		{"twin: a processor named before, in another country", "Third-Party Processors",
			"- Anthropic (United States): Primary AI agent (Claude) — protected by SCCs and UK IDTA\n- Supabase (European Union): Primary data storage — EU-based processing\n- Hetzner Cloud (Germany): Production hosting — EU-based processing",
			"- Anthropic (United States): Primary AI agent (Claude) — protected by SCCs and UK IDTA\n- Supabase (European Union): Primary data storage — EU-based processing\n- Hetzner Cloud (Germany, Singapore): Production hosting — EU-based processing",
			"transfers", "Singapore"},
		{"b76-16", "Who might we share your personal information with?",
			"  • If we are required to by law, under any code of practice by which we are bound or where we are asked to do so by a public or regulatory authority such as the police or the Department for Work and Pensions;",
			"  • If we are required to by law or under any code of practice that binds us, or where a public or regulatory authority asks us to share it. Examples are the police, the Department for Work and Pensions (DWP) in the UK and the Internal Revenue Service (IRS) in the US;",
			"recipients", "Internal Revenue Service (US)"},
		{"twin: an authority named before, now said to be in the UK", "Who might we share your personal information with?",
			"  • If we are required to by law, or where a public or regulatory authority asks us to share it, such as the police or the Department for Work and Pensions;",
			"  • If we are required to by law, or where a public or regulatory authority asks us to share it, such as the police or the Department for Work and Pensions in the UK;",
			"transfers", "UK"},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		reasons := strings.Join(why, "; ")
		not, exclude := strings.CutPrefix(tc.category, "!")
		switch {
		case !rep.Material:
			t.Errorf("%s: minor, want material: %s", tc.name, reasons)
		case exclude && cats[not], !exclude && (!cats[tc.category] || len(cats) > 1):
			t.Errorf("%s: categories %v, want %s: %s", tc.name, cats, tc.category, reasons)
		case !strings.Contains(reasons, tc.place):
			t.Errorf("%s: the reason does not report %q: %s", tc.name, tc.place, reasons)
		}
	}
}
