package material

import (
	"strings"
	"testing"
)

// TestRSTLinks: reStructuredText link and role markup ("`user account
// <https://…>`__", ":ref:`third parties <…>`", ":doc:`Terms of service
// <terms-of-service>`") is not text a reader sees; it is read as the
// Markdown link it renders as. A link retargeted within the author's own
// sites, or a role turned into a link to the same page, is no change. The
// twins stay material: a link where the reader uses a right now on
// another organisation's site (in Markdown too, which was missed), a
// linked e-mail address of another domain, a link naming a party pointed
// at another company, and words changed beside the markup.
// (Written for b24-26 and b24-27.)
func TestRSTLinks(t *testing.T) {
	runRestated(t, []restatedCase{
		{"b24-26 link moved to a subdomain", "Data retention and deletion",
			"If you would like to delete your User Personal Information,\nyou may do so in your `user account <https://readthedocs.org/accounts/delete/>`__.",
			"If you would like to delete your User Personal Information,\nyou may do so in your `user account <https://app.readthedocs.org/accounts/delete/>`__.", false},
		{"b24-27 :doc: role made a link", "Our services",
			"All use of Read the Docs is subject to this Privacy Policy, together with our :doc:`Terms of service <terms-of-service>`.",
			"All use of Read the Docs is subject to this Privacy Policy, together with our `Terms of Service <https://about.readthedocs.com/terms-of-service/>`_.", false},
		{":doc: to a page of the same site", "Cookies",
			"See :doc:`our cookie policy </cookie-policy>` for the cookies we set.",
			"See `our cookie policy <https://about.readthedocs.com/cookie-policy/>`_ for the cookies we set.", false},
		{"a linked e-mail address of another domain", "Contact",
			"To exercise your rights, write to `privacy@readthedocs.org <mailto:privacy@readthedocs.org>`_.",
			"To exercise your rights, write to `dpo@verasafe.com <mailto:dpo@verasafe.com>`_.", true},
		{"a linked mailbox of another domain, its words kept", "Your rights",
			"To exercise your rights, [contact us](mailto:privacy@example.com).",
			"To exercise your rights, [contact us](mailto:privacy@vendor-dpo.com).", true},
		{"a party's link pointed at another company", "Third parties",
			"We share your data with our `payment processor <https://stripe.com/privacy>`_.",
			"We share your data with our `payment processor <https://www.braintreepayments.com/privacy>`_.", true},
		{"a limit on a right beside a :ref:", "Your rights",
			"You can ask us to delete your data at any time. See :ref:`deletion <privacy-deletion>`.",
			"You can ask us to delete your data once a year. See :ref:`deletion <privacy-deletion>`.", true},
		{"data added beside a :doc: link", "Third parties",
			"We share account data with our :doc:`hosting providers </subprocessors>`.",
			"We share account and payment data with our :doc:`hosting providers </subprocessors>`.", true},
		{"a service brought under the policy beside the markup", "Our services",
			"All use of Read the Docs is subject to this Privacy Policy, together with our :doc:`Terms of service <terms-of-service>`.",
			"All use of Read the Docs and of Read the Docs for Business is subject to this Privacy Policy, together with our `Terms of Service <https://about.readthedocs.com/terms-of-service/>`_.", true},
	})
}

// TestRightsLinkMoved: a link where the reader uses a right (a power over
// their data, an instruction, a right named), its words kept, now on the
// site of an organisation the old policy never named, where it was on the
// author's own: the reader now acts through someone else. A page moved
// within the author's sites is not. (In Markdown this was called "only a
// link changed"; reStructuredText read as Markdown would have been too.)
func TestRightsLinkMoved(t *testing.T) {
	rb := Builtin()
	branded := func(heading, para string) string {
		return "## About us\n\nWe are Zentrova Ltd. Zentrova makes apps; this policy covers every Zentrova app.\n\n## " + heading + "\n\n" + para +
			"\n\n## Contact\n\nWrite to Zentrova at privacy@zentrova.com. Zentrova answers within a month.\n"
	}
	for _, tc := range []restatedCase{
		{"RST: where the right is used, now another organisation's site", "Data retention and deletion",
			"If you would like to delete your User Personal Information,\nyou may do so in your `user account <https://zentrova.com/accounts/delete/>`__.",
			"If you would like to delete your User Personal Information,\nyou may do so in your `user account <https://privacy.onetrust.com/readthedocs/delete/>`__.", true},
		{"Markdown: where the right is used, now another organisation's site", "Data retention and deletion",
			"If you would like to delete your User Personal Information, you may do so in your [user account](https://zentrova.com/accounts/delete/).",
			"If you would like to delete your User Personal Information, you may do so in your [user account](https://privacy.onetrust.com/readthedocs/delete/).", true},
		{"Markdown: a rights form on another organisation's site", "Your rights",
			"To exercise your rights, fill in [this form](https://zentrova.com/privacy-request).",
			"To exercise your rights, fill in [this form](https://forms.onetrust.com/example).", true},
		{"Markdown: a rights form moved within the author's sites", "Your rights",
			"To exercise your rights, fill in [this form](https://zentrova.com/privacy-request).",
			"To exercise your rights, fill in [this form](https://privacy.zentrova.com/request).", false},
	} {
		rep, _, why := judgeText(rb, branded(tc.heading, tc.old), branded(tc.heading, tc.new))
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestRSTLinksRewrite: the Markdown each form of markup is read as.
func TestRSTLinksRewrite(t *testing.T) {
	for in, want := range map[string]string{
		"in your `user account <https://x.org/delete/>`__.": "in your [user account](https://x.org/delete/).",
		"see :ref:`third parties <privacy-third-parties>`.": "see [third parties](#privacy-third-parties).",
		"our :doc:`Terms <terms-of-service>`":               "our [Terms](terms-of-service)",
		"see :ref:`privacy-third-parties`":                  "see [privacy-third-parties](#privacy-third-parties)",
		"the :abbr:`GDPR` applies":                          "the GDPR applies",
		"at `<https://x.org/>`_":                            "at <https://x.org/>",
		"the `literal <text>` stays":                        "the `literal <text>` stays",
		"no markup at all":                                  "no markup at all",
	} {
		if got := rstLinks(in); got != want {
			t.Errorf("rstLinks(%q) = %q, want %q", in, got, want)
		}
	}
}
