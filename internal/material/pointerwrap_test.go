package material

import "testing"

// TestWrappedPointer: a sentence that only points to more information
// commits to nothing, also when the policy's source is hard-wrapped and
// the pointer runs over two lines ("For more details, see our next
// section on\n:ref:`third parties <…>`."): the lines of one paragraph are
// one text, and the pointer is read whole. Twins: a wrapped pointer that
// says what is done ("about how we sell …"), a commitment added beside
// the pointer, a wrapped line that changes a recipient: all stay
// material.
func TestWrappedPointer(t *testing.T) {
	const share = "We may share User Personal Information with a limited number of third-party vendors\nwho process it on our behalf to provide or improve our service,\nand who have agreed to privacy restrictions similar to our own Privacy Statement."
	runRestated(t, []restatedCase{
		{"pointer wrapped, reST link, a hyphen dropped", "How we share the information we collect", share,
			"We may share User Personal Information with a limited number of third party vendors\nwho process it on our behalf to provide or improve our service,\nand who have agreed to privacy restrictions similar to our own Privacy Statement.\nFor more details, see our next section on\n:ref:`third parties <privacy-policy-third-parties>`.", false},
		{"pointer wrapped, Markdown link", "Sharing",
			"We share your email address with our\nnewsletter provider.",
			"We share your email address with our\nnewsletter provider. For more information, please\nsee [our list of processors](/processors).", false},
		{"twin: the wrapped pointer says what is done", "Sharing",
			"We share your email address with our\nnewsletter provider.",
			"We share your email address with our\nnewsletter provider. For more information about how we sell\nyour data, see [our sale notice](/sale).", true},
		{"twin: a commitment beside the wrapped pointer", "How we share the information we collect", share,
			"We may share User Personal Information with a limited number of third-party vendors\nwho process it on our behalf to provide or improve our service,\nand who have agreed to privacy restrictions similar to our own Privacy Statement.\nWe may also share it with advertisers. For more details, see our next section on\n:ref:`third parties <privacy-policy-third-parties>`.", true},
		{"twin: a recipient changed on a wrapped line", "How we share the information we collect", share,
			"We may share User Personal Information with a limited number of advertising partners\nwho process it on our behalf to provide or improve our service,\nand who have agreed to privacy restrictions similar to our own Privacy Statement.\nFor more details, see our next section on\n:ref:`third parties <privacy-policy-third-parties>`.", true},
	})
}

// TestUnwrapLines: the lines of a paragraph are joined; a line that opens
// a block of its own keeps its break.
func TestUnwrapLines(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"one\ntwo", "one two"},
		{"one\n- two\n* three", "one\n- two\n* three"},
		{"one\n\ntwo", "one\n\ntwo"},
		{"one\n1. two\n# three\n| four", "one\n1. two\n# three\n| four"},
		{"one\n-two", "one -two"},
		{"none", "none"},
	} {
		if got := unwrapLines(tc.in); got != tc.want {
			t.Errorf("unwrapLines(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
