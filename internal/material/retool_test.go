package material

import (
	"strings"
	"testing"
)

// TestRecipientRowItem holds a name put into a list in a recipient's row
// of a table: Retool's subprocessors (tryretool/legal, 2025), "OpenAI, LLC
// | Retool AI (Agents)" → "… | Retool AI (Agents, Assist)", read as the
// same commitments because "assist" is an ordinary word. The recipient
// now receives data for another product. A cell reworded with no name put
// in, or a row that names no party, is not that.
func TestRecipientRowItem(t *testing.T) {
	rb := Builtin()
	table := func(product, purpose string) string {
		return "# Subprocessors\n\n## AI subprocessors\n\n| Entity Name | Retool Product | Purpose of Processing | Location |\n| --- | --- | --- | --- |\n" +
			"| OpenAI, LLC | " + product + " | " + purpose + " | United States |\n| Baseten Labs, Inc. | Retool AI (Agents) | Third-Party infrastructure provider | United States |\n"
	}
	base := table("Retool AI (Agents)", "Third-Party Model Provider")
	for _, tc := range []struct {
		name, new string
		material  bool
		cat       string
	}{
		{"product added to a recipient's row", table("Retool AI (Agents, Assist)", "Third-Party Model Provider"), true, "recipients"},
		{"product added with and", table("Retool AI (Agents and Workflows)", "Third-Party Model Provider"), true, ""}, // an item added to a list, read before
		{"cell reworded, no name put in", table("Retool AI (Agents)", "Third-party model provider"), false, ""},
	} {
		rep, cats, why := judgeText(rb, base, tc.new)
		if rep.Material != tc.material || tc.cat != "" && !cats[tc.cat] {
			t.Errorf("%s: material %v %v, want %v %s: %v", tc.name, rep.Material, cats, tc.material, tc.cat, why)
		}
	}
	rep, cats, why := judgeText(rb, table("Retool AI (Agents, Assist)", "Third-Party Model Provider"), base)
	wantCategoryNot(t, "product removed from a recipient's row", rep, cats, why, "recipients", "")
}

// TestContainerFence holds a documentation site's box around a note,
// ":::info Last updated" … ":::" (Docusaurus), put around the policy's
// date, read as "The change-notice policy: new text". The fences are the
// box's; what is in the box is judged.
func TestContainerFence(t *testing.T) {
	rb := Builtin()
	body := "# Privacy Policy\n\n%s\n\n## Sharing\n\nWe share your data with our payment processor.\n"
	page := func(top string) string { return strings.Replace(body, "%s", top, 1) }
	if rep, _, why := judgeText(rb, page("> Last updated: July 17, 2023"), page(":::info Last updated\n\nJuly 17, 2023\n\n:::")); rep.Material {
		t.Errorf("the date put in a box: material, want minor: %v", why)
	}
	if rep, _, why := judgeText(rb, page(":::info Last updated\n\nJuly 17, 2023\n\n:::"), page("Welcome.")); rep.Material {
		t.Errorf("the dated box removed: material, want minor: %v", why)
	}
	rep, cats, why := judgeText(rb, page("Welcome."), page("Welcome.\n\n:::warning\n\nWe may share your data with advertisers.\n\n:::"))
	wantCategoryNot(t, "a sharing put in a box", rep, cats, why, "recipients", "")
}

// TestContentsEntryForceWord holds an entry of a table of contents
// removed whose title has a word of force, "Compliance With a Legal
// Obligation" (tryretool/legal, 2023): the title is its section's, judged
// where the section is.
func TestContentsEntryForceWord(t *testing.T) {
	rb := Builtin()
	toc := "+ [Introduction](#introduction)\n+ [Compliance With a Legal Obligation](#compliance-with-a-legal-obligation)\n+ [Legitimate Interests](#legitimate-interests)"
	body := "# Privacy Policy\n\n%s\n\n## Introduction\n\nHello.\n\n## Compliance With a Legal Obligation\n\nWe keep invoices as the law requires.\n\n## Legitimate Interests\n\nWe keep logs to secure the service.\n"
	old, new := strings.Replace(body, "%s", toc, 1), strings.Replace(body, "%s", "Read on.", 1)
	if rep, _, why := judgeText(rb, old, new); rep.Material {
		t.Errorf("the table of contents removed: material, want minor: %v", why)
	}
}

// TestTagAttributesNameNoOne holds an HTML link's address, read for names:
// Retool's DPA page added a DocuSign button whose address has
// "PowerFormSigning.aspx?PowerFormId=…", reported as "New recipient:
// PowerFormSigning, PowerFormId". What a reader sees is the text between
// the tags.
func TestTagAttributesNameNoOne(t *testing.T) {
	rb := Builtin()
	rep, _, why := judgeEdit(rb, "Data Processing Addendum", `<p><a class="button" href="/dpa.pdf">Download as PDF</a></p>`,
		`<p><a class="button" href="/dpa.pdf">Download as PDF</a> <a class="button button--secondary" href="https://na3.docusign.net/Member/PowerFormSigning.aspx?PowerFormId=8d8b9188&env=na3">Download the signed copy</a></p>`)
	for _, w := range why {
		if strings.Contains(w, "PowerForm") {
			t.Errorf("a name read inside a tag: %v (material %v)", w, rep.Material)
		}
	}
	rep, cats, why := judgeEdit(rb, "Sharing", `We share your data with <a href="https://stripe.com">Stripe</a>.`,
		`We share your data with <a href="https://stripe.com">Stripe</a> and <a href="https://adyen.com">Adyen</a>.`)
	wantCategoryNot(t, "a recipient linked in a tag", rep, cats, why, "recipients", "")
}
