package material

import "testing"

// TestSecurityFirm: a firm named by the security work it does for the
// author (testing, auditing, b54-22) or as the one that carries out a
// security measure (encrypting, b54-21) is that security commitment; a
// security firm given data, and a host that hosts or stores, stay
// recipients.
func TestSecurityFirm(t *testing.T) {
	rb := Builtin()
	wantOnlyCategory(t, rb, "b54-22", "Security",
		"We train employees regarding our data privacy policies and procedures. We use firewalls designed to protect against intruders and test for network vulnerabilities. However, no method of transmission over the internet is completely secure.",
		"We train employees regarding our data privacy policies and procedures. We use firewalls designed to protect against intruders, and an independent security firm, NCC Group, tests our network for vulnerabilities at least once a year. However, no method of transmission over the internet is completely secure.", "security")
	wantOnlyCategory(t, rb, "an auditor after the name", "How we protect your data",
		"Our security controls are reviewed regularly.",
		"Our security controls are reviewed every year by Schellman & Company, an independent auditor.", "security")
	wantOnlyCategory(t, rb, "tested by a named firm", "Security",
		"Our systems are tested for vulnerabilities.",
		"Our systems are tested for vulnerabilities by Bishop Fox, an independent security firm.", "security")
	wantOnlyCategory(t, rb, "b54-21", "Security",
		"The security of your Personal Information is important to us. Your data, including Personal Information, is never sent to the Bitwarden cloud servers without first being encrypted on your local device using AES 256 bit encryption. In addition, Bitwarden encrypts the transmission of that information using secure socket layer technology (SSL).",
		"The security of your Personal Information is important to us. Your data, including Personal Information, is never sent to the Bitwarden cloud servers without first being encrypted on your local device using AES 256 bit encryption, except for organization metadata such as collection names, which is encrypted at rest by our cloud hosting provider, Microsoft Azure. In addition, Bitwarden encrypts the transmission of that information using secure socket layer technology (SSL).", "security")
	wantOnlyCategory(t, rb, "encrypted by a named provider", "Security",
		"Your files are encrypted on your device before they are uploaded.",
		"Your files are encrypted on your device before they are uploaded, except thumbnails, which are encrypted by our storage provider, Backblaze.", "security")
	wantOnlyCategory(t, rb, "tokenized by a named processor", "Security",
		"Card numbers are tokenized on your device.",
		"Card numbers are tokenized by our payment processor, Adyen.", "security")
	// twins: a security firm given data; a host named; a host that stores
	wantOnlyCategory(t, rb, "twin: stored by a host", "Service providers",
		"Your files are stored by our hosting provider, Hetzner.",
		"Your files are stored by our hosting providers, Hetzner and Backblaze.", "recipients")
	wantOnlyCategory(t, rb, "twin: shared with a security firm", "Sharing",
		"We share limited logs with service providers.",
		"We share limited logs with service providers, including Cobalt Labs, a security firm.", "recipients")
	wantOnlyCategory(t, rb, "twin: a host named", "Service providers",
		"We use service providers to host our website.",
		"We use service providers, such as Cloudflare Inc., to host our website.", "recipients")
}
