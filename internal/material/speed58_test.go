package material

import (
	"slices"
	"strings"
	"testing"
)

// TestHasScopeQualifierAnchored holds hasScopeQualifier, which tries the
// expression anchored at each word it may open with, to the expression
// on texts where the first such word opens no match and a later one
// does, or where a character beyond ASCII comes after one.
func TestHasScopeQualifierAnchored(t *testing.T) {
	texts := []string{"as you know, where required", "if you ask, as necessary", "in which case, in most cases", "as you see, a\u017f required",
		"if you like é", "if you like, where requiréd", "as if, as if required", "by the way by default", "when x when applicable law requires",
		"as\tas required", "as\u00a0required", "if_ if required", "(if required)", "\"as necessary\"", "asif required", "as", "if necessary to",
		"necessary necessary for", "in rare instances.", "in rare instance", "where legally\u017f", "x, generally_ y, usually z"}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			for _, cut := range []string{s[i:], s[:i]} {
				if got, want := hasScopeQualifier(cut), scopeQualifierRE.MatchString(cut); got != want {
					t.Errorf("hasScopeQualifier(%q) = %v, scopeQualifierRE says %v", cut, got, want)
				}
			}
		}
	}
}

// TestCosmeticAsJoined holds cosmetic, which compares lists of words, to
// the joined words it compared before session 58.
func TestCosmeticAsJoined(t *testing.T) {
	c := &classifier{}
	before := func(old, new string) string {
		switch {
		case strings.Join(strings.Fields(old), " ") == strings.Join(strings.Fields(new), " "):
			return "cosmetic.whitespace"
		case strings.EqualFold(old, new):
			return "cosmetic.case"
		case (unmangle(old) != old || unmangle(new) != new) && strings.Join(rawWords(unmangle(old)), " ") == strings.Join(rawWords(unmangle(new)), " "):
			return "cosmetic.encoding"
		case strings.Join(rawWords(old), " ") == strings.Join(rawWords(new), " "):
			if strings.ContainsAny(old, "*_`#[") || strings.ContainsAny(new, "*_`#[") {
				return "cosmetic.markdown"
			}
			return "cosmetic.punctuation"
		case strings.EqualFold(strings.Join(rawWords(old), " "), strings.Join(rawWords(new), " ")):
			return "cosmetic.case"
		}
		return ""
	}
	texts := append(slices.Clone(speedTexts), "ab c", "a bc", "AB C", "a  b", "a\u00a0b", "a\u2003b", "you’re", "youâ€™re", "**you're**", "You're", "x\xff y", "x \xff y",
		"Ǆ x", "ǅ x", "ǆ X", "K", "\u212a", "k", "1,000", "1, 000", "don't", "don ' t", "_a_ b", "a, b", "A. B")
	for _, o := range texts {
		for _, n := range texts {
			want := before(o, n)
			if got := c.cosmetic(o, n).Rule; want != "" && got != want || want == "" && strings.HasPrefix(got, "cosmetic.") && got != "cosmetic.synonym" && got != "cosmetic.markdown" {
				t.Errorf("cosmetic(%q, %q) = %s, joined says %s", o, n, got, want)
			}
		}
	}
}

// TestOurInfoMatchesAsRE holds ourInfoMatches, which tries the expression
// anchored at each word it may open with, to the expression, on tricky
// texts and on every line of the labelled batches, whole and cut.
func TestOurInfoMatchesAsRE(t *testing.T) {
	texts := append(slices.Clone(speedTexts), "your data", "YOUR  Personal\tDATA", "the information we collect about you", "The data which we collect.",
		"personal data collected by us", "personal data collected by u\u017f", "per\u017fonal data about you", "éyour data", "_your data", "2your data",
		"your your data", "the the information about you", "data data about you", "your information, your data and the data we collect",
		"yourdata", "your datas", "information about youth", "the personal information that we collect about you today", "d", "your\u00a0data")
	texts = append(texts, batchLines(t)...)
	for _, s := range texts {
		for i := 0; i <= len(s); i += 1 + len(s)/3 {
			for _, cut := range []string{s[i:], s[:i]} {
				if got, want := ourInfoMatches(cut), ourInfoRE.FindAllStringSubmatchIndex(cut, -1); !slices.EqualFunc(got, want, slices.Equal) {
					t.Errorf("ourInfoMatches(%q) = %v, ourInfoRE says %v", cut, got, want)
				}
			}
		}
	}
}

// TestOpensWordsAsRE holds each expression marked by opensWords, found
// by allAt, to itself unanchored, on tricky texts and on every line of
// the labelled batches, whole and cut.
func TestOpensWordsAsRE(t *testing.T) {
	res := []*pattern{authorDutyRE, authorChoiceRE, purposeNeedRE, purposeFitRE, standardRE, readerGaveRE, policyDateRE, presentDenialRE}
	texts := append(slices.Clone(speedTexts), "we are required to", "WE ARE LEGALLY OBLIGED TO", "us, where required", "as\u00a0required", "where applicable law requires",
		"the applicable laws require", "required by law", "we may be required to; as required for", "if reasonably necessary", "when we deem", "when we thin\u212a",
		"at our sole discretion", "a\u017f required", "éwhere required", "_where required", "2if necessary", "if if necessary to", "as as needed for",
		"where where applicable", "lawful, laws requires", "the law requires the law requires",
		"wherever possible", "as far as reasonably practicable", "to the extent it is technically feasible", "if this is appropriate", "whenever\tuseful", "at the extent possible",
		"data you provided", "the details which you have supplied", "content uploaded to us by you", "information given by you",
		"This policy was last updated on 3 March 2024", "it is reviewed", "the page has been revised as of [date]", "notice was amended 2024-01-02",
		"we do not currently", "we don't, at present", "we never, ever, yet", "currently do not", "presently doesn't", "can't yet", "not yet")
	texts = append(texts, batchLines(t)...)
	for _, re := range res {
		if re.opens == nil {
			t.Fatalf("%s: not marked", re)
		}
		for _, s := range texts {
			for i := 0; i <= len(s); i += 1 + len(s)/3 {
				for _, cut := range []string{s[i:], s[:i]} {
					if got, want := re.FindAllStringIndex(cut, -1), re.Regexp.FindAllStringIndex(cut, -1); !slices.EqualFunc(got, want, slices.Equal) {
						t.Errorf("%s.FindAllStringIndex(%q) = %v, unanchored %v", re, cut, got, want)
					}
					if got, want := re.FindAllStringSubmatchIndex(cut, 2), re.Regexp.FindAllStringSubmatchIndex(cut, 2); !slices.EqualFunc(got, want, slices.Equal) {
						t.Errorf("%s.FindAllStringSubmatchIndex(%q, 2) = %v, unanchored %v", re, cut, got, want)
					}
					if got, want := re.FindAllString(cut, -1), re.Regexp.FindAllString(cut, -1); !slices.Equal(got, want) {
						t.Errorf("%s.FindAllString(%q) = %q, unanchored %q", re, cut, got, want)
					}
					if got, want := re.MatchString(cut), re.Regexp.MatchString(cut); got != want {
						t.Errorf("%s.MatchString(%q) = %v, unanchored %v", re, cut, got, want)
					}
				}
			}
		}
	}
}

// batchLines is every line of the labelled batches, or every sixteenth
// under -short: the race run reads each under the race detector, where
// all of them took more than its ten minutes.
func batchLines(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, data := range batchFiles(t) {
		for i, line := range strings.Split(data, "\n") {
			if !testing.Short() || i%16 == 0 {
				out = append(out, line)
			}
		}
	}
	return out
}
