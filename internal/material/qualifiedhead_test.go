package material

import "testing"

// TestQualifiedHead: a word put before a noun of cookies, AI or children
// says which ones, and the commitment stays about them: "does not use
// cookies" → "does not use third-party cookies" (b38-26), "does not use
// artificial intelligence systems" → "third-party …" (b30-31), "does NOT
// allow web trackers" → "third-party web trackers" (b36-19), "not
// targeted to children" → "young children" (b37-06). The twins keep their
// categories: a party's word said of what is done names a recipient
// ("we use cookies, clear GIFs and third-party web beacons"), a party
// before a purpose or data, an item added beside the noun, and a rewording
// that names nothing new stays minor.
func TestQualifiedHead(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct{ heading, old, new, want string }{
		{"Registered users", "At present we do not use cookies to store your login sessions.",
			"At present we do not use third-party cookies to store your login sessions.", "cookies"},
		{"Use of artificial intelligence", "We do not use artificial intelligence systems to analyse stored client records.",
			"We do not use third-party artificial intelligence systems to analyse stored client records.", "ai"},
		{"Scope and application", "Our services are not targeted to children.",
			"Our services are not targeted to young children.", "children"},
		// twins
		{"Cookies", "We use cookies, clear GIFs and web beacons on our websites.",
			"We use cookies, clear GIFs and third-party web beacons on our websites.", "!cookies"},
		{"How we use data", "We do not use your data for advertising.",
			"We do not use your data for third-party advertising.", "!cookies"},
		{"Registered users", "At present we use cookies to store your login sessions.",
			"At present we use pixels and cookies to store your login sessions.", "cookies"},
		{"How we share data", "We do not share your data with partners.",
			"We do not share your data with third-party partners.", "recipients"},
	} {
		wantOnlyCategory(t, rb, tc.old, tc.heading, tc.old, tc.new, tc.want)
	}
	rep, _, why := judgeEdit(rb, "Registered users", "We do not use cookies to store your login sessions.",
		"We don't use cookies to store your login sessions.")
	if rep.Material {
		t.Errorf("a contraction: material: %v", why)
	}
}

// TestChunkPut: qualifiedHead's cheap test, a few bytes put in one place.
func TestChunkPut(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"we do not use cookies", "we do not use third-party cookies", true},
		{"we do not use third-party cookies", "we do not use cookies", true},
		{"we do not use cookies", "we never use pixels", false},
		{"we do not use cookies", "we do not use cookies", false},
		{"Analytics; Website analytics", "Analytics; Analytics", true},
	} {
		if got := chunkPut(tc.a, tc.b, 48); got != tc.want {
			t.Errorf("chunkPut(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
