package material

import "testing"

// TestStateNouns: a quality named by its noun ("security") said by its
// adjective kept on a thing ("keep the Service secure") keeps nothing for
// any time; "keep" that still keeps data, or beside a deletion, is
// retention's.
func TestStateNouns(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
	}{
		{"b66-33", "How We Use Your Information",
			"  • To ensure security, prevent fraud, and enforce our terms.",
			"  • To keep the Service secure, prevent fraud, and enforce our terms.", false},
		{"keep it secure", "Introduction",
			"This notice sets out what we do with your personal information, what we do to ensure its security, from where and how we collect it.",
			"This notice sets out what we do with your personal information, what we do to keep it secure, from where and how we collect it.", false},
		{"confidentiality", "Data Security",
			"Our staff are trained to protect the confidentiality of customer records and must report any incident.",
			"Our staff are trained to keep customer records confidential and must report any incident.", false},
		// Material twins: data kept for a time, kept rather than deleted,
		// a quality traded for another.
		{"kept for a period", "Data Retention",
			"We protect your personal information and delete it when your account is closed.",
			"We keep your personal information secure for 3 years after your account is closed.", true},
		{"kept, not deleted", "How We Use Your Information",
			"  • To delete inactive accounts, prevent fraud, and enforce our terms.",
			"  • To keep inactive accounts secure, prevent fraud, and enforce our terms.", true},
		{"another quality", "Data Security",
			"Our staff are trained to protect the confidentiality of customer records and must report any incident.",
			"Our staff are trained to keep customer records available and must report any incident.", true},
		// A noun that closes the object is kept, not a state: "number"
		// is an adjective only as "numb"'s comparative, and "your"
		// alone is no object for "content" to be said of (found by
		// probing: "we never see your full card number" → "we do not
		// store …" read "Same commitments").
		{"card number stored", "Payments",
			"Your payment details go straight to Adyen; we never see your full card number.",
			"Your payment details go straight to Adyen; we do not store your full card number.", true},
		{"content kept", "Your content",
			"We do not see your content.",
			"We do not keep your content.", true},
	} {
		rep, _, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
}
