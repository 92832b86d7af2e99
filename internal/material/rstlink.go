package material

import (
	"strings"
)

// reStructuredText writes a link as "`user account <https://…/delete/>`__"
// and a pointer to a part of the documentation as a role, ":ref:`third
// parties <privacy-policy-third-parties>`" or ":doc:`Terms of service
// <terms-of-service>`". The reader sees only the label; the address is
// where it leads, as a Markdown link's target is. rstLinks rewrites such
// markup as the Markdown link it renders as, so that the rules that read
// links (where a link now points, whose site it is, a page retitled, a
// section pointed to) read these too, and the markup is never read as the
// words "ref", "doc", "https" or "com".

// rstLinkRE is a reStructuredText hyperlink or role with an explicit
// target: an optional role, the label, the target in angle brackets (a
// :ref:'s may be a title, with spaces), and the underscores of a
// hyperlink reference.
var rstLinkRE = mustPattern("(?::([A-Za-z][\\w.+-]*):)?`([^`<>]*?)\\s*<([^<>`\\s]+(?: [^<>`\\s]+)*)>`(_{0,2})")

// rstRoleRE is a role with its target alone: ":ref:`privacy-policy`",
// ":doc:`terms-of-service`", which render as the title of the part they
// name.
var rstRoleRE = mustPattern(":([A-Za-z][\\w.+-]*):`([^`<>]+)`")

// rstLinks returns s with its reStructuredText links and roles written as
// Markdown links: "[label](target)", a :ref:'s target as a place in the
// page ("#label"). A role of another kind (":abbr:`GDPR`") is its text.
func rstLinks(s string) string {
	if !strings.Contains(s, "`") || !strings.Contains(s, ">`") && !strings.Contains(s, ":`") {
		return s
	}
	s = rstLinkRE.ReplaceAllStringFunc(s, func(m string) string {
		g := rstLinkRE.FindStringSubmatch(m)
		role, label, target, refs := g[1], strings.TrimSpace(g[2]), g[3], g[4]
		switch {
		case role == "" && refs == "":
			return m // interpreted text, not a link
		case role == "ref":
			// a label may be a section's title, "privacy-policy:Do Not
			// Track": its words are no words of the text
			target = "#" + strings.ReplaceAll(target, " ", "-")
		case strings.Contains(target, " "):
			return m // an address has no spaces
		case role != "" && role != "doc" && role != "any":
			return label
		}
		if label == "" {
			return "<" + target + ">"
		}
		return "[" + label + "](" + target + ")"
	})
	if !strings.Contains(s, ":`") {
		return s
	}
	return rstRoleRE.ReplaceAllStringFunc(s, func(m string) string {
		g := rstRoleRE.FindStringSubmatch(m)
		switch g[1] {
		case "ref":
			return "[" + g[2] + "](#" + g[2] + ")"
		case "doc", "any":
			return "[" + g[2] + "](" + g[2] + ")"
		}
		return g[2]
	})
}
