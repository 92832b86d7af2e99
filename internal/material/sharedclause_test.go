package material

import "testing"

// TestSharingClauseItem: a clause of its own added to a list's item,
// whose verb hands data over ("and we may share a hashed version of your
// email address to facilitate customized ad campaigns", b22-05), adds a
// sharing: recipients, though its "to" names what it is for. A purpose
// added with no sharing verb stays a purpose.
func TestSharingClauseItem(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"How We Share Information", "* **Aggregated Information:** We may share information that has been aggregated. For instance, we may publish aggregate statistics about the use of our Services.",
			"* **Aggregated Information:** We may share information that has been aggregated. For instance, we may publish aggregate statistics about the use of our Services and we may share a hashed version of your email address to facilitate customized ad campaigns on other platforms.", "recipients"},
		{"How we use information", "We use your purchase history to recommend products and to improve our store.",
			"We use your purchase history to recommend products and to improve our store, and we disclose it to measure our advertising.", "recipients"},
		{"Analytics", "We collect usage statistics to improve the app and to fix crashes.",
			"We collect usage statistics to improve the app and to fix crashes, and we sell them to show you relevant offers.", "recipients"},
		// material twin: a purpose added, no sharing verb
		{"How we use information", "We use your purchase history to recommend products and to improve our store.",
			"We use your purchase history to recommend products, to improve our store and to train our pricing models.", "!recipients"},
	} {
		wantOnlyCategory(t, rb, tc.new, tc.heading, tc.old, tc.new, tc.want)
	}
}
