package material

import "strings"

// namesKindOfData reports names each written, in text, only as the word
// before a word of the data category: "SMS and WhatsApp messages",
// "Fitbit recordings". The name says which data, as "SMS" does beside it,
// the way a product's name qualifies what is collected through it: a new
// kind of data is the data category's (GDPR Art. 14(1)(d)), not a
// recipient (b79-04: "New recipient: WhatsApp" for "Emails, SMS and
// WhatsApp messages"). A name written anywhere else in the text ("shared
// with WhatsApp") is a party, and is left to the other rules.
func (c *classifier) namesKindOfData(text string, es []string) bool {
	d := c.rb.categoryIndex("data")
	if d < 0 || len(es) == 0 {
		return false
	}
	for _, e := range es {
		found := false
		if anyAt(text, e, func(i int) bool {
			end := i + len(e)
			if i > 0 && isAlnumByte(text[i-1]) || end < len(text) && isAlnumByte(text[end]) {
				return false // a part of another word
			}
			w := strings.TrimRight(wordAfter(text, end), ".,;:)")
			for _, h := range c.ix.strongHits(c.ix.fold(w)) {
				if int(h.k) == d && w != "" && strings.ToLower(w) == w {
					found = true
					return false
				}
			}
			return true // written otherwise: a party
		}) || !found {
			return false
		}
	}
	return true
}
