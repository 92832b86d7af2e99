package material

import (
	"strings"
	"testing"
)

// TestSettingCategory: how a feature is set ("enabled", "by default", "opt
// in") names no category of its own; a change to it is about what is set.
// A collection switched on is data collected, a tracker switched on is
// cookies, whatever the AI words list of settings. An AI feature switched
// on stays AI. (Written before the setting words were told from the AI
// words, for Mozilla's 016.)
func TestSettingCategory(t *testing.T) {
	runCategories(t, []categoryCase{
		{"collection while a setting is on", "Crash reports",
			"The browser sends us a report when it crashes.",
			"The browser sends us a report when it crashes. When diagnostics are enabled, it may also collect the address of the page that crashed.", "data"},
		{"what is collected by default", "Diagnostics",
			"If you turn on diagnostics, the browser collects the type of your device.",
			"By default, the browser collects the type of your device and the pages you visit.", "data"},
		{"trackers on by default", "Cookies",
			"Advertising cookies are set only if you accept them.",
			"Advertising cookies are enabled by default; you can turn them off in your settings.", "cookies"},
		{"a new version sends data automatically", "Test versions",
			"Test versions of the app send us reports of how they perform.",
			"Test versions of the app send us reports of how they perform. Test versions for phones automatically send us the location of your device.", "data"},
		{"twin: automated decisions stay AI", "Loan applications",
			"A member of our team reviews each application.",
			"Each application is scored by an automated system.", "ai"},
		{"twin: an AI feature on by default stays AI", "Writing assistant",
			"Our AI writing assistant is off until you turn it on.",
			"Our AI writing assistant is enabled by default; you can turn it off in your settings.", "ai"},
	})
}

// TestRecategorizedLabel: a change first filed under no category carries
// the label "(change)"; filed under data later, its reason names data, as
// the reason of a change filed at once does.
func TestRecategorizedLabel(t *testing.T) {
	rb := Builtin()
	c := &classifier{rb: rb, ix: rb.index}
	v := Verdict{Rule: "unclassified.list", Category: "unclassified", Material: true,
		Reason: "Item added to a list: 'Payment information' → 'Payment and billing information' (change)"}
	got := c.recategorized(v, "data")
	want := "Item added to a list: 'Payment information' → 'Payment and billing information' (" + strings.ToLower(rb.category("data").Label) + ")"
	if got.Reason != want || got.Rule != "data.list" || got.Category != "data" {
		t.Errorf("got %s [%s] %q, want data.list [data] %q", got.Rule, got.Category, got.Reason, want)
	}
}
