package material

import "testing"

// TestDataKindCategory: telemetry, crash reports, diagnostic and technical
// data are kinds of data a product sends its maker; what they hold widened
// or narrowed is data collected, though the sentence names no "personal
// data" and says "sends", not "collects". (Written before those kinds
// were among the data words, for Mozilla's 050 and 120.)
func TestDataKindCategory(t *testing.T) {
	runCategories(t, []categoryCase{
		{"crash reports widened", "Crash reports",
			"The app may send us a crash report with the number of crashes.",
			"The app may send us a crash report with the number of crashes and the address of the page you had open.", "data"},
		{"telemetry widened", "Improving the app",
			"Telemetry sends us how long the app takes to start.",
			"Telemetry sends us how long the app takes to start and which buttons you press.", "data"},
		{"technical data narrowed", "What the app sends",
			"Technical data, such as your operating system and screen size, is sent to us each day.",
			"Technical data, such as your operating system, is sent to us each day.", "data"},
	})
}
