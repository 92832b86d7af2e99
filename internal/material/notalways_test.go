package material

import "testing"

// TestNotAlwaysHedge: a disclaimer that a thing "may not always be"
// accurate admits what "is not always" accurate does: that sometimes it
// is not. "AI responses may not always be accurate - users should verify
// important information" → "AI responses are not always accurate, so
// users should check important information" read as a commitment
// strengthened (b49-45, a false alarm). A claim that it is accurate, or
// one that it never is, stays material.
func TestNotAlwaysHedge(t *testing.T) {
	checkMaterial(t, []materialCase{
		{"AI Features", "- AI Limitations: AI responses may not always be accurate - users should verify important information",
			"- AI Limitations: AI responses are not always accurate, so users should check important information", false},
		{"Accuracy", "Translations produced by the app may not always be complete.",
			"Translations produced by the app will not always be complete.", false},
		{"Accuracy", "Location estimates are not always precise.",
			"Location estimates might not always be precise.", false},
		// A claim made, or a failure said of every case.
		{"AI Features", "- AI Limitations: AI responses may not always be accurate - users should verify important information",
			"- AI Limitations: AI responses are accurate - users should verify important information", true},
		{"Accuracy", "Location estimates may not always be precise.",
			"Location estimates are not precise.", true},
	})
}
