package material

import (
	"strings"
	"testing"
)

// TestModelsOnly: in a table of the AI providers a service sends
// requests to, a model added to a provider's row, renamed or retired
// sends the same data to the same party under the same terms (Kagi's
// "LLMs & Privacy": 62 of 70 such updates a labeller called minor read
// material). Twins: a provider added, a model moved to another provider,
// a provider's retention changed, a provider's cell changed.
func TestModelsOnly(t *testing.T) {
	rb := Builtin()
	const head = "# LLMs & Privacy\n\nWhen you use the Assistant, we make API requests to third-party model providers.\n\n" +
		"| Model | Model Provider | Trains on User Data via API | Data Retention for API |\n| :-- | :-- | :-- | :-- |\n"
	rows := []string{
		"| <ul><li>Claude 3 Haiku</li><li>Claude 3.5 Sonnet</li></ul> | <ul><li>Anthropic</li><li>Amazon Bedrock</li></ul> | No | 30 days |",
		"| <ul><li>Mistral Small</li><li>Mistral Large</li></ul> | <ul><li>Mistral AI</li></ul> | No | 30 days |",
		"| <ul><li>Qwen 3 235B</li></ul> | <ul><li>Nebius</li><li>Fireworks.ai</li></ul> | No | Not stored |",
	}
	table := func(rs ...string) string {
		return head + strings.Join(rs, "\n") + "\n\nWe never send your account details.\n"
	}
	with := func(i int, row string) []string {
		out := append([]string{}, rows...)
		out[i] = row
		return out
	}
	for _, tc := range []struct {
		name     string
		new      []string
		material bool
	}{
		{"model added", with(0, "| <ul><li>Claude 3 Haiku</li><li>Claude 3.5 Sonnet</li><li>Claude 3.7 Sonnet</li></ul> | <ul><li>Anthropic</li><li>Amazon Bedrock</li></ul> | No | 30 days |"), false},
		{"model renamed", with(1, "| <ul><li>Mistral Small 3</li><li>Mistral Large</li></ul> | <ul><li>Mistral AI</li></ul> | No | 30 days |"), false},
		{"row of a new model, providers listed", append(append([]string{}, rows...), "| <ul><li>Kimi K2</li></ul> | <ul><li>Nebius</li></ul> | No | Not stored |"), false},
		{"provider added", append(append([]string{}, rows...), "| <ul><li>Grok 4</li></ul> | <ul><li>xAI</li></ul> | No | 30 days |"), true},
		{"model moved to another provider", append(with(1, "| <ul><li>Mistral Large</li></ul> | <ul><li>Mistral AI</li></ul> | No | 30 days |"), "| <ul><li>Mistral Small</li></ul> | <ul><li>Nebius</li></ul> | No | Not stored |"), true},
		{"model moved into another provider's row", []string{rows[0],
			"| <ul><li>Mistral Large</li></ul> | <ul><li>Mistral AI</li></ul> | No | 30 days |",
			"| <ul><li>Qwen 3 235B</li><li>Mistral Small</li></ul> | <ul><li>Nebius</li><li>Fireworks.ai</li></ul> | No | Not stored |"}, true},
		{"retention changed", with(2, "| <ul><li>Qwen 3 235B</li></ul> | <ul><li>Nebius</li><li>Fireworks.ai</li></ul> | No | 30 days |"), true},
		{"provider put in a row", with(1, "| <ul><li>Mistral Small</li><li>Mistral Large</li></ul> | <ul><li>Mistral AI</li><li>Microsoft Azure</li></ul> | No | 30 days |"), true},
	} {
		rep, _, why := judgeText(rb, table(rows...), table(tc.new...))
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %v", tc.name, rep.Material, tc.material, why)
		}
	}
	// Filed by the column that changed, whatever the page is about.
	for _, tc := range []struct {
		name, row, want string
	}{
		{"provider put in a row", "| <ul><li>Mistral Small</li><li>Mistral Large</li></ul> | <ul><li>Mistral AI</li><li>Cerebras</li></ul> | No | 30 days |", "recipients"},
		{"retention of a row", "| <ul><li>Mistral Small</li><li>Mistral Large</li></ul> | <ul><li>Mistral AI</li></ul> | No | Not stored |", "retention"},
	} {
		rep, cats, why := judgeText(rb, table(rows...), table(with(1, tc.row)...))
		if !rep.Material || !cats[tc.want] || len(cats) != 1 {
			t.Errorf("%s: material=%v, categories %v, want %s: %v", tc.name, rep.Material, cats, tc.want, why)
		}
	}
}
