package markdown

import "testing"

func TestHeadingID(t *testing.T) {
	for _, tc := range []struct{ source, want string }{
		{"8. INTERNATIONAL DATA TRANSFERS", "international-data-transfers"},
		{"9. International Data Transfers", "international-data-transfers"},
		{"3.1 When You Visit Our Website", "when-you-visit-our-website"},
		{"3.1.2. Nested", "nested"},
		{"(a) Lettered", "lettered"},
		{"b) Lettered", "lettered"},
		{"IV. Roman", "roman"},
		{"Children's Privacy", "childrens-privacy"},
		{"**Bold** and `code` and [link](https://x.example)", "bold-and-code-and-link"},
		{"Cookies & Tracking — Technologies", "cookies-tracking-technologies"},
		{"Données personnelles", "données-personnelles"},
		{"2026 Update", "2026-update"},       // a number that is the heading's own word stays
		{"10", "10"},                         // a heading that is only a number keeps it
		{"I Agree", "i-agree"},               // "I" is a word, not a roman numeral without a dot
		{"Contact Us {#contact}", "contact"}, // explicit id wins
		{"***", "section"},
		{`1\. Definitions`, "definitions"}, // as pages saved from websites escape a number
		{`12\) Contact`, "contact"},
	} {
		if got := HeadingID(tc.source); got != tc.want {
			t.Errorf("HeadingID(%q) = %q, want %q", tc.source, got, tc.want)
		}
	}
}

func TestIDsUnique(t *testing.T) {
	var ids IDs
	got := []string{ids.Unique("security"), ids.Unique("security"), ids.Unique("security-2"), ids.Unique("security")}
	want := []string{"security", "security-2", "security-2-2", "security-3"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Unique #%d = %q, want %q (all: %v)", i, got[i], want[i], got)
		}
	}
}

func TestSplit(t *testing.T) {
	for _, tc := range []struct {
		name, src, front, body string
		line                   int
		err                    bool
	}{
		{"none", "Hello\n", "", "Hello\n", 1, false},
		{"toml", "+++\ntitle = \"x\"\n+++\n\nBody\n", "title = \"x\"\n", "\nBody\n", 4, false},
		{"crlf", "+++\r\ntitle = \"x\"\r\n+++\r\nBody", "title = \"x\"\r\n", "Body", 4, false},
		{"empty", "+++\n+++\n", "", "", 3, false},
		{"unclosed", "+++\ntitle = \"x\"\n", "", "", 0, true},
		{"not at start", "Hi\n+++\n", "", "Hi\n+++\n", 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			front, body, line, err := Split([]byte(tc.src))
			if (err != nil) != tc.err {
				t.Fatalf("err = %v", err)
			}
			if tc.err {
				return
			}
			if string(front) != tc.front || string(body) != tc.body || line != tc.line {
				t.Errorf("Split = %q, %q, %d; want %q, %q, %d", front, body, line, tc.front, tc.body, tc.line)
			}
		})
	}
}

func FuzzSplit(f *testing.F) {
	f.Add([]byte("+++\ntitle = \"x\"\n+++\nbody"))
	f.Add([]byte("+++"))
	f.Fuzz(func(t *testing.T, src []byte) {
		front, body, line, err := Split(src)
		if err != nil {
			return
		}
		if front == nil && string(body) != string(src) {
			t.Fatalf("no front matter, but body %q != src", body)
		}
		if line < 1 {
			t.Fatalf("bodyLine %d", line)
		}
	})
}

func FuzzRender(f *testing.F) {
	f.Add([]byte("## 1. A\n\ntext <script>x</script> [l](javascript:x)\n\n## 1. A {#a}\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := Render(src)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, h := range doc.Headings {
			if h.ID == "" || seen[h.ID] {
				t.Fatalf("heading ids not unique and non-empty: %+v", doc.Headings)
			}
			seen[h.ID] = true
		}
	})
}
