package material

import (
	"strings"
	"testing"
)

// TestListItemInserted: an item put in the middle of a list, or taken
// from it, made of words the list already uses ("call logs, voicemail
// recordings" → "call logs, call recordings, voicemail recordings") is
// one more kind of data, not the same commitments (b73-04, a held-out
// miss). The list reordered, an item reworded, a comma before "and", or
// the words that introduce the list changed, add nothing.
func TestListItemInserted(t *testing.T) {
	rb := Builtin()
	const base = "We keep records of your communications with us, such as emails, SMS messages, call logs, voicemail recordings and conversation notes."
	for _, tc := range []struct {
		name, new string
		material  bool
	}{
		{"item put", "We keep records of your communications with us, such as emails, SMS messages, call logs, call recordings, voicemail recordings and conversation notes.", true},
		{"item taken", "We keep records of your communications with us, such as emails, SMS messages, call logs and conversation notes.", true},
		{"item put, list introduced otherwise", "We keep records of your communications with us. This includes emails, SMS messages, call logs, call recordings, voicemail recordings and conversation notes.", true},
		{"reordered", "We keep records of your communications with us, such as call logs, emails, SMS messages, conversation notes and voicemail recordings.", false},
		{"introduced otherwise", "We keep records of your communications with us. This includes emails, SMS messages, call logs, voicemail recordings and conversation notes.", false},
		{"a comma before and", "We keep records of your communications with us, such as emails, SMS messages, call logs, voicemail recordings, and conversation notes.", false},
	} {
		rep, _, why := judgeEdit(rb, "Communications data", base, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%s: material=%v, want %v: %s", tc.name, rep.Material, tc.material, strings.Join(why, "; "))
		}
	}
}

// TestListItemInsertedBlankItem: an item of no-break spaces alone (Miro's
// policy writes them between commas) is no item: comparing it once
// stopped the rule ("index out of range").
func TestListItemInsertedBlankItem(t *testing.T) {
	old := "We transfer data to the European Economic Area, Switzerland, the UK, \u00a0, or the United States, such as by entering into the EU Standard Contractual Clauses."
	new := "We transfer data to the European Economic Area, or Switzerland, the United Kingdom, or the United States, such as by entering into the EU Standard Contractual Clauses."
	listItemInserted(old, new)
	listItemInserted(new, old)
}
