package material

import "testing"

// TestRepresentativeReplaced holds an EU representative replaced under
// the same lead-in, in the same town: Range Labs's policy
// (range-labs/range-policy, 2023) went from "Our EU Representative is:
// Jack Baylor, 2 Ashton Place, Gardiner's Hill, Cork, Ireland" to "George
// Barry, 4 St Christopher's Rd, Montenotte, Cork, T23 E9TR, Ireland",
// read as the same addressee at another street, because the lead-in was
// taken for the addressee. The same representative at another street of
// the same town stays minor.
func TestRepresentativeReplaced(t *testing.T) {
	rb := Builtin()
	page := func(addr string) string {
		return "# Privacy Policy\n\n## EU Representative\n\nOur EU Representative is:\n\n" + addr + "\n\n## Authority\n\nYou may complain to your data protection authority.\n"
	}
	rep, cats, why := judgeText(rb, page("Jack Baylor, 2 Ashton Place, Gardiner’s Hill, Cork, Ireland"), page("George Barry, 4 St Christopher's Rd, Montenotte, Cork, T23 E9TR, Ireland"))
	wantCategoryNot(t, "another representative", rep, cats, why, "identity", "")
	if rep, _, why := judgeText(rb, page("Jack Baylor, 2 Ashton Place, Gardiner’s Hill, Cork, Ireland"), page("Jack Baylor, 4 St Christopher's Rd, Montenotte, Cork, Ireland")); rep.Material {
		t.Errorf("the same representative at another street of the same town: material, want minor: %v", why)
	}
}
