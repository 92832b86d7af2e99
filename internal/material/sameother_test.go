package material

import "testing"

// TestSameOther: "the same" or "itself" traded for "separate", "another"
// or "different" is about another thing: "Unless noted otherwise in the
// message itself" → "in a separate message to us" (b41-24). Sameness
// said another way, or otherness said another way, is not.
func TestSameOther(t *testing.T) {
	const h = "Editorial Mail"
	const old = "Unless noted otherwise in the message itself, we may publish such messages in whole or in part."
	checkMaterial(t, []materialCase{
		{h, old, "Unless noted otherwise in a separate message to us, we may publish such messages in whole or in part.", true},
		{h, old, "Unless noted otherwise in another message, we may publish such messages in whole or in part.", true},
		{h, "Unless noted otherwise in a separate message, we may publish such messages in whole or in part.", old, true},
		{"Storage", "Backups are kept in the same database as your account data.", "Backups are kept in a different database from your account data.", true},
		// Sameness, or otherness, in other words.
		{h, old, "Unless noted otherwise in the message, we may publish such messages in whole or in part.", false},
		{h, "Unless noted otherwise in a separate message, we may publish such messages in whole or in part.",
			"Unless noted otherwise in another message, we may publish such messages in whole or in part.", false},
		{h, old, "Unless noted otherwise in the same message, we may publish such messages in whole or in part.", false},
	})
}
