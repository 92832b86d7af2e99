package material

import (
	"strings"
	"testing"
)

// TestListRelinked: a link on the same site that now names another
// edition of the list of those data is given to (b58-03, b61-46, missed
// as "Only the address of a link … changed") is material, to confirm, under
// recipients. The twins stay minor: a page moved on the site, another
// edition of a document that lists no one (a recruiting notice, a licence,
// the previous version of this policy), metrics re-published.
func TestListRelinked(t *testing.T) {
	rb := Builtin()
	for _, tc := range []struct {
		heading, old, new string
		material          bool
	}{
		{"Advertising", "We may share device identifiers with our advertising partners (listed [here](https://www.example.com/uploads/Ad-Partners-1.pdf)).", "We may share device identifiers with our advertising partners (listed [here](https://www.example.com/uploads/Ad-Partners-Jan-2023.pdf)).", true},
		{"With whom is the information shared?", "This list is not complete. See [our notice](https://www.federalregister.gov/documents/2022/11/21/2022-25420/notice) for all entities that receive it.", "This list is not complete. See [our notice](https://www.federalregister.gov/documents/2024/05/13/2024-10404/notice) for all entities that receive it.", true},
		{"Sub-processors", "The sub-processors we use are named in [this list](https://acme.example/legal/subprocessors-v3).", "The sub-processors we use are named in [this list](https://acme.example/legal/subprocessors-v4).", true},
		{"Sharing", "Our vendors are listed on [this page](https://acme.example/vendors/2021).", "Our vendors are listed on [this page](https://acme.example/vendors/2024).", true},
		// The places data goes to, under transfers (Ubuntu's, ota-52 017).
		{"Where we transfer and store your information", "It will also be processed by staff outside the EEA. Further information can be found [here](https://assets.example/v1/767fe42e-Third%20Party%20and%20Geolocation%20Policy%20-%20updated%209th%20June%202023.pdf).", "It will also be processed by staff outside the EEA. Further information can be found [here](https://assets.example/v1/59cdfeb9-Third%20Party%20and%20Geolocation%20Information-%20updated%2013%20th%20June%202025.pdf).", true},
		{"Where we store your information", "Your data is stored on our servers. Further information can be found [here](https://assets.example/v1/Security-Whitepaper-2023.pdf).", "Your data is stored on our servers. Further information can be found [here](https://assets.example/v1/Security-Whitepaper-2025.pdf).", false},
		// Twins: the same list moved, or another edition of what lists no one.
		{"Sub-processors", "The sub-processors we use are named in [this list](https://acme.example/legal/subprocessors).", "The sub-processors we use are named in [this list](https://acme.example/privacy/subprocessors).", false},
		{"Sub-processors", "The sub-processors we use are named in [this list](http://www.acme.example/legal/subprocessors-v3).", "The sub-processors we use are named in [this list](https://acme.example/legal/subprocessors-v3).", false},
		{"Jobs", "If you apply for a job, what you give us falls under our [Recruiting Policy](https://acme.example/hiring/notice-1_11_20.pdf).", "If you apply for a job, what you give us falls under our [Recruiting Policy](https://acme.example/hiring/Recruiting-Policy-February-5-2025.pdf).", false},
		{"Licence", "This policy is available under a [Creative Commons](http://creativecommons.org/licenses/by-sa/2.5/) licence.", "This policy is available under a [Creative Commons](http://creativecommons.org/licenses/by-sa/4.0/) licence.", false},
		{"Changes", "The previous version of this policy is [here](https://acme.example/privacy/2019/policy.pdf).", "The previous version of this policy is [here](https://acme.example/privacy/2023/policy.pdf).", false},
		{"California", "For metrics regarding requests, [see here](https://acme.example/metrics-2022.pdf).", "For metrics regarding requests, [see here](https://acme.example/metrics-2023.pdf).", false},
	} {
		rep, cats, why := judgeEdit(rb, tc.heading, tc.old, tc.new)
		if rep.Material != tc.material {
			t.Errorf("%q → %q: material=%v, want %v: %s", tc.old, tc.new, rep.Material, tc.material, strings.Join(why, "; "))
		}
		want := "recipients"
		if strings.Contains(tc.heading, "transfer") {
			want = "transfers"
		}
		if tc.material && !cats[want] {
			t.Errorf("%q → %q: categories %v, want %s: %s", tc.old, tc.new, cats, want, strings.Join(why, "; "))
		}
	}
}

func TestNewEdition(t *testing.T) {
	for _, tc := range []struct {
		old, new string
		want     bool
	}{
		{"https://x.example/Ads-Partners-1.pdf", "https://x.example/Ads-Partners-Jan-2023.pdf", true},
		{"https://x.example/Ads-List-Oct2025.pdf", "https://x.example/Ads-List-Jan2026.pdf", true},
		{"https://x.example/documents/2022/11/21/2022-25420/notice", "https://x.example/documents/2024/05/13/2024-10404/notice", true},
		{"https://x.example/legal/subprocessors-v3", "https://x.example/legal/subprocessors-v4", true},
		{"https://x.example/help?nodeId=468496", "https://x.example/help?nodeId=202301", false},
		{"https://x.example/a#GUID-2019-ab", "https://x.example/a#GUID-2020-ab", false},
		{"https://x.example/assets/a6d020c8920231f/policy.pdf", "https://x.example/assets/b7d020c8920241f/policy.pdf", false},
		{"https://x.example/2023/policy", "https://x.example/policy/2023", false},
		{"http://creativecommons.org/licenses/by-sa/2.5/", "http://creativecommons.org/licenses/by-sa/4.0/", false},
		// The same year, another day or month of it (Viber's, ota-147).
		{"https://x.example/Advertising-Partners-List-26.1.2025.pdf", "https://x.example/Advertising-Partners-List-April-2025.pdf", true},
		{"https://x.example/Ads-List-Jan2026.pdf", "https://x.example/Ads-List-Mar2026.pdf", true},
		{"https://x.example/Ads-List-Mar2026.pdf", "https://x.example/Advertising-Partners-July-2026.pdf", true},
		{"https://x.example/2025/Ads-List-Mar.pdf", "https://x.example/2025/Ads-List-Jun.pdf", false},
		{"https://x.example/Marketing-Partners-2025.pdf", "https://x.example/Decisions-Partners-2025.pdf", false},
		{"https://x.example/Partners-2025.pdf", "https://x.example/partners-2025.pdf", false},
		{"https://m.example/privacy/printable/https%3A%2F%2Fabout.example%2Fnews%2F2017%2F07%2Fforum", "https://m.example/privacy/printable/https%3A%2F%2Fabout.example%2Fnews%2F2017%2F06%2Fforum", false},
	} {
		if got := newEdition(tc.old, tc.new); got != tc.want {
			t.Errorf("newEdition(%q, %q) = %v, want %v", tc.old, tc.new, got, tc.want)
		}
	}
}
