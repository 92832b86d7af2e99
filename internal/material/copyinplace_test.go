package material

import (
	"strings"
	"testing"
)

// TestCopyUnderAnotherLeadIn holds a list item added that the policy
// already had, but under another lead-in: Kinde's privacy policy
// (kinde-oss/documentation, 2025) put its customers' list of data under
// "Where you are an External User", read as "Added text that the policy
// already had". The external users' list gained kinds of data. An item
// repeated under its own lead-in is still a duplicate.
func TestCopyUnderAnotherLeadIn(t *testing.T) {
	rb := Builtin()
	customers := "* **Identity Data** including your first and last name.\n* **Financial Data** including bank account and payment card details.\n* **Interaction Data** including information you provide in surveys and contests."
	page := func(external string) string {
		return "# Privacy Policy\n\n## The information we collect\n\nWhere you are a Customer, the types of personal information we may collect about you include:\n\n" + customers +
			"\n\nWhere you are an External User, the types of personal information we may collect about you include:\n\n" + external + "\n\n## How we collect it\n\nFrom you.\n"
	}
	old := page("* **Identity Data** including your first and last name.")
	rep, cats, why := judgeText(rb, old, page("* **Identity Data** including your first and last name.\n* **Financial Data** including bank account and payment card details."))
	wantCategoryNot(t, "a kind of data the customers' list has, now the external users'", rep, cats, why, "data", "")
	if rep, _, why := judgeText(rb, old, page("* **Identity Data** including your first and last name.\n* **Identity Data** including your first and last name.")); rep.Material {
		t.Errorf("an item repeated under its own lead-in: material, want minor: %v", why)
	}
	again := strings.Replace(old, customers, customers+"\n* **Financial Data** including bank account and payment card details.", 1)
	if rep, _, why := judgeText(rb, old, again); rep.Material {
		t.Errorf("an item repeated in the customers' list: material, want minor: %v", why)
	}
}

// TestRemovedFromOneSection: an item dropped from a list that another
// section lists under the same lead-in is gone from this section's list:
// Instagram's "Public content you or others create or share" left the
// data used to develop AI at Meta, still listed for ads, and read
// "Removed text that remains elsewhere" (pga-35 015). Twin: a duplicate
// in the same list removed.
func TestRemovedFromOneSection(t *testing.T) {
	rb := Builtin()
	lead := "Your activity and information you provide:\n\n"
	public := "* Public content you or others create or share, like posts, comments or audio\n"
	chats := "* Interactions with AI and related metadata, like messages you exchange with AI\n"
	page := func(ai string) string {
		return "# Privacy Policy\n\n## How we personalise ads\n\n" + lead + public + chats +
			"\n## How we develop and improve AI\n\n" + lead + ai + "\n## Contact\n\nWrite to us.\n"
	}
	rep, _, why := judgeText(rb, page(public+chats), page(chats))
	if !rep.Material {
		t.Errorf("an item dropped from one section's list: minor, want material: %v", why)
	}
	if rep, _, why := judgeText(rb, page(public+chats+public), page(public+chats)); rep.Material {
		t.Errorf("a duplicate in the same list removed: material, want minor: %v", why)
	}
}
