package material

import "testing"

// TestNoTrackerBefore: a tracker's table cell that said none was used,
// now saying one is (b52-17), is a new tracker, whatever its use names.
func TestNoTrackerBefore(t *testing.T) {
	rb := Builtin()
	const h = "Advertising and marketing"
	for _, tc := range []struct{ name, old, new string }{
		{"b52-17", "None for this purpose.", "We use first-party tracking technologies to improve our marketing campaigns, including to track ad conversions from ads for TikTok, build targeted audiences, optimise TikTok ads on third party websites and apps for current and future visitors and remarket to people who have already taken action on our Websites or on TikTok ads."},
		{"not used", "Not used.", "We use advertising cookies to remarket to people who visited our website."},
	} {
		if rep, cats, why := judgeEdit(rb, h, tc.old, tc.new); !rep.Material || !cats["cookies"] {
			t.Errorf("%s: material=%v, categories %v, want cookies: %v", tc.name, rep.Material, cats, why)
		}
	}
	// Twin: a purpose added to a tracker already used stays a purpose.
	wantOnlyCategory(t, rb, "purpose added", h, "We use first-party cookies to measure our marketing campaigns.",
		"We use first-party cookies to measure our marketing campaigns and to build targeted audiences.", "purposes")
}
