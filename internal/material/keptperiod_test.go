package material

import "testing"

// TestExceptedOwnOffering: a name excepted from the author's own
// offerings ("for all our apps except for HEY", b21-18) is one of them,
// no party. A name excepted from the author's partners or providers is a
// party all the same.
func TestExceptedOwnOffering(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Billing", "We use your email address to send receipts for all our products.",
			"We use your email address to send receipts for all our products other than Quillo.", "!recipients"},
		{"Emails", "We send product updates to every user of our apps.",
			"We send product updates to every user of our apps, except Brightnote and Tallyo.", "!recipients"},
		{"Analytics", "We measure how often each feature of our services is used.",
			"We measure how often each feature of our services apart from Zorbly is used.", "!recipients"},
		// material twins: a name excepted from others' services is a party
		{"Sharing", "We share your email address with our partners.",
			"We share your email address with our partners except for Quillo.", "recipients"},
		{"Sharing", "We share your email address with our service providers.",
			"We share your email address with our service providers other than Quillo.", "recipients"},
	} {
		wantOnlyCategory(t, rb, tc.new, tc.heading, tc.old, tc.new, tc.want)
	}
}

// TestPeriodExcepted: an exception, a condition or a bound put right
// after how long data is kept ("We keep this record forever" → "…
// forever for all our apps except for HEY", b21-18) limits that period:
// retention, whatever the heading ("Geolocation data") or the words of
// the exception name.
func TestPeriodExcepted(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Geolocation data", "We also log full IP addresses used to sign up. We keep this record forever because it is used to stop spam signups.",
			"We also log full IP addresses used to sign up. We keep this record forever for all our apps except for Zephyr, because it is used to stop spam signups. For Zephyr, we keep the IP addresses until the account is deleted.", "retention"},
		{"Location information", "We store your precise location indefinitely.",
			"We store your precise location indefinitely unless you turn off location history.", "retention"},
		{"Payment data", "We retain your card details for 30 days after each payment.",
			"We retain your card details for 30 days after each payment, except where a chargeback is pending.", "retention"},
		// material twin: an exception after another commitment is not retention
		{"Payment data", "We never share your card details with advertisers.",
			"We never share your card details with advertisers, except where you ask us to.", "!retention"},
	} {
		wantOnlyCategory(t, rb, tc.new, tc.heading, tc.old, tc.new, tc.want)
	}
}
