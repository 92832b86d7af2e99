package material

import (
	"strings"

	"github.com/redline-legal/redline/internal/redline"
)

// siteNoticeParts are the sentences of a site's footer notice: its
// copyright ("Copyright 1996-2019 Ziff Davis.", "© 2024 Acme Inc.": a ©,
// or "(c)" or "Copyright" before a year, not an item "(c) We share …"), "All
// rights reserved", the ban on copying its pages ("Reproduction in whole
// or in part in any form or medium without express written permission of
// Ziff Davis, LLC. is prohibited.") and the line that the site's use is
// governed by its terms ("Use of the site is governed by our Terms of Use
// and Privacy Policy."). The parts are matched on the text with its links'
// addresses taken out.
var (
	siteCopyrightRE   = mustPattern(`(?i)(?:©|(?:\(c\)|\bcopyright\b)\s*©?\s*(?:19|20)\d\d)(?:\s*[-–]\s*\d{4})?[^.\n]{0,80}(?:\.|$)`)
	siteNoticeOtherRE = mustPattern(`(?i)\ball\s+rights\s+reserved\b\.?` +
		`|\breproduction\s+in\s+whole\s+or\s+in\s+part\b[^\n]{0,200}?\bprohibited\b\.?` +
		`|\b(?:use|access)\s+of\s+(?:this|the|our)\s+(?:web\s*site|site|services?|app)\s+(?:is\s+(?:governed\s+by|subject\s+to)|constitutes\s+(?:your\s+)?acceptance\s+of)\b[^.\n]{0,160}(?:\.|$)`)
)

// siteNotice reports a block put in or taken out that is only a site's
// footer notice: a copyright line, and with it nothing but the other
// parts siteNoticeParts lists. IGN's policy lost "Use of the site is
// governed by our Terms of Use and Privacy Policy. Copyright 1996-2019
// Ziff Davis. All Rights Reserved. Reproduction … is prohibited." when its
// capture dropped the page's footer (ota-141 001), read "Legal basis: text
// removed". Such a notice commits to nothing about personal data. A block
// with any other words, or without a copyright line ("Use of the site is
// governed by our Terms" alone may be the policy's own), is left to the
// other rules.
func siteNotice(ch redline.Change) bool {
	text, ok := blockPutOrTaken(ch)
	if !ok || len(text) > 1000 || !strings.Contains(text, "©") && !strings.Contains(strings.ToLower(text), "copyright") && !strings.Contains(text, "(c)") && !strings.Contains(text, "(C)") {
		return false
	}
	plain := stripMarkdown(text)
	rest := siteNoticeOtherRE.ReplaceAllString(siteCopyrightRE.ReplaceAllString(plain, " "), " ")
	return len(rawWords(rest)) == 0
}
