package material

import (
	"strings"
	"testing"
)

// Mends of round 92 (batches 427 to 430, written blind and first run on
// e29ddd08, round 91's mends: one miss, as paragraphs and in whole
// policies).

// TestItemBesideSlip: a kind of data put into a list of data is new data
// though the writer dropped an "and" of the list by a slip beside it:
// "email address and bank account and any feedback" → "email address
// bank account, your mood check-ins and any feedback" (b427-12, read as
// the same commitments: the lists no longer differed by one item). Twin:
// the slip alone puts no item in.
func TestItemBesideSlip(t *testing.T) {
	rb := Builtin()
	h := "Information we collect"
	line := "• Information that you provide to us such as your name, address, date of birth, telephone number, %s any feedback you give to us, including by phone, email, post, or when you communicate with us via social media;"
	at := func(s string) string { return strings.Replace(line, "%s", s, 1) }
	rep, cats, why := judgeEdit(rb, h, at("email address and bank account and"), at("email address bank account, your mood check-ins and"))
	wantCategoryNot(t, "mood check-ins beside a slip", rep, cats, why, "data", "")
	_, _, why = judgeEdit(rb, h, at("email address and bank account and"), at("email address bank account and"))
	if all := strings.Join(why, "; "); strings.Contains(all, "New kind of data") {
		t.Errorf("twin: the slip alone: %s", all)
	}
}
