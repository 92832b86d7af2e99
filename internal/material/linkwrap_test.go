package material

import "testing"

// TestLinkTargetWrapped: a link's address broken by a hard wrap (an
// address has no spaces, so the line break is the wrap's) and rejoined is
// the same page; the address is not words a commitment is made of. The
// twins: the same fix beside a party now named, or beside a purpose
// added, stays material, and an address of another organisation named in
// the words stays visible. (Written for b23-08.)
func TestLinkTargetWrapped(t *testing.T) {
	const old = "Information on what data Oracle Marketing Cloud stores about users, how it is collected, and how it is used\nare available in [Oracle Marketing Cloud & Oracle Data Cloud Privacy\nPolicy](http://www.oracle.com/us/legal/privacy/marketing-cloud-data-clou\nd-privacy-policy)."
	runRestated(t, []restatedCase{
		{"b23-08 address rejoined", "The npm Website", old,
			"Information on what data Oracle Marketing Cloud stores about users, how it is collected, and how it is used\nare available in [Oracle Marketing Cloud & Oracle Data Cloud Privacy\nPolicy](http://www.oracle.com/us/legal/privacy/marketing-cloud-data-cloud-privacy-policy).", false},
		{"address rejoined, another party named", "The npm Website", old,
			"Information on what data Oracle Marketing Cloud and Salesforce store about users, how it is collected, and how it is used\nare available in [Oracle Marketing Cloud & Oracle Data Cloud Privacy\nPolicy](http://www.oracle.com/us/legal/privacy/marketing-cloud-data-cloud-privacy-policy).", true},
		{"address rejoined, data now sold", "The npm Website", old,
			"Information on what data Oracle Marketing Cloud stores about users, how it is collected, how it is sold and how it is used\nare available in [Oracle Marketing Cloud & Oracle Data Cloud Privacy\nPolicy](http://www.oracle.com/us/legal/privacy/marketing-cloud-data-cloud-privacy-policy).", true},
	})
	for in, want := range map[string]string{
		"see [our policy](http://x.com/a-b\nc-d) now":       "see our policy now",
		"see [our policy](http://x.com/a-b\n c-d) now":      "see our policy(http://x.com/a-b\n c-d) now",
		"see [our policy](http://x.com/a \"t\"\nc-d) now":   "see our policy(http://x.com/a \"t\"\nc-d) now",
		"see [our policy](http://x.com/a-b)\nand more text": "see our policy\nand more text",
	} {
		if got := stripMarkdown(in); got != want {
			t.Errorf("stripMarkdown(%q) = %q, want %q", in, got, want)
		}
	}
}
