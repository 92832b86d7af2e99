package material

import (
	"strings"
	"testing"
)

// TestOfficeTown: a party's postal address moved to another town of the
// same state is another seat, not another street of the same town
// (b47-02: Culver City → Beverly Hills, CA, under the same country); and a
// postal address moved is the party's identity, or rights where it is
// where the reader writes to exercise them, not a kind of data (b47-01,
// b47-12, b47-17 read "a number without a unit changed"). Twins: the
// same town at another street, the address re-punctuated or laid out on
// other lines, the same street renamed in its house number: minor.
func TestOfficeTown(t *testing.T) {
	rb := Builtin()
	const gen = "1. GENERAL INFORMATION"
	for _, tc := range []struct{ name, heading, old, new, want string }{
		{"b47-02", gen,
			"AdSupply Inc.\n10811 Washington Blvd, Culver City\nCA 90232, United States",
			"AdSupply Inc.\n9024 W. Olympic Blvd.\nBeverly Hills, CA 90232, United States", "identity"},
		{"b47-01", gen,
			"AdSupply Inc. (“**AdSupply**”) is a California corporation having its registered address at 10811 Washington Boulevard, Suite 400, Culver City, California 90232, United States of America, and registered with the California Secretary of State under number C3416158.",
			"AdSupply Inc. (“**AdSupply**”) is a California corporation having its registered address at 9024 W. Olympic Blvd., Beverly Hills, California 90211, United States of America, and registered with the California Secretary of State under number C3416158.", "identity"},
		{"b47-12", "Processing of Personal Data - CCM",
			"**CCM BENCHMARK GROUP** is an _SAS_ (Simplified Joint-Stock Company) with a capital of 1 848 864,45 €. Headquartered at:  94 rue de Provence – 75009 Paris, France",
			"**CCM BENCHMARK GROUP** is an _SAS_ (Simplified Joint-Stock Company) with a capital of 1 848 864,45 €. Headquartered at: 14 boulevard Haussmann – 75009 Paris, France", "identity"},
		{"b47-17", "Your rights concerning your personal data",
			"**CCM BENCHMARK GROUP**\n\"Personal Data - CCM\"\n94 rue de Provence – 75009 Paris, France",
			"**CCM BENCHMARK GROUP**\n\"Personal Data - CCM\"\n14 boulevard Haussmann – 75009 Paris, France", "rights"},
		// Unseen: other towns of one state, in words, with the state
		// alone or with its postcode.
		{"another town, the state in words", "Who we are",
			"Brightwave Media LLC, 220 Lake Street, Evanston, Illinois, United States",
			"Brightwave Media LLC, 1 North Wacker Drive, Chicago, Illinois, United States", "identity"},
		{"another town, one line to a part", "Who we are",
			"Brightwave Media LLC\n220 Lake Street, Suite 4\nEvanston, IL 60201, USA",
			"Brightwave Media LLC\n1 North Wacker Drive, Suite 4\nChicago, IL 60606, USA", "identity"},
		{"another town, written to for requests", "How to exercise your rights",
			"Send your request by post to Brightwave Media LLC, Attn: Privacy, 220 Lake Street, Evanston, IL 60201.",
			"Send your request by post to Brightwave Media LLC, Attn: Privacy, 1 North Wacker Drive, Chicago, IL 60606.", "rights"},
	} {
		wantOnlyCategory(t, rb, tc.name, tc.heading, tc.old, tc.new, tc.want)
	}
	runRestated(t, []restatedCase{
		{"twin: the same town, another street", gen,
			"AdSupply Inc.\n10811 Washington Blvd, Culver City\nCA 90232, United States",
			"AdSupply Inc.\n9024 W. Jefferson Blvd., Culver City\nCA 90232, United States", false},
		{"twin: the address re-punctuated and laid out again", gen,
			"AdSupply Inc.\n10811 Washington Blvd, Culver City\nCA 90232, United States",
			"AdSupply Inc.\n10811 Washington Blvd., Culver City, CA 90232\nUnited States", false},
		{"twin: the same town, the state in words", "Who we are",
			"Brightwave Media LLC, 220 Lake Street, Evanston, Illinois, United States",
			"Brightwave Media LLC, 1603 Orrington Avenue, Evanston, Illinois, United States", false},
		{"twin: New York, a town named as its state", "Contact us",
			"Brightwave Media LLC\n233 Broadway\nNew York, NY 10279\nUnited States",
			"Brightwave Media LLC\n125 Park Avenue\nNew York, NY 10017\nUnited States", false},
		{"twin: the same street written in full", "Contact us",
			"Brightwave Media LLC, 220 Lake St., Evanston, IL 60201, USA",
			"Brightwave Media LLC, 220 Lake Street, Evanston, IL 60201, USA", false},
	})
}

// TestOfficeTownAmount: an amount changed beside an address (a company's
// share capital) is no address moved.
func TestOfficeTownAmount(t *testing.T) {
	rep, _, why := judgeEdit(Builtin(), "Who we are",
		"Olvid SAS, with a share capital of 30,000 euros, has its seat at 9 rue Charlot, Paris 75003.",
		"Olvid SAS, with a share capital of 38,994.44 euros, has its seat at 9 rue Charlot, Paris 75003.")
	for _, v := range rep.Verdicts {
		if v.Rule == "identity.address" || v.Rule == "rights.address" {
			t.Errorf("an amount read as an address moved: %s", strings.Join(why, "; "))
		}
	}
}

// TestAddressRemoved: a postal address taken away whole from a block of
// contacts is a way to reach the party, and to exercise rights by post,
// gone (a miss found in no labelled set: "Wording not about personal
// data"). Twins: the same address laid out on other lines, a line of
// opening hours removed: minor.
func TestAddressRemoved(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ name, old, new string }{
		{"a street line gone from a contact block",
			"## Contact us\n\nAcme Pty Ltd\n\nLevel 5, 1 Market Street, Sydney NSW 2000\n\nprivacy@acme.com.au\n",
			"## Contact us\n\nAcme Pty Ltd\n\nprivacy@acme.com.au\n"},
		{"a French address gone, under how to reach us",
			"## How to reach us\n\nCCM Benchmark Group\n\n94 rue de Provence – 75009 Paris\n\nEmail: privacy@ccm.net\n",
			"## How to reach us\n\nCCM Benchmark Group\n\nEmail: privacy@ccm.net\n"},
		{"an Irish address gone, under requests",
			"## Sending us a request\n\nWrite to Acme Ltd by email at privacy@acme.ie.\n\nUnit 4, Riverside Park, Cork T12 X8Y2, Ireland\n",
			"## Sending us a request\n\nWrite to Acme Ltd by email at privacy@acme.ie.\n"},
	} {
		rep, cats, why := judgeText(rb, tc.old, tc.new)
		if !rep.Material || !cats["rights"] || len(cats) != 1 {
			t.Errorf("%s: material=%v, categories %v, want rights: %s", tc.name, rep.Material, cats, strings.Join(why, "; "))
		}
	}
	for _, tc := range []struct{ name, old, new string }{
		{"twin: the address laid out on other lines",
			"## Contact us\n\nAcme Pty Ltd\n\nLevel 5, 1 Market Street, Sydney NSW 2000\n\nprivacy@acme.com.au\n",
			"## Contact us\n\nAcme Pty Ltd\n\nLevel 5\n1 Market Street\nSydney NSW 2000\n\nprivacy@acme.com.au\n"},
		{"twin: opening hours removed",
			"## Contact us\n\nAcme Pty Ltd\n\nOpen Monday to Friday, 9 AM to 5 PM\n\nprivacy@acme.com.au\n",
			"## Contact us\n\nAcme Pty Ltd\n\nprivacy@acme.com.au\n"},
	} {
		if rep, _, why := judgeText(rb, tc.old, tc.new); rep.Material {
			t.Errorf("%s: material, want minor: %s", tc.name, strings.Join(why, "; "))
		}
	}
	// A line of dates, which the postcode's pattern may read as one, is
	// no address (LINE's "Formulated on August 15, 2012 Revised on …").
	rep, _, why := judgeText(rb, "## Contact us\n\nFormulated on August 15, 2012 Revised on February 14, 2022\n\nprivacy@acme.com\n", "## Contact us\n\nprivacy@acme.com\n")
	for _, v := range rep.Verdicts {
		if strings.HasSuffix(v.Rule, ".address") {
			t.Errorf("a line of dates read as an address: %s", strings.Join(why, "; "))
		}
	}
}
