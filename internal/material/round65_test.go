package material

import (
	"strings"
	"testing"
)

// Mends of round 65, taken from the false alarms and misses rounds 63
// and 64 left (batches 311 to 318). Each test has twins that must stay
// as they were.

// TestLawTerm: the word a law uses for what the sentence names, glossed
// beside it, commits to nothing new (batch 318: fourteen such glosses read
// as new recipients, purposes and places, "US" among them); a bracket
// that names a new thing, a gloss traded for another, or a change beside
// the gloss is read as written.
func TestLawTerm(t *testing.T) {
	runRestated(t, []restatedCase{
		{"a request called by the law's name", "Your Rights",
			"Requests can be submitted by contacting: privacy@omnicrm.com",
			"Requests (“consumer requests” in US state law terms) can be submitted by contacting: privacy@omnicrm.com", false},
		{"processors, under US state privacy laws", "Information Sharing",
			"These providers are obligated to protect your information and use it only for the purposes we specify.",
			"These providers (\"processors\" under US state privacy laws) are obligated to protect your information and use it only for the purposes we specify.", false},
		{"what the law calls it", "Cookies",
			"These technologies help us understand website usage and improve marketing performance.",
			"These technologies help us understand website usage and improve marketing performance (what US state privacy laws call “targeted advertising”).", false},
		{"known in the law as", "Information we collect",
			"Information from other sources such as specialist companies that provide customer information (like credit reference agencies).",
			"Information from other sources such as specialist companies that provide customer information, known in US state privacy laws as data brokers (like credit reference agencies).", false},
		{"as the law says", "How we use it",
			"We use your personal information to understand more about users of our systems.",
			"We use your personal information to understand more about users of our systems (“consumers”, as US state privacy laws say).", false},
		{"the law's definition of a word", "Sharing",
			"We do not sell your personal information.",
			"We do not sell your personal information, as the CCPA defines \"sell\".", false},
		{"twin: a new kind of data in a bracket, no law", "Information we collect",
			"We collect device data, contacts and usage data.",
			"We collect device data (“precise geolocation” included), contacts and usage data.", true},
		{"twin: a gloss and a period changed beside it", "Your Rights",
			"Requests can be submitted by contacting us. We respond within 30 days.",
			"Requests (“consumer requests” in US state law terms) can be submitted by contacting us. We respond within 45 days.", true},
		{"twin: a gloss that names a new party, not a law's word", "Sharing",
			"We may share information with service providers.",
			"We may share information with service providers (“partners”, including Meta).", true},
		{"twin: the thing glossed changed with the gloss", "Your Rights",
			"Requests should be directed to the client responsible for the data.",
			"Requests should be directed to omnie (the \"controller\" under US state privacy laws).", true},
	})
}

// TestOnlyPlaced: "only" said before the verb or after its object limits
// the same act (b322-42, b237-41), and "only" before or after a phrase
// that ends the sentence limits that phrase (b322-46, b224-01); put
// before the subject, before the object, or moved into another clause, it
// limits something else.
func TestOnlyPlaced(t *testing.T) {
	const access = "omnie personnel access this data only to perform support services."
	runRestated(t, []restatedCase{
		{"before the verb, not after its object", "Access", access,
			"omnie personnel only access this data to perform support services.", false},
		{"after the phrase that ends the sentence, not before it", "Security",
			"Production access is limited to the use of approved systems only.",
			"Production access is limited to the use of only approved systems.", false},
		{"at the end of the sentence, not before its phrase", "Processing",
			"OmniCRM processes this data only in accordance with customer instructions and contractual agreements.",
			"OmniCRM processes this data in accordance with customer instructions and contractual agreements only.", false},
		{"twin: before the subject", "Access", access,
			"Only omnie personnel access this data to perform support services.", true},
		{"twin: before the object", "Access", access,
			"omnie personnel access only this data to perform support services.", true},
		{"twin: moved to the end, past another phrase", "Sharing",
			"We share your email address only with our payment processor for billing.",
			"We share your email address with our payment processor for billing only.", true},
		{"twin: to the end, past a clause", "Retention",
			"We keep logs only for security, and delete them after 30 days.",
			"We keep logs for security, and delete them after 30 days only.", true},
	})
}

// TestAuthorNamed: the brand written as the company the policy defines as
// "we" names the author (b321-04, b321-06, b321-02); another company of
// its group, a new party beside it, or a change beside the name is read
// as written.
func TestAuthorNamed(t *testing.T) {
	const intro = "# Privacy Policy\n\nOmniCRM UK Ltd (“OmniCRM”, “we”, “our”, or “us”) respects your privacy.\n\n## Security\n\n"
	const tail = "\n\n## Contact\n\nOmniCRM UK Ltd, 1 High Street, London.\n"
	const old = "OmniCRM enforces Multi-Factor Authentication (MFA) for all internal staff accounts."
	rb := Builtin()
	for _, tc := range []struct {
		name, new string
		material  bool
	}{
		{"the brand as the company defined as we", "OmniCRM UK Ltd enforces Multi-Factor Authentication (MFA) for all internal staff accounts.", false},
		{"twin: another company of the group", "OmniCRM Ireland Ltd enforces Multi-Factor Authentication (MFA) for all internal staff accounts.", true},
		{"twin: a party beside the author", "OmniCRM UK Ltd and Altaris Group plc enforce Multi-Factor Authentication (MFA) for all internal staff accounts.", true},
		{"twin: the name and the accounts narrowed", "OmniCRM UK Ltd enforces Multi-Factor Authentication (MFA) for internal admin accounts.", true},
	} {
		rep, _, why := judgeText(rb, intro+old+tail, intro+tc.new+tail)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestExamplesClosedByLike: "(like …)" opens examples as "such as" does;
// made "(that is, …)", the list is closed, though "that is" and "such as"
// are written elsewhere in the sentence too (b322-13).
func TestExamplesClosedByLike(t *testing.T) {
	const old = "  • Information from other sources such as specialist companies (like credit reference agencies such as Experian, fraud prevention agencies, marketing and research companies), and information that is publicly available."
	runRestated(t, []restatedCase{
		{"like made that is", "What we hold", old,
			"  • Information from other sources such as specialist companies (that is, credit reference agencies such as Experian, fraud prevention agencies, and marketing and research companies), and information that is publicly available.", true},
		{"including made that is", "What we hold",
			"We collect contact details, including your name and email address.",
			"We collect contact details, that is, your name and email address.", true},
		{"twin: like made such as", "What we hold", old,
			"  • Information from other sources such as specialist companies (such as credit reference agencies such as Experian, fraud prevention agencies, and marketing and research companies), and information that is publicly available.", false},
		{"twin: that is kept, like kept", "What we hold", old,
			"  • Information from other sources such as specialist companies (like credit reference agencies such as Experian, fraud prevention agencies, and marketing and research companies), and information that is publicly available.", false},
	})
}

// TestPartyKindAdded: one more example of what service providers do for
// the author ("analytics, advertising", "analytics, AI transcription") is
// one more kind of recipient, whatever its own word's category (17
// batches labelled it so); the same list after a noun of the author's
// own work, or an item taken out, keeps its category.
func TestPartyKindAdded(t *testing.T) {
	const old = "We may share information with third-party vendors and service providers who perform services on our behalf (e.g., hosting, data storage, payment processing, analytics)."
	for _, tc := range []struct{ name, old, new, want string }{
		{"advertising among the providers' services", old, strings.Replace(old, "analytics)", "analytics, advertising)", 1), "recipients"},
		{"AI transcription among them", old, strings.Replace(old, "analytics)", "analytics, AI transcription)", 1), "recipients"},
		{"twin: the author's own processing in brackets",
			"We process your information for our own operations (e.g., hosting, data storage, payment processing, analytics).",
			"We process your information for our own operations (e.g., hosting, data storage, payment processing, analytics, advertising).", "!recipients"},
	} {
		wantOnlyCategory(t, Builtin(), tc.name, "Information Sharing", tc.old, tc.new, tc.want)
	}
}

// TestLawFrames: a law named as where the rule stands, in two more
// frames: "in the sense of GDPR" (b319-41) and "as a processor must under
// UK GDPR" (b319-10); a law put where another stood, or a duty with a new
// deadline beside it, is read as written.
func TestLawFrames(t *testing.T) {
	runRestated(t, []restatedCase{
		{"in the sense of", "Role of omnie",
			"omnie acts as a service provider (processor) on behalf of its clients.",
			"omnie acts as a service provider (a processor, in the sense of GDPR) on behalf of its clients.", false},
		{"as a processor must under", "Breach Notification",
			"We will notify affected customers without undue delay after discovery.",
			"We will notify affected customers without undue delay after discovery, as a processor must under UK GDPR.", false},
		{"twin: a deadline beside the frame", "Breach Notification",
			"We will notify affected customers without undue delay after discovery.",
			"We will notify affected customers within 72 hours after discovery, as a processor must under UK GDPR.", true},
		{"twin: another law in its place", "Role of omnie",
			"omnie acts as a service provider (a processor, in the sense of the GDPR) on behalf of its clients.",
			"omnie acts as a service provider (a processor, in the sense of the CCPA) on behalf of its clients.", true},
	})
}

// TestOppositeOwnSpelling: a word WordNet lists under its own spelling is
// not also read as the word it could be a form of: "later" is not "late"
// ("the late president"), the opposite of "future" (b320-12 was reported
// "Commitment reversed ('future' → 'later')"). Opposites stay opposites.
func TestOppositeOwnSpelling(t *testing.T) {
	wn := wordNet()
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"future", "later", false},
		{"future", "past", true},
		{"include", "exclude", true},
		{"public", "private", true},
		{"earlier", "later", true},
	} {
		if got := wn.opposite(tc.a, tc.b) || wn.opposite(tc.b, tc.a); got != tc.want {
			t.Errorf("opposite(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestArticleOne: "one of our services" counts what "a service" counts
// (b320-17 was read as a number added); against "all of our services",
// "your photos" or "two of", it is still a count changed.
func TestArticleOne(t *testing.T) {
	const old = "If you receive a service from us we will still need to send you occasional service-related messages."
	runRestated(t, []restatedCase{
		{"one of our services for a service", "Keeping you informed", old,
			"If you use one of our services, we will still need to send you occasional service-related messages.", false},
		{"a service for one of our services", "Keeping you informed",
			"If you use one of our services, we will still need to send you occasional service-related messages.", old, false},
		{"twin: two of our services", "Keeping you informed", old,
			"If you use two of our services, we will still need to send you occasional service-related messages.", true},
		{"twin: all of them made one", "Keeping you informed",
			"If you receive all of our services we will send you occasional service-related messages.",
			"If you receive one of our services we will send you occasional service-related messages.", true},
		{"twin: one of your photos for your photos", "Photos",
			"We delete your photos after 30 days.", "We delete one of your photos after 30 days.", true},
	})
}

// TestConditionOpensConjunct: a condition right after "and" or "or"
// reaches what it opens ("…, and in certain circumstances with the other
// companies"), not what came before the join; so the items reordered
// around "in certain circumstances", the distributors now outside it, is
// a scope changed (b325-17). The same reach kept ("active or as needed
// to provide …" → "active, or as long as needed to provide …") is not
// (b131-36, b132-37).
func TestConditionOpensConjunct(t *testing.T) {
	const share = "we will share your personal information in certain circumstances with the other companies within the Omnis Group, and our official distributors (Software Products Italia and The DLA Group), so that we can provide you with a high quality and tailored service (including relevant marketing) across our Group."
	const keep = "We retain your personal information for as long as your account is active or as needed to provide you with the Service, comply with our legal obligations, and resolve disputes."
	runRestated(t, []restatedCase{
		{"distributors moved out of the condition", "Who might we share your personal information with?", share,
			"we will share your personal information with our official distributors (Software Products Italia and The DLA Group), and in certain circumstances with the other companies within the Omnis Group, so that we can provide you with a high quality and tailored service (including relevant marketing) across our Group.", true},
		{"twin: a comma put before the conjunct it opens", "Data Retention", keep,
			"We hold your personal information for as long as your account is active, or as needed to provide the Service to you, comply with our legal obligations, and resolve disputes.", false},
		{"twin: as long as needed", "Data Retention", keep,
			"We keep your personal information while your account is active or as long as needed to provide you with the Service, comply with our legal obligations, and resolve disputes.", false},
	})
}

// TestPartyKindAddedHostile: a paragraph of thousands of bracketed lists
// after a noun of parties is judged in time, and still as a kind added.
func TestPartyKindAddedHostile(t *testing.T) {
	var b strings.Builder
	b.WriteString("We share information with service providers")
	for range 3000 {
		b.WriteString(" (e.g., hosting, storage, analytics)")
	}
	old := b.String() + "."
	new := strings.Replace(old, "analytics)", "analytics, advertising)", 1)
	rep, _, _ := judgeEdit(Builtin(), "Sharing", old, new)
	if !rep.Material {
		t.Errorf("a kind of provider added among thousands of lists: minor, want material: %v", rep.Verdicts)
	}
}

// TestConditionSpan: a ground moved out of a condition with words of its
// own, the sentence's words the same, is a scope changed (b325-36); the
// same condition moved to the front, a clause after "but" moved past its
// condition, or the items inside a condition reordered, are not.
func TestConditionSpan(t *testing.T) {
	const legal = "We may disclose information if required by law, subpoena, or other legal process, or if we believe in good faith that disclosure is necessary to protect our rights, investigate fraud, or respond to a government request."
	const marketing = "We won’t send you marketing messages if you tell us not to, but if you receive a service from us we will still need to send you occasional service-related messages."
	runRestated(t, []restatedCase{
		{"a ground moved out of the good-faith test", "Information Sharing and Disclosure", legal,
			"We may disclose information if required by law, subpoena, or other legal process, to respond to a government request, or if we believe in good faith that disclosure is necessary to protect our rights, or investigate fraud.", true},
		{"twin: the grounds inside the test reordered", "Information Sharing and Disclosure", legal,
			"We may disclose information if required by law, subpoena, or other legal process, or if we believe in good faith that disclosure is necessary to investigate fraud, protect our rights, or respond to a government request.", false},
		{"twin: a clause after but moved past its condition", "Keeping you informed", marketing,
			"We won’t send you marketing messages if you tell us not to, but we will still need to send you occasional service-related messages if you receive a service from us.", false},
		{"twin: the condition put first", "Keeping you informed", marketing,
			"If you tell us not to, we won’t send you marketing messages, but we will still need to send you occasional service-related messages if you receive a service from us.", false},
	})
	wantOnlyCategory(t, Builtin(), "a ground moved out: category", "Information Sharing and Disclosure", legal,
		"We may disclose information if required by law, subpoena, or other legal process, to respond to a government request, or if we believe in good faith that disclosure is necessary to protect our rights, or investigate fraud.", "recipients")
}
