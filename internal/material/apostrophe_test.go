package material

import (
	"strings"
	"testing"
)

// TestTypographicApostrophe: a name written with a typographic
// apostrophe is the name written with a straight one ("Let's Encrypt" →
// "Let’s Encrypt", b25-06): no party is new, whatever else changed in
// the sentence. A party that is new stays so.
func TestTypographicApostrophe(t *testing.T) {
	rb := Builtin()
	rep, _, why := judgeEdit(rb, "Privacy Policy", "When, as a Public User, you visit a web site that uses a certificate from Let's Encrypt, we log your IP address.",
		"When, as a Relying Party, you visit a web site that uses a certificate from Let’s Encrypt, we log your IP address.")
	if strings.Contains(strings.Join(why, " "), "Encrypt") {
		t.Errorf("apostrophe: the same name reported: %v", why)
	}
	rep, _, why = judgeEdit(rb, "Who we are", "When you request certificates from Let's Encrypt, we collect your email address.",
		"When you request certificates from Let’s Encrypt, we collect your email address and share it with Zendesk.")
	if !rep.Material || !strings.Contains(strings.Join(why, " "), "Zendesk") {
		t.Errorf("new party beside the apostrophe: material=%v, want material naming Zendesk: %v", rep.Material, why)
	}
}
