package material

import (
	"slices"
	"strings"
	"testing"
)

// TestNearMisses holds the near misses of batch 7 found on its first run,
// each beside a material twin that differs from it in the one thing that
// makes a change material: a rule that fixes the first must not lose the
// second.
func TestNearMisses(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, heading, old, new string
		material                bool
		category                string
	}{
		// A paragraph rewritten beyond what the differ pairs is read as one
		// change, not as a sentence removed and another added.
		{"rewritten paragraph", "Automated decision-making",
			"No decision with legal effects on you is taken solely by automated means.",
			"We do not take decisions that have legal effects on you based solely on automated processing.", false, ""},
		{"rewritten paragraph, limit lifted", "Automated decision-making",
			"No decision with legal effects on you is taken solely by automated means.",
			"We may take decisions that have legal effects on you based solely on automated processing.", true, "ai"},
		{"rewritten paragraph, basis changed", "Marketing",
			"We send you marketing emails only if you have given your consent.",
			"We send you marketing emails on the basis of our legitimate interests; you can opt out at any time.", true, "legal-basis"},
		// A name written out where the other side writes its initials, or
		// one body renamed under the initials both sides define it by.
		{"country written out", "International transfers",
			"Where we transfer personal data outside the UK, we rely on the International Data Transfer Agreement issued by the ICO.",
			"Where personal data is transferred outside the United Kingdom, we rely on the International Data Transfer Agreement issued by the Information Commissioner's Office (ICO).", false, ""},
		{"country added", "International transfers",
			"Where we transfer personal data outside the UK, we rely on the International Data Transfer Agreement issued by the ICO.",
			"Where personal data is transferred outside the United Kingdom or Switzerland, we rely on the International Data Transfer Agreement issued by the Information Commissioner's Office (ICO).", true, "transfers"},
		{"body renamed, same initials", "Recipients",
			"We notify the Danish Agency for Digital Administration (DIGG) if you opt out of e-mails.",
			"We notify the Agency for Digital Government (DIGG) if you opt out of e-mails.", false, ""},
		{"another body, other initials", "Recipients",
			"We notify the Danish Agency for Digital Administration (DIGG) if you opt out of e-mails.",
			"We notify the Swedish Tax Agency (STA) if you opt out of e-mails.", true, "recipients"},
		// A sentence put in the passive writes the verb's past form.
		{"passive", "Sharing your information",
			"We do not sell your personal data to anyone.",
			"Your personal data is never sold to anyone.", false, ""},
		{"passive, exception", "Sharing your information",
			"We do not sell your personal data to anyone.",
			"Your personal data is never sold to anyone except our advertising partners.", true, "recipients"},
		{"passive, another verb", "Sharing your information",
			"We do not sell your personal data to anyone.",
			"Your personal data is never shared with anyone.", true, "recipients"},
		// "and then" orders two steps as "after which" does; "they" names
		// what the sentence named already.
		{"two steps ordered", "How long we keep your data",
			"Server logs are kept for 90 days and then deleted.",
			"Server logs are retained for ninety (90) days, after which they are deleted.", false, ""},
		{"two steps, another end", "How long we keep your data",
			"Server logs are kept for 90 days and then deleted.",
			"Server logs are retained for ninety (90) days, after which they are archived.", true, "retention"},
		{"their partners", "Sharing your information",
			"We share your contact details with our partners.",
			"We share your contact details with our partners and their affiliates.", true, "recipients"},
		// "for a period of" is "for"; a preposition of means is grammar.
		{"period of", "How long we keep your data",
			"We keep invoices for six years to meet our tax obligations.",
			"To comply with our tax obligations, invoices are retained for a period of 6 years.", false, ""},
		{"period of, at least", "How long we keep your data",
			"We keep invoices for six years to meet our tax obligations.",
			"To comply with our tax obligations, invoices are retained for a period of at least 6 years.", true, "retention"},
		{"means reworded", "Cookies",
			"You can withdraw your consent to non-essential cookies at any time from the cookie banner.",
			"Consent to non-essential cookies can be withdrawn at any time using the cookie banner.", false, ""},
		{"means changed", "Cookies",
			"You can withdraw your consent to non-essential cookies at any time from the cookie banner.",
			"Consent to non-essential cookies can be withdrawn at any time by writing to our support team.", true, ""},
		// A country the reader lives in says whom a commitment is for; a
		// country data goes to is a transfer.
		{"where the reader lives", "Complaints",
			"You have the right to complain to your local supervisory authority or to the Irish Data Protection Commission.",
			"You have the right to complain to your local supervisory authority. If you live in the European Union, you may also complain to the Irish Data Protection Commission.", true, "rights"},
		{"where data goes", "Complaints",
			"You have the right to complain to your local supervisory authority or to the Irish Data Protection Commission.",
			"You have the right to complain to your local supervisory authority or to the Irish Data Protection Commission. We may transfer your complaint to our team in India.", true, "transfers"},
		// A definition in brackets clarifies; one that commits does not.
		{"definition", "How we use your information",
			"We use your IP address to detect fraud.",
			"We use your IP address (the number that identifies your device on the internet) to detect fraud.", false, ""},
		{"definition that shares", "How we use your information",
			"We use your IP address to detect fraud.",
			"We use your IP address (the number that identifies your device, which we share with advertisers) to detect fraud.", true, "recipients"},
		{"definition where the company acts", "How we use your information",
			"We use your IP address to detect fraud.",
			"We use your IP address (the number which we combine with your precise location) to detect fraud.", true, ""},
		{"definition with a name", "How we use your information",
			"We use your IP address to detect fraud.",
			"We use your IP address (the number that MaxMind maps to your city) to detect fraud.", true, ""},
		// A word that says what a number is, between a name and its number.
		{"version of a number", "Data security",
			"Data in transit is encrypted using TLS 1.2 or higher.",
			"Data in transit is protected with encryption using TLS version 1.2 or above.", false, ""},
		{"another protocol", "Data security",
			"Data in transit is encrypted using TLS 1.2 or higher.",
			"Data in transit is protected with encryption using SSL version 1.2 or above.", true, "security"},
		{"another version", "Data security",
			"Data in transit is encrypted using TLS 1.2 or higher.",
			"Data in transit is protected with encryption using TLS version 1.0 or above.", true, "security"},
		// An age threshold is its bound and its number, whoever is under it.
		{"age threshold reworded", "Children's privacy",
			"Our services are not directed at children under the age of 16.",
			"Our services are not intended for anyone younger than 16.", false, ""},
		{"age threshold lowered", "Children's privacy",
			"Our services are not directed at children under the age of 16.",
			"Our services are not intended for anyone younger than 13.", true, "children"},
		{"age threshold with consent", "Children's privacy",
			"Our services are not directed at children under the age of 16.",
			"Our services are not intended for anyone younger than 16 without the consent of a parent.", true, "children"},
		// A category named where its fact is already stated.
		{"legal basis named", "Legal basis for processing",
			"We process your billing details because this is necessary to perform our contract with you.",
			"Performance of our contract with you is the legal basis on which we process your billing details.", false, ""},
		{"legal basis changed", "Legal basis for processing",
			"We process your billing details because this is necessary to perform our contract with you.",
			"Our legitimate interests are the legal basis on which we process your billing details.", true, "legal-basis"},
		{"legal basis added", "Legal basis for processing",
			"We process your billing details because this is necessary to perform our contract with you.",
			"Performance of our contract with you and our legitimate interests are the legal basis on which we process your billing details.", true, "legal-basis"},
		// The means of a message said as its verb.
		{"means as the verb", "Changes to this policy",
			"We will notify you by email at least 30 days before any material change takes effect.",
			"We will email you no less than 30 days before any material change takes effect.", false, ""},
		{"another means", "Changes to this policy",
			"We will notify you by email at least 30 days before any material change takes effect.",
			"We will post a notice on our website no less than 30 days before any material change takes effect.", true, "notice"},
		{"means as the verb, shorter notice", "Changes to this policy",
			"We will notify you by email at least 30 days before any material change takes effect.",
			"We will email you no less than 14 days before any material change takes effect.", true, "notice"},
		// "we do not allow" is "are not allowed to"; "under 13" and "younger
		// than 13" are one bound.
		{"permission in the passive", "Children's privacy",
			"We do not allow children under 13 to register.",
			"Children younger than 13 are not allowed to register.", false, ""},
		{"permission granted", "Children's privacy",
			"We do not allow children under 13 to register.",
			"Children younger than 13 may register with a parent's consent.", true, "children"},
		{"permission, other age", "Children's privacy",
			"We do not allow children under 13 to register.",
			"Children younger than 16 are not allowed to register.", true, "children"},
		// Found by probing the families above with new sentences.
		{"idiom for contact", "Your rights",
			"To exercise your rights, get in touch with us at privacy@example.com.",
			"To exercise your rights, contact us at privacy@example.com.", false, ""},
		{"condition as a phrase", "Your rights",
			"If you ask us, we will delete your data.",
			"We will delete your data upon your request.", false, ""},
		{"condition as a phrase, weakened", "Your rights",
			"If you ask us, we will delete your data.",
			"We may delete your data upon your request.", true, "rights"},
		{"region written out, passive", "International transfers",
			"We transfer data outside the EEA only with appropriate safeguards.",
			"Data is only transferred outside the European Economic Area with appropriate safeguards.", false, ""},
		{"region written out, hedged", "International transfers",
			"We transfer data outside the EEA only with appropriate safeguards.",
			"Data is generally transferred outside the European Economic Area with appropriate safeguards.", true, "transfers"},
		{"another party for the user", "Your rights",
			"We will delete your data if you ask us.",
			"We will delete your data if your employer asks us.", true, ""},
		// A duty made to rest on what the company believes is weaker.
		{"belief hedge", "Sharing your information",
			"We disclose data where the law requires us to.",
			"We disclose data where we believe the law requires us to.", true, "recipients"},
		{"law reworded", "Sharing your information",
			"We disclose data where the law requires us to.",
			"We disclose data where we are required to do so by law.", false, ""},
		// A right said as a permission; a reference said another way; a
		// country by another of its names; "personal" added to "data".
		{"right as a permission", "Your rights",
			"You have the right to object to direct marketing.",
			"You can object to direct marketing.", false, ""},
		{"right as a permission, narrowed", "Your rights",
			"You have the right to object to direct marketing.",
			"You can object to direct marketing by post only.", true, "rights"},
		{"reference reworded", "How we use your information",
			"We process your data in accordance with this policy.",
			"We process your data as described in this policy.", false, ""},
		{"country by another name", "International transfers",
			"Your data may be processed in the United States.",
			"Your personal data may be processed in the USA.", false, ""},
		{"the UK by its full name", "Your rights",
			"Individuals located in the United Kingdom may have rights including:",
			"Individuals located in the UK may have rights including:", false, ""},
		// Great Britain is the UK without Northern Ireland (b127-09).
		{"the UK narrowed to Great Britain", "Your rights",
			"Individuals located in the UK may have rights including:",
			"Individuals located in Great Britain may have rights including:", true, "rights"},
		{"Great Britain widened to the UK", "International transfers",
			"Your data may be processed in Great Britain.",
			"Your data may be processed in the United Kingdom.", true, "transfers"},
		{"country added beside another name", "International transfers",
			"Your data may be processed in the United States.",
			"Your personal data may be processed in the USA and India.", true, "transfers"},
		// "anyone" is a person of its own: the whole world, not "them".
		{"anyone narrowed to them", "Sharing your information",
			"We do not share your data with anyone.",
			"We do not share your data with them.", true, "recipients"},
		// A condition said as an object or a phrase of time, same words.
		{"condition restated", "How long we keep your data",
			"When you delete your account, we erase your data within 30 days.",
			"We erase your data within 30 days of you deleting your account.", false, ""},
		{"condition replaced", "How long we keep your data",
			"When you delete your account, we erase your data within 30 days.",
			"We erase your data within 30 days of you asking us to.", true, "retention"},
		{"condition restated as its object", "Changes to this policy",
			"If we make material changes, we will notify you in advance.",
			"We will tell you in advance about any material changes.", false, ""},
		{"condition restated, narrowed", "Changes to this policy",
			"If we make material changes, we will notify you in advance.",
			"We will tell you in advance about some material changes.", true, "notice"},
		{"condition as after", "How long we keep your data",
			"When your subscription ends, we delete your data.",
			"We delete your data after your subscription ends.", false, ""},
		{"condition as before", "How long we keep your data",
			"When your subscription ends, we delete your data.",
			"We delete your data before your subscription ends.", true, "retention"},
		{"duty as an option", "Data security",
			"We encrypt data at rest.",
			"Encryption is available for data at rest.", true, "security"},
		{"once as after", "Cookies",
			"Third-party cookies are only set after you consent.",
			"We only set third-party cookies once you have consented.", false, ""},
		{"consent no longer awaited", "Cookies",
			"Third-party cookies are only set after you consent.",
			"We set third-party cookies when you visit the site.", true, ""},
		{"condition dropped", "Marketing",
			"If you agree, we send you our newsletter.",
			"We send you our newsletter.", true, ""},
		{"never as not ever", "Sharing your information",
			"We will never sell your personal information.",
			"We won't ever sell your personal information.", false, ""},
		{"purpose as 'so that we can'", "How we use your information",
			"We use your location so that we can show nearby stores.",
			"We use your location in order to show nearby stores.", false, ""},
		{"any time as whenever", "Cookies",
			"You can change your cookie preferences at any time.",
			"You are able to change your cookie preferences whenever you want.", false, ""},
		{"as long as necessary", "How long we keep your data",
			"We retain your data only as long as necessary.",
			"Your data is retained no longer than necessary.", false, ""},
		{"as long as we like", "How long we keep your data",
			"We retain your data only as long as necessary.",
			"Your data is retained for as long as we see fit.", true, "retention"},
		// A light verb and its noun; "how you use" for "your use of".
		{"light verb", "Your rights",
			"You also have the right to lodge a complaint with the ICO.",
			"You also have the right to complain to the Information Commissioner's Office.", false, ""},
		{"light verb, another authority", "Your rights",
			"You also have the right to lodge a complaint with the ICO.",
			"You also have the right to complain to our Data Protection Officer.", true, "rights"},
		{"how for the noun", "How we use your information",
			"We analyse how you use the app so that we can improve it.",
			"We analyse your use of the app in order to improve it.", false, ""},
		{"how, another purpose", "How we use your information",
			"We analyse how you use the app so that we can improve it.",
			"We analyse your use of the app in order to improve it and to target advertising.", true, "purposes"},
		// A hedge added to a clause beside a weaker word of another.
		{"hedge beside a permission", "Children's privacy",
			"Parents can ask us to delete their child's data, which we will do.",
			"Parents can ask us to delete their child's data, which we will do where feasible.", true, "children"},
		{"hedge beside a permission, rewritten", "Children's privacy",
			"Parents can ask us to delete their child's data.",
			"A parent may request that we delete their child's data, which we will do where feasible.", true, "children"},
		{"permission reworded", "Children's privacy",
			"Parents can ask us to delete their child's data.",
			"A parent may request that we delete their child's data.", false, ""},
		// A verb and its noun; "purposes" after a purpose; "main" hedges.
		{"verb as its noun", "Data security",
			"Our data centres are certified to ISO 27001.",
			"Our data centers hold ISO 27001 certification.", false, ""},
		{"verb as its noun, hedged", "Data security",
			"Our data centres are certified to ISO 27001.",
			"Our main data centers hold ISO 27001 certification.", true, "security"},
		{"purposes after a purpose", "How we use your information",
			"We will not use your data for advertising.",
			"Your data will never be used for advertising purposes.", false, ""},
		{"purposes after a narrower purpose", "How we use your information",
			"We will not use your data for advertising.",
			"Your data will never be used for third-party advertising purposes.", true, ""},
		// An exception limits what the commitment does, its verb; an age
		// threshold is the fact of a sentence that states one.
		{"exception to sharing", "Location data",
			"We never disclose your location data to insurers.",
			"We never disclose your location data to insurers unless they pay for it.", true, "recipients"},
		{"exception to an age threshold", "Children's privacy",
			"We do not collect data from children under 13.",
			"We do not collect data from children under 13 unless a parent consents.", true, "children"},
		// Batch 8. A quantifier traded for another is a force, compared as
		// one: "in any email" for "in each of our emails" beside "at any
		// time" kept reverses nothing; "all" for "some" narrows.
		{"any as each", "Marketing",
			"You can withdraw your consent at any time by clicking the unsubscribe link in any email we send you.",
			"You may withdraw your consent whenever you wish by clicking the unsubscribe link included in each of our emails.", false, ""},
		{"any as some", "Marketing",
			"You can withdraw your consent at any time by clicking the unsubscribe link in any email we send you.",
			"You may withdraw your consent whenever you wish by clicking the unsubscribe link included in some of our emails.", true, "rights"},
		// "without X" is "unless … X": one condition, said as an exception.
		{"without as unless", "Artificial intelligence",
			"We won't use the content of your messages to train our AI models without your permission.",
			"We will not use the content of your messages to train our AI models unless you give us permission.", false, ""},
		{"without, another exception", "Artificial intelligence",
			"We won't use the content of your messages to train our AI models without your permission.",
			"We will not use the content of your messages to train our AI models unless we need to improve them.", true, "ai"},
		{"without consent, another exception", "Sharing your information",
			"We do not share your health data with insurers without your explicit consent.",
			"We do not share your health data with insurers unless the law requires it.", true, ""},
		// A party that gives its former name is that party renamed.
		{"renamed, formerly", "Sharing your information",
			"We share your browsing data with Zemanta Inc for advertising.",
			"We share your browsing data with Outbrain DSP (formerly Zemanta) Inc for advertising.", false, ""},
		{"renamed, formerly another", "Sharing your information",
			"We share your browsing data with Taboola Inc for advertising.",
			"We share your browsing data with Outbrain DSP (formerly Zemanta) Inc for advertising.", true, "recipients"},
		{"renamed, and another added", "Sharing your information",
			"We share your browsing data with Zemanta Inc for advertising.",
			"We share your browsing data with Outbrain DSP (formerly Zemanta) Inc and Criteo SA for advertising.", true, "recipients"},
		// A menu's labels changed, each link pointing where it did, commit
		// to nothing; a list of links to other places names other parties.
		{"menu relabelled", "Products",
			"* [Workshops](https://example.com/workshops/)\n    * [Miro Assist](https://example.com/assist/)\n    * [Integrations](https://example.com/integrations/)",
			"* [Workshops](https://example.com/workshops/)\n    * [Artificial Intelligence](https://example.com/assist/)\n    * [Integrations](https://example.com/integrations/)", false, ""},
		{"list of providers, one replaced", "Analytics providers we use",
			"* [Google Analytics](https://policies.google.com/privacy)\n* [Mixpanel](https://mixpanel.com/legal/privacy-policy/)",
			"* [Google Analytics](https://policies.google.com/privacy)\n* [Hotjar](https://www.hotjar.com/legal/policies/privacy/)", true, ""},
		{"menu entry that states a commitment", "Introduction",
			"* [We only use data to make the site a better place.](#information-use)\n* [Your rights](#rights)",
			"* [We use data to make the site a better place.](#information-use)\n* [Your rights](#rights)", true, ""},
		// Advice to the reader commits the company to nothing; what the
		// company says it does, in the same sentence, does.
		{"advice widened", "Changes to this policy",
			"We will email you about material changes. For other changes, we encourage users to check our Site Policy repository frequently.",
			"We will email you about material changes. For other changes, we encourage users to watch or to check our Site Policy repository frequently.", false, ""},
		{"advice kept, our promise hedged", "Changes to this policy",
			"We encourage you to check this page frequently, as we will post any changes here.",
			"We encourage you to check this page frequently, as we may post changes here.", true, "notice"},
		{"advice kept, our notice dropped", "Changes to this policy",
			"We encourage you to check this page, and we will also email you about material changes.",
			"We encourage you to check this page, and you will also find material changes on our blog.", true, "notice"},
		// A name written out beside the initials the other side writes alone.
		{"region written out with its initials", "International transfers",
			"Some of our service providers are located outside the EEA.",
			"Some of our service providers are based outside the European Economic Area (EEA).", false, ""},
		{"region written out with its initials, and another", "International transfers",
			"Some of our service providers are located outside the EEA.",
			"Some of our service providers are based outside the European Economic Area (EEA) and the United Kingdom.", true, "transfers"},
		{"region written out with its initials, inside for outside", "International transfers",
			"All of our service providers are located inside the EEA.",
			"All of our service providers are located outside the European Economic Area (EEA).", true, "transfers"},
		// A term's label in brackets names what the sentence describes.
		{"label added to a definition", "Advertising",
			"You may see ads on the websites and apps of our partners (the “Publishers”).",
			"You may see ads on the websites and apps of our partners (the “Publishers” or “Partners”).", false, ""},
		{"label kept, partners widened", "Advertising",
			"You may see ads on the websites and apps of our partners (the “Publishers”).",
			"You may see ads on the websites and apps of our partners and their affiliates (the “Publishers” or “Partners”).", true, ""},
		// "passed on to" is "shared with"; "sold to" is not.
		{"shared as passed on", "Delivery",
			"We share your delivery address with the courier that delivers your order.",
			"Your delivery address is passed on to the courier who delivers your order.", false, ""},
		{"passed on to another", "Delivery",
			"We share your delivery address with the courier that delivers your order.",
			"Your delivery address is passed on to the courier who delivers your order and to our advertising partners.", true, "recipients"},
		{"sold for shared", "Delivery",
			"We share your delivery address with the courier that delivers your order.",
			"Your delivery address is sold to the courier who delivers your order.", true, "recipients"},
		// A name is about the words nearest it: whom data is shared with,
		// or where it is collected from.
		{"name shared with, beside collected", "How is data used and shared?",
			"Usage data will continue to be collected, processed, and shared with Microsoft and OpenAI when you use the app.",
			"Usage data will continue to be collected, processed, and shared with Microsoft when you use the app.", true, "recipients"},
		{"name collected from, beside shared", "Health data",
			"We collect your heart rate from Fitbit and Garmin devices, and share it with your doctor.",
			"We collect your heart rate from Fitbit devices, and share it with your doctor.", true, "data"},
		// A bound moved is about what the commitment does, its verb.
		{"period opened, kept", "Call recordings",
			"We keep recordings of calls to our customer service team for 30 days.",
			"We keep recordings of calls to our customer service team for 30 days, or longer where we need them to resolve a dispute.", true, "retention"},
		{"deadline opened, answered", "Your rights",
			"We answer requests for a copy of your recordings within 30 days.",
			"We answer requests for a copy of your recordings within 30 days or longer where a request is complex.", true, "rights"},
		// Who operates and controls the service is who the controller is.
		{"controller's label", "About us",
			"The service is operated and controlled by Digital Science & Research Solutions Inc.",
			"The service is operated and controlled by Digital Science & Research Solutions Inc. (“Digital Science”).", false, ""},
		{"another controller added", "About us",
			"The service is operated and controlled by Digital Science UK Ltd.",
			"The service is operated and controlled by Digital Science UK Ltd, or by Digital Science & Research Solutions Inc. for sales.", true, "identity"},
		// A condition on a law taking effect, dropped once it has.
		{"in force now", "Your rights",
			"While the CCPA only covers California residents, when it goes into effect we will voluntarily extend its core rights to all of our users.",
			"While the CCPA only covers California residents, we voluntarily extend its core rights to all of our users.", false, ""},
		{"in force now, and hedged", "Your rights",
			"While the CCPA only covers California residents, when it goes into effect we will voluntarily extend its core rights to all of our users.",
			"While the CCPA only covers California residents, we may voluntarily extend its core rights to all of our users.", true, "rights"},
		{"in force now, narrowed", "Your rights",
			"While the CCPA only covers California residents, when it goes into effect we will voluntarily extend its core rights to all of our users.",
			"While the CCPA only covers California residents, we voluntarily extend its core rights to some of our users.", true, "rights"},
		{"another condition dropped", "Your rights",
			"When you verify your identity, we will delete your data.",
			"We delete your data.", true, ""},
		// A term defined for the policy's readers, written plainly; a
		// qualifier that narrows a term, dropped, widens it.
		{"reader's term written plainly", "Subprocessors",
			"We require all vendors to restrict their processing of User Personal Information.",
			"We require all vendors to restrict their processing of personal information.", false, ""},
		{"narrowing qualifier dropped", "Sharing your information",
			"We may share Employee Personal Information with our insurers.",
			"We may share personal information with our insurers.", true, ""},
		{"place qualifier dropped", "Where we store your data",
			"We store your data in our US Data Centers.",
			"We store your data in our Data Centers.", true, "transfers"},
		// A name whose head is a document or an instrument names no party.
		{"party named beside a document", "Sharing your information",
			"Our vendors must protect your personal data as our Privacy Statement requires.",
			"Our vendors, including Acme Analytics, must protect your personal data as our Privacy Statement requires.", true, "recipients"},
		// "[AUTOTITLE](page)" renders as the title of the page it links to.
		{"link titled by its page", "Public information",
			"Information in a public repository may be seen by the public. For more information, see \"[About your profile](/account/profile/about-your-profile).\"",
			"Information in a public repository may be seen by the public. For more information, see \"[AUTOTITLE](/account-and-profile/about-your-profile).\"", false, ""},
		{"link titled by its page, and a recipient", "Public information",
			"Information in a public repository may be seen by the public. For more information, see \"[About your profile](/account/profile/about-your-profile).\"",
			"Information in a public repository may be seen by the public and shared with our advertising partners. For more information, see \"[AUTOTITLE](/account-and-profile/about-your-profile).\"", true, "recipients"},
		// A template variable written another way renders the same.
		{"template variable rewritten", "Subprocessors",
			"If you have questions about a new subprocessor, please contact us via {{ site.data.variables.contact.contact_privacy }}.",
			"If you have questions about a new subprocessor, please contact us via {% data variables.contact.contact_privacy %}.", false, ""},
		{"template variable rewritten, another one", "Subprocessors",
			"If you have questions about a new subprocessor, please contact us via {{ site.data.variables.contact.contact_privacy }}.",
			"If you have questions about a new subprocessor, please contact us via {% data variables.contact.contact_support %}.", true, ""},
		// A typo fixed into a function word, or a stray letter removed;
		// initials removed are a place.
		{"typo into a function word", "Your rights",
			"You can withdraw your consent at any time, and fFor residents of California, you can opt out of sales.",
			"You can withdraw your consent at any time, and for residents of California, you can opt out of sales.", false, ""},
		{"stray letter", "Sharing your information",
			"We share data with providers who help us run our y service.",
			"We share data with providers who help us run our service.", false, ""},
		{"initials removed", "Where we store your data",
			"Your data is stored in U.S. data centers.",
			"Your data is stored in data centers.", true, ""},
		// Where the document points to is no commitment.
		{"table above as below", "Categories of personal information",
			"The table above contains the categories of personal information we collect.",
			"The table below contains the categories of personal information we collect.", false, ""},
		{"age above as below", "Children's privacy",
			"We collect personal information only from users above the age of 16.",
			"We collect personal information only from users below the age of 16.", true, "children"},
		// A page moved on the same site; a link to another site.
		{"address on the same site", "Dispute resolution",
			"You may invoke binding arbitration. For additional information visit <https://www.dataprivacyframework.gov/s/article/ANNEX-I-introduction-dpf?tabset-35584=2>.",
			"You may invoke binding arbitration. For additional information visit <https://www.dataprivacyframework.gov/framework-article/ANNEX-I-introduction>.", false, ""},
		{"address on another site", "Your rights",
			"To opt out of the sale of your data, visit <https://privacy.example.com/opt-out>.",
			"To opt out of the sale of your data, visit <https://www.adpartner.example.net/choices>.", true, ""},
		// A sentence that only points to more information commits to
		// nothing; one that says what we do on the way does.
		{"pointer removed", "Public information",
			"You can keep your email address private in your settings. For more information, see \"[Setting your commit email address](/settings/email).\"",
			"You can keep your email address private in your settings.", false, ""},
		{"pointer added", "Cookies",
			"We use cookies to keep you signed in. Learn more in our [Cookie Policy](/cookies).",
			"We use cookies to keep you signed in. Learn more in our [Cookie Policy](/cookies). For more information about cookies, please see [About cookies](/about-cookies).", false, ""},
		{"pointer that says what we do", "Sharing your information",
			"You can keep your email address private in your settings.",
			"You can keep your email address private in your settings. For more information about how we sell your email address to advertisers, see our [Ad Policy](/ads).", true, "recipients"},
		{"pointer that says what the company does", "Advertising",
			"You can manage your ad choices in your settings.",
			"You can manage your ad choices in your settings. To learn more about how Acme uses interest-based advertising, please review our Privacy Portal.", true, ""},
		{"instruction, not a pointer", "Your rights",
			"You can ask us for a copy of your data by email.",
			"You can ask us for a copy of your data by email. Visit our privacy portal to exercise your other rights.", true, "rights"},
		// Where the reader lives says whom a right is for.
		{"right for residents of an EU member state", "Your rights",
			"You can ask us for a copy of your data.",
			"You can ask us for a copy of your data. Additionally, if you are a resident of an EU member state, you have the right to file a complaint with your local supervisory authority.", true, "rights"},
		// A public benefit corporation is a company: a subprocessor, not
		// an AI model.
		{"subprocessor for AI inference", "Subprocessors",
			"| Name | Processing | Location |\n|---|---|---|\n| Microsoft Azure | Cloud hosting | United States |",
			"| Name | Processing | Location |\n|---|---|---|\n| Microsoft Azure | Cloud hosting | United States |\n| Anthropic PBC | AI inference for Copilot models | United States |", true, "recipients"},
		// A version of the language web pages are written in is no tracker.
		{"web format named in an example", "Cookies",
			"We use cookies and similar technologies to keep you logged in.",
			"We use cookies and similar technologies (for example, HTML5 local storage) to keep you logged in.", false, ""},
		{"tracker named in an example", "Cookies",
			"We use cookies and similar technologies to keep you logged in.",
			"We use cookies and similar technologies (for example, the Meta Pixel) to keep you logged in.", true, "cookies"},
		// An instrument named is no party, but one dropped still changes
		// how data is transferred.
		{"instrument dropped", "International transfers",
			"We comply with the EU-US Privacy Shield Framework and the Swiss-US Privacy Shield Framework.",
			"We comply with the EU-US Privacy Shield Framework.", true, "transfers"},
		{"instrument replaced", "International transfers",
			"We rely on the EU-US Privacy Shield Framework for transfers to the United States.",
			"We rely on the UK Extension to the Data Privacy Framework for transfers to the United States.", true, "transfers"},
		// Batch 9: an act of a guarded category said by an ordinary verb
		// WordNet gives a sense of is the same act; an act the law
		// defines is compared as written, and what is acted on counts.
		{"collect as gather", "Information we collect",
			"We collect your name and email address when you register for an account.",
			"We gather your name and email address when you register for an account.", false, ""},
		{"collect as gather, a datum added", "Information we collect",
			"We collect your name and email address when you register for an account.",
			"We gather your name, email address and phone number when you register for an account.", true, "data"},
		{"collect as accumulate", "Information we collect",
			"We collect information about the pages you visit.",
			"We accumulate information about the pages you visit.", false, ""},
		{"disclose as reveal", "Sharing your information",
			"We do not disclose your purchase history to advertisers.",
			"We do not reveal your purchase history to advertisers.", true, "recipients"},
		{"sell as trade", "Sharing your information",
			"We never sell your contact list.",
			"We never trade your contact list.", true, "recipients"},
		// A contraction written out is the same words; "not" dropped is not.
		{"shouldn't written out", "Information we collect",
			"You shouldn't have to give us your phone number to use the app.",
			"You should not have to give us your phone number to use the app.", false, ""},
		{"shouldn't dropped", "Information we collect",
			"You shouldn't have to give us your phone number to use the app.",
			"You may have to give us your phone number to use the app.", true, ""},
		{"we've written out", "Sharing your information",
			"We've never sold your personal data.",
			"We have never sold your personal data.", false, ""},
		{"we've, never dropped", "Sharing your information",
			"We've never sold your personal data.",
			"We have sold your personal data.", true, "recipients"},
		// A pronoun contracted with its verb at the start of a sentence is
		// no name ("We’ll", "We've"); a name there still is.
		{"pronoun contracted, no recipient", "Deleting your account",
			"You can delete your account at any time. The deletion takes effect immediately.",
			"You can delete your account at any time. We’ll keep your data for 30 days in case you change your mind.", true, "retention"},
		{"pronoun contracted, a name after it", "Deleting your account",
			"You can delete your account at any time.",
			"You can delete your account at any time. We’ve asked Acmeflow to keep your data for 30 days.", true, "recipients"},
		{"intro reworded", "Privacy Policy",
			"Hi there. Welcome to our Privacy Policy. Privacy policies can be messy and complicated, which is why we have tried to unscramble the legal jargon.",
			"Welcome to our Privacy Policy. We've simplified things here so that it is easy to understand.", false, ""},
		// A number is about the content words nearest it, not a phrase's
		// pronoun: "notify you" of a breach is a security commitment.
		{"breach notice deadline dropped", "Data breaches",
			"If we become aware of a breach that affects your personal data, we will notify you within 72 hours.",
			"If we become aware of a breach that affects your personal data, we will notify you without undue delay.", true, "security"},
		{"change notice shortened", "Changes to this policy",
			"If we make material changes to this policy, we will notify you at least 30 days before they take effect.",
			"If we make material changes to this policy, we will notify you at least 14 days before they take effect.", true, "notice"},
		// A menu on one line relabelled; a link retitled, to a page of the
		// same site; a link to another party is no title.
		{"menu on one line relabelled", "Contact",
			"[Home](/) | [Privacy](/privacy) | [Cookies](/cookies)",
			"[Home](/) | [Privacy](/privacy) | [Cookie settings](/cookies)", false, ""},
		{"link retitled", "Cookies",
			"You can find out more about the cookies we use in our [Cookie Policy](https://example.com/cookies).",
			"You can find out more about the cookies we use in our [Cookie Notice](https://example.com/legal/cookies).", false, ""},
		{"link to another party", "Cookies",
			"We use cookies set by [our analytics provider](https://example.com/analytics) to measure visits.",
			"We use cookies set by [Meta Pixel](https://www.facebook.com/business/tools/meta-pixel) to measure visits.", true, ""},
		{"link named for a party, same site", "Sharing your information",
			"We share your order details with [our partners](https://example.com/partners).",
			"We share your order details with [Acme Ads Ltd](https://example.com/partners).", true, "recipients"},
		// An age threshold in words and digits is the same threshold.
		{"age restated in words", "Children",
			"Our services are not directed to children under 13, and we do not knowingly collect personal information from them.",
			"Our services are not intended for children under the age of thirteen (13), and we do not knowingly gather personal information from them.", false, ""},
		{"age raised in words", "Children",
			"Our services are not directed to children under 13, and we do not knowingly collect personal information from them.",
			"Our services are not intended for children under the age of sixteen (16), and we do not knowingly gather personal information from them.", true, "children"},
		// An adverb made from a noun of the vocabulary is not that noun:
		// "periodically" is no retention period; "securely", made from an
		// adjective, is still a security commitment.
		{"periodically as regularly", "How long we keep your data",
			"We periodically review the personal data we hold and delete anything we no longer need.",
			"We regularly review the personal data we hold and delete anything we no longer need.", false, ""},
		{"a fixed period as periodically", "How long we keep your data",
			"We delete inactive accounts after a fixed period.",
			"We delete inactive accounts periodically.", true, "retention"},
		{"securely as quickly", "Payments",
			"Your card details are transmitted securely to our payment provider.",
			"Your card details are transmitted quickly to our payment provider.", true, "security"},
		{"share as sell", "Sharing your information",
			"We share your order details with third-party delivery partners so that they can deliver your purchase.",
			"We sell your order details to third-party delivery partners so that they can deliver your purchase.", true, "recipients"},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material || tc.category != "" && !cats[tc.category] {
			t.Errorf("%s: material=%v %v, want %v %q: %s", tc.name, rep.Material, cats, tc.material, tc.category, strings.Join(why, "; "))
		}
	}
}

// subprocessorTable is a list of subprocessors in GitHub's style, with
// the rows given.
func subprocessorTable(rows ...string) string {
	return "| Name of Subprocessor | Description of Processing | Location of Processing | Corporate Location |\n" +
		"|:---|:---|:---|:---|\n" + strings.Join(rows, "\n")
}

// TestGitHubSubprocessors holds the verdicts on edits of a list of
// subprocessors as GitHub's lawyers made them, each beside its material
// twin, with the reason a lawyer reads.
func TestGitHubSubprocessors(t *testing.T) {
	rb := Builtin()
	const (
		zendesk = "| Zendesk | Customer support ticketing system | United States | United States |"
		sentry  = "| Sentry.io | Application monitoring provider | United States | United States |"
		twilio  = "| Twilio | SMS notification provider | United States | United States |"
		grid    = "| Sendgrid | Transactional mail services provider | United States | United States |"
	)
	for _, tc := range []struct {
		name, old, new string
		material       bool
		category, want string // want: in the reasons
	}{
		// A company named like a weekday or a month by its web address.
		{"weekday company added", subprocessorTable(zendesk),
			subprocessorTable(zendesk, "| Monday.com | Team collaboration and project management platform | United States | Israel |"),
			true, "recipients", "Monday.com"},
		{"weekday company removed", subprocessorTable(zendesk, "| Monday.com | Team collaboration and project management platform | United States | Israel |"),
			subprocessorTable(zendesk), true, "recipients", "Monday.com"},
		{"company with a small first letter added", subprocessorTable(zendesk),
			subprocessorTable(zendesk, "| xAI | AI Inference and AI Services | United States | United States |"),
			true, "", ": xAI"},
		// A country another row still names is no destination removed.
		{"row removed, country still named", subprocessorTable(zendesk, sentry), subprocessorTable(zendesk), true, "recipients", "Removed recipient: Sentry"},
		{"row's country changed", subprocessorTable(zendesk, sentry),
			subprocessorTable(zendesk, "| Sentry.io | Application monitoring provider | India | United States |"), true, "transfers", "India"},
		{"country added to a row, another row's country", subprocessorTable(zendesk, "| GitHub Canada ULC | GitHub Subsidiary | Canada | Canada |"),
			subprocessorTable("| Zendesk | Customer support ticketing system | United States, Canada | United States |", "| GitHub Canada ULC | GitHub Subsidiary | Canada | Canada |"),
			true, "transfers", "New transfer destination: Canada"},
		{"row moved, country named before", subprocessorTable(zendesk, twilio, grid), subprocessorTable(grid, zendesk, twilio), false, "", ""},
		// Rows restated cell for cell: the table given its pipes and
		// padding, or a column that repeats the one before it; a cell
		// changed is no row restated.
		{"table reformatted", "Name | Purpose | Location\n--- | --- | ---\nZendesk | Support | United States\nSentry.io | Monitoring | United States",
			"| Name      | Purpose    | Location      |\n|-----------|------------|---------------|\n| Zendesk   | Support    | United States |\n| Sentry.io | Monitoring | United States |",
			false, "", ""},
		{"table reformatted, a country changed", "Name | Purpose | Location\nZendesk | Support | United States\nSentry.io | Monitoring | United States",
			"| Name      | Purpose    | Location      |\n|-----------|------------|---------------|\n| Zendesk   | Support    | United States |\n| Sentry.io | Monitoring | India         |",
			true, "transfers", "India"},
		{"column repeated", "| Name | Purpose | Location |\n|---|---|---|\n| Zendesk | Support | United States |\n\nText.",
			"| Name | Purpose | Location | Corporate Location |\n|---|---|---|---|\n| Zendesk | Support | United States | United States |\n\nText.",
			false, "", ""},
		{"column added, another country", "| Name | Purpose | Location |\n|---|---|---|\n| Zendesk | Support | United States |\n\nText.",
			"| Name | Purpose | Location | Corporate Location |\n|---|---|---|---|\n| Zendesk | Support | United States | Ireland |\n\nText.",
			true, "transfers", "Ireland"},
		// Rows written without the pipes at their ends are rows all the
		// same: the names are the first cells, not a country and a name.
		{"rows without end pipes", "Name | Purpose | Location\n--- | --- | ---\nZendesk | Support | United States",
			"Name | Purpose | Location\n--- | --- | ---\nZendesk | Support | United States\nAzure | Hosting | United States",
			true, "recipients", "New recipient: Azure"},
		// Two rows merged into one name the parties both named before,
		// doing the same in the same places: minor, as batch 13 labels
		// it (b13-25); a name with a new word in it is a new party.
		{"rows merged", subprocessorTable(zendesk, twilio, grid),
			subprocessorTable(zendesk, "| Twilio & Twilio Sendgrid | SMS notification provider & transactional mail service provider | United States | United States |"),
			false, "", ""},
		{"rows merged, new party", subprocessorTable(zendesk, twilio, grid),
			subprocessorTable(zendesk, "| Twilio & Twilio Vonage | SMS notification provider & transactional mail service provider | United States | United States |"),
			true, "recipients", "Vonage"},
	} {
		rep, cats, why := judgeEdit(rb, "GitHub Subprocessors", tc.old, tc.new)
		reasons := strings.Join(why, "; ")
		if rep.Material != tc.material || tc.category != "" && !cats[tc.category] || !strings.Contains(reasons, tc.want) {
			t.Errorf("%s: material=%v %v, want %v %q %q: %s", tc.name, rep.Material, cats, tc.material, tc.category, tc.want, reasons)
		}
		if strings.Contains(reasons, "transfer destination: United States") || strings.Contains(reasons, "United States Azure") ||
			strings.Contains(reasons, ": Twilio & Twilio Sendgrid") {
			t.Errorf("%s: a name on both sides, or names joined, reported: %s", tc.name, reasons)
		}
	}
}

// TestOwnNames: what the author of a policy names with its brand (a
// product, a team) receives no one's data; a company of its group and
// another company do.
func TestOwnNames(t *testing.T) {
	rb := Builtin()
	const about = "GitHub provides the GitHub service. GitHub does not sell your data, and GitHub keeps it safe. "
	for _, tc := range []struct {
		name, old, new string
		material       bool
		want           string
	}{
		{"own product", about + "We share support tickets with GitHub Support.",
			about + "We share support tickets with GitHub Support and GitHub Premium Support.", false, ""},
		{"another company", about + "We share support tickets with GitHub Support.",
			about + "We share support tickets with GitHub Support and Zendesk.", true, "Zendesk"},
		// The author's name put before its own product's.
		{"brand before a product", about + "If you raise funds through the Sponsors Program, we share your name with your sponsors.",
			about + "If you raise funds through the [GitHub Sponsors Program](https://github.com/sponsors), we share your name with your sponsors.", false, ""},
		{"brand before a product, another recipient", about + "If you raise funds through the Sponsors Program, we share your name with your sponsors.",
			about + "If you raise funds through the [GitHub Sponsors Program](https://github.com/sponsors), we share your name with your sponsors and advertisers.", true, "advertisers"},
		{"company of the group", about + "We share support tickets with GitHub Support.",
			about + "We share support tickets with GitHub Support and GitHub India Pty Ltd.", true, "GitHub India Pty Ltd"},
	} {
		// The author names itself where its policy opens.
		rep, _, why := judgeText(rb, "## GitHub Privacy Statement\n\n"+tc.old+"\n", "## GitHub Privacy Statement\n\n"+tc.new+"\n")
		reasons := strings.Join(why, "; ")
		if rep.Material != tc.material || !strings.Contains(reasons, tc.want) || strings.Contains(reasons, "recipient: GitHub Premium Support") {
			t.Errorf("%s: material=%v, want %v %q: %s", tc.name, rep.Material, tc.material, tc.want, reasons)
		}
	}
}

// TestDataTerms: a term the policy defines for a kind of data names no
// party; a company named beside it does.
func TestDataTerms(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		name, old, new string
		want, not      string
	}{
		{"data term", "We use your User Personal Information for internal purposes, such as to maintain logs for security reasons.",
			"We use your User Personal Information and Technical Information for internal purposes, such as to maintain logs for security reasons.",
			"", "recipient: Technical Information"},
		{"company beside it", "We use your User Personal Information for internal purposes, such as to maintain logs for security reasons.",
			"We share your User Personal Information and Technical Information with Splunk, such as to maintain logs for security reasons.",
			"Splunk", "Technical Information"},
		// A word that opens a clause names no one; the party after it does.
		{"clause opener", "We use your User Personal Information for internal purposes.",
			"Although GitHub does not sell it, we use your User Personal Information for internal purposes and share it with Splunk.",
			"Splunk", "Although"},
	} {
		rep, _, why := judgeEdit(rb, "How we use your information", tc.old, tc.new)
		reasons := strings.Join(why, "; ")
		if !rep.Material || !strings.Contains(reasons, tc.want) || strings.Contains(reasons, tc.not) {
			t.Errorf("%s: material=%v: %s", tc.name, rep.Material, reasons)
		}
	}
}

// TestLawmakers: a body named for the decisions it takes on the law
// receives no data; the change to the transfer's safeguards is material
// all the same, under transfers.
func TestLawmakers(t *testing.T) {
	rep, cats, why := judgeEdit(Builtin(), "International transfers",
		"GitHub processes personal data outside of the United States and relies on Standard Contractual Clauses to lawfully transfer data.",
		"GitHub processes personal data outside of the United States. To lawfully transfer data, it relies on adequate protection as decided by the European Commission, or on Standard Contractual Clauses.")
	reasons := strings.Join(why, "; ")
	if !rep.Material || !cats["transfers"] || strings.Contains(reasons, "recipient: European Commission") {
		t.Errorf("material=%v %v: %s", rep.Material, cats, reasons)
	}
}

// TestSupervisoryAuthorities: the authority a reader may complain to
// receives no data; a complaint right added is material all the same.
func TestSupervisoryAuthorities(t *testing.T) {
	rep, _, why := judgeEdit(Builtin(), "Your rights",
		"You have the right to access your personal data.",
		"You have the right to access your personal data. If you are a resident of Switzerland, you may lodge a complaint with the FDPIC.")
	reasons := strings.Join(why, "; ")
	if !rep.Material || strings.Contains(reasons, "recipient: FDPIC") {
		t.Errorf("material=%v: %s", rep.Material, reasons)
	}
}

// TestCookieTechnologies: a protocol or a cookie attribute named in a
// cookie's description is no tracker; a provider is.
func TestCookieTechnologies(t *testing.T) {
	const head = "| Provider | Cookie Name | Description | Expiration |\n|---|---|---|---|\n| GitHub | `tz` | This cookie allows us to customize timestamps to your time zone. | session |"
	for _, tc := range []struct {
		name, row, want, not string
	}{
		{"protocol", "| GitHub | `saml_return_to` | This cookie is set by the SAML auth path method to maintain state, with SameSite=Lax. | session |", "", "tracker: SAML"},
		{"provider", "| Adobe | `AMCV` | This cookie is set by Adobe Target, as the SAML auth path method. | 2 years |", "Adobe", "SAML"},
	} {
		rep, _, why := judgeEdit(Builtin(), "Cookies", head, head+"\n"+tc.row)
		reasons := strings.Join(why, "; ")
		if !strings.Contains(reasons, tc.want) || strings.Contains(reasons, tc.not) || tc.want != "" && !rep.Material {
			t.Errorf("%s: %s", tc.name, reasons)
		}
	}
}

// TestNameWhole holds a name to be reported whole, not from the ampersand
// a list is cut at: the reason is frozen into the published version.
func TestNameWhole(t *testing.T) {
	_, _, why := judgeEdit(Builtin(), "About us",
		"The service is operated and controlled by Digital Science UK Ltd.",
		"The service is operated and controlled by Digital Science UK Ltd or its affiliate, Digital Science & Research Solutions Inc., for sales.")
	if got := strings.Join(why, "; "); !strings.Contains(got, "Digital Science & Research Solutions Inc") {
		t.Errorf("reason does not name the party whole: %s", got)
	}
}

// TestDocumentNames: a name whose head is a document or an instrument, or
// a possessive, names no new party; the party named beside it does.
func TestDocumentNames(t *testing.T) {
	rb := Builtin()
	c := &classifier{rb: rb, ix: rb.index}
	got := c.findEntities("All capitalized terms have their definition in GitHub’s Terms of Service, the GitHub Data Protection Agreement and the UK Extension, as GitHub's vendors, such as Mailgun Technologies, agree.")
	for _, e := range got {
		if strings.Contains(e, "Terms") || strings.Contains(e, "Agreement") || strings.Contains(e, "Extension") || strings.HasSuffix(e, "'s") {
			t.Errorf("document or possessive named as a party: %q in %q", e, got)
		}
	}
	if !slices.Contains(got, "Mailgun Technologies") {
		t.Errorf("party not named: %q", got)
	}
}

// TestVendorNamedOften: the author of a policy is the name its opening
// gives (title, first paragraphs), not any name the text writes often. A vendor named
// six times in an analytics section that adds a service is a new party,
// reported by name.
func TestVendorNamedOften(t *testing.T) {
	rb := Builtin()
	const opening = "We use the service providers below to run our site.\n\n" +
		"They process personal data only on our instructions.\n\n## Analytics\n\n" +
		"We use Zorblytics to count visits. Zorblytics sets cookies. Zorblytics may process this data in the United States. " +
		"You can opt out of Zorblytics on the Zorblytics opt-out page. Read how Zorblytics uses data on its site.\n\n"
	table := func(rows ...string) string {
		return opening + "| Name | Purpose | Location |\n|---|---|---|\n" + strings.Join(rows, "\n")
	}
	const stripe = "| Stripe | Payments | United States |"
	for _, tc := range []struct {
		name, old, new string
		want           string
	}{
		{"a row", table(stripe), table(stripe, "| Zorblytics Ads | Advertising | United States |"), ": Zorblytics Ads"},
		{"a sentence", table(stripe), table(stripe) + "\n\nWe send your email address to Zorblytics Ads, for advertising.", ": Zorblytics Ads"},
	} {
		rep, _, why := judgeEdit(rb, "Subprocessors", tc.old, tc.new)
		reasons := strings.Join(why, "; ")
		if !rep.Material || !strings.Contains(reasons, tc.want) {
			t.Errorf("%s: material=%v, want a reason naming %q: %s", tc.name, rep.Material, tc.want, reasons)
		}
	}
}
